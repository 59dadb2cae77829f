# asyncio for Krait: the Python half. The event loop, Future, Task and gather are native
# (the _asyncio module); this module gives them CPython 3.11's API around them: exceptions,
# run/Runner, sleep, wait/wait_for/as_completed/shield, timeouts, TaskGroup, locks and queues.
# The algorithms follow CPython 3.11's Lib/asyncio so that callbacks run in the same order and
# the same messages come out.

import _asyncio
import gc as _gc
import sys
from _asyncio import (Future, Task, Handle, TimerHandle, get_running_loop, _get_running_loop,
                      _set_running_loop, current_task, all_tasks, gather)


# --- exceptions ---

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# --- predicates ---

_CoroutineType = type(_asyncio._coro_lineno)  # replaced below


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def _probe_gen():
    yield


_GeneratorType = type(_probe_gen())


def iscoroutine(obj):
    t = type(obj)
    # 3.11 still counts generators (generator-based coroutines) as coroutines.
    if t is _CoroutineType or t is _GeneratorType:
        return True
    return (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close')
            and hasattr(t, '__await__'))


def iscoroutinefunction(func):
    if type(func) is _MethodType:
        func = func.__func__
    while hasattr(func, 'func') and hasattr(func, 'args') and hasattr(func, 'keywords'):
        func = func.func  # functools.partial
    code = getattr(func, '__code__', None)
    if code is not None and (code.co_flags & 0x80):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


class _MethodProbe:
    def m(self):
        pass


_MethodType = type(_MethodProbe().m)
del _MethodProbe


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


# --- reprs (base_futures, base_tasks, format_helpers, reprlib) ---

def _short_repr(x, level=6):
    t = type(x)
    if t is str:
        if len(x) <= 30:
            return repr(x)
        s = repr(x[:30])
        if len(s) > 30:
            i = max(0, (30 - 3) // 2)
            j = max(0, 30 - 3 - i)
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    if t is int:
        s = repr(x)
        if len(s) > 40:
            i = max(0, (40 - 3) // 2)
            j = max(0, 40 - 3 - i)
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    if t is list or t is tuple or t is set or t is frozenset:
        n = len(x)
        if t is list:
            left, right, maxn = '[', ']', 6
        elif t is tuple:
            left, right, maxn = '(', ')', 6
        elif t is set:
            if not n:
                return 'set()'
            left, right, maxn = '{', '}', 6
            x = sorted(x, key=lambda v: 0) if False else list(x)
        else:
            if not n:
                return 'frozenset()'
            left, right, maxn = 'frozenset({', '})', 6
            x = list(x)
        if n == 0:
            return left + right
        if level <= 0:
            return left + '...' + right
        pieces = [_short_repr(v, level - 1) for v in list(x)[:maxn]]
        if n > maxn:
            pieces.append('...')
        s = ', '.join(pieces)
        if t is tuple and n == 1:
            s += ','
        return left + s + right
    if t is dict:
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for k in list(x)[:4]:
            pieces.append(_short_repr(k, level - 1) + ': ' + _short_repr(x[k], level - 1))
        if n > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (type(x).__name__, id(x))
    if len(s) > 30:
        i = max(0, (30 - 3) // 2)
        j = max(0, 30 - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _get_function_source(func):
    if type(func) is _FunctionType:
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if type(func).__name__ == 'partial' and hasattr(func, 'func'):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if type(func).__name__ == 'partial' and hasattr(func, 'func'):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return _format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0][0]), size - 2, format_cb(cb[-1][0]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == 'FINISHED':
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={_short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


_repr_running = set()


def _future_repr(future):
    key = id(future)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        info = ' '.join(_future_repr_info(future))
        return f'<{future.__class__.__name__} {info}>'
    finally:
        _repr_running.discard(key)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name:
        coro_name = f'{name}()'
    else:
        coro_name = f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None) or getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name
    filename = code.co_filename or '<empty co_filename>'
    lineno = _asyncio._coro_lineno(coro)
    if lineno is not None:
        return f'{coro_name} running at {filename}:{lineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'


def _task_repr(task):
    key = id(task)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        info = _future_repr_info(task)
        if task.cancelling() and not task.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % task.get_name())
        info.insert(2, f'coro=<{_format_coroutine(task._coro)}>')
        if task._fut_waiter is not None:
            info.insert(3, f'wait_for={task._fut_waiter!r}')
        return f'<{task.__class__.__name__} {" ".join(info)}>'
    finally:
        _repr_running.discard(key)


def _handle_repr(handle):
    info = [handle.__class__.__name__]
    if handle.cancelled():
        info.append('cancelled')
    if handle._callback is not None:
        info.append(_format_callback_source(handle._callback, handle._args))
    if handle._is_timer:
        pos = 2 if handle.cancelled() else 1
        info.insert(pos, f'when={handle._when}')
    return '<{}>'.format(' '.join(info))


def _function():
    pass


_FunctionType = type(_function)
del _function


# --- event loops ---

_event_loop = None


def _default_loop():
    global _event_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = _asyncio.new_event_loop()
    return _event_loop


def new_event_loop():
    return _asyncio.new_event_loop()


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return _default_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


class AbstractEventLoop:
    pass


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


async def _shutdown_asyncgens(loop):
    loop._asyncgens_shutdown_called = True
    gens = loop._asyncgens
    if not gens:
        return
    closing = list(gens)
    gens.clear()
    results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
    for result, agen in zip(results, closing):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen
            })


async def _shutdown_default_executor(loop):
    pass


def _loop_shutdown_asyncgens(self):
    return _shutdown_asyncgens(self)


