// The `_asyncio` module: the native half of asyncio. It exposes the runtime's event loop,
// Future and Task (runtime/event_loop.h, runtime/future.h) to Python with CPython 3.11's
// names, signatures and messages; stdlib/py/asyncio.py builds the rest of the package on it.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "interpreter/code_unit.h"
#include "interpreter/eval.h"
#include "runtime/async_runtime.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/future.h"
#include "runtime/generator.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native_coroutine.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/asyncio_host.h"
#include "stdlib/asyncio_internal.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

AsyncRuntime& rt(VM& vm) {
  return *vm.async_runtime();
}

// --- Helpers ---

Value bool_value(bool b) {
  return b ? Value::true_() : Value::false_();
}

// The loop to use when none is given: the running one (CPython also falls back to the
// policy's loop, with a DeprecationWarning, outside coroutines).
EventLoopObject* default_loop(VM& vm) {
  Value l = rt(vm).running_loop;
  if (is_event_loop(l)) return as_event_loop(l);
  Value d = rt(vm).module_dict;
  if (is_dict(d)) {
    Value fn = dict_get_str(as_dict(d), vm.intern("_default_loop"));
    if (!fn.is_null()) {
      Value r = vm.call(fn, nullptr, 0);
      if (r.is_null()) return nullptr;
      if (is_event_loop(r)) return as_event_loop(r);
    }
  }
  vm.raise(vm.exc.RuntimeError, "no running event loop");
  return nullptr;
}

Value kwarg(VM& vm, TupleObject* kwnames, const Value* args, size_t nargs, std::string_view name,
            bool& ok, std::initializer_list<std::string_view> allowed, const char* fname) {
  ok = true;
  Value found = Value::null();
  if (!kwnames) return found;
  for (size_t i = 0; i < kwnames->size; ++i) {
    std::string_view k = str_view(kwnames->items()[i]);
    bool known = false;
    for (std::string_view a : allowed) known = known || a == k;
    if (!known) {
      vm.raise_fmt(vm.exc.TypeError, "{}() got an unexpected keyword argument '{}'", fname, k);
      ok = false;
      return Value::null();
    }
    if (k == name) found = args[nargs + i];
  }
  return found;
}

// --- Future methods ---

Value future_new_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool ok;
  Value loop = kwarg(vm, kwnames, args, nargs, "loop", ok, {"loop"}, "Future");
  if (!ok) return Value::null();
  if (nargs > 1) return vm.raise(vm.exc.TypeError, "Future() takes no positional arguments");
  EventLoopObject* l = nullptr;
  if (loop.is_null() || loop.is_none()) {
    l = default_loop(vm);
    if (!l) return Value::null();
  } else if (is_event_loop(loop)) {
    l = as_event_loop(loop);
  } else {
    return vm.raise(vm.exc.TypeError, "Future's loop must be an event loop");
  }
  FutureObject* f = future_new(vm, l);
  return f ? Value::object(f) : Value::null();
}

