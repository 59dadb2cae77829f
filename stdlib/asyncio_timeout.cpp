// asyncio.timeout(), asyncio.timeout_at() and asyncio.Timeout, native: an `async with` block
// with a deadline costs one object and, while the deadline is pending, one timer handle.
// Semantics and messages are Lib/asyncio/timeouts.py's (CPython 3.11).
#include "runtime/async_runtime.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/future.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/asyncio_internal.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct TimeoutObject : Object {
  enum class State : uint8_t { Created, Active, Expiring, Expired, Finished };
  explicit TimeoutObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  void trace(GcVisitor& v) const override {
    v.visit(handle);
    v.visit(task);
  }

  State state = State::Created;
  bool has_when = false;
  double when = 0;
  HandleObject* handle = nullptr;
  TaskObject* task = nullptr;
  int cancelling = 0;
};

const char* state_name(TimeoutObject::State s) {
  switch (s) {
    case TimeoutObject::State::Created:
      return "created";
    case TimeoutObject::State::Active:
      return "active";
    case TimeoutObject::State::Expiring:
      return "expiring";
    case TimeoutObject::State::Expired:
      return "expired";
    default:
      return "finished";
  }
}

TimeoutObject* self_of(Value v) {
  return static_cast<TimeoutObject*>(v.as_object());
}

void cancel_handle(TimeoutObject* t) {
  if (!t->handle) return;
  HandleObject* h = t->handle;
  if (!h->cancelled) {
    h->cancelled = true;
    if (h->is_timer && h->scheduled && is_event_loop(h->loop))
      as_event_loop(h->loop)->timer_cancelled();
    h->callback = Value::none();
    h->args = nullptr;
  }
  t->handle = nullptr;
}

bool reschedule(VM& vm, TimeoutObject* t, Value when) {
  if (t->state != TimeoutObject::State::Active) {
    if (t->state == TimeoutObject::State::Created) {
      vm.raise(vm.exc.RuntimeError, "Timeout has not been entered");
    } else {
      vm.raise_fmt(vm.exc.RuntimeError, "Cannot change state of {} Timeout", state_name(t->state));
    }
    return false;
  }
  double w = 0;
  if (!when.is_none() && !py_to_double(vm, when, w)) return false;
  t->has_when = !when.is_none();
  t->when = w;
  cancel_handle(t);
  if (!t->has_when) return true;
  Value l = vm.async_runtime()->running_loop;
  if (!is_event_loop(l)) {
    vm.raise(vm.exc.RuntimeError, "no running event loop");
    return false;
  }
  EventLoopObject* loop = as_event_loop(l);
  // The timeout object itself is the callback (its __call__ is _on_timeout).
  bool soon = w <= loop->time(vm);
  Value h =
      make_handle(vm, loop, Value::object(t), nullptr, 0, !soon, w, soon ? "call_soon" : "call_at");
  if (h.is_null()) return false;
  t->handle = static_cast<HandleObject*>(h.as_object());
  return true;
}

Value when_value(VM&, TimeoutObject* t) {
  return t->has_when ? Value::from_double(t->when) : Value::none();
}

