"""Check repl_driver.py against CPython's own REPL (not part of CTest).

    python3 tests/repl/driver_selftest.py [--python /path/to/python3.11]

Exercises what the Krait cases rely on: prompts, echo, multi-line blocks,
tracebacks, Ctrl-C while running and while typing, Ctrl-D exit status,
history across sessions (readline's ~/.python_history), Tab completion.
"""

import argparse
import os
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from repl_driver import Repl, ReplError  # noqa: E402


def check(cond, message, r):
    if not cond:
        r.fail(message)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", default="/root/.pyenv/versions/3.11.7/bin/python3")
    py = ap.parse_args().python
    steps = []

    with Repl([py, "-q"]) as r:
        r.wait_prompt()
        check(r.run("1+1") == ["2"], "1+1 should echo 2", r)
        check(r.run("None") == [], "None echoes nothing", r)
        check(r.run("_ * 10") == ["20"], "_ * 10 should echo 20", r)
        check(r.run("'a' * 3") == ["'aaa'"], "'a' * 3", r)
        steps.append("echo")

        # A block: continuation prompts, ended by an empty line.
        r.type_line("for i in range(3):")
        r.wait_prompt("... ")
        r.type_line("    print(i)")
        r.wait_prompt("... ")
        row = r.mark()
        r.key("Enter")
        end = r.wait_prompt(since=row + 1)
        check(r.lines(row + 1)[: end - row - 1] == ["0", "1", "2"], "loop output", r)
        steps.append("block")

        out = r.run("1/0")
        check(out[0] == "Traceback (most recent call last):", "traceback header", r)
        check(re.match(r'  File "<stdin>", line 1, in <module>$', out[1]), "frame line", r)
        check(out[-1] == "ZeroDivisionError: division by zero", "exception line", r)
        out = r.run("x = 1 +")
        check(out[-1] == "SyntaxError: invalid syntax", "syntax error", r)
        steps.append("tracebacks")

        # Ctrl-C while a statement runs.
        r.type_line("import time; time.sleep(100)")
        r.poll(lambda info, lines: info["x"] == 0, "the cursor to leave the input line")
        m = r.mark()
        r.key("C-c")
        r.wait_for(re.compile(r"^KeyboardInterrupt$", re.M), since=m)
        r.wait_prompt(since=m)
        check(r.run("2+2") == ["4"], "session alive after Ctrl-C", r)
        # Ctrl-C while typing: readline prints KeyboardInterrupt on a new line.
        r.send("abc")
        r.wait_line_ends("abc")
        m = r.mark()
        r.key("C-c")
        r.wait_for(re.compile(r"^KeyboardInterrupt$", re.M), since=m)
        r.wait_prompt(since=m)
        steps.append("ctrl-c")

        # Tab completion (rlcompleter).
        r.send("pri")
        r.key("Tab")
        r.wait_line_ends(">>> print(")
        r.send("'x')")
        r.wait_line_ends("print('x')")
        row = r.mark()
        r.key("Enter")
        r.wait_prompt(since=row + 1)
        check(r.lines(row + 1)[0] == "x", "completed print ran", r)
        r.run("import asyncio")
        r.send("asyncio.Queue")
        r.key("Tab", "Tab")
        r.wait_for(re.compile(r"QueueEmpty"))
        r.wait_line_ends(">>> asyncio.Queue")
        r.key("C-u")
        steps.append("completion")

        r.run("x = 12345")
        r.key("C-u")
        r.wait_prompt()
        r.key("C-d")
        status = r.wait_exit()
        check(status == 0, "Ctrl-D exit status %r" % status, r)
        steps.append("ctrl-d")
        home = tempfile.mkdtemp()
        os.rmdir(home)
        os.rename(r.home, home)  # keep the history file for the next session

    with Repl([py, "-q"], home=home) as r:
        r.wait_prompt()
        r.key("Up")
        r.wait_line_ends(">>> x = 12345")
        r.key("C-u")
        r.wait_prompt()
        r.type_line("exit()")
        check(r.wait_exit() == 0, "exit() status", r)
        steps.append("history")

    with Repl([py, "-q"]) as r:
        r.wait_prompt()
        r.type_line("exit(3)")
        check(r.wait_exit() == 3, "exit(3) status", r)
        steps.append("exit-status")

    # A program that dies at once must fail fast with a clear message.
    with Repl(["/nonexistent/krait"]) as r:
        t = time.monotonic()
        try:
            r.wait_prompt(timeout=10)
        except ReplError as e:
            check("exited" in str(e) and time.monotonic() - t < 5, "dead-program error", r)
        else:
            r.fail("wait_prompt succeeded on a dead program")
        steps.append("dead-program")

    print("driver self-test OK:", ", ".join(steps))


if __name__ == "__main__":
    try:
        main()
    except ReplError as e:
        print("FAIL:", e, file=sys.stderr)
        sys.exit(1)