Value future_init_fn(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value future_result_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "result", kwnames) || !check_arg_count(vm, "result", nargs - 1, 0, 0))
    return Value::null();
  return future_result(vm, as_future(args[0]));
}
Value future_exception_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "exception", kwnames) ||
      !check_arg_count(vm, "exception", nargs - 1, 0, 0))
    return Value::null();
  return future_exception(vm, as_future(args[0]));
}
Value future_set_result_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "set_result", kwnames) ||
      !check_arg_count(vm, "set_result", nargs - 1, 1, 1))
    return Value::null();
  if (as_future(args[0])->is_task)
    return vm.raise(vm.exc.RuntimeError, "Task does not support set_result operation");
  if (!future_set_result(vm, as_future(args[0]), args[1])) return Value::null();
  return Value::none();
}
Value future_set_exception_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "set_exception", kwnames) ||
      !check_arg_count(vm, "set_exception", nargs - 1, 1, 1))
    return Value::null();
  if (as_future(args[0])->is_task)
    return vm.raise(vm.exc.RuntimeError, "Task does not support set_exception operation");
  if (!future_set_exception(vm, as_future(args[0]), args[1])) return Value::null();
  return Value::none();
}
Value future_cancel_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"cancel", {"msg"}, 0, 0, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  Value msg = out[0].is_null() ? Value::none() : out[0];
  FutureObject* f = as_future(args[0]);
  bool r = any_future_cancel(vm, f, msg);
  if (vm.has_error()) return Value::null();
  return bool_value(r);
}
Value future_cancelled_fn(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_future(args[0])->state == FutureObject::State::Cancelled);
}
Value future_done_fn(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_future(args[0])->state != FutureObject::State::Pending);
}
Value future_get_loop_fn(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_future(args[0])->loop);
}
Value future_add_done_callback_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[2];
  static const ClinicSpec spec{"add_done_callback", {"fn", "context"}, 1, 1, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  if (!future_add_done_callback(vm, as_future(args[0]), out[0],
                                out[1].is_null() ? Value::none() : out[1])) {
    return Value::null();
  }
  return Value::none();
}
Value future_remove_done_callback_fn(VM& vm, const Value* args, size_t nargs,
                                     TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "remove_done_callback", kwnames) ||
      !check_arg_count(vm, "remove_done_callback", nargs - 1, 1, 1)) {
    return Value::null();
  }
  FutureObject* f = as_future(args[0]);
  bool failed = false;
  int64_t removed =
      static_cast<int64_t>(f->callbacks.remove_if([&](const FutureObject::Callback& cb) {
        if (failed || cb.internal) return false;  // not the user's to remove
        int eq = py_equal(vm, cb.fn, args[1]);
        if (eq < 0) failed = true;
        return eq > 0;
      }));
  if (failed) return Value::null();
  return Value::small_int(removed);
}
Value future_await_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  // fut.__await__(): an iterator that yields the future until it is done.
  Value it = vm.call(Value::object(rt(vm).future_iter_type), {args[0]});
  return it;
}
Value future_repr_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  std::string out;
  if (!future_repr_into(vm, as_future(args[0]), out)) return Value::null();
  return vm.new_str(out);
}
Value future_get_state(VM& vm, const Value* args, size_t, TupleObject*) {
  switch (as_future(args[0])->state) {
    case FutureObject::State::Pending:
      return vm.intern_value("PENDING");
    case FutureObject::State::Cancelled:
      return vm.intern_value("CANCELLED");
    default:
      return vm.intern_value("FINISHED");
  }
}
Value future_get_result_attr(VM&, const Value* args, size_t, TupleObject*) {
  FutureObject* f = as_future(args[0]);
  if (!f->exception.is_null()) return Value::none();  // `result` holds the traceback then
  return f->result;
}
Value future_get_exception_attr(VM&, const Value* args, size_t, TupleObject*) {
  FutureObject* f = as_future(args[0]);
  if (f->state == FutureObject::State::Cancelled) return Value::none();
  return f->exception.is_null() ? Value::none() : f->exception;
}
Value future_get_loop_attr(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_future(args[0])->loop);
}
Value future_get_callbacks(VM& vm, const Value* args, size_t, TupleObject*) {
  FutureObject* f = as_future(args[0]);
  if (f->callbacks.empty()) return Value::none();
  ListObject* l = vm.new_list(f->callbacks.size());
  if (!l) return Value::null();
  for (size_t i = 0; i < f->callbacks.size(); ++i) {
    const FutureObject::Callback& cb = f->callbacks[i];
    Value fn = cb.fn;
    if (!cb.internal) {
      // as registered
    } else if (is_task(fn)) {
      fn = py_getattr(vm, fn, vm.intern("task_wakeup"));
      if (fn.is_null()) return fn;
    } else if (is_kind(fn, ObjKind::TaskGroup)) {
      fn = py_getattr(vm, fn, vm.intern("_on_task_done"));
      if (fn.is_null()) return fn;
    }
    Value t = vm.new_tuple({fn, cb.context});
    if (t.is_null()) return t;
    l->items.push_back(t);
  }
  return Value::object(l);
}
Value future_get_blocking(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_future(args[0])->blocking);
}
Value future_set_blocking(VM& vm, const Value* args, size_t, TupleObject*) {
  int t = py_truthy(vm, args[1]);
  if (t < 0) return Value::null();
  as_future(args[0])->blocking = t;
  return Value::none();
}
Value future_get_log_tb(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_future(args[0])->log_traceback);
}
Value future_set_log_tb(VM& vm, const Value* args, size_t, TupleObject*) {
  int t = py_truthy(vm, args[1]);
  if (t < 0) return Value::null();
  if (t) return vm.raise(vm.exc.ValueError, "_log_traceback can only be set to False");
  as_future(args[0])->log_traceback = false;
  return Value::none();
}
Value future_get_cancel_message(VM&, const Value* args, size_t, TupleObject*) {
  return as_future(args[0])->cancel_message;
}
Value future_set_cancel_message(VM&, const Value* args, size_t, TupleObject*) {
  as_future(args[0])->cancel_message = args[1];
  return Value::none();
}
Value none_getter(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}
Value class_getitem(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

// --- FutureIter (what fut.__await__() returns) ---

struct FutureIterObject : Object {
  FutureIterObject(TypeObject* t, FutureObject* f) : Object(t, ObjKind::Iterator), future(f) {}
  void trace(GcVisitor& v) const override { v.visit(future); }
  FutureObject* future;
};

Value future_iter_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_future(args[1]))
    return vm.raise(vm.exc.TypeError, "FutureIter expects a future");
  auto* it = vm.make<FutureIterObject>(as_type(args[0]), as_future(args[1]));
  return it ? Value::object(it) : Value::null();
}
Value future_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<FutureIterObject*>(args[0].as_object());
  if (!it->future) return vm.raise_stop_iteration(Value::none());
  Value out;
  if (future_await_step(vm, it->future, out)) return out;
  it->future = nullptr;
  if (out.is_null()) return out;
  return vm.raise_stop_iteration(out);
}
Value future_iter_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "send() takes exactly one argument");
  return future_iter_next(vm, args, 1, nullptr);
}
Value future_iter_throw(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2) return vm.raise(vm.exc.TypeError, "throw expected at least 1 argument, got 0");
  auto* it = static_cast<FutureIterObject*>(args[0].as_object());
  it->future = nullptr;
  return vm.raise_value(args[1]);
}
Value future_iter_close(VM&, const Value* args, size_t, TupleObject*) {
  static_cast<FutureIterObject*>(args[0].as_object())->future = nullptr;
  return Value::none();
}
Value iter_self(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

// --- Task methods ---

Value task_new_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[4];
  static const ClinicSpec spec{"Task", {"coro", "loop", "name", "context"}, 0, 1, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  Value coro = out[0];
  EventLoopObject* l = nullptr;
  if (out[1].is_null() || out[1].is_none()) {
    l = default_loop(vm);
    if (!l) return Value::null();
  } else if (is_event_loop(out[1])) {
    l = as_event_loop(out[1]);
  } else {
    return vm.raise(vm.exc.TypeError, "Task's loop must be an event loop");
  }
  Value name = out[2].is_null() ? Value::none() : out[2];
  Value context = out[3].is_null() ? Value::none() : out[3];
  return create_task_checked(vm, l, coro, name, context);
}

bool check_task(VM& vm, Value v) {
  if (is_task(v)) return true;
  vm.raise_fmt(vm.exc.TypeError, "expected a Task, got '{}'", vm.type_name(v));
  return false;
}

Value task_get_name_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  return task_get_name(vm, as_task(args[0]));
}
Value task_set_name_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "set_name() takes exactly one argument");
  Value s = is_str(args[1]) ? args[1] : py_str(vm, args[1]);
  if (s.is_null()) return s;
  as_task(args[0])->name = s;
  return Value::none();
}
Value task_get_coro_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  return as_task(args[0])->coro;
}
Value task_get_context_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  return as_task(args[0])->context;
}
Value task_cancelling_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  return Value::small_int(as_task(args[0])->num_cancels_requested);
}
Value task_uncancel_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  TaskObject* t = as_task(args[0]);
  if (t->num_cancels_requested > 0) --t->num_cancels_requested;
  return Value::small_int(t->num_cancels_requested);
}
Value task_wakeup_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (!check_task(vm, args[0])) return Value::null();
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "task_wakeup() takes exactly one argument");
  bool ok = is_future(args[1]) ? task_wakeup(vm, as_task(args[0]), as_future(args[1]))
                               : task_wakeup_any(vm, as_task(args[0]), args[1]);
  if (!ok) return Value::null();
  return Value::none();
}
Value task_get_coro_attr(VM&, const Value* args, size_t, TupleObject*) {
  return as_task(args[0])->coro;
}
Value task_get_fut_waiter(VM&, const Value* args, size_t, TupleObject*) {
  return as_task(args[0])->fut_waiter;
}
Value task_get_must_cancel(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_task(args[0])->must_cancel);
}
Value task_get_log_destroy_pending(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_task(args[0])->log_destroy_pending);
}
Value task_set_log_destroy_pending(VM& vm, const Value* args, size_t, TupleObject*) {
  int t = py_truthy(vm, args[1]);
  if (t < 0) return Value::null();
  as_task(args[0])->log_destroy_pending = t;
  return Value::none();
}
Value task_get_num_cancels(VM&, const Value* args, size_t, TupleObject*) {
  return Value::small_int(as_task(args[0])->num_cancels_requested);
}