# Async generators first iterated while a loop runs are registered with it, so that
# shutdown_asyncgens() closes them, and one collected unfinished is closed by a task on the
# loop (BaseEventLoop's asyncgen hooks, installed by run_forever). `_asyncgens` is a weak set
# as in CPython: it does not keep a generator alive.
def _loop_asyncgen_firstiter_hook(self, agen):
    gens = self._asyncgens
    if gens is None:
        gens = self._asyncgens = _asyncio._asyncgen_weakset()
    gens.add(agen)


def _loop_asyncgen_finalizer_hook(self, agen):
    gens = self._asyncgens
    if gens is not None:
        gens.discard(agen)
    if not self.is_closed():
        self.call_soon_threadsafe(self.create_task, agen.aclose())


_native_run_forever = _asyncio.EventLoop.run_forever
_native_run_until_complete = _asyncio.EventLoop.run_until_complete


def _loop_run_forever(self):
    old_hooks = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                           finalizer=self._asyncgen_finalizer_hook)
    try:
        return _native_run_forever(self)
    finally:
        sys.set_asyncgen_hooks(*old_hooks)


def _loop_run_until_complete(self, future):
    old_hooks = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                           finalizer=self._asyncgen_finalizer_hook)
    try:
        return _native_run_until_complete(self, future)
    finally:
        sys.set_asyncgen_hooks(*old_hooks)


def _loop_shutdown_default_executor(self):
    return _shutdown_default_executor(self)


def _loop_run_in_executor(self, executor, func, *args):
    fut = self.create_future()
    try:
        fut.set_result(func(*args))
    except BaseException as exc:
        fut.set_exception(exc)
    return fut


_asyncio._extend_type(_asyncio.EventLoop, 'shutdown_asyncgens', _loop_shutdown_asyncgens)
for _f, _name in ((_loop_asyncgen_firstiter_hook, '_asyncgen_firstiter_hook'),
                  (_loop_asyncgen_finalizer_hook, '_asyncgen_finalizer_hook'),
                  (_loop_run_forever, 'run_forever'),
                  (_loop_run_until_complete, 'run_until_complete')):
    _f.__name__ = _name
    _f.__qualname__ = 'BaseEventLoop.' + _name
del _f, _name
_asyncio._extend_type(_asyncio.EventLoop, '_asyncgen_firstiter_hook',
                      _loop_asyncgen_firstiter_hook)
_asyncio._extend_type(_asyncio.EventLoop, '_asyncgen_finalizer_hook',
                      _loop_asyncgen_finalizer_hook)
_asyncio._extend_type(_asyncio.EventLoop, 'run_forever', _loop_run_forever)
_asyncio._extend_type(_asyncio.EventLoop, 'run_until_complete', _loop_run_until_complete)
_asyncio._extend_type(_asyncio.EventLoop, 'shutdown_default_executor',
                      _loop_shutdown_default_executor)
_asyncio._extend_type(_asyncio.EventLoop, 'run_in_executor', _loop_run_in_executor)


# --- futures and tasks ---

def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


sleep = _asyncio.sleep


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _Partial:
    # functools.partial's shape, enough for remove_done_callback (== compares func and args)
    # and for reprs.
    __slots__ = ('func', 'args', 'keywords')

    def __init__(self, func, *args):
        self.func = func
        self.args = args
        self.keywords = {}

    def __call__(self, *args):
        return self.func(*self.args, *args)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


_Partial.__name__ = 'partial'


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) for the event loop and return its result. Krait has no threads:
    the call runs to completion before the loop goes on (see docs/differences.md)."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _Partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _Partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


# --- run and Runner ---

class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            if loop._asyncgens:
                # CPython has freed the generators nothing references any more (the weak set
                # has dropped them): collect them first so that only the live ones are closed.
                _gc.collect()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


# Set by a host that keeps a loop running between its own calls into Python (the REPL): at its
# top level, asyncio.run(main) runs main as a task of that loop, as `await main` would.
_host_run = None


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        if _host_run is not None and current_task() is None:
            return _host_run(main)
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    # `with Runner()` without the with statement: close() then runs straight from this frame, not
    # from a native __exit__ call, so its collection (see Runner.close) is allowed.
    runner = Runner(debug=debug)
    runner._lazy_init()
    try:
        return runner.run(main)
    finally:
        runner.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _asyncio._all_tasks_list() if t.get_loop() is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# --- timeouts (native) ---

from _asyncio import Timeout, timeout, timeout_at


# --- TaskGroup (native) ---

from _asyncio import TaskGroup


# --- a deque for the locks ---

class _Deque:
    __slots__ = ('_items', '_head')

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, x):
        self._items.append(x)

    def popleft(self):
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        if head > 64 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def remove(self, x):
        items = self._items
        for i in range(self._head, len(items)):
            if items[i] is x or items[i] == x:
                del items[i]
                return
        raise ValueError('deque.remove(x): x not in deque')

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        items = self._items
        for i in range(self._head, len(items)):
            yield items[i]

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        return self._items[self._head + i]

    def clear(self):
        self._items = []
        self._head = 0


# --- locks ---

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


def _object_repr(self):
    cls = type(self)
    return f'<{cls.__module__}.{cls.__qualname__} object at {id(self):#x}>'


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = _object_repr(self)
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _Deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    def __init__(self):
        self._waiters = _Deque()
        self._value = False

    def __repr__(self):
        res = _object_repr(self)
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Deque()

    def __repr__(self):
        res = _object_repr(self)
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = _object_repr(self)
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _Deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_LoopBoundMixin):
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        res = _object_repr(self)
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in ('draining', 'resetting')
        )
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier):
    _cls.__module__ = 'asyncio.locks'


# --- queues (native) ---

from _asyncio import Queue, PriorityQueue, LifoQueue

_asyncio._set_types(CancelledError, InvalidStateError, globals())
