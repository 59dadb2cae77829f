"""Drive an interactive program through a real terminal (tmux) and read the screen.

Standard library only; runs under any Python >= 3.8 (Debian's python3, CPython 3.11).

Each Repl starts its own tmux server on a private socket (`tmux -L <name>`), so
tests never share state with each other or with a user's tmux.  The program runs
in a detached 100x40 pane with a controlled environment: HOME is a fresh temp dir
(isolates ~/.krait_history), LANG=C.UTF-8, TERM from tmux's default-terminal.

Synchronisation is always "poll the screen until X appears" (every ~50 ms, generous
timeouts because tests also run under AddressSanitizer), never fixed sleeps.

Screen model: capture-pane returns the scrollback followed by the visible rows.
Lines are numbered absolutely (history_size + row), so `mark()` taken before an
action lets `wait_for(..., since=mark)` look only at what came after it even when
the screen scrolls.

Typical use:

    with Repl([krait]) as r:
        r.wait_prompt()
        assert r.run('1 + 1') == ['2']
"""

import atexit
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile
import time

DEFAULT_TIMEOUT = float(os.environ.get("REPL_TEST_TIMEOUT", "20"))
POLL = 0.05

# Environment variables passed through to the program (sanitizer settings matter
# in the ASan CI job); everything else is dropped so the host cannot leak in.
_PASS_ENV = (
    "PATH", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS",
    "MSAN_OPTIONS", "ASAN_SYMBOLIZER_PATH", "LLVM_SYMBOLIZER_PATH", "TMPDIR",
)

_live = set()  # Repl objects whose tmux server may still run (for atexit)


class ReplError(AssertionError):
    """A wait timed out, the program died early, or the screen was wrong.

    The message ends with the last screen so CI logs show what happened."""


def _cleanup_all():
    for r in list(_live):
        r.close()


atexit.register(_cleanup_all)


def tmux_path():
    path = shutil.which("tmux")
    if path is None:
        # Deliberately an error, not a skip: CI installs tmux.
        raise ReplError("tmux not found on PATH (the REPL tests need tmux)")
    return path


