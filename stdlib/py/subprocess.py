# subprocess for Krait: run, call, check_call, check_output, getoutput, getstatusoutput and a
# Popen with communicate/wait/poll/kill, over posix._spawn/_communicate (fork and exec, pipes
# read with poll), with CPython's results, exceptions and messages.
import os
import posix as _posix
import time as _time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT', 8: 'SIGFPE',
                 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name:
                return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name,
                                                                     -self.returncode)
            return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _mode(value, is_stderr=False):
    if value is None:
        return 0
    if value == PIPE:
        return 1
    if value == DEVNULL:
        return 2
    if value == STDOUT and is_stderr:
        return 3
    if isinstance(value, int):
        return 10 + value
    if hasattr(value, 'fileno'):
        return 10 + value.fileno()
    raise TypeError("invalid stream argument: %r" % (value,))


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
        if executable is not None:
            args[0] = executable
        argv = [os.fspath(a) for a in args]
        if env is not None:
            env = {os.fspath(k): os.fspath(v) for k, v in env.items()}
        self._fds = list(_posix._spawn(argv, cwd if cwd is None else os.fspath(cwd), env,
                                       _mode(stdin), _mode(stdout), _mode(stderr, True)))
        self.pid = self._fds.pop(0)
        self.stdin = self.stdout = self.stderr = None
        self._input = None

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode,
                                                   self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.returncode is None:
            self.wait()

    def _decode(self, data, is_err=False):
        if data is None:
            return None
        if self.text_mode:
            return data.decode(self.encoding, self.errors).replace('\r\n', '\n').replace('\r', '\n')
        return data

    def communicate(self, input=None, timeout=None):
        if input is not None and self.text_mode and isinstance(input, str):
            input = input.encode(self.encoding, self.errors)
        in_fd, out_fd, err_fd = self._fds
        if self.returncode is not None and out_fd < 0 and err_fd < 0:
            return (None, None)
        code, out, err = _posix._communicate(self.pid, in_fd, out_fd, err_fd, input, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout, self._decode(out) if out_fd >= 0 else None,
                                 self._decode(err) if err_fd >= 0 else None)
        self._fds = [-1, -1, -1]
        self.returncode = code
        return (self._decode(out) if out_fd >= 0 else None,
                self._decode(err) if err_fd >= 0 else None)

    def poll(self):
        if self.returncode is None:
            self.returncode = _posix._wait(self.pid, True)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            self.returncode = _posix._wait(self.pid, False)
            return self.returncode
        end = _time.monotonic() + timeout
        while True:
            code = _posix._wait(self.pid, True)
            if code is not None:
                self.returncode = code
                return code
            if _time.monotonic() >= end:
                raise TimeoutExpired(self.args, timeout)
            _time.sleep(0.001)

    def send_signal(self, sig):
        if self.returncode is None:
            _posix.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def _close_fds(self):
        for fd in self._fds:
            if fd >= 0:
                try:
                    _posix.close(fd)
                except OSError:
                    pass
        self._fds = [-1, -1, -1]


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process._close_fds()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
