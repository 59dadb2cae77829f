#!/usr/bin/env bash
# Regenerate tests/cli/expected/<case>.out by running CPython 3.11 on each
# tests/cli/cases/<case>.case (or only the cases named as arguments).
#
# A .case file has one directive per line ('#' starts a comment line):
#   mode exact|exitcode|version   exact: compare stdout, stderr and exit status
#                                 exitcode: compare only the exit status
#                                 version: stdout must start with "Krait ", exit 0
#                                          (CPython is not run; no expected file)
#   arg TEXT                      one command-line argument ("@NL@" = newline);
#                                 TEXT may not contain ';', '[' or ']'
#   stdin FILE                    stdin comes from FILE (relative to tests/cli),
#                                 else from /dev/null
# The program runs with tests/cli as working directory.  Expected output has
# the format of the golden tests (see tests/golden/generate.sh), with the
# absolute path of tests/cli replaced by "$DIR" and the program name at the
# start of a line ("/path/to/python3: ...") replaced by "$PROG".
# Python: $PYTHON if set, else what `python3` resolves to.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
PY="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}"
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONUTF8 PYTHONINSPECT

cd "$here" || exit 1
mkdir -p expected
if [ "$#" -gt 0 ]; then
  cases=()
  for c in "$@"; do c="$(basename "$c")"; cases+=("${c%.case}"); done
else
  cases=()
  for f in cases/*.case; do c="$(basename "$f")"; cases+=("${c%.case}"); done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
append() {
  if [ -s "$1" ]; then
    cat "$1" >> "$2"
    [ -n "$(tail -c1 "$1")" ] && printf '\n' >> "$2"
  fi
}

n=0
for c in "${cases[@]}"; do
  file="cases/$c.case"
  [ -f "$file" ] || { echo "generate.sh: no such case: $c" >&2; exit 1; }
  mode=exact; stdin=/dev/null; args=()
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      ''|'#'*) continue ;;
    esac
    key="${line%% *}"; val="${line#* }"
    [ "$key" = "$line" ] && val=""
    case "$key" in
      mode) mode="$val" ;;
      stdin) stdin="$val" ;;
      arg)
        case "$val" in *';'*|*'['*|*']'*)
          echo "generate.sh: $file: ';', '[' and ']' are not allowed in args" >&2; exit 1 ;;
        esac
        args+=("${val//@NL@/$'\n'}") ;;
      *) echo "generate.sh: $file: unknown directive: $line" >&2; exit 1 ;;
    esac
  done < "$file"

  if [ "$mode" = version ]; then
    rm -f "expected/$c.out"
    continue
  fi
  "$PY" ${args[@]+"${args[@]}"} < "$stdin" > "$tmp/out" 2> "$tmp/err"
  rc=$?
  : > "$tmp/all"
  if [ "$mode" = exact ]; then
    append "$tmp/out" "$tmp/all"
    if [ -s "$tmp/err" ] || [ "$rc" -ne 0 ]; then
      printf -- '--- stderr ---\n' >> "$tmp/all"
      append "$tmp/err" "$tmp/all"
    fi
  elif [ "$mode" != exitcode ]; then
    echo "generate.sh: $file: unknown mode $mode" >&2; exit 1
  fi
  printf -- '--- exit %d ---\n' "$rc" >> "$tmp/all"
  DIR_ABS="$here/" PROG="$PY" "$PY" -c '
import os, sys
data = open(sys.argv[1], "rb").read()
data = data.replace(os.environ["DIR_ABS"].encode(), b"$DIR/")
prog = os.environ["PROG"].encode()
lines = data.split(b"\n")
for i, l in enumerate(lines):
    if l.startswith(prog + b": "):
        lines[i] = b"$PROG: " + l[len(prog) + 2:]
open(sys.argv[2], "wb").write(b"\n".join(lines))
' "$tmp/all" "expected/$c.out"
  n=$((n + 1))
done
echo "generate.sh: wrote $n expected outputs with $PY" >&2
