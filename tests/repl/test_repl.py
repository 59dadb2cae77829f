"""Krait's interactive REPL driven through a real terminal (tmux).

    python3 tests/repl/test_repl.py --krait PATH --case NAME   # exit 0 pass, 1 fail
    python3 tests/repl/test_repl.py --list                      # case names
    python3 tests/repl/test_repl.py --check-list cases.txt      # names match the file

Each case starts its own krait in its own tmux server and HOME, waits for text on
the screen (never for time) and is strict about what the screen shows.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from repl_driver import Repl, ReplError  # noqa: E402

CASES = {}
KRAIT = None  # set by main()


def case(fn):
    CASES[fn.__name__] = fn
    return fn


# ---- helpers ---------------------------------------------------------------

def start(*args, **kw):
    """krait with args in a fresh terminal, after its first `>>> ` prompt."""
    r = Repl([KRAIT] + list(args), **kw)
    try:
        r.wait_prompt()
    except BaseException:
        r.close()
        raise
    return r


def expect(r, cond, message):
    if not cond:
        r.fail(message)


def expect_run(r, line, output):
    """Run one line at `>>> ` and require exactly `output` (a list of lines)."""
    got = r.run(line)
    expect(r, got == output, "%r should print %r, got %r" % (line, output, got))


def block(r, lines):
    """Type a compound statement: [(text, indent the next `... ` prompt must
    offer)], then Enter on the bare auto-indent to end it.  Returns the row of
    the first line; the caller waits for what comes next."""
    first = None
    for text, indent in lines:
        row = r.enter_line(text)
        first = row if first is None else first
        r.wait_prompt("... ", indent=indent, since=row + 1)
    r.key("Enter")
    return first


def next_prompt_row(r, since):
    """Wait for a fresh `>>> ` at or after line `since`, failing at once (not
    after the timeout) if a continuation prompt shows instead."""
    prompt, row = r.wait_any_prompt((">>> ", "... "), since=since)
    expect(r, prompt == ">>> ", "expected a fresh '>>> ' prompt, got a '... ' prompt")
    return row


def settle():
    """Tiny pause after the cursor left the input line, so that Ctrl-C lands
    while the statement runs rather than while the line editor hands it over."""
    time.sleep(0.3)


IS_KEYBOARD_INTERRUPT = re.compile(r"^(\^C)?KeyboardInterrupt$")
TICK = re.compile(r"^tick (\d+)$")

TICKER = [  # prints 'tick N' every 0.3 s
    ("async def ticker():", 4),
    ("for i in range(1000):", 8),
    ("print('tick', i)", 8),
    ("await asyncio.sleep(0.3)", 8),
]


def start_ticker(r):
    """Define and start the printing ticker task; returns the row of the
    create_task line.  (Ticks may already appear before its prompt returns.)"""
    row = block(r, TICKER)
    next_prompt_row(r, row + len(TICKER) + 1)
    return r.enter_line("t = asyncio.create_task(ticker(), name='ticker')")


def last_tick(lines):
    ticks = [int(m.group(1)) for m in (TICK.match(l) for l in lines) if m]
    return ticks[-1] if ticks else -1


def wait_tick(r, n, since):
    """Wait for the line `tick n` (at or after `since`); returns its row."""
    m = r.wait_for(re.compile(r"^tick %d$" % n, re.M), since=since)
    return since + r.lines(since).index("tick %d" % n) if m else None


# ---- start -----------------------------------------------------------------

@case
def banner():
    with start() as r:
        info, lines = r.snapshot()
        above = r.lines()[: info["row"]]
        expect(r, above and re.match(r"Krait v?\d", above[0]),
               "the first line should start with 'Krait ' and the version")
        expect(r, any("tasks()" in l for l in above[1:]),
               "a hint line above the prompt should mention tasks()")
        expect(r, info["x"] == 4, "the cursor should stand after '>>> '")


@case
def asyncio_preimported():
    with start() as r:
        expect_run(r, "asyncio.__name__", ["'asyncio'"])


# ---- echo ------------------------------------------------------------------

@case
def echo_expression():
    with start() as r:
        expect_run(r, "1 + 1", ["2"])
        expect_run(r, "'a' * 3", ["'aaa'"])


@case
def echo_none():
    with start() as r:
        expect_run(r, "None", [])
        expect_run(r, "print('x')", ["x"])  # print's None is not echoed either


@case
def echo_underscore():
    with start() as r:
        expect_run(r, "1 + 1", ["2"])
        expect_run(r, "_ * 10", ["20"])


# ---- multi-line input and auto-indent ----------------------------------------

@case
def block_for_loop():
    with start() as r:
        row = block(r, [("for i in range(3):", 4), ("print(i)", 4)])
        end = next_prompt_row(r, row + 3)
        lines = r.lines(row)
        expect(r, lines[1] == "...     print(i)", "the body line should be auto-indented")
        expect(r, lines[3: end - row] == ["0", "1", "2"],
               "the loop should print 0 1 2 on three lines after the block")


@case
def auto_indent_nested():
    with start() as r:
        row = r.enter_line("def f(n):")
        r.wait_prompt("... ", indent=4, since=row + 1)
        row = r.enter_line("if n > 0:")
        r.wait_prompt("... ", indent=8, since=row + 1)
        row = r.enter_line("y = 'pos'")
        r.wait_prompt("... ", indent=8, since=row + 1)
        # Backspace right after the auto-indent removes one level (4 spaces).
        r.key("BSpace")
        r.poll(lambda info, lines: info["x"] == 8 and lines[info["row"]] == "...",
               "Backspace to leave 4 spaces of indent")
        row = r.enter_line("return y if n > 0 else 'neg'")
        # Nothing can follow a return in its block: the next line starts one level out.
        r.wait_prompt("... ", indent=0, since=row + 1)
        r.key("Enter")
        next_prompt_row(r, row + 2)
        lines = r.lines(row - 3)
        expect(r, lines[:4] == [">>> def f(n):", "...     if n > 0:",
                                "...         y = 'pos'", "...     return y if n > 0 else 'neg'"],
               "the block should show as typed with its auto-indent")
        expect_run(r, "f(1)", ["'pos'"])
        expect_run(r, "f(-1)", ["'neg'"])


@case
def bracket_continuation():
    with start() as r:
        row = r.enter_line("x = (1,")
        r.wait_prompt("... ", indent=0, since=row + 1)
        row = r.enter_line("2)")
        # The statement is complete when the bracket closes: no blank line.
        end = next_prompt_row(r, row + 1)
        expect(r, end == row + 1, "nothing should print between '... 2)' and '>>> '")
        expect_run(r, "x", ["(1, 2)"])


# ---- errors ----------------------------------------------------------------

@case
def traceback_zero_division():
    with start() as r:
        out = r.run("1/0")
        expect(r, len(out) == 5, "expected a 5-line traceback, got %r" % out)
        expect(r, out[0] == "Traceback (most recent call last):", "traceback header")
        expect(r, re.match(r'^  File "<input-\d+>", line 1, in <module>$', out[1]),
               "frame line: %r" % out[1])
        expect(r, out[2] == "    1/0", "source line: %r" % out[2])
        expect(r, re.match(r"^    [~^]*\^[~^]*$", out[3]), "caret line: %r" % out[3])
        expect(r, out[4] == "ZeroDivisionError: division by zero", "exception line")
        expect_run(r, "2 + 2", ["4"])  # the session goes on


@case
def traceback_in_function():
    with start() as r:
        row = block(r, [("def g():", 4), ("return 1/0", 0)])
        next_prompt_row(r, row + 3)
        out = r.run("g()")
        frames = [l for l in out if l.startswith("  File ")]
        expect(r, out[0] == "Traceback (most recent call last):", "traceback header")
        expect(r, len(frames) == 2
               and re.match(r'^  File "<input-\d+>", line 1, in <module>$', frames[0])
               and re.match(r'^  File "<input-\d+>", line 2, in g$', frames[1]),
               "two frames, <module> then g (line 2 of its input): %r" % frames)
        expect(r, "    return 1/0" in out, "the source line of g from the earlier input")
        expect(r, out[-1] == "ZeroDivisionError: division by zero", "exception line")


@case
def syntax_error():
    with start() as r:
        row = r.enter_line("x = 1 +")
        end = next_prompt_row(r, row + 1)  # at once: no continuation prompt
        out = r.lines(row + 1)[: end - row - 1]
        expect(r, out and out[-1] == "SyntaxError: invalid syntax",
               "expected 'SyntaxError: invalid syntax', got %r" % out)
        expect_run(r, "1 + 1", ["2"])


# ---- top-level await ---------------------------------------------------------

@case
def await_sleep():
    with start() as r:
        expect_run(r, "await asyncio.sleep(0.1, 'done')", ["'done'"])


@case
def await_gather():
    with start() as r:
        expect_run(r, "await asyncio.gather(asyncio.sleep(0.1, 1), asyncio.sleep(0.2, 2))",
                   ["[1, 2]"])


# ---- background tasks on the session's event loop ----------------------------

@case
def background_task_output():
    with start() as r:
        row = start_ticker(r)
        t2 = wait_tick(r, 2, row + 1)
        end = r.wait_prompt(since=t2 + 1)  # ticks land above the prompt
        lines = r.lines(row + 1)[: end - row - 1]
        expect(r, lines == ["tick %d" % i for i in range(len(lines))],
               "only 'tick 0', 'tick 1', ... in order between the input and the "
               "prompt (no stray prompts), got %r" % lines)


@case
def typing_during_background_output():
    with start() as r:
        row = start_ticker(r)
        wait_tick(r, 1, row + 1)
        r.send("1 + ")
        r.wait_line_ends(">>> 1 +")
        k = last_tick(r.lines(row + 1))

        # A tick arrives while '1 + ' is typed: it is printed above and the
        # prompt is redrawn below it with the typed text, cursor after it.
        def redrawn(info, lines):
            after = lines[row + 1: info["row"]]
            return (last_tick(after) > k and lines[info["row"]] == ">>> 1 +"
                    and info["x"] == 8 and not any(l.strip() for l in lines[info["row"] + 1:]))
        r.poll(redrawn, "a new tick above '>>> 1 + ' (the typed text redrawn)")
        row = r.enter_line("2")
        expect(r, r.lines(row)[0] == ">>> 1 + 2", "the completed line shows as typed")
        r.poll(lambda info, lines: [l for l in lines[row + 1:] if not TICK.match(l)][:1] == ["3"],
               "'3' as the first output (ticks aside) after '>>> 1 + 2'")
        k = last_tick(r.lines())
        wait_tick(r, k + 2, row + 1)  # and the ticks go on
        r.wait_prompt(since=row + 1)


@case
def tasks_table():
    with start() as r:
        row = block(r, [("async def ticker():", 4), ("while True:", 8),
                        ("await asyncio.sleep(0.3)", 8)])
        next_prompt_row(r, row + 4)
        expect_run(r, "t = asyncio.create_task(ticker(), name='ticker')", [])
        expect_run(r, "await asyncio.sleep(0.1)", [])  # let the task reach its await
        out = r.run("tasks()")
        rows = [l for l in out if "ticker" in l]
        expect(r, any("pending" in l for l in rows),
               "a tasks() row for 'ticker' should say 'pending': %r" % out)
        expect(r, any(re.search(r"<input-\d+>:3\b", l) for l in out),
               "tasks() should show where ticker is suspended (<input-N>:3)")


# ---- Ctrl-C ------------------------------------------------------------------

def interrupted_output(r, row):
    """After Ctrl-C at input `row`: wait for the next prompt, return the lines."""
    r.wait_for(re.compile(r"^(\^C)?KeyboardInterrupt$", re.M), since=row + 1)
    end = next_prompt_row(r, row + 1)
    return r.lines(row + 1)[: end - row - 1]


@case
def ctrl_c_await():
    with start() as r:
        row = r.enter_line("await asyncio.sleep(100)")
        settle()
        r.key("C-c")
        out = interrupted_output(r, row)
        expect(r, out and "Traceback (most recent call last):" in out[0]
               and IS_KEYBOARD_INTERRUPT.match(out[-1]),
               "a traceback ending in KeyboardInterrupt, got %r" % out)
        expect_run(r, "1 + 1", ["2"])


@case
def ctrl_c_keeps_background_task():
    with start() as r:
        row = start_ticker(r)
        wait_tick(r, 1, row + 1)
        r.wait_prompt(since=row + 1)
        row = r.enter_line("await asyncio.sleep(100)")
        settle()
        r.key("C-c")
        r.wait_for(re.compile(r"^(\^C)?KeyboardInterrupt$", re.M), since=row + 1)
        ki = row + 1 + [bool(IS_KEYBOARD_INTERRUPT.match(l)) for l in r.lines(row + 1)].index(True)
        next_prompt_row(r, ki + 1)
        k = last_tick(r.lines())
        wait_tick(r, k + 2, ki + 1)  # the task's output keeps appearing
        out = r.run("tasks()")
        expect(r, any("ticker" in l and "pending" in l for l in out),
               "tasks() should still list ticker as pending: %r" % out)


@case
def ctrl_c_busy_loop():
    with start() as r:
        row = r.enter_line("while True: pass")
        r.wait_prompt("... ", since=row + 1)
        row = r.enter_line("")  # the empty line ends the statement: it runs
        settle()
        r.key("C-c")
        out = interrupted_output(r, row)
        expect(r, out and IS_KEYBOARD_INTERRUPT.match(out[-1]),
               "KeyboardInterrupt should end the output, got %r" % out)
        expect_run(r, "1 + 1", ["2"])


@case
def ctrl_c_clears_line():
    with start() as r:
        r.send("abc")
        r.wait_line_ends(">>> abc")
        row = r.mark()
        r.key("C-c")
        out = interrupted_output(r, row)
        expect(r, [l for l in out if l.strip()] in (["KeyboardInterrupt"], ["^CKeyboardInterrupt"]),
               "only KeyboardInterrupt between '>>> abc' and the new prompt: %r" % out)
        r.wait_prompt(since=row + 1, indent=0)  # fresh and empty
        expect_run(r, "1 + 1", ["2"])  # 'abc' was dropped, not kept in the buffer


# ---- leaving -------------------------------------------------------------------

@case
def ctrl_d_exits():
    with start() as r:
        r.key("C-d")
        status = r.wait_exit()
        expect(r, status == 0, "Ctrl-D should exit with status 0, got %r" % status)
        expect(r, not any("^D" in l for l in r.lines()), "Ctrl-D leaves without echoing ^D")


@case
def background_sys_exit():
    # sys.exit() in a background task ends the session with its status, even while the
    # prompt waits for a key.
    with start() as r:
        row = block(r, [("async def bye():", 4), ("await asyncio.sleep(0.3)", 4),
                        ("raise SystemExit(5)", 0)])
        next_prompt_row(r, row + 4)
        r.type_line("t = asyncio.create_task(bye())")
        status = r.wait_exit()
        expect(r, status == 5, "the task's SystemExit(5) should end krait with 5, got %r" % status)


@case
def unicode_input():
    # Non-ASCII text typed at the prompt reaches the program intact (libedit decodes UTF-8).
    with start() as r:
        expect_run(r, "s = 'héllo wörld ✓'", [])
        expect_run(r, "len(s), s.upper()", ["(13, 'HÉLLO WÖRLD ✓')"])


@case
def ctrl_d_deletes_in_line():
    # Inside a line Ctrl-D deletes the character under the cursor (emacs), it does not exit.
    with start() as r:
        r.send("xprint(7)")
        r.wait_line_ends(">>> xprint(7)")
        r.key("C-a", "C-d")
        r.wait_line_ends(">>> print(7)")
        row = r.enter_line("")
        end = next_prompt_row(r, row + 1)
        expect(r, r.lines(row)[: end - row] == [">>> print(7)", "7"], "the edited line ran")


@case
def exit_call():
    with start() as r:
        r.type_line("exit()")
        status = r.wait_exit()
        expect(r, status == 0, "exit() should end with status 0, got %r" % status)


@case
def quit_call():
    with start() as r:
        r.type_line("quit()")
        status = r.wait_exit()
        expect(r, status == 0, "quit() should end with status 0, got %r" % status)


# ---- history -------------------------------------------------------------------

@case
def history_persists():
    home = tempfile.mkdtemp(prefix="krait-repl-home-")
    try:
        with start(home=home) as r:
            expect_run(r, "x = 12345", [])
            r.key("C-d")
            expect(r, r.wait_exit() == 0, "Ctrl-D should exit with status 0")
            hist = os.path.join(home, ".krait_history")
            expect(r, os.path.isfile(hist), "~/.krait_history should exist after exit")
        with start(home=home) as r:
            r.key("Up")
            r.wait_line_ends(">>> x = 12345")
            expect(r, r.current_line() == ">>> x = 12345", "Up should recall the line")
            row = r.enter_line("")
            expect(r, next_prompt_row(r, row + 1) == row + 1, "x = 12345 runs silently")
            expect_run(r, "x", ["12345"])
    finally:
        shutil.rmtree(home, ignore_errors=True)


# ---- Tab completion --------------------------------------------------------------

def complete(r, typed, expected):
    """Type `typed`, press Tab: the line must read '>>> ' + expected with the
    cursor at its end (so a trailing space or '(' counts)."""
    r.send(typed)
    r.wait_line_ends(">>> " + typed)
    r.key("Tab")
    want = ">>> " + expected
    r.poll(lambda info, lines: lines[info["row"]] == want.rstrip() and info["x"] == len(want),
           "Tab to complete %r to %r" % (typed, expected))


@case
def complete_import():
    with start() as r:
        complete(r, "impo", "import ")
        row = r.enter_line("asyncio")
        expect(r, next_prompt_row(r, row + 1) == row + 1, "import asyncio prints nothing")
        expect(r, r.lines(row)[0] == ">>> import asyncio", "the completed line")


@case
def complete_print():
    with start() as r:
        complete(r, "pri", "print(")
        row = r.enter_line("'x')")
        end = next_prompt_row(r, row + 1)
        expect(r, r.lines(row)[: end - row] == [">>> print('x')", "x"], "print('x') ran")


@case
def complete_while():
    with start() as r:
        complete(r, "whi", "while ")


@case
def complete_str_method():
    with start() as r:
        expect_run(r, "s = 'abc'", [])
        complete(r, "s.upp", "s.upper(")
        row = r.enter_line(")")
        end = next_prompt_row(r, row + 1)
        expect(r, r.lines(row)[: end - row] == [">>> s.upper()", "'ABC'"], "s.upper() ran")


@case
def complete_module_attr():
    with start() as r:
        complete(r, "asyncio.gat", "asyncio.gather(")


@case
def complete_lists_candidates():
    with start() as r:
        r.send("asyncio.Queue")
        r.wait_line_ends(">>> asyncio.Queue")
        row = r.mark()
        r.key("Tab", "Tab")

        # The candidates show below the input and the prompt is redrawn after
        # them with the typed text, cursor at its end.
        def listed(info, lines):
            shown = " ".join(lines[row + 1: info["row"]])
            return (all(re.search(r"\b%s\b" % w, shown) for w in ("Queue", "QueueEmpty", "QueueFull"))
                    and lines[info["row"]] == ">>> asyncio.Queue" and info["x"] == 17)
        r.poll(listed, "Queue, QueueEmpty, QueueFull listed and '>>> asyncio.Queue' redrawn")
        row = r.enter_line("Full")
        end = next_prompt_row(r, row + 1)
        expect(r, r.lines(row)[0] == ">>> asyncio.QueueFull" and end == row + 2,
               "asyncio.QueueFull should run and echo one line")


# ---- krait -i script ---------------------------------------------------------------

def with_script(text, fn):
    d = tempfile.mkdtemp(prefix="krait-repl-script-")
    try:
        path = os.path.join(d, "script.py")
        with open(path, "w") as f:
            f.write(text)
        fn(path)
    finally:
        shutil.rmtree(d, ignore_errors=True)


@case
def interactive_script():
    def go(path):
        with start("-i", path) as r:
            expect_run(r, "x", ["42"])
    with_script("x = 42\nprint('script ran')\n", go)


@case
def interactive_script_error():
    def go(path):
        with start("-i", path) as r:
            lines = r.lines()
            expect(r, "Traceback (most recent call last):" in lines, "the script's traceback")
            expect(r, any(re.match(r'^  File ".*script\.py", line 2, in <module>$', l)
                          for l in lines), "the frame line of script.py line 2")
            expect(r, "ValueError: boom" in lines, "the exception line")
            expect_run(r, "x", ["42"])
    with_script("x = 42\nraise ValueError('boom')\n", go)


@case
def m_asyncio_opens_prompt():
    # `python -m asyncio` is CPython's asyncio REPL; `krait -m asyncio` opens Krait's prompt.
    with start("-m", "asyncio") as r:
        expect_run(r, "await asyncio.sleep(0.05, 'slept')", ["'slept'"])


# ---- stdin not a terminal ------------------------------------------------------------

@case
def stdin_not_tty():
    p = subprocess.run([KRAIT], input="print(1+1)\n", stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
    if p.returncode != 0 or p.stdout != "2\n":
        raise ReplError("echo 'print(1+1)' | krait: status %d, stdout %r, stderr %r"
                        % (p.returncode, p.stdout, p.stderr))


@case
def stdin_not_tty_interactive():
    # krait -i with a pipe: statements one at a time, prompts on stderr (as python3 -i).
    p = subprocess.run([KRAIT, "-i"], input="x = 6\nx * 7\nfor i in range(2):\n    print(i)\n\n",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                       timeout=60)
    if p.returncode != 0 or p.stdout != "42\n0\n1\n\n" or ">>> " not in p.stderr:
        raise ReplError("krait -i < pipe: status %d, stdout %r, stderr %r"
                        % (p.returncode, p.stdout, p.stderr))


# ---- more of the prompt ------------------------------------------------------------

@case
def line_editing():
    # Cursor keys move within the line; typing inserts at the cursor.
    with start() as r:
        r.send("prnt('ab')")
        r.wait_line_ends(">>> prnt('ab')")
        r.key(*["Left"] * len("nt('ab')"))  # to just after "pr"
        r.send("i")
        r.wait_line_ends(">>> print('ab')")
        r.key("C-a")
        r.send("x = 1; ")
        r.wait_line_ends(">>> x = 1; print('ab')")
        row = r.enter_line("")
        end = next_prompt_row(r, row + 1)
        expect(r, r.lines(row)[: end - row] == [">>> x = 1; print('ab')", "ab"],
               "the edited line ran")


@case
def complete_module_name():
    with start() as r:
        complete(r, "import asyn", "import asyncio")


@case
def asyncio_run_at_prompt():
    # asyncio.run() at the prompt runs main() on the session's loop and returns its value.
    with start() as r:
        row = block(r, [("async def main():", 4), ("await asyncio.sleep(0.1)", 4),
                        ("return 'main done'", 0)])
        next_prompt_row(r, row + 4)
        expect_run(r, "asyncio.run(main())", ["'main done'"])


@case
def tasks_none():
    with start() as r:
        expect_run(r, "tasks()", ["No tasks are running."])


@case
def paste_block_with_blank_line():
    # A pasted function whose body has a blank line in it: no auto-indent is added to the
    # pasted lines, and the blank line does not end the body while more of it follows.
    with start() as r:
        row = r.mark()
        r.paste("def f(x):\n    y = x * 2\n\n    return y + 1\n\nf(20)\n")
        r.wait_for(re.compile(r"^41$", re.M), since=row)
        out = r.lines(row)
        expect(r, out[:7] == [">>> def f(x):", "...     y = x * 2", "...", "...     return y + 1",
                              "...", ">>> f(20)", "41"], "the pasted block ran: %r" % out)


# ---- main ------------------------------------------------------------------------------

def main():
    global KRAIT
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", help="the krait executable")
    ap.add_argument("--case", help="the case to run")
    ap.add_argument("--list", action="store_true", help="print the case names")
    ap.add_argument("--check-list", metavar="FILE",
                    help="check FILE (one case name a line) names exactly the cases")
    a = ap.parse_args()
    if a.list:
        print("\n".join(CASES))
        return 0
    if a.check_list:
        with open(a.check_list) as f:
            listed = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        if sorted(listed) != sorted(CASES):
            print("FAIL: %s lists %s; test_repl.py defines %s" % (a.check_list,
                  sorted(set(listed) - set(CASES)) or "no extra cases",
                  sorted(set(CASES) - set(listed)) or "no missing cases"))
            return 1
        print("PASS: %d cases listed" % len(CASES))
        return 0
    if not a.krait or not a.case:
        ap.error("--krait and --case are required (or --list)")
    if a.case not in CASES:
        ap.error("no such case: %s (see --list)" % a.case)
    KRAIT = os.path.abspath(a.krait)
    # A CTest timeout or ^C of the runner: unwind so the tmux server is killed.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, frame: sys.exit("FAIL repl/%s: killed by signal %d"
                                                          % (a.case, signum)))
    try:
        CASES[a.case]()
    except ReplError as e:
        print("FAIL repl/%s: %s" % (a.case, e))
        return 1
    except Exception:
        print("FAIL repl/%s: unexpected error" % a.case)
        traceback.print_exc(file=sys.stdout)
        return 1
    print("PASS repl/%s" % a.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
