// Native Future and Task (see future.h), following Modules/_asynciomodule.c of CPython 3.11.
#include "runtime/future.h"

#include <unordered_set>

#include "runtime/async_runtime.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/generator.h"
#include "runtime/list.h"
#include "runtime/native_coroutine.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

namespace {

AsyncRuntime& rt(VM& vm) {
  return *vm.async_runtime();
}

Value raise_invalid_state(VM& vm, std::string_view msg) {
  return vm.raise(rt(vm).invalid_state_error, msg);
}

// Calls asyncio's Python helper `name` (repr formatting and the like) with `args`.
Value call_helper(VM& vm, std::string_view name, std::initializer_list<Value> args) {
  Value d = rt(vm).module_dict;
  Value fn = is_dict(d) ? dict_get_str(as_dict(d), vm.intern(name)) : Value::null();
  if (fn.is_null()) return vm.raise_fmt(vm.exc.SystemError, "asyncio helper {} is missing", name);
  return vm.call(fn, args);
}

// How the loop runs a callback the runtime registered (Callback::internal).
EventLoopObject::ReadyKind internal_callback_kind(Value waiter) {
  if (is_task(waiter)) return EventLoopObject::ReadyKind::TaskWakeup;
  if (is_kind(waiter, ObjKind::TaskGroup)) return EventLoopObject::ReadyKind::TaskGroupChildDone;
  return EventLoopObject::ReadyKind::GatherChildDone;
}

void schedule_callbacks(VM&, FutureObject* f) {
  if (f->callbacks.empty()) return;
  EventLoopObject* loop = f->loop;
  for (size_t i = 0; i < f->callbacks.size(); ++i) {
    const FutureObject::Callback& cb = f->callbacks[i];
    loop->push_ready(
        cb.internal ? internal_callback_kind(cb.fn) : EventLoopObject::ReadyKind::Callback, cb.fn,
        Value::object(f));
  }
  f->callbacks.clear();
}

// A RuntimeError thrown into the task at its next step (what CPython does when a coroutine
// yields something a task cannot wait on).
bool step_later_with_error(VM& vm, TaskObject* t, std::string msg) {
  Value e = vm.new_exception(vm.exc.RuntimeError, msg);
  if (e.is_null()) return false;
  t->loop->push_ready(EventLoopObject::ReadyKind::TaskStep, Value::object(t), e);
  return true;
}

std::string repr_or(VM& vm, Value v) {
  std::string out;
  if (!repr_into(vm, v, out)) {
    vm.clear_error();
    out = "<?>";
  }
  return out;
}

bool enter_task(VM& vm, EventLoopObject* loop, TaskObject* t) {
  if (!loop->current_task.is_none()) {
    vm.raise_fmt(vm.exc.RuntimeError,
                 "Cannot enter into task {} while another task {} is being executed.",
                 repr_or(vm, Value::object(t)), repr_or(vm, loop->current_task));
    return false;
  }
  loop->current_task = Value::object(t);
  return true;
}

void leave_task(EventLoopObject* loop) {
  loop->current_task = Value::none();
}

}  // namespace

// --- Future ---

void FutureObject::trace(GcVisitor& v) const {
  v.visit(loop);
  v.visit(result);
  v.visit(exception);
  v.visit(cancel_message);
  for (size_t i = 0; i < callbacks.size(); ++i) {
    v.visit(callbacks[i].fn);
    v.visit(callbacks[i].context);
  }
}

bool FutureObject::needs_finalize(VM&) const {
  return log_traceback;
}

void FutureObject::finalize(VM& vm) {
  if (!log_traceback) return;
  log_traceback = false;
  DictObject* ctx = vm.new_dict();
  if (!ctx) return;
  dict_set_str(vm, ctx, vm.intern("message"),
               vm.new_str(is_task ? "Task exception was never retrieved"
                                  : "Future exception was never retrieved"));
  dict_set_str(vm, ctx, vm.intern("exception"), exception);
  dict_set_str(vm, ctx, vm.intern("future"), Value::object(this));
  loop_call_exception_handler(vm, loop, ctx);
}