// --- Handles ---

HandleObject* as_handle(Value v) {
  return static_cast<HandleObject*>(v.as_object());
}

Value handle_cancel_fn(VM&, const Value* args, size_t, TupleObject*) {
  HandleObject* h = as_handle(args[0]);
  if (!h->cancelled) {
    h->cancelled = true;
    if (h->is_timer && h->scheduled && is_event_loop(h->loop))
      as_event_loop(h->loop)->timer_cancelled();
    h->callback = Value::none();
    h->args = nullptr;
  }
  return Value::none();
}
Value handle_cancelled_fn(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_handle(args[0])->cancelled);
}
Value handle_when_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  HandleObject* h = as_handle(args[0]);
  if (!h->is_timer)
    return vm.raise(vm.exc.AttributeError, "'Handle' object has no attribute 'when'");
  return Value::from_double(h->when);
}
Value handle_get_loop_fn(VM&, const Value* args, size_t, TupleObject*) {
  return as_handle(args[0])->loop;
}
Value handle_get_callback(VM&, const Value* args, size_t, TupleObject*) {
  return as_handle(args[0])->callback;
}
Value handle_get_args(VM&, const Value* args, size_t, TupleObject*) {
  TupleObject* a = as_handle(args[0])->args;
  return a ? Value::object(a) : Value::none();
}
Value handle_get_when(VM&, const Value* args, size_t, TupleObject*) {
  return Value::from_double(as_handle(args[0])->when);
}
Value handle_get_is_timer(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(as_handle(args[0])->is_timer);
}
Value handle_repr_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  Value d = rt(vm).module_dict;
  Value fn = is_dict(d) ? dict_get_str(as_dict(d), vm.intern("_handle_repr")) : Value::null();
  if (fn.is_null()) return vm.new_str("<Handle>");
  return vm.call(fn, {args[0]});
}

// --- The event loop ---

EventLoopObject* self_loop(Value v) {
  return as_event_loop(v);
}

bool check_open(VM& vm, EventLoopObject* l) {
  if (l->closed) {
    vm.raise(vm.exc.RuntimeError, "Event loop is closed");
    return false;
  }
  return true;
}

size_t positional_count(size_t nargs) {
  return nargs;
}

Value loop_call_soon(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool ok;
  Value context = kwarg(vm, kwnames, args, nargs, "context", ok, {"context"}, "BaseEventLoop.call_soon");
  if (!ok) return Value::null();
  if (nargs < 2)
    return vm.raise(vm.exc.TypeError,
                    "call_soon() missing 1 required positional argument: 'callback'");
  return make_handle(vm, self_loop(args[0]), args[1], args + 2, positional_count(nargs) - 2, false,
                     0, "call_soon", context);
}
Value loop_call_later(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool ok;
  Value context = kwarg(vm, kwnames, args, nargs, "context", ok, {"context"}, "BaseEventLoop.call_later");
  if (!ok) return Value::null();
  if (nargs < 3)
    return vm.raise(vm.exc.TypeError, "call_later() missing required positional arguments");
  double delay;
  if (!py_to_double(vm, args[1], delay)) return Value::null();
  EventLoopObject* l = self_loop(args[0]);
  return make_handle(vm, l, args[2], args + 3, nargs - 3, true, l->time(vm) + delay, "call_later",
                     context);
}
Value loop_call_at(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool ok;
  Value context = kwarg(vm, kwnames, args, nargs, "context", ok, {"context"}, "BaseEventLoop.call_at");
  if (!ok) return Value::null();
  if (nargs < 3)
    return vm.raise(vm.exc.TypeError, "call_at() missing required positional arguments");
  double when;
  if (!py_to_double(vm, args[1], when)) return Value::null();
  return make_handle(vm, self_loop(args[0]), args[2], args + 3, nargs - 3, true, when, "call_at",
                     context);
}
Value loop_time(VM& vm, const Value* args, size_t, TupleObject*) {
  return Value::from_double(self_loop(args[0])->time(vm));
}
Value loop_create_future(VM& vm, const Value* args, size_t, TupleObject*) {
  FutureObject* f = future_new(vm, self_loop(args[0]));
  return f ? Value::object(f) : Value::null();
}
Value loop_create_task(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[3];
  static const ClinicSpec spec{"create_task", {"coro", "name", "context"}, 0, 1, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  EventLoopObject* l = self_loop(args[0]);
  if (!check_open(vm, l)) return Value::null();
  return create_task_checked(vm, l, out[0], out[1].is_null() ? Value::none() : out[1],
                             out[2].is_null() ? Value::none() : out[2]);
}

Value run_until_complete_cb(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs >= 1 && is_future(args[0])) as_future(args[0])->loop->stopping = true;
  (void)vm;
  return Value::none();
}

using RunningScope = LoopRunningScope;

bool check_can_run(VM& vm, EventLoopObject* l) {
  if (!check_open(vm, l)) return false;
  if (l->running_flag) {
    vm.raise(vm.exc.RuntimeError, "This event loop is already running");
    return false;
  }
  if (!rt(vm).running_loop.is_none()) {
    vm.raise(vm.exc.RuntimeError, "Cannot run the event loop while another loop is running");
    return false;
  }
  return true;
}

Value loop_run_forever(VM& vm, const Value* args, size_t, TupleObject*) {
  EventLoopObject* l = self_loop(args[0]);
  if (!check_can_run(vm, l)) return Value::null();
  RunningScope scope(vm, l);
  if (!l->run_forever(vm)) return Value::null();
  return Value::none();
}

