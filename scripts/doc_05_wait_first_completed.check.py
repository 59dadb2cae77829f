"""Checker for doc_05_wait_first_completed.py (random delays: checked by properties).

    python3 doc_05_wait_first_completed.check.py OUT [OUT ...]
        Each OUT is the stdout of one run. It must be:
          * k >= 1 lines, each a distinct task id in 0..4: the tasks that finished (a task
            prints its id as the last thing before returning) before main resumed;
          * "done [...]": the results of the `done` set; its ids (in any order: it is a set)
            are exactly the ids printed above -- normally just one, the first finisher;
          * "pending tasks: N" with N == 5 - k;
          * nothing else: the pending tasks are cancelled before they print.

    python3 doc_05_wait_first_completed.check.py --run "INTERPRETER [ARGS]" [--seeds N]
        Runs copies of the script with `random.seed(S)` after `import random`, for N seeds
        (default 5) where the smallest of the five delays is more than 50 ms below the others,
        and checks the exact output: that task's id, "done [id]", "pending tasks: 4".

Exit status 0 if every check passes, 1 otherwise.
"""
import ast
import os
import random
import shlex
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "doc_05_wait_first_completed.py")


def check_text(text):
    lines = text.splitlines()
    problems = []
    k = 0
    while k < len(lines) and lines[k].isdigit():
        k += 1
    printed = lines[:k]
    if k == 0:
        problems.append("no task id printed before the 'done' line")
    if any(p not in {"0", "1", "2", "3", "4"} for p in printed):
        problems.append(f"unknown task ids: {printed!r}")
    if len(set(printed)) != len(printed):
        problems.append(f"a task id is printed twice: {printed!r}")
    rest = lines[k:]
    if len(rest) != 2:
        return problems + [f"expected exactly 2 lines after the ids, got {rest!r}"]
    if not rest[0].startswith("done ["):
        problems.append(f"expected 'done [...]', got {rest[0]!r}")
    else:
        try:
            done = ast.literal_eval(rest[0][len("done "):])
        except (ValueError, SyntaxError):
            done = None
        if not isinstance(done, list) or sorted(map(str, done)) != sorted(printed):
            problems.append(f"done list {rest[0]!r} differs from the printed ids {printed!r}")
    if rest[1] != f"pending tasks: {5 - k}":
        problems.append(f"expected 'pending tasks: {5 - k}', got {rest[1]!r}")
    return problems


def seeded_cases(count):
    cases = []
    seed = 0
    while len(cases) < count:
        rng = random.Random(seed)
        delays = [rng.random() for _ in range(5)]  # tasks start (and draw) in id order
        order = sorted(range(5), key=delays.__getitem__)
        if delays[order[1]] - delays[order[0]] > 0.05:
            first = order[0]
            cases.append((seed, f"{first}\ndone [{first}]\npending tasks: 4\n"))
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
            print(f"seed {seed}: {'ok' if not problems else 'FAIL'}")
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
