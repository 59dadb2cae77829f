"""Checker for doc_03_taskgroup.py (random delays, so its output is checked by properties).

    python3 doc_03_taskgroup.check.py OUT [OUT ...]
        Each OUT is the stdout of one run. It must be the lines "1" and "2" in either
        order (each task prints its id when its random sleep ends), then
        "done: 1, 2" (printed only after the TaskGroup has waited for both tasks).

    python3 doc_03_taskgroup.check.py --run "INTERPRETER [ARGS]" [--seeds N]
        Runs copies of the script with `random.seed(S)` after `import random`, for N seeds
        (default 5) whose two delays differ by more than 50 ms, and checks that the task
        with the shorter delay (drawn by CPython's random with that seed) prints first.

Exit status 0 if every check passes, 1 otherwise.
"""
import os
import random
import shlex
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "doc_03_taskgroup.py")


def check_text(text):
    """Return a list of problems with one run's output (empty if it is valid)."""
    lines = text.splitlines()
    if len(lines) != 3:
        return [f"expected 3 lines, got {len(lines)}: {lines!r}"]
    problems = []
    if sorted(lines[:2]) != ["1", "2"]:
        problems.append(f"first two lines must be 1 and 2 in some order, got {lines[:2]!r}")
    if lines[2] != "done: 1, 2":
        problems.append(f"last line must be 'done: 1, 2', got {lines[2]!r}")
    return problems


def seeded_cases(count):
    cases = []
    seed = 0
    while len(cases) < count:
        rng = random.Random(seed)
        d1, d2 = rng.random(), rng.random()  # task1 starts (and draws) before task2
        if abs(d1 - d2) > 0.05:
            first, second = ("1", "2") if d1 < d2 else ("2", "1")
            cases.append((seed, f"{first}\n{second}\ndone: 1, 2\n"))
        seed += 1
    return cases


def run_mode(cmd, count):
    source = open(SCRIPT).read()
    assert source.count("import random\n") == 1
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed, expected in seeded_cases(count):
            path = os.path.join(tmp, f"seeded_{seed}.py")
            with open(path, "w") as f:
                f.write(source.replace("import random\n", f"import random\nrandom.seed({seed})\n"))
            proc = subprocess.run(shlex.split(cmd) + [path], capture_output=True, text=True, timeout=60)
            problems = check_text(proc.stdout)
            if proc.returncode != 0:
                problems.append(f"exit status {proc.returncode}, stderr: {proc.stderr!r}")
            if proc.stdout != expected:
                problems.append(f"expected {expected!r}, got {proc.stdout!r}")
            status = "ok" if not problems else "FAIL"
            print(f"seed {seed}: {status}")
            for p in problems:
                print("   ", p)
            failures += bool(problems)
    return failures


def main(argv):
    if len(argv) >= 2 and argv[0] == "--run":
        count = int(argv[argv.index("--seeds") + 1]) if "--seeds" in argv else 5
        return 1 if run_mode(argv[1], count) else 0
    if not argv:
        print(__doc__)
        return 1
    failures = 0
    for path in argv:
        problems = check_text(open(path).read())
        print(f"{path}: {'ok' if not problems else 'FAIL'}")
        for p in problems:
            print("   ", p)
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