FutureObject* future_new(VM& vm, EventLoopObject* loop) {
  return vm.make<FutureObject>(rt(vm).future_type, loop);
}

bool future_set_result(VM& vm, FutureObject* f, Value result) {
  if (f->state != FutureObject::State::Pending) {
    raise_invalid_state(vm, "invalid state");
    return false;
  }
  f->result = result;
  f->state = FutureObject::State::Finished;
  schedule_callbacks(vm, f);
  return true;
}

bool future_set_exception(VM& vm, FutureObject* f, Value exc) {
  if (f->state != FutureObject::State::Pending) {
    raise_invalid_state(vm, "invalid state");
    return false;
  }
  if (is_type(exc) && vm.is_subtype(as_type(exc), vm.exc.BaseException)) {
    exc = vm.call(exc, nullptr, 0);
    if (exc.is_null()) return false;
    if (f->state != FutureObject::State::Pending) {
      raise_invalid_state(vm, "invalid state");
      return false;
    }
  }
  if (!is_exception(exc)) {
    vm.raise(vm.exc.TypeError, "invalid exception object");
    return false;
  }
  if (vm.type_of(exc) == vm.exc.StopIteration) {
    vm.raise(vm.exc.TypeError,
             "StopIteration interacts badly with generators and cannot be raised into a Future");
    return false;
  }
  f->exception = exc;
  f->result =
      as_exception(exc)->traceback ? Value::object(as_exception(exc)->traceback) : Value::none();
  f->state = FutureObject::State::Finished;
  schedule_callbacks(vm, f);
  f->log_traceback = true;
  if (!f->finalizer_registered) {
    f->finalizer_registered = true;
    vm.register_finalizer(f);
  }
  return true;
}

bool future_cancel(VM& vm, FutureObject* f, Value msg) {
  f->log_traceback = false;
  if (f->state != FutureObject::State::Pending) return false;
  f->state = FutureObject::State::Cancelled;
  if (f->has_timer) f->loop->timer_cancelled();
  f->cancel_message = msg;
  schedule_callbacks(vm, f);
  return true;
}

Value future_make_cancelled_error(VM& vm, FutureObject* f) {
  if (f->state == FutureObject::State::Cancelled && !f->exception.is_null()) {
    Value e = f->exception;
    f->exception = Value::null();
    return e;
  }
  if (f->cancel_message.is_none())
    return vm.call(Value::object(rt(vm).cancelled_error), nullptr, 0);
  return vm.call(Value::object(rt(vm).cancelled_error), {f->cancel_message});
}

namespace {
Value raise_cancelled(VM& vm, FutureObject* f) {
  Value e = future_make_cancelled_error(vm, f);
  if (e.is_null()) return e;
  vm.set_error(e);
  return Value::null();
}
}  // namespace

Value future_result(VM& vm, FutureObject* f) {
  if (f->state == FutureObject::State::Cancelled) return raise_cancelled(vm, f);
  if (f->state != FutureObject::State::Finished)
    return raise_invalid_state(vm, "Result is not set.");
  f->log_traceback = false;
  if (!f->exception.is_null()) {
    // Raised with the traceback it had when it was set, as PyErr_Restore does.
    ExceptionObject* e = as_exception(f->exception);
    e->traceback =
        f->result.is_none() ? nullptr : static_cast<TracebackObject*>(f->result.as_object());
    vm.set_error(f->exception);
    return Value::null();
  }
  return f->result;
}

Value future_exception(VM& vm, FutureObject* f) {
  if (f->state == FutureObject::State::Cancelled) return raise_cancelled(vm, f);
  if (f->state != FutureObject::State::Finished)
    return raise_invalid_state(vm, "Exception is not set.");
  f->log_traceback = false;
  return f->exception.is_null() ? Value::none() : f->exception;
}

