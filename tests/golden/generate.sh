#!/usr/bin/env bash
# Regenerate the expected output (.out) of golden tests by running CPython 3.11.
#
#   tests/golden/generate.sh              # every tests/golden/*.py
#   tests/golden/generate.sh a.py b.py    # only these (names or paths)
#   GOLDEN_DIR=tests/golden_async tests/golden/generate.sh x.py   # another folder
#
# Python: $PYTHON if set, else whatever `python3` resolves to (sys.executable,
# so the slow pyenv shim is bypassed).
#
# Format of name.out: stdout; then, only if stderr is non-empty or the exit
# code is non-zero, a line "--- stderr ---" and stderr; then "--- exit N ---".
# A missing final newline is added before each marker line.  The absolute path
# of this directory (which CPython prints in __file__ and tracebacks) is
# replaced by the placeholder "$DIR" (see run_golden.cmake, which does the same).
set -u
here="$(cd "${GOLDEN_DIR:-$(dirname "${BASH_SOURCE[0]}")}" && pwd -P)"
PY="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}"
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONUTF8 PYTHONINSPECT

cd "$here" || exit 1
if [ "$#" -gt 0 ]; then
  files=()
  for f in "$@"; do files+=("$(basename "$f")"); done
else
  files=(*.py)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Append file $1 to $2, adding a final newline if missing.
append() {
  if [ -s "$1" ]; then
    cat "$1" >> "$2"
    [ -n "$(tail -c1 "$1")" ] && printf '\n' >> "$2"
  fi
}

n=0
for f in "${files[@]}"; do
  name="${f%.py}"
  if [ ! -f "$name.py" ]; then echo "generate.sh: no such test: $f" >&2; exit 1; fi
  "$PY" "$name.py" < /dev/null > "$tmp/out" 2> "$tmp/err"
  rc=$?
  : > "$tmp/all"
  append "$tmp/out" "$tmp/all"
  if [ -s "$tmp/err" ] || [ "$rc" -ne 0 ]; then
    printf -- '--- stderr ---\n' >> "$tmp/all"
    append "$tmp/err" "$tmp/all"
  fi
  printf -- '--- exit %d ---\n' "$rc" >> "$tmp/all"
  # Replace the absolute directory with $DIR (literal, not a regex).
  DIR_ABS="$here/" "$PY" -c '
import os, sys
p = sys.argv[1]
data = open(p, "rb").read().replace(os.environ["DIR_ABS"].encode(), b"$DIR/")
open(sys.argv[2], "wb").write(data)
' "$tmp/all" "$name.out"
  n=$((n + 1))
done
echo "generate.sh: wrote $n .out files with $PY" >&2