Value loop_run_until_complete(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "run_until_complete", kwnames) ||
      !check_arg_count(vm, "run_until_complete", nargs - 1, 1, 1)) {
    return Value::null();
  }
  EventLoopObject* l = self_loop(args[0]);
  if (!check_can_run(vm, l)) return Value::null();
  Value fut = args[1];
  bool new_task = !is_future(fut) || as_future(fut)->is_sleep;
  if (new_task) {
    Value d = rt(vm).module_dict;
    Value ensure =
        is_dict(d) ? dict_get_str(as_dict(d), vm.intern("ensure_future")) : Value::null();
    if (ensure.is_null()) return vm.raise(vm.exc.SystemError, "asyncio is not initialised");
    Value kw = vm.new_tuple({vm.intern_value("loop")});
    if (kw.is_null()) return kw;
    Value cargs[2] = {fut, Value::object(l)};
    fut = vm.call(ensure, cargs, 1, as_tuple(kw));
    if (fut.is_null()) return fut;
    if (!is_future(fut))
      return vm.raise(vm.exc.TypeError, "ensure_future() did not return a future");
    if (as_future(fut)->is_task) as_task(fut)->log_destroy_pending = false;
  }
  FutureObject* f = as_future(fut);
  if (f->loop != l)
    return vm.raise(
        vm.exc.ValueError,
        "The future belongs to a different loop than the one specified as the loop argument");
  NativeFunctionObject* cb = vm.new_native("_run_until_complete_cb", run_until_complete_cb);
  if (!cb) return Value::null();
  // The future and its callback stay rooted while the loop runs (the collector may run).
  vm.extra_roots().push_back(fut);
  vm.extra_roots().push_back(Value::object(cb));
  if (!future_add_done_callback(vm, f, Value::object(cb), Value::none())) {
    vm.extra_roots().resize(vm.extra_roots().size() - 2);
    return Value::null();
  }
  bool ok;
  {
    RunningScope scope(vm, l);
    ok = l->run_forever(vm);
  }
  vm.extra_roots().resize(vm.extra_roots().size() - 2);
  // remove_done_callback(_run_until_complete_cb)
  f->callbacks.remove_if(
      [&](const FutureObject::Callback& c) { return c.fn == Value::object(cb); });
  if (!ok) {
    if (new_task && f->state == FutureObject::State::Finished) f->log_traceback = false;
    return Value::null();
  }
  if (f->state == FutureObject::State::Pending) {
    return vm.raise(vm.exc.RuntimeError, "Event loop stopped before Future completed.");
  }
  return future_result(vm, f);
}

Value loop_run_once(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  EventLoopObject* l = self_loop(args[0]);
  double max_wait = -1;
  if (nargs > 1 && !args[1].is_none() && !py_to_double(vm, args[1], max_wait)) return Value::null();
  if (!l->run_once(vm, max_wait)) return Value::null();
  return Value::none();
}
Value loop_stop(VM&, const Value* args, size_t, TupleObject*) {
  self_loop(args[0])->stopping = true;
  return Value::none();
}
Value loop_close(VM& vm, const Value* args, size_t, TupleObject*) {
  EventLoopObject* l = self_loop(args[0]);
  if (l->running_flag) return vm.raise(vm.exc.RuntimeError, "Cannot close a running event loop");
  if (l->closed) return Value::none();
  l->closed = true;
  while (!l->ready.empty()) l->ready.pop();
  for (auto& t : l->timers) {
    if (t.target->kind == ObjKind::Handle) static_cast<HandleObject*>(t.target)->scheduled = false;
  }
  l->timers.clear();
  l->cancelled_timers = 0;
  return Value::none();
}
Value loop_is_running(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(self_loop(args[0])->running_flag);
}
Value loop_is_closed(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(self_loop(args[0])->closed);
}
Value loop_get_debug(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(self_loop(args[0])->debug);
}
Value loop_set_debug(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "set_debug() takes exactly one argument");
  int t = py_truthy(vm, args[1]);
  if (t < 0) return Value::null();
  self_loop(args[0])->debug = t;
  return Value::none();
}
Value loop_set_exception_handler(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2)
    return vm.raise(vm.exc.TypeError, "set_exception_handler() takes exactly one argument");
  if (!args[1].is_none() && !py_callable(vm, args[1])) {
    std::string r;
    if (!repr_into(vm, args[1], r)) return Value::null();
    return vm.raise_fmt(vm.exc.TypeError, "A callable object or None is expected, got {}", r);
  }
  self_loop(args[0])->exception_handler = args[1];
  return Value::none();
}
Value loop_get_exception_handler(VM&, const Value* args, size_t, TupleObject*) {
  return self_loop(args[0])->exception_handler;
}
Value loop_call_exception_handler_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_dict(args[1]))
    return vm.raise(vm.exc.TypeError, "call_exception_handler() expects a dict");
  loop_call_exception_handler(vm, self_loop(args[0]), as_dict(args[1]));
  return Value::none();
}
Value loop_default_exception_handler(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_dict(args[1]))
    return vm.raise(vm.exc.TypeError, "default_exception_handler() expects a dict");
  EventLoopObject* l = self_loop(args[0]);
  Value saved = l->exception_handler;
  l->exception_handler = Value::none();
  loop_call_exception_handler(vm, l, as_dict(args[1]));
  l->exception_handler = saved;
  return Value::none();
}
Value loop_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  EventLoopObject* l = self_loop(args[0]);
  return vm.new_str(fmt::format("<_UnixSelectorEventLoop running={} closed={} debug={}>",
                                l->running_flag ? "True" : "False", l->closed ? "True" : "False",
                                l->debug ? "True" : "False"));
}
Value loop_get_asyncgens(VM&, const Value* args, size_t, TupleObject*) {
  return self_loop(args[0])->asyncgens;
}
Value loop_set_asyncgens(VM&, const Value* args, size_t, TupleObject*) {
  self_loop(args[0])->asyncgens = args[1];
  return Value::none();
}
Value loop_get_ready_count(VM&, const Value* args, size_t, TupleObject*) {
  return Value::small_int(static_cast<int64_t>(self_loop(args[0])->ready.size()));
}
Value loop_get_shutdown_called(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(self_loop(args[0])->asyncgens_shutdown_called);
}
Value loop_set_shutdown_called(VM& vm, const Value* args, size_t, TupleObject*) {
  int t = py_truthy(vm, args[1]);
  if (t < 0) return Value::null();
  self_loop(args[0])->asyncgens_shutdown_called = t;
  return Value::none();
}

// --- Module functions ---