namespace {

bool add_callback(VM& vm, FutureObject* f, Value fn, Value context, bool internal) {
  if (f->state != FutureObject::State::Pending) {
    if (f->loop->closed) {
      vm.raise(vm.exc.RuntimeError, "Event loop is closed");
      return false;
    }
    f->loop->push_ready(
        internal ? internal_callback_kind(fn) : EventLoopObject::ReadyKind::Callback, fn,
        Value::object(f));
    return true;
  }
  f->callbacks.push_back({fn, context, internal});
  return true;
}

}  // namespace

bool future_add_done_callback(VM& vm, FutureObject* f, Value fn, Value context) {
  return add_callback(vm, f, fn, context, false);
}

bool future_add_internal_callback(VM& vm, FutureObject* f, Value waiter) {
  return add_callback(vm, f, waiter, Value::none(), true);
}

bool future_repr_into(VM& vm, FutureObject* f, std::string& out) {
  Value r = call_helper(vm, f->is_task ? "_task_repr" : "_future_repr", {Value::object(f)});
  if (r.is_null()) return false;
  return str_into(vm, r, out);
}

bool future_await_step(VM& vm, FutureObject* f, Value& out) {
  f->awaited = true;
  if (f->state == FutureObject::State::Pending) {
    if (!f->blocking) {
      f->blocking = true;
      out = Value::object(f);
      return true;
    }
    out = vm.raise(vm.exc.RuntimeError, "await wasn't used with future");
    return false;
  }
  out = future_result(vm, f);
  return false;
}

// --- sleep ---

namespace {

struct SleepObject : NativeCoroutineObject {
  SleepObject(TypeObject* t, double d, Value r) : NativeCoroutineObject(t), delay(d), result(r) {}
  void trace(GcVisitor& v) const override {
    v.visit(result);
    v.visit(future);
    v.visit(origin_code);
  }
  const char* name() const override { return "sleep"; }

  Value await_target(VM& vm) override {
    if (delay <= 0) return Value::object(this);
    bool returned = false;
    Value f = step(vm, Value::none(), Value::null(), true, returned);
    state = State::Closed;
    if (f.is_null()) return f;
    future->blocking = false;  // YIELD_FROM's first step on the future sets it
    return f;
  }

  Value step(VM& vm, Value, Value exc, bool first, bool& returned) override {
    if (!exc.is_null()) {
      // Thrown in while waiting (cancellation): the timer is left to find the future done.
      vm.set_error(exc);
      return Value::null();
    }
    if (first) {
      if (delay <= 0) return Value::none();  // sleep(0): yield to the loop once
      Value l = rt(vm).running_loop;
      if (!is_event_loop(l)) return vm.raise(vm.exc.RuntimeError, "no running event loop");
      EventLoopObject* loop = as_event_loop(l);
      future = future_new(vm, loop);
      if (!future) return Value::null();
      future->result = result;
      loop->schedule_future_wake(future, loop->time(vm) + delay);
      future->blocking = true;
      return Value::object(future);
    }
    returned = true;
    if (!future) return result;
    if (future->state == FutureObject::State::Pending) {
      returned = false;
      return vm.raise(vm.exc.RuntimeError, "await wasn't used with future");
    }
    return future_result(vm, future);
  }

  double delay;
  Value result;
  FutureObject* future = nullptr;
};

}  // namespace

Value sleep_future_new(VM& vm, double delay, Value result) {
  AsyncRuntime& r = rt(vm);
  if (!is_event_loop(r.running_loop)) return Value::null();
  EventLoopObject* loop = as_event_loop(r.running_loop);
  auto* f = vm.make<FutureObject>(r.sleep_future_type, loop);
  if (!f) return Value::null();
  f->is_sleep = true;
  f->result = result;
  loop->schedule_future_wake(f, loop->time(vm) + delay);
  f->finalizer_registered = true;
  vm.register_finalizer(f);
  return Value::object(f);
}

Value sleep_new(VM& vm, double delay, Value result) {
  auto* s = vm.make<SleepObject>(rt(vm).native_coroutine_type, delay, result);
  if (!s) return Value::null();
  native_coroutine_created(vm, s);
  return Value::object(s);
}

