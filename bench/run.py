#!/usr/bin/env python3
"""Compare Krait with CPython on benchmark scripts.

    python3 bench/run.py [--krait PATH] [--python PATH] [--runs N] [--timeout S]
                         [DIR_OR_FILES...]

Every .py file given (or found in a given folder; default: bench/) is run N
times (default 3) under Krait (default: build/release/krait in the repository)
and under CPython (/usr/bin/python3 -S).  The minimum wall time of each is
reported as a Markdown table with the ratio krait/cpython (and the smallest peak
resident memory of each, from wait4), followed by the
geometric mean of the ratios over the scripts where both succeeded and printed
the same output.  A script whose output differs is marked MISMATCH; a script
that fails (non-zero exit, timeout, missing interpreter) is marked FAIL.
Exit status: 0 if every script succeeded under both with the same output, else 1.
Only the standard library is used.
"""
import argparse
import math
import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_KRAIT = os.path.join(REPO, "build", "release", "krait")
DEFAULT_PYTHON = "/usr/bin/python3"


def collect(paths):
    scripts = []
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                full = os.path.join(p, name)
                if name.endswith(".py") and os.path.isfile(full) and name != "run.py":
                    scripts.append(full)
        elif os.path.isfile(p):
            scripts.append(p)
        else:
            print(f"run.py: no such file or folder: {p}", file=sys.stderr)
            sys.exit(2)
    return scripts


def run_once(cmd, script, timeout):
    """Run cmd + [script]; return (seconds, stdout, error-or-None, peak RSS in KiB)."""
    import tempfile
    import threading
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                cmd + [os.path.basename(script)],
                cwd=os.path.dirname(os.path.abspath(script)),
                stdin=subprocess.DEVNULL, stdout=out_f, stderr=err_f)
        except OSError as e:
            return 0.0, b"", f"cannot run {cmd[0]}: {e.strerror}", 0
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        # wait4 gives this child's own resource usage (its peak RSS).
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        stdout, stderr = out_f.read(), err_f.read()
    if elapsed >= timeout:
        return elapsed, b"", f"timeout after {timeout:g} s", usage.ru_maxrss
    if proc.returncode != 0:
        last = stderr.decode("utf-8", "replace").strip().splitlines()
        detail = last[-1] if last else ""
        return elapsed, stdout, f"exit {proc.returncode}" + (f": {detail}" if detail else ""), usage.ru_maxrss
    return elapsed, stdout, None, usage.ru_maxrss


def measure(cmd, script, runs, timeout):
    """Min time and min peak RSS over runs; stops early on failure."""
    best = None
    best_rss = None
    out = b""
    for _ in range(runs):
        t, out, err, rss = run_once(cmd, script, timeout)
        if err is not None:
            return None, out, err, None
        best = t if best is None else min(best, t)
        best_rss = rss if best_rss is None else min(best_rss, rss)
    return best, out, None, best_rss


def main():
    ap = argparse.ArgumentParser(description="Compare Krait with CPython on benchmark scripts.")
    ap.add_argument("--krait", default=DEFAULT_KRAIT, help="krait executable (default: %(default)s)")
    ap.add_argument("--python", default=DEFAULT_PYTHON,
                    help="CPython executable, run with -S (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=3, help="runs per interpreter; the minimum time is kept")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is killed")
    ap.add_argument("paths", nargs="*", help="benchmark scripts or folders (default: bench/)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    scripts = collect(args.paths or [os.path.join(REPO, "bench")])
    if not scripts:
        print("run.py: no benchmark scripts found", file=sys.stderr)
        return 2

    krait_cmd = [os.path.abspath(args.krait) if os.path.sep in args.krait else args.krait]
    python_cmd = [args.python, "-S"]

    rows = []
    ratios = []
    problems = 0
    for script in scripts:
        name = os.path.basename(script)
        print(f"  {name} ...", file=sys.stderr, flush=True)
        kt, kout, kerr, krss = measure(krait_cmd, script, args.runs, args.timeout)
        ct, cout, cerr, crss = measure(python_cmd, script, args.runs, args.timeout)
        ks = f"{kt:.3f}" if kt is not None else "-"
        cs = f"{ct:.3f}" if ct is not None else "-"
        if kerr is not None:
            status = f"FAIL ({kerr})"
            problems += 1
        elif cerr is not None:
            status = f"cpython failed ({cerr})"
            problems += 1
        elif kout != cout:
            status = "MISMATCH"
            problems += 1
        else:
            ratio = kt / ct if ct > 0 else float("inf")
            ratios.append(ratio)
            status = f"{ratio:.2f}"
        mem = "-"
        if krss and crss:
            mem = f"{krss / 1024:.1f} / {crss / 1024:.1f} = {krss / crss:.2f}"
        rows.append((name, ks, cs, status, mem))

    print("| script | krait s | cpython s | ratio krait/cpython | peak RSS MiB krait / cpython |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, ks, cs, status, mem in rows:
        print(f"| {name} | {ks} | {cs} | {status.replace('|', '/')} | {mem} |")
    print()
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"Geometric mean of krait/cpython over {len(ratios)} of {len(rows)} scripts: {gm:.2f}")
    else:
        print(f"Geometric mean: n/a (no script of {len(rows)} succeeded under both interpreters)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