Value new_event_loop_fn(VM& vm, const Value*, size_t, TupleObject*) {
  auto* l = vm.make<EventLoopObject>(rt(vm).loop_type);
  return l ? Value::object(l) : Value::null();
}
Value get_running_loop_fn(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "get_running_loop", kwnames) ||
      !check_arg_count(vm, "get_running_loop", nargs, 0, 0)) {
    return Value::null();
  }
  Value l = rt(vm).running_loop;
  if (l.is_none()) return vm.raise(vm.exc.RuntimeError, "no running event loop");
  return l;
}
Value get_running_loop_or_none(VM& vm, const Value*, size_t, TupleObject*) {
  return rt(vm).running_loop;
}
Value set_running_loop_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1)
    return vm.raise(vm.exc.TypeError, "_set_running_loop() takes exactly one argument");
  rt(vm).running_loop = args[0];
  return Value::none();
}
Value current_task_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"current_task", {"loop"}, 0, 0, 1};
  if (!bind_clinic(vm, spec, args, nargs, kwnames, out)) return Value::null();
  Value l = out[0].is_null() || out[0].is_none() ? rt(vm).running_loop : out[0];
  if (l.is_none()) return vm.raise(vm.exc.RuntimeError, "no running event loop");
  if (!is_event_loop(l)) return Value::none();
  return as_event_loop(l)->current_task;
}
Value all_tasks_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"all_tasks", {"loop"}, 0, 0, 1};
  if (!bind_clinic(vm, spec, args, nargs, kwnames, out)) return Value::null();
  Value l = out[0].is_null() || out[0].is_none() ? rt(vm).running_loop : out[0];
  if (l.is_none()) return vm.raise(vm.exc.RuntimeError, "no running event loop");
  SetObject* s = vm.new_set();
  if (!s) return Value::null();
  for (TaskObject* t : live_tasks(vm)) {
    if (Value::object(t->loop) != l || t->state != FutureObject::State::Pending) continue;
    if (!set_add(vm, s, Value::object(t))) return Value::null();
  }
  return Value::object(s);
}
Value all_tasks_list_fn(VM& vm, const Value*, size_t, TupleObject*) {
  // Every live task of every loop, in creation order (for the REPL and debugging).
  std::vector<TaskObject*> tasks = live_tasks(vm);
  ListObject* l = vm.new_list(tasks.size());
  if (!l) return Value::null();
  for (TaskObject* t : tasks) l->items.push_back(Value::object(t));
  return Value::object(l);
}
Value set_types_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3 || !is_type(args[0]) || !is_type(args[1]) || !is_dict(args[2])) {
    return vm.raise(vm.exc.TypeError, "_set_types(CancelledError, InvalidStateError, helpers)");
  }
  rt(vm).cancelled_error = as_type(args[0]);
  rt(vm).invalid_state_error = as_type(args[1]);
  rt(vm).module_dict = args[2];
  return Value::none();
}
Value is_coroutine_object(VM&, const Value* args, size_t nargs, TupleObject*) {
  return bool_value(nargs == 1 && is_generator(args[0]) &&
                    as_generator(args[0])->flavor == GeneratorObject::Flavor::Coroutine);
}
// gather(*coros_or_futures, return_exceptions=False)
Value gather_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool ok;
  Value re =
      kwarg(vm, kwnames, args, nargs, "return_exceptions", ok, {"return_exceptions"}, "gather");
  if (!ok) return Value::null();
  bool return_exceptions = false;
  if (!re.is_null()) {
    int t = py_truthy(vm, re);
    if (t < 0) return Value::null();
    return_exceptions = t;
  }
  if (nargs == 0) {
    EventLoopObject* l = default_loop(vm);
    if (!l) return Value::null();
    FutureObject* f = future_new(vm, l);
    if (!f) return Value::null();
    ListObject* empty = vm.new_list();
    if (!empty || !future_set_result(vm, f, Value::object(empty))) return Value::null();
    return Value::object(f);
  }
  // The children, reachable by the collector while ensure_future may run Python code.
  ListObject* keep = vm.new_list(nargs);
  if (!keep) return Value::null();
  vm.extra_roots().push_back(Value::object(keep));
  // Repeated arguments are found by a mark on the argument objects (gather's arg_to_fut),
  // cleared whatever happens.
  struct Cleanup {
    VM& vm;
    const Value* args;
    size_t nargs;
    ~Cleanup() {
      vm.extra_roots().pop_back();
      for (size_t i = 0; i < nargs; ++i) {
        if (args[i].is_object()) args[i].as_object()->scratch = false;
      }
    }
  } cleanup{vm, args, nargs};
  EventLoopObject* loop = nullptr;
  std::vector<Value>& children = keep->items;
  for (size_t i = 0; i < nargs; ++i) {
    Value arg = args[i];
    if (arg.is_object() && arg.as_object()->scratch) {
      size_t j = 0;
      while (args[j] != arg) ++j;
      children.push_back(children[j]);
      continue;
    }
    Value fut;
    if (is_future(arg) && !as_future(arg)->is_sleep) {
      fut = arg;
    } else if ((is_generator(arg) &&
                as_generator(arg)->flavor == GeneratorObject::Flavor::Coroutine) ||
               is_future(arg)) {
      if (!loop) {
        loop = default_loop(vm);
        if (!loop) return Value::null();
      }
      TaskObject* t = task_new(vm, loop, arg, Value::none(), Value::none());
      if (!t) return Value::null();
      t->log_destroy_pending = false;
      fut = Value::object(t);
    } else {
      Value d = rt(vm).module_dict;
      Value ensure =
          is_dict(d) ? dict_get_str(as_dict(d), vm.intern("ensure_future")) : Value::null();
      if (ensure.is_null()) return vm.raise(vm.exc.SystemError, "asyncio is not initialised");
      Value kw = vm.new_tuple({vm.intern_value("loop")});
      if (kw.is_null()) return kw;
      Value cargs[2] = {arg, loop ? Value::object(loop) : Value::none()};
      fut = vm.call(ensure, cargs, 1, as_tuple(kw));
      if (fut.is_null()) return fut;
      if (!is_future(fut))
        return vm.raise(vm.exc.TypeError, "ensure_future() did not return a future");
      if (fut != arg && as_future(fut)->is_task) as_task(fut)->log_destroy_pending = false;
    }
    if (!loop) loop = as_future(fut)->loop;
    if (arg.is_object()) arg.as_object()->scratch = true;
    children.push_back(fut);
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (args[i].is_object()) args[i].as_object()->scratch = false;
  }
  GatheringFutureObject* g = gather_new(vm, loop, std::move(children), return_exceptions);
  return g ? Value::object(g) : Value::null();
}

Value gathering_get_children(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* g = static_cast<GatheringFutureObject*>(args[0].as_object());
  ListObject* l = vm.new_list(g->children.size());
  if (!l) return Value::null();
  for (Value c : g->children) l->items.push_back(c);
  return Value::object(l);
}
Value gathering_get_cancel_requested(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(static_cast<GatheringFutureObject*>(args[0].as_object())->cancel_requested);
}

// The line a coroutine is suspended at (its definition line before it starts), or None once
// it has finished: what f_lineno of its cr_frame gives in CPython.
Value coro_lineno_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !is_generator(args[0])) return Value::none();
  GeneratorObject* g = as_generator(args[0]);
  if (g->state == GeneratorObject::State::Closed || !g->frame) return Value::none();
  if (g->state == GeneratorObject::State::Created) return vm.new_int(g->code->unit->first_line);
  return vm.new_int(frame_current_line(g->frame));
}

// --- Native coroutines (asyncio.sleep() and friends) ---

NativeCoroutineObject* ncoro(Value v) {
  return as_native_coroutine(v);
}