namespace {

struct ReadyCoroutine : NativeCoroutineObject {
  ReadyCoroutine(TypeObject* t, Value v, const char* n)
      : NativeCoroutineObject(t), value(v), label(n) {}
  void trace(GcVisitor& v) const override {
    v.visit(value);
    v.visit(origin_code);
  }
  const char* name() const override { return label; }
  // Not registered for the "never awaited" warning: these are awaited by the statement that
  // created them.
  bool needs_finalize(VM&) const override { return false; }
  Value step(VM& vm, Value, Value exc, bool, bool& returned) override {
    if (!exc.is_null()) {
      vm.set_error(exc);
      return Value::null();
    }
    returned = true;
    return value;
  }
  Value value;
  const char* label;
};

}  // namespace

Value ready_none(VM& vm) {
  AsyncRuntime& r = rt(vm);
  if (r.ready_none.is_none()) {
    Value c = ready_coroutine_new(vm, Value::none(), "__aexit__");
    if (c.is_null()) return c;
    as_native_coroutine(c)->reusable = true;
    r.ready_none = c;
  }
  return r.ready_none;
}

Value ready_coroutine_new(VM& vm, Value value, const char* name) {
  auto* c = vm.make<ReadyCoroutine>(rt(vm).native_coroutine_type, value, name);
  return c ? Value::object(c) : Value::null();
}

// --- gather ---

void GatheringFutureObject::trace(GcVisitor& v) const {
  FutureObject::trace(v);
  for (Value c : children) v.visit(c);
}

GatheringFutureObject* gather_new(VM& vm, EventLoopObject* loop, std::vector<Value>&& children,
                                  bool return_exceptions) {
  auto* g = vm.make<GatheringFutureObject>(rt(vm).gathering_future_type, loop);
  if (!g) return nullptr;
  g->children = std::move(children);
  g->return_exceptions = return_exceptions;
  // Each distinct child gets the callback once (gather's arg_to_fut); a mark on the child
  // finds the repeated ones.
  const std::vector<Value>& kids = g->children;
  bool ok = true;
  for (size_t i = 0; i < kids.size() && ok; ++i) {
    Object* c = kids[i].as_object();
    if (c->scratch) continue;
    c->scratch = true;
    ++g->nfuts;
    ok = future_add_internal_callback(vm, as_future(kids[i]), Value::object(g));
  }
  for (Value c : kids) c.as_object()->scratch = false;
  return ok ? g : nullptr;
}

bool any_future_cancel(VM& vm, FutureObject* f, Value msg) {
  if (f->is_task) return task_cancel(vm, static_cast<TaskObject*>(f), msg);
  if (f->is_gathering) return gathering_cancel(vm, static_cast<GatheringFutureObject*>(f), msg);
  return future_cancel(vm, f, msg);
}

bool gathering_cancel(VM& vm, GatheringFutureObject* g, Value msg) {
  if (g->state != FutureObject::State::Pending) return false;
  bool ret = false;
  // A copy: cancelling a child may not change the list, but be safe against re-entry.
  std::vector<Value> children = g->children;
  for (Value c : children) {
    if (any_future_cancel(vm, as_future(c), msg)) ret = true;
    if (vm.has_error()) return false;
  }
  if (ret) g->cancel_requested = true;
  return ret;
}