Value timeout_new_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"Timeout", {"when"}, 0, 1, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  auto* t = vm.make<TimeoutObject>(as_type(args[0]));
  if (!t) return Value::null();
  if (!out[0].is_none()) {
    if (!py_to_double(vm, out[0], t->when)) return Value::null();
    t->has_when = true;
  }
  return Value::object(t);
}
Value timeout_init_fn(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value timeout_when_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  return when_value(vm, self_of(args[0]));
}
Value timeout_reschedule_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2)
    return vm.raise(vm.exc.TypeError, "Timeout.reschedule() takes exactly one argument");
  if (!reschedule(vm, self_of(args[0]), args[1])) return Value::null();
  return Value::none();
}
Value timeout_expired_fn(VM&, const Value* args, size_t, TupleObject*) {
  TimeoutObject* t = self_of(args[0]);
  return Value::boolean(t->state == TimeoutObject::State::Expiring ||
                        t->state == TimeoutObject::State::Expired);
}
Value timeout_repr_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  TimeoutObject* t = self_of(args[0]);
  std::string info;
  if (t->state == TimeoutObject::State::Active) {
    std::string when = "None";
    if (t->has_when) {
      // round(self._when, 3)
      Value r =
          vm.call(vm.builtins() ? dict_get_str(vm.builtins(), vm.intern("round")) : Value::null(),
                  {Value::from_double(t->when), Value::small_int(3)});
      if (r.is_null() || !repr_into(vm, r, when)) return Value::null();
    }
    info = " when=" + when;
  }
  return vm.new_str(fmt::format("<Timeout [{}]{}>", state_name(t->state), info));
}
Value timeout_aenter_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  TimeoutObject* t = self_of(args[0]);
  if (t->state != TimeoutObject::State::Created)
    return vm.raise(vm.exc.RuntimeError, "Timeout has already been entered");
  Value l = vm.async_runtime()->running_loop;
  if (!is_event_loop(l)) return vm.raise(vm.exc.RuntimeError, "no running event loop");
  Value task = as_event_loop(l)->current_task;
  if (!is_task(task)) return vm.raise(vm.exc.RuntimeError, "Timeout should be used inside a task");
  t->state = TimeoutObject::State::Active;
  t->task = as_task(task);
  t->cancelling = t->task->num_cancels_requested;
  if (!reschedule(vm, t, when_value(vm, t))) return Value::null();
  return ready_coroutine_new(vm, args[0], "__aenter__");
}
Value timeout_aexit_fn(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 4) return vm.raise(vm.exc.TypeError, "__aexit__() takes exactly 3 arguments");
  TimeoutObject* t = self_of(args[0]);
  cancel_handle(t);
  if (t->state == TimeoutObject::State::Expiring) {
    t->state = TimeoutObject::State::Expired;
    TaskObject* task = t->task;
    if (task->num_cancels_requested > 0) --task->num_cancels_requested;
    if (task->num_cancels_requested <= t->cancelling &&
        args[1] == Value::object(vm.async_runtime()->cancelled_error)) {
      // raise TimeoutError from exc_val
      Value e = vm.call(Value::object(vm.exc.TimeoutError), nullptr, 0);
      if (e.is_null()) return e;
      ExceptionObject* eo = as_exception(e);
      eo->cause = args[2];
      eo->suppress_context = true;
      return vm.raise_value(e);
    }
  } else if (t->state == TimeoutObject::State::Active) {
    t->state = TimeoutObject::State::Finished;
  }
  return ready_none(vm);
}
// _on_timeout, as the callback of the timeout's handle.
Value timeout_call_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  TimeoutObject* t = self_of(args[0]);
  if (t->task && !task_cancel(vm, t->task, Value::none()) && vm.has_error()) return Value::null();
  t->state = TimeoutObject::State::Expiring;
  t->handle = nullptr;
  return Value::none();
}

// asyncio.timeout(delay)
Value timeout_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"timeout", {"delay"}, 0, 1, 1};
  if (!bind_clinic(vm, spec, args, nargs, kwnames, out)) return Value::null();
  Value l = vm.async_runtime()->running_loop;
  if (!is_event_loop(l)) return vm.raise(vm.exc.RuntimeError, "no running event loop");
  auto* t = vm.make<TimeoutObject>(vm.async_runtime()->timeout_type);
  if (!t) return Value::null();
  if (!out[0].is_none()) {
    double d;
    if (!py_to_double(vm, out[0], d)) return Value::null();
    t->when = as_event_loop(l)->time(vm) + d;
    t->has_when = true;
  }
  return Value::object(t);
}
// asyncio.timeout_at(when)
Value timeout_at_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[1];
  static const ClinicSpec spec{"timeout_at", {"when"}, 0, 1, 1};
  if (!bind_clinic(vm, spec, args, nargs, kwnames, out)) return Value::null();
  auto* t = vm.make<TimeoutObject>(vm.async_runtime()->timeout_type);
  if (!t) return Value::null();
  if (!out[0].is_none()) {
    if (!py_to_double(vm, out[0], t->when)) return Value::null();
    t->has_when = true;
  }
  return Value::object(t);
}

}  // namespace

void init_asyncio_timeout(VM& vm, DictObject* d) {
  TypeObject* type = vm.new_builtin_type("Timeout", nullptr, ObjKind::Other);
  type->is_basetype = false;
  vm.add_attr(type, "__module__", vm.intern_value("asyncio.timeouts"));
  vm.add_methods(type, {
                           {"__new__", timeout_new_fn, MethodDef::kStatic},
                           {"__init__", timeout_init_fn},
                           {"when", timeout_when_fn},
                           {"reschedule", timeout_reschedule_fn},
                           {"expired", timeout_expired_fn},
                           {"__repr__", timeout_repr_fn},
                           {"__aenter__", timeout_aenter_fn},
                           {"__aexit__", timeout_aexit_fn},
                           {"__call__", timeout_call_fn},
                           {"_on_timeout", timeout_call_fn},
                       });
  dict_set_str(vm, d, vm.intern("Timeout"), Value::object(type));
  vm.async_runtime()->timeout_type = type;
  add_function(vm, d, "timeout", timeout_fn);
  add_function(vm, d, "timeout_at", timeout_at_fn);
}

}  // namespace krait