Value ncoro_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "send() takes exactly one argument");
  bool returned;
  Value r = native_coroutine_resume(vm, ncoro(args[0]), args[1], Value::null(), returned);
  if (!r.is_null() && returned) return vm.raise_stop_iteration(r);
  return r;
}
Value ncoro_next(VM& vm, const Value* args, size_t, TupleObject*) {
  Value a[2] = {args[0], Value::none()};
  return ncoro_send(vm, a, 2, nullptr);
}
Value ncoro_throw(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2) return vm.raise(vm.exc.TypeError, "throw expected at least 1 argument, got 0");
  Value exc = args[1];
  if (is_type(exc) && vm.is_subtype(as_type(exc), vm.exc.BaseException)) {
    exc = nargs > 2 && !args[2].is_none() ? vm.call(args[1], {args[2]})
                                          : vm.call(args[1], nullptr, 0);
    if (exc.is_null()) return exc;
  } else if (!is_exception(exc)) {
    return vm.raise_fmt(
        vm.exc.TypeError,
        "exceptions must be classes or instances deriving from BaseException, not {}",
        vm.type_name(exc));
  }
  bool returned;
  Value r = native_coroutine_resume(vm, ncoro(args[0]), Value::none(), exc, returned);
  if (!r.is_null() && returned) return vm.raise_stop_iteration(r);
  return r;
}
// The coroutine face of a sleep future (send/throw/close, as FutureIter's).
Value sleepf_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "send() takes exactly one argument");
  Value out;
  if (future_await_step(vm, as_future(args[0]), out)) return out;
  if (out.is_null()) return out;
  return vm.raise_stop_iteration(out);
}
Value sleepf_next(VM& vm, const Value* args, size_t, TupleObject*) {
  Value a[2] = {args[0], Value::none()};
  return sleepf_send(vm, a, 2, nullptr);
}
Value sleepf_throw(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2) return vm.raise(vm.exc.TypeError, "throw expected at least 1 argument, got 0");
  as_future(args[0])->awaited = true;
  return vm.raise_value(args[1]);
}
Value sleepf_close(VM&, const Value* args, size_t, TupleObject*) {
  as_future(args[0])->awaited = true;
  return Value::none();
}
Value sleepf_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_str(fmt::format("<coroutine object sleep at 0x{:012x}>",
                                reinterpret_cast<uintptr_t>(args[0].as_object())));
}
Value sleepf_name(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.intern_value("sleep");
}

Value ncoro_close(VM&, const Value* args, size_t, TupleObject*) {
  NativeCoroutineObject* c = ncoro(args[0]);
  if (c->state != NativeCoroutineObject::State::Running)
    c->state = NativeCoroutineObject::State::Closed;
  return Value::none();
}
Value ncoro_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  NativeCoroutineObject* c = ncoro(args[0]);
  return vm.new_str(
      fmt::format("<coroutine object {} at 0x{:012x}>", c->name(), reinterpret_cast<uintptr_t>(c)));
}
Value ncoro_name(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.intern_value(ncoro(args[0])->name());
}
Value ncoro_running(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(ncoro(args[0])->state == NativeCoroutineObject::State::Running);
}
Value ncoro_suspended(VM&, const Value* args, size_t, TupleObject*) {
  return bool_value(ncoro(args[0])->state == NativeCoroutineObject::State::Suspended);
}

// asyncio.sleep(delay, result=None)
Value sleep_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[2];
  static const ClinicSpec spec{"sleep", {"delay", "result"}, 0, 1, 2};
  if (!bind_clinic(vm, spec, args, nargs, kwnames, out)) return Value::null();
  double delay;
  if (!py_to_double(vm, out[0], delay)) return Value::null();
  Value result = out[1].is_null() ? Value::none() : out[1];
  if (delay > 0) {
    Value f = sleep_future_new(vm, delay, result);
    if (!f.is_null() || vm.has_error()) return f;
  }
  return sleep_new(vm, delay, result);
}

Value false_getter(VM&, const Value*, size_t, TupleObject*) {
  return Value::false_();
}

// The methods and attributes that make a native object look like a coroutine object.
struct CoroutineFace {
  NativeFn send, throw_, close, next, repr, name, running, suspended;
};

// A type named "coroutine" (as CPython's) for native coroutine-like objects of layout `kind`.
TypeObject* new_coroutine_face_type(VM& vm, ObjKind kind, const CoroutineFace& f) {
  TypeObject* t = vm.new_builtin_type("coroutine", nullptr, kind);
  t->is_basetype = false;
  vm.add_methods(t, {
                        {"send", f.send},
                        {"throw", f.throw_},
                        {"close", f.close},
                        {"__await__", iter_self},
                        {"__iter__", iter_self},
                        {"__next__", f.next},
                        {"__repr__", f.repr},
                    });
  vm.add_property(t, "__name__", f.name);
  vm.add_property(t, "__qualname__", f.name);
  vm.add_property(t, "cr_running", f.running);
  vm.add_property(t, "cr_suspended", f.suspended);
  vm.add_property(t, "cr_code", none_getter);
  vm.add_property(t, "cr_frame", none_getter);
  vm.add_property(t, "cr_await", none_getter);
  return t;
}

// types.coroutine on a generator function: its generators may be awaited.
Value iterable_coroutine_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !is_kind(args[0], ObjKind::Function))
    return vm.raise(vm.exc.TypeError, "expected a function");
  static_cast<FunctionObject*>(args[0].as_object())->code->flags |= kIterableCoroutine;
  return args[0];
}

// Adds a method written in Python to one of this module's native types.
Value extend_type_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3 || !is_type(args[0]) || !is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "_extend_type(type, name, value)");
  vm.add_attr(as_type(args[0]), str_view(args[1]), args[2]);
  return Value::none();
}

Value virtual_time_fn(VM& vm, const Value*, size_t, TupleObject*) {
  return bool_value(vm.options.virtual_time);
}

}  // namespace

// Every task in the heap, oldest first (the heap lists objects newest first). Tasks not yet
// collected are included, as CPython's WeakSet holds them until they are freed.
std::vector<TaskObject*> live_tasks(VM& vm) {
  std::vector<TaskObject*> tasks;
  vm.heap().for_each_object([&](Object* o) {
    if (o->kind == ObjKind::Future && static_cast<FutureObject*>(o)->is_task) {
      tasks.push_back(static_cast<TaskObject*>(o));
    }
  });
  std::reverse(tasks.begin(), tasks.end());
  return tasks;
}

LoopRunningScope::LoopRunningScope(VM& vm, EventLoopObject* loop)
    : m_vm(vm), m_loop(loop), m_saved(rt(vm).running_loop), m_was_running(loop->running_flag) {
  rt(vm).running_loop = Value::object(loop);
  loop->running_flag = true;
}