bool gathering_child_done(VM& vm, GatheringFutureObject* g, FutureObject* child) {
  ++g->nfinished;
  if (g->state != FutureObject::State::Pending) {
    if (child->state != FutureObject::State::Cancelled) child->log_traceback = false;
    return true;
  }
  if (!g->return_exceptions) {
    if (child->state == FutureObject::State::Cancelled) {
      Value exc = future_make_cancelled_error(vm, child);
      if (exc.is_null()) return false;
      return future_set_exception(vm, g, exc);
    }
    child->log_traceback = false;
    if (!child->exception.is_null()) return future_set_exception(vm, g, child->exception);
  }
  if (g->nfinished != g->nfuts) return true;
  ListObject* results = vm.new_list(g->children.size());
  if (!results) return false;
  Value outer = Value::object(g);
  vm.extra_roots().push_back(outer);
  Value list_value = Value::object(results);
  vm.extra_roots().push_back(list_value);
  bool ok = true;
  for (Value c : g->children) {
    FutureObject* f = as_future(c);
    Value res;
    if (f->state == FutureObject::State::Cancelled) {
      Value msg = f->cancel_message.is_none() ? vm.new_str("") : f->cancel_message;
      res = msg.is_null() ? msg : vm.call(Value::object(rt(vm).cancelled_error), {msg});
    } else {
      f->log_traceback = false;
      res = f->exception.is_null() ? f->result : f->exception;
    }
    if (res.is_null()) {
      ok = false;
      break;
    }
    results->items.push_back(res);
  }
  if (ok) {
    if (g->cancel_requested) {
      // CPython uses the loop variable left over from the results loop: the last child.
      Value exc = future_make_cancelled_error(vm, as_future(g->children.back()));
      ok = !exc.is_null() && future_set_exception(vm, g, exc);
    } else {
      ok = future_set_result(vm, g, list_value);
    }
  }
  vm.extra_roots().resize(vm.extra_roots().size() - 2);
  return ok;
}

// --- Task ---

void TaskObject::trace(GcVisitor& v) const {
  FutureObject::trace(v);
  v.visit(coro);
  v.visit(name);
  v.visit(fut_waiter);
  v.visit(context);
}

bool TaskObject::needs_finalize(VM& vm) const {
  return (state == State::Pending && log_destroy_pending) || FutureObject::needs_finalize(vm);
}

void TaskObject::finalize(VM& vm) {
  if (state == State::Pending && log_destroy_pending) {
    log_destroy_pending = false;
    DictObject* ctx = vm.new_dict();
    if (!ctx) return;
    dict_set_str(vm, ctx, vm.intern("message"),
                 vm.new_str("Task was destroyed but it is pending!"));
    dict_set_str(vm, ctx, vm.intern("task"), Value::object(this));
    loop_call_exception_handler(vm, loop, ctx);
  }
  FutureObject::finalize(vm);
}

TaskObject* task_new(VM& vm, EventLoopObject* loop, Value coro, Value name, Value context) {
  AsyncRuntime& r = rt(vm);
  auto* t = vm.make<TaskObject>(r.task_type, loop);
  if (!t) return nullptr;
  t->coro = coro;
  t->context = context;
  ++r.task_counter;
  t->name = name.is_none() ? Value::small_int(static_cast<int64_t>(r.task_counter)) : name;
  if (!name.is_none() && !is_str(name)) {
    Value s = py_str(vm, name);
    if (s.is_null()) return nullptr;
    t->name = s;
  }
  if (loop->closed) {
    vm.raise(vm.exc.RuntimeError, "Event loop is closed");
    t->log_destroy_pending = false;
    return nullptr;
  }
  loop->push_ready(EventLoopObject::ReadyKind::TaskStep, Value::object(t));
  t->finalizer_registered = true;
  vm.register_finalizer(t);
  return t;
}

Value task_get_name(VM& vm, TaskObject* t) {
  if (t->name.is_small_int()) {
    Value s = vm.new_str(fmt::format("Task-{}", t->name.as_small_int()));
    if (s.is_null()) return s;
    t->name = s;
  }
  return t->name;
}

bool task_cancel(VM& vm, TaskObject* t, Value msg) {
  t->log_traceback = false;
  if (t->state != FutureObject::State::Pending) return false;
  ++t->num_cancels_requested;
  if (!t->fut_waiter.is_none()) {
    Value w = t->fut_waiter;
    if (is_future(w)) {
      if (any_future_cancel(vm, as_future(w), msg)) return true;
    } else {
      Value cancel = py_getattr(vm, w, vm.intern("cancel"));
      if (cancel.is_null()) return false;
      Value args[1] = {msg};
      Value kw = vm.new_tuple({vm.intern_value("msg")});
      if (kw.is_null()) return false;
      Value r = vm.call(cancel, args, 0, as_tuple(kw));
      if (r.is_null()) return false;
      int truth = py_truthy(vm, r);
      if (truth < 0) return false;
      if (truth) return true;
    }
    if (vm.has_error()) return false;
  }
  t->must_cancel = true;
  t->cancel_message = msg;
  return true;
}

