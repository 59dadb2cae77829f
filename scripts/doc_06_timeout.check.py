"""Checker for doc_06_timeout.py (a random delay against a 0.5 s timeout).

    python3 doc_06_timeout.check.py OUT [OUT ...]
        Each OUT is the stdout of one run: exactly one line, "done" (the delay was under
        0.5 s) or "Timed out" (it was not: the task was cancelled before it could print,
        so the two lines never both appear). With 20 or more files, both outcomes must
        occur (the delay is uniform in [0, 1), so one outcome 20 times in a row has
        probability 2 * 0.5**20).

    python3 doc_06_timeout.check.py --run "INTERPRETER [ARGS]" [--seeds N]
        Runs copies of the script with `random.seed(S)` after `import random`, for N seeds
        (default 6) whose delay is more than 50 ms away from 0.5 s, half below and half
        above, and checks the outcome matches the delay CPython's random draws with that
        seed: "done" if it is below 0.5, "Timed out" if above.

Exit status 0 if every check passes, 1 otherwise.
"""
import os
import random
import shlex
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "doc_06_timeout.py")


def check_text(text):
    if text not in ("done\n", "Timed out\n"):
        return [f"expected exactly 'done' or 'Timed out', got {text!r}"]
    return []


def seeded_cases(count):
    below, above = [], []
    seed = 0
    while len(below) + len(above) < count:
        delay = random.Random(seed).random()
        if delay < 0.45 and len(below) < (count + 1) // 2:
            below.append((seed, "done\n"))
        elif delay > 0.55 and len(above) < count // 2:
            above.append((seed, "Timed out\n"))
        seed += 1
    return sorted(below + above)


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
                problems.append(f"delay {random.Random(seed).random():.3f}: expected {expected!r}, got {proc.stdout!r}")
            print(f"seed {seed}: {'ok' if not problems else 'FAIL'}")
            for p in problems:
                print("   ", p)
            failures += bool(problems)
    return failures


def main(argv):
    if len(argv) >= 2 and argv[0] == "--run":
        count = int(argv[argv.index("--seeds") + 1]) if "--seeds" in argv else 6
        return 1 if run_mode(argv[1], count) else 0
    if not argv:
        print(__doc__)
        return 1
    failures = 0
    seen = set()
    for path in argv:
        text = open(path).read()
        problems = check_text(text)
        seen.add(text)
        print(f"{path}: {'ok' if not problems else 'FAIL'}")
        for p in problems:
            print("   ", p)
        failures += bool(problems)
    if len(argv) >= 20 and len(seen) < 2:
        print(f"FAIL: all {len(argv)} runs printed {seen.pop()!r}; the delay is not random or the timeout is wrong")
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