LoopRunningScope::~LoopRunningScope() {
  m_loop->running_flag = m_was_running;
  if (!m_was_running) m_loop->stopping = false;
  rt(m_vm).running_loop = m_saved;
}

Value create_task_checked(VM& vm, EventLoopObject* l, Value coro, Value name, Value context) {
  bool is_coro =
      (is_generator(coro) && as_generator(coro)->flavor == GeneratorObject::Flavor::Coroutine) ||
      (is_future(coro) && as_future(coro)->is_sleep) || is_native_coroutine(coro);
  if (!is_coro) {
    Value d = rt(vm).module_dict;
    Value check = is_dict(d) ? dict_get_str(as_dict(d), vm.intern("iscoroutine")) : Value::null();
    if (!check.is_null()) {
      Value r = vm.call(check, {coro});
      if (r.is_null()) return r;
      is_coro = py_truthy(vm, r) > 0;
    }
  }
  if (!is_coro) {
    std::string r;
    if (!repr_into(vm, coro, r)) return Value::null();
    return vm.raise_fmt(vm.exc.TypeError, "a coroutine was expected, got {}", r);
  }
  if (context.is_none()) {
    context = copy_current_context(vm);
    if (context.is_null()) return context;
  }
  TaskObject* t = task_new(vm, l, coro, name, context);
  return t ? Value::object(t) : Value::null();
}

Value copy_current_context(VM& vm) {
  Value current = rt(vm).current_context;
  if (current.is_none()) return current;
  return vm.call_method(current, vm.intern("copy"), {});
}

// call_soon(callback, *args, context=None) and the timed variants share this.
Value make_handle(VM& vm, EventLoopObject* l, Value callback, const Value* args, size_t nargs,
                  bool timer, double when, const char* fname, Value context) {
  if (!check_open(vm, l)) return Value::null();
  if (!py_callable(vm, callback)) {
    std::string r;
    if (!repr_into(vm, callback, r)) return Value::null();
    return vm.raise_fmt(vm.exc.TypeError, "a callable object was expected by {}(), got {}", fname,
                        r);
  }
  auto* h =
      vm.make<HandleObject>(timer ? rt(vm).timer_handle_type : rt(vm).handle_type, ObjKind::Handle);
  if (!h) return Value::null();
  h->callback = callback;
  h->loop = Value::object(l);
  h->context = context.is_null() || context.is_none() ? copy_current_context(vm) : context;
  if (h->context.is_null()) return Value::null();
  h->is_timer = timer;
  h->when = when;
  TupleObject* t = nargs ? vm.new_tuple(nargs) : vm.empty_tuple();
  if (!t) return Value::null();
  for (size_t i = 0; i < nargs; ++i) t->items()[i] = args[i];
  h->args = t;
  if (timer) {
    l->schedule_timer(h);
  } else {
    l->push_ready(EventLoopObject::ReadyKind::Handle, Value::object(h));
  }
  return Value::object(h);
}

namespace {

// _get_context(): the current contextvars Context, made (contextvars.Context()) the first time
// it is asked for; a task that had none gets it as its own.
Value get_context_fn(VM& vm, const Value*, size_t, TupleObject*) {
  AsyncRuntime& r = rt(vm);
  if (!r.current_context.is_none()) return r.current_context;
  Value cv = vm.import_module("contextvars");
  if (cv.is_null()) return cv;
  Value type = py_getattr(vm, cv, vm.intern("Context"));
  if (type.is_null()) return type;
  Value ctx = vm.call(type, nullptr, 0);
  if (ctx.is_null()) return ctx;
  r.current_context = ctx;
  if (is_event_loop(r.running_loop)) {
    Value t = as_event_loop(r.running_loop)->current_task;
    if (is_future(t) && as_future(t)->is_task && as_task(t)->context.is_none())
      as_task(t)->context = ctx;
  }
  return ctx;
}

Value set_context_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1) return vm.raise(vm.exc.TypeError, "_set_context(ctx)");
  rt(vm).current_context = args[0];
  return Value::none();
}

}  // namespace