bool task_interrupt(VM& vm, TaskObject* t) {
  if (t->state != FutureObject::State::Pending) return false;
  if (!task_cancel(vm, t, Value::none())) return false;
  --t->num_cancels_requested;  // not a cancellation the task could uncancel()
  t->interrupt = true;
  return true;
}

namespace {

// What the coroutine yielded: a future to wait for, None (yield to the loop), or an error.
bool task_handle_yield(VM& vm, TaskObject* t, Value result) {
  if (is_future(result)) {
    FutureObject* fr = as_future(result);
    if (fr->loop != t->loop) {
      return step_later_with_error(vm, t,
                                   fmt::format("Task {} got Future {} attached to a different loop",
                                               repr_or(vm, Value::object(t)), repr_or(vm, result)));
    }
    if (!fr->blocking) {
      return step_later_with_error(
          vm, t,
          fmt::format("yield was used instead of yield from in task {} with {}",
                      repr_or(vm, Value::object(t)), repr_or(vm, result)));
    }
    if (fr == t) {
      return step_later_with_error(
          vm, t, fmt::format("Task cannot await on itself: {}", repr_or(vm, Value::object(t))));
    }
    fr->blocking = false;
    if (!future_add_internal_callback(vm, fr, Value::object(t))) return false;
    t->fut_waiter = result;
    if (t->must_cancel) {
      bool cancelled = any_future_cancel(vm, fr, t->cancel_message);
      if (vm.has_error()) return false;
      if (cancelled) t->must_cancel = false;
    }
    return true;
  }
  if (result.is_none()) {
    t->loop->push_ready(EventLoopObject::ReadyKind::TaskStep, Value::object(t));
    return true;
  }
  // A future-like object of another implementation: the duck-typed protocol.
  Value blocking = py_getattr_opt(vm, result, vm.intern("_asyncio_future_blocking"));
  if (blocking.is_null() && vm.has_error()) return false;
  if (!blocking.is_null() && !blocking.is_none()) {
    int truth = py_truthy(vm, blocking);
    if (truth < 0) return false;
    if (!truth) {
      return step_later_with_error(
          vm, t,
          fmt::format("yield was used instead of yield from in task {} with {}",
                      repr_or(vm, Value::object(t)), repr_or(vm, result)));
    }
    if (!py_setattr(vm, result, vm.intern("_asyncio_future_blocking"), Value::false_()))
      return false;
    Value wakeup = py_getattr(vm, Value::object(t), vm.intern("_Task__wakeup"));
    if (wakeup.is_null()) return false;
    Value add = py_getattr(vm, result, vm.intern("add_done_callback"));
    if (add.is_null()) return false;
    if (vm.call(add, {wakeup}).is_null()) return false;
    t->fut_waiter = result;
    if (t->must_cancel) {
      Value cancel = py_getattr(vm, result, vm.intern("cancel"));
      if (cancel.is_null()) return false;
      Value r = vm.call(cancel, {t->cancel_message});
      if (r.is_null()) return false;
      int truth2 = py_truthy(vm, r);
      if (truth2 < 0) return false;
      if (truth2) t->must_cancel = false;
    }
    return true;
  }
  if (is_generator(result) && as_generator(result)->flavor == GeneratorObject::Flavor::Generator) {
    return step_later_with_error(
        vm, t,
        fmt::format("yield was used instead of yield from for generator in task {} with {}",
                    repr_or(vm, Value::object(t)), repr_or(vm, result)));
  }
  return step_later_with_error(vm, t, fmt::format("Task got bad yield: {}", repr_or(vm, result)));
}

}  // namespace