class Repl:
    """One program running in its own tmux server."""

    _counter = 0

    def __init__(self, argv, home=None, cwd=None, env=None, width=100, height=40,
                 term="xterm-256color", timeout=DEFAULT_TIMEOUT):
        self.argv = [str(a) for a in argv]
        self.timeout = timeout
        self.width, self.height = width, height
        self._tmux = tmux_path()
        Repl._counter += 1
        self.socket = "krait-repl-%d-%d-%d" % (os.getpid(), Repl._counter,
                                                int(time.time() * 1000) % 100000)
        self.target = "repl"
        self._own_home = home is None
        self.home = home if home is not None else tempfile.mkdtemp(prefix="krait-repl-home-")
        self._closed = False
        self._last_screen = ""
        self._server_pid = None
        self._socket_path = None

        e = {k: os.environ[k] for k in _PASS_ENV if k in os.environ}
        e.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
        e.update(HOME=self.home, LANG="C.UTF-8", SHELL="/bin/sh")
        if env:
            e.update(env)
        self.env = e

        # tmux joins a multi-word command into one shell string, so quote it
        # ourselves; `exec` makes the program itself the pane process, so its
        # exit status is the pane's.
        command = "exec " + " ".join(shlex.quote(a) for a in self.argv)
        _live.add(self)
        # One client call: options must be set before the pane is created.
        # remain-on-exit keeps the pane (and its exit status) after the program
        # ends; status off gives the program all 40 rows.
        self._tmux_cmd(
            "start-server", ";",
            "set", "-g", "remain-on-exit", "on", ";",
            "set", "-g", "status", "off", ";",
            "set", "-g", "history-limit", "10000", ";",
            "set", "-g", "default-terminal", term, ";",
            "set", "-g", "default-shell", "/bin/sh", ";",
            "new-session", "-d", "-s", self.target, "-x", str(width), "-y", str(height),
            "-c", cwd or self.home, command,
        )
        # tmux leaves its socket file behind when the server exits; remember it.
        self._socket_path = self._tmux_cmd("display-message", "-p", "#{socket_path}",
                                           check=False).strip()

    # ---- plumbing --------------------------------------------------------

    def _tmux_cmd(self, *args, check=True):
        # The server inherits the environment of the client that starts it,
        # which is how the pane gets self.env (the first call starts it).
        p = subprocess.run([self._tmux, "-L", self.socket, "-f", "/dev/null"] + list(args),
                           env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True, errors="replace")
        if check and p.returncode != 0:
            raise ReplError("tmux %s failed (%d): %s" % (" ".join(args), p.returncode,
                                                        p.stderr.strip()))
        return p.stdout

    _INFO = "#{cursor_x} #{cursor_y} #{history_size} #{pane_dead} #{pane_dead_status}"

    def snapshot(self):
        """Atomically read state and screen: returns (info dict, all lines).

        Both commands run in one server round trip, so the cursor position and the
        captured text agree.  lines = scrollback + visible rows, trailing spaces of
        each line stripped by tmux."""
        out = self._tmux_cmd("display-message", "-p", "-t", self.target, self._INFO, ";",
                             "capture-pane", "-p", "-t", self.target, "-S", "-", "-E", "-")
        first, _, rest = out.partition("\n")
        f = first.split(" ")
        info = {
            "x": int(f[0]), "y": int(f[1]), "history": int(f[2]),
            "dead": f[3] == "1",
            "status": int(f[4]) if len(f) > 4 and f[4].lstrip("-").isdigit() else None,
        }
        lines = rest.split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the newline after the last row
        # Keep exactly history + height rows so absolute numbering holds.
        lines = lines[: info["history"] + self.height]
        info["row"] = info["history"] + info["y"]  # absolute line of the cursor
        self._last_screen = "\n".join(lines)
        return info, lines

    # ---- input -----------------------------------------------------------

    def send(self, text):
        """Type literal text (no key names interpreted)."""
        if text:
            self._tmux_cmd("send-keys", "-t", self.target, "-l", "--", text)

    def paste(self, text):
        """Paste text as a terminal does: all at once, newlines sent as carriage returns."""
        self._tmux_cmd("set-buffer", "-b", "krait-paste", "--", text)
        self._tmux_cmd("paste-buffer", "-d", "-b", "krait-paste", "-t", self.target)

    def key(self, *names):
        """Press keys by tmux name: Enter, Tab, Up, Down, BSpace, C-c, C-d, ..."""
        for name in names:
            self._tmux_cmd("send-keys", "-t", self.target, name)

    # ---- screen ----------------------------------------------------------

    @staticmethod
    def _strip_blank_tail(lines):
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        return lines

    def screen(self, history=False):
        """The visible screen (or scrollback + screen) without trailing blank lines."""
        info, lines = self.snapshot()
        if not history:
            lines = lines[info["history"]:]
        return "\n".join(self._strip_blank_tail(lines))

    def lines(self, since=0):
        """All lines (absolute numbering) from `since`, trailing blank lines removed."""
        _, lines = self.snapshot()
        return self._strip_blank_tail(lines[since:])

    def mark(self):
        """Absolute line number of the cursor's row: pass to wait_for(since=...)."""
        return self.snapshot()[0]["row"]

    def cursor(self):
        info, _ = self.snapshot()
        return info["x"], info["y"]

    def current_line(self):
        """Text of the cursor's row (trailing spaces stripped)."""
        info, lines = self.snapshot()
        return lines[info["row"]] if info["row"] < len(lines) else ""

    def last_screen(self, n=45):
        """The last n lines seen (for failure messages), without re-reading."""
        lines = self._strip_blank_tail(self._last_screen.split("\n"))
        return "\n".join(lines[-n:])

    def fail(self, message):
        try:
            self.snapshot()
        except Exception:
            pass
        raise ReplError("%s\n----- screen (last lines, scrollback included) -----\n%s\n"
                        "----- end of screen -----" % (message, self.last_screen()))

    # ---- waiting ---------------------------------------------------------

    def poll(self, predicate, what, timeout=None, allow_dead=False):
        """Call predicate(info, lines) until it returns a true value; return it.

        Fails (with the screen) on timeout or, unless allow_dead, when the program
        has exited and the condition still does not hold."""
        deadline = time.monotonic() + (timeout if timeout is not None else self.timeout)
        while True:
            info, lines = self.snapshot()
            result = predicate(info, lines)
            if result:
                return result
            if info["dead"] and not allow_dead:
                # One more look: output may have landed just before the exit
                # (and get the exit status reaped for the message).
                self._nudge_server()
                time.sleep(2 * POLL)
                info, lines = self.snapshot()
                result = predicate(info, lines)
                if result:
                    return result
                self.fail("program exited (status %s) while waiting for %s"
                          % (info["status"], what))
            if time.monotonic() > deadline:
                self.fail("timed out after %.0f s waiting for %s"
                          % (timeout if timeout is not None else self.timeout, what))
            time.sleep(POLL)

    def wait_for(self, pattern, timeout=None, since=0):
        """Wait until pattern shows in the lines from absolute line `since` on.

        pattern: a str (substring) or compiled regex (searched in the joined text,
        use re.M for ^/$ per line).  Returns the re.Match, or the str."""
        def found(info, lines):
            text = "\n".join(lines[since:])
            if isinstance(pattern, str):
                return pattern if pattern in text else None
            return pattern.search(text)
        what = repr(pattern.pattern if hasattr(pattern, "pattern") else pattern)
        return self.poll(found, what, timeout)

    def wait_prompt(self, prompt=">>> ", indent=None, timeout=None, since=0):
        """Wait for an empty prompt on the cursor's line, at or after `since`.

        The cursor line must read exactly `prompt` (plus only spaces) with nothing
        after it on the screen except blank lines, and the cursor must sit after it
        (after exactly `indent` more spaces when given: auto-indent).  Returns the
        absolute line number of the prompt."""
        return self.wait_any_prompt((prompt,), indent, timeout, since)[1]

    def wait_any_prompt(self, prompts=(">>> ", "... "), indent=None, timeout=None,
                        since=0):
        """Like wait_prompt for whichever of `prompts` shows first: returns
        (prompt, absolute line number)."""
        def ok(info, lines):
            row = info["row"]
            if row < since or row >= len(lines):
                return None
            if any(l.strip() for l in lines[row + 1:]):
                return None
            for prompt in prompts:
                if lines[row].rstrip() != prompt.rstrip():
                    continue
                if indent is None and info["x"] < len(prompt):
                    continue
                if indent is not None and info["x"] != len(prompt) + indent:
                    continue
                return (prompt, row)
            return None
        what = "an empty %s prompt%s" % (" or ".join(repr(p) for p in prompts),
                                         "" if indent is None else
                                         " with %d spaces of indent" % indent)
        return self.poll(ok, what, timeout)

    def wait_line_ends(self, text, timeout=None):
        """Wait until the cursor's line ends with `text` (its echo arrived)."""
        want = text.rstrip()
        return self.poll(lambda info, lines: info["row"] < len(lines)
                         and lines[info["row"]].rstrip().endswith(want),
                         "the input line to end with %r" % want, timeout)

    def type_line(self, text):
        """Type text, wait for its echo, press Enter (without waiting for it to
        be taken: use for lines that end the program).  Returns the input's row."""
        self.send(text)
        self.wait_line_ends(text)
        row = self.mark()
        self.key("Enter")
        return row

    def enter_line(self, text, timeout=None):
        """Type text, wait for its echo, press Enter and wait until the line was
        taken: the cursor moved below it.  Returns the row of the taken line.

        Robust against background output redrawing the prompt lower: the row is
        found by content (the last copy of the echoed line above the cursor)."""
        self.send(text)
        self.wait_line_ends(text, timeout)
        info, lines = self.snapshot()
        first, typed = info["row"], lines[info["row"]]
        self.key("Enter")

        def taken(info, lines):
            for i in range(min(info["row"], len(lines)) - 1, first - 1, -1):
                if lines[i] == typed:
                    return [i]
            return None
        return self.poll(taken, "the line %r to be taken" % typed, timeout)[0]

    def run(self, text, next_prompt=">>> ", timeout=None):
        """Type one line, wait for the next empty `next_prompt` and return the
        output lines in between.  The caller must already have seen the prompt
        (wait_prompt) so that keystrokes never race ahead of the program."""
        row = self.enter_line(text, timeout)
        end = self.wait_prompt(next_prompt, since=row + 1, timeout=timeout)
        return self.lines(row + 1)[: end - row - 1]

    def wait_exit(self, timeout=None):
        """Wait for the program to end; returns its exit status, or -N when it
        was killed by signal N (as subprocess does)."""
        def ended(info, lines):
            # tmux marks the pane dead at the pty's EOF, which can come before
            # it reaps the process: wait until the status is known too.
            if not info["dead"]:
                return None
            if info["status"] is not None:
                return [info["status"]]
            # Debian's tmux links libutempter, whose helper briefly installs its
            # own SIGCHLD handler when the pane's pty closes; a child exiting in
            # that window is never reaped (tmux issue #311) and the status never
            # shows.  A spare SIGCHLD makes the server run waitpid() again.
            self._nudge_server()
            for line in lines[-self.height:]:
                m = re.match(r"Pane is dead \(signal (\d+)", line)
                if m:
                    return [-int(m.group(1))]
            return None
        return self.poll(ended, "the program to exit", timeout, allow_dead=True)[0]

    def _nudge_server(self):
        if self._server_pid is None:
            out = self._tmux_cmd("display-message", "-p", "#{pid}", check=False).strip()
            self._server_pid = int(out) if out.isdigit() else 0
        if self._server_pid:
            try:
                os.kill(self._server_pid, signal.SIGCHLD)
            except OSError:
                pass

    def is_dead(self):
        return self.snapshot()[0]["dead"]

    # ---- lifetime --------------------------------------------------------

    def close(self):
        if self._closed:
            return
        self._closed = True
        _live.discard(self)
        self._tmux_cmd("kill-server", check=False)
        if self._socket_path:
            try:
                os.unlink(self._socket_path)
            except OSError:
                pass
        if self._own_home:
            shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