Value asyncio_native_module_init(VM& vm) {
  AsyncRuntime& r = vm.ensure_async_runtime();
  ModuleObject* m = vm.new_module("_asyncio");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  if (!r.future_type) {
    r.future_type = vm.new_builtin_type("Future", nullptr, ObjKind::Future);
    r.task_type = vm.new_builtin_type("Task", r.future_type, ObjKind::Future);
    r.loop_type = vm.new_builtin_type("_UnixSelectorEventLoop", nullptr, ObjKind::EventLoop);
    r.handle_type = vm.new_builtin_type("Handle", nullptr, ObjKind::Handle);
    r.timer_handle_type = vm.new_builtin_type("TimerHandle", r.handle_type, ObjKind::Handle);
    r.future_iter_type = vm.new_builtin_type("FutureIter", nullptr, ObjKind::Iterator);
    r.native_coroutine_type =
        new_coroutine_face_type(vm, ObjKind::NativeCoroutine,
                                {ncoro_send, ncoro_throw, ncoro_close, ncoro_next, ncoro_repr,
                                 ncoro_name, ncoro_running, ncoro_suspended});
    r.sleep_future_type =
        new_coroutine_face_type(vm, ObjKind::Future,
                                {sleepf_send, sleepf_throw, sleepf_close, sleepf_next, sleepf_repr,
                                 sleepf_name, false_getter, false_getter});
    r.gathering_future_type =
        vm.new_builtin_type("_GatheringFuture", r.future_type, ObjKind::Future);
    vm.add_attr(r.gathering_future_type, "__module__", vm.intern_value("asyncio.tasks"));
    r.gathering_future_type->is_basetype = false;
    vm.add_property(r.gathering_future_type, "_children", gathering_get_children);
    vm.add_property(r.gathering_future_type, "_cancel_requested", gathering_get_cancel_requested);
    for (TypeObject* t : {r.future_type, r.task_type, r.future_iter_type}) {
      vm.add_attr(t, "__module__", vm.intern_value("_asyncio"));
    }
    for (TypeObject* t : {r.handle_type, r.timer_handle_type}) {
      vm.add_attr(t, "__module__", vm.intern_value("asyncio.events"));
    }
    vm.add_attr(r.loop_type, "__module__", vm.intern_value("asyncio.unix_events"));
    r.task_type->is_basetype = false;
    r.future_type->is_basetype = false;

    vm.add_methods(r.future_type, {
                                      {"__new__", future_new_fn, MethodDef::kStatic},
                                      {"__init__", future_init_fn},
                                      {"result", future_result_fn},
                                      {"exception", future_exception_fn},
                                      {"set_result", future_set_result_fn},
                                      {"set_exception", future_set_exception_fn},
                                      {"cancel", future_cancel_fn},
                                      {"cancelled", future_cancelled_fn},
                                      {"done", future_done_fn},
                                      {"get_loop", future_get_loop_fn},
                                      {"add_done_callback", future_add_done_callback_fn},
                                      {"remove_done_callback", future_remove_done_callback_fn},
                                      {"__await__", future_await_fn},
                                      {"__iter__", future_await_fn},
                                      {"__repr__", future_repr_fn},
                                      {"__class_getitem__", class_getitem, MethodDef::kClass},
                                  });
    vm.add_property(r.future_type, "_state", future_get_state);
    vm.add_property(r.future_type, "_result", future_get_result_attr);
    vm.add_property(r.future_type, "_exception", future_get_exception_attr);
    vm.add_property(r.future_type, "_loop", future_get_loop_attr);
    vm.add_property(r.future_type, "_callbacks", future_get_callbacks);
    vm.add_property(r.future_type, "_asyncio_future_blocking", future_get_blocking,
                    future_set_blocking);
    vm.add_property(r.future_type, "_log_traceback", future_get_log_tb, future_set_log_tb);
    vm.add_property(r.future_type, "_cancel_message", future_get_cancel_message,
                    future_set_cancel_message);
    vm.add_property(r.future_type, "_source_traceback", none_getter);

    vm.add_methods(r.task_type, {
                                    {"__new__", task_new_fn, MethodDef::kStatic},
                                    {"get_name", task_get_name_fn},
                                    {"set_name", task_set_name_fn},
                                    {"get_coro", task_get_coro_fn},
                                    {"get_context", task_get_context_fn},
                                    {"cancelling", task_cancelling_fn},
                                    {"uncancel", task_uncancel_fn},
                                    {"_Task__wakeup", task_wakeup_fn},
                                    {"task_wakeup", task_wakeup_fn},
                                });
    vm.add_property(r.task_type, "_coro", task_get_coro_attr);
    vm.add_property(r.task_type, "_fut_waiter", task_get_fut_waiter);
    vm.add_property(r.task_type, "_must_cancel", task_get_must_cancel);
    vm.add_property(r.task_type, "_log_destroy_pending", task_get_log_destroy_pending,
                    task_set_log_destroy_pending);
    vm.add_property(r.task_type, "_num_cancels_requested", task_get_num_cancels);

    vm.add_methods(r.future_iter_type, {
                                           {"__new__", future_iter_new, MethodDef::kStatic},
                                           {"__next__", future_iter_next},
                                           {"__iter__", iter_self},
                                           {"send", future_iter_send},
                                           {"throw", future_iter_throw},
                                           {"close", future_iter_close},
                                       });

    vm.add_methods(r.handle_type, {
                                      {"cancel", handle_cancel_fn},
                                      {"cancelled", handle_cancelled_fn},
                                      {"get_context", none_getter},
                                      {"__repr__", handle_repr_fn},
                                  });
    vm.add_methods(r.timer_handle_type, {{"when", handle_when_fn}});
    vm.add_property(r.handle_type, "_callback", handle_get_callback);
    vm.add_property(r.handle_type, "_args", handle_get_args);
    vm.add_property(r.handle_type, "_loop", handle_get_loop_fn);
    vm.add_property(r.handle_type, "_when", handle_get_when);
    vm.add_property(r.handle_type, "_is_timer", handle_get_is_timer);

    vm.add_methods(r.loop_type, {
                                    {"call_soon", loop_call_soon},
                                    {"call_soon_threadsafe", loop_call_soon},
                                    {"call_later", loop_call_later},
                                    {"call_at", loop_call_at},
                                    {"time", loop_time},
                                    {"create_future", loop_create_future},
                                    {"create_task", loop_create_task},
                                    {"run_until_complete", loop_run_until_complete},
                                    {"run_forever", loop_run_forever},
                                    {"_run_once", loop_run_once},
                                    {"stop", loop_stop},
                                    {"close", loop_close},
                                    {"is_running", loop_is_running},
                                    {"is_closed", loop_is_closed},
                                    {"get_debug", loop_get_debug},
                                    {"set_debug", loop_set_debug},
                                    {"set_exception_handler", loop_set_exception_handler},
                                    {"get_exception_handler", loop_get_exception_handler},
                                    {"call_exception_handler", loop_call_exception_handler_fn},
                                    {"default_exception_handler", loop_default_exception_handler},
                                    {"__repr__", loop_repr},
                                });
    vm.add_property(r.loop_type, "_asyncgens", loop_get_asyncgens, loop_set_asyncgens);
    vm.add_property(r.loop_type, "_asyncgens_shutdown_called", loop_get_shutdown_called,
                    loop_set_shutdown_called);
    vm.add_property(r.loop_type, "_ready_count", loop_get_ready_count);
  }
  dict_set_str(vm, d, vm.intern("Future"), Value::object(r.future_type));
  dict_set_str(vm, d, vm.intern("Task"), Value::object(r.task_type));
  dict_set_str(vm, d, vm.intern("Handle"), Value::object(r.handle_type));
  dict_set_str(vm, d, vm.intern("TimerHandle"), Value::object(r.timer_handle_type));
  dict_set_str(vm, d, vm.intern("EventLoop"), Value::object(r.loop_type));
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn functions[] = {
      {"new_event_loop", new_event_loop_fn},
      {"get_running_loop", get_running_loop_fn},
      {"_get_running_loop", get_running_loop_or_none},
      {"_set_running_loop", set_running_loop_fn},
      {"current_task", current_task_fn},
      {"all_tasks", all_tasks_fn},
      {"_all_tasks_list", all_tasks_list_fn},
      {"_get_context", get_context_fn},
      {"_set_context", set_context_fn},
      {"_set_types", set_types_fn},
      {"_is_coroutine_object", is_coroutine_object},
      {"_virtual_time", virtual_time_fn},
      {"gather", gather_fn},
      {"sleep", sleep_fn},
      {"_coro_lineno", coro_lineno_fn},
      {"_iterable_coroutine", iterable_coroutine_fn},
      {"_extend_type", extend_type_fn},
      {"_asyncgen_weakset", new_asyncgen_weakset},  // interpreter/async_generator.cpp
  };
  for (const Fn& f : functions) {
    if (!add_function(vm, d, f.name, f.fn)) return Value::null();
  }
  r.native_dict = Value::object(d);
  init_asyncio_timeout(vm, d);
  init_asyncio_queue(vm, d);
  init_asyncio_taskgroup(vm, d);
  return Value::object(m);
}

}  // namespace krait