bool task_step(VM& vm, TaskObject* t, Value exc) {
  if (t->state != FutureObject::State::Pending) {
    vm.raise_fmt(rt(vm).invalid_state_error, "_step(): already done: {}, {}",
                 repr_or(vm, Value::object(t)), exc.is_null() ? "None" : repr_or(vm, exc));
    vm.write_unraisable(Value::null(), "Exception in callback");
    return true;
  }
  if (t->interrupt) {
    t->interrupt = false;
    t->must_cancel = false;
    exc = vm.new_exception_args(vm.exc.KeyboardInterrupt, {});
    if (exc.is_null()) return false;
  } else if (t->must_cancel) {
    if (exc.is_null() || !vm.isinstance(exc, rt(vm).cancelled_error)) {
      exc = future_make_cancelled_error(vm, t);
      if (exc.is_null()) return false;
    }
    t->must_cancel = false;
  }
  t->fut_waiter = Value::none();
  EventLoopObject* loop = t->loop;
  if (!enter_task(vm, loop, t)) return false;
  // The step runs in the task's contextvars Context.
  Value saved_context = rt(vm).current_context;
  rt(vm).current_context = t->context;

  Value result;
  bool returned = false;
  Value coro = t->coro;
  if (is_generator(coro)) {
    GeneratorObject* g = as_generator(coro);
    if (exc.is_null()) {
      // The task, the loop and the coroutine are all reachable from the collector's roots, so
      // the coroutine may collect garbage as if no native code were below it.
      bool rooted = vm.native_depth() == 0;
      if (rooted) --vm.native_depth_ref();
      result = generator_send(vm, g, Value::none(), returned);
      if (rooted) ++vm.native_depth_ref();
    } else {
      result = generator_throw(vm, g, exc, returned);
    }
  } else if (is_native_coroutine(coro)) {
    result = native_coroutine_resume(vm, as_native_coroutine(coro), Value::none(), exc, returned);
  } else if (exc.is_null()) {
    result = vm.call_method(coro, vm.names.send, {Value::none()});
  } else {
    result = vm.call_method(coro, vm.names.throw_, {exc});
  }
  leave_task(loop);
  rt(vm).current_context = saved_context;

  if (result.is_null()) {
    Value e = vm.take_error();
    if (vm.isinstance(e, vm.exc.StopIteration)) {
      Value v = as_exception(e)->extra;
      result = v.is_null() ? Value::none() : v;
      returned = true;
    } else if (vm.isinstance(e, rt(vm).cancelled_error)) {
      t->exception = e;  // re-raised by the awaiter (future_make_cancelled_error)
      future_cancel(vm, t, Value::none());
      return true;
    } else if (vm.isinstance(e, vm.exc.KeyboardInterrupt) || vm.isinstance(e, vm.exc.SystemExit)) {
      future_set_exception(vm, t, e);
      vm.set_error(e);
      return false;
    } else {
      if (!future_set_exception(vm, t, e)) return false;
      return true;
    }
  }
  if (returned) {
    if (t->must_cancel) {
      t->must_cancel = false;
      future_cancel(vm, t, t->cancel_message);
    } else {
      future_set_result(vm, t, result);
    }
    return true;
  }
  if (!task_handle_yield(vm, t, result)) {
    // Something failed while handling the yielded value: the task gets the error thrown in.
    Value e = vm.take_error();
    if (e.is_null()) return true;
    t->loop->push_ready(EventLoopObject::ReadyKind::TaskStep, Value::object(t), e);
  }
  return true;
}

bool task_wakeup(VM& vm, TaskObject* t, FutureObject* f) {
  if (f->state == FutureObject::State::Finished) {
    f->log_traceback = false;
    if (f->exception.is_null()) return task_step(vm, t, Value::null());
    return task_step(vm, t, f->exception);
  }
  Value e = future_make_cancelled_error(vm, f);
  if (e.is_null()) return false;
  return task_step(vm, t, e);
}

bool task_wakeup_any(VM& vm, TaskObject* t, Value awaited) {
  Value r = vm.call_method(awaited, vm.intern("result"), {});
  if (!r.is_null()) return task_step(vm, t, Value::null());
  Value e = vm.take_error();
  return task_step(vm, t, e);
}

}  // namespace krait
