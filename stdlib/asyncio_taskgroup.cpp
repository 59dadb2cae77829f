// asyncio.TaskGroup, native, following Lib/asyncio/taskgroups.py of CPython 3.11: children
// cancelled on the first failure, the parent task cancelled once, errors raised as an
// ExceptionGroup when the block exits. A child's completion is a ready-queue entry, not a
// bound-method callback, and __aexit__ is a native coroutine.
#include <vector>

#include "runtime/async_runtime.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/future.h"
#include "runtime/list.h"
#include "runtime/native_coroutine.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/asyncio_internal.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct TaskGroupObject : Object {
  explicit TaskGroupObject(TypeObject* t) : Object(t, ObjKind::TaskGroup) {}
  void trace(GcVisitor& v) const override {
    v.visit(loop);
    v.visit(parent_task);
    for (Value t : tasks) v.visit(t);
    v.visit(errors);
    v.visit(base_error);
    v.visit(on_completed_fut);
  }
  size_t external_size() const override { return tasks.capacity() * sizeof(Value); }

  bool entered = false, exiting = false, aborting = false, parent_cancel_requested = false;
  Value loop = Value::none();
  Value parent_task = Value::none();
  // The `_tasks` set, in creation order; members whose completion was handled are flagged on
  // the task (tg_done) and compacted away now and then.
  std::vector<Value> tasks;
  size_t live = 0;
  Value errors = Value::none();  // a list, or None once raised
  Value base_error = Value::none();
  Value on_completed_fut = Value::none();
};

TaskGroupObject* tg_of(Value v) {
  return static_cast<TaskGroupObject*>(v.as_object());
}

std::string repr_tg(VM&, TaskGroupObject* g) {
  std::string info;
  if (g->live) info += fmt::format(" tasks={}", g->live);
  if (is_list(g->errors) && !as_list(g->errors)->items.empty()) {
    info += fmt::format(" errors={}", as_list(g->errors)->items.size());
  }
  if (g->aborting) {
    info += " cancelling";
  } else if (g->entered) {
    info += " entered";
  }
  return fmt::format("<TaskGroup{}>", info);
}

bool is_base_error(VM& vm, Value exc) {
  return vm.isinstance(exc, vm.exc.SystemExit) || vm.isinstance(exc, vm.exc.KeyboardInterrupt);
}

bool abort(VM& vm, TaskGroupObject* g) {
  g->aborting = true;
  std::vector<Value> snapshot = g->tasks;
  for (Value t : snapshot) {
    TaskObject* task = as_task(t);
    if (task->tg_done) continue;
    if (task->state == FutureObject::State::Pending) {
      task_cancel(vm, task, Value::none());
      if (vm.has_error()) return false;
    }
  }
  return true;
}

// _on_task_done, run from the ready queue when a child finishes.
bool child_done(VM& vm, Object* group, TaskObject* task) {
  TaskGroupObject* g = static_cast<TaskGroupObject*>(group);
  if (!task->tg_done) {
    task->tg_done = true;
    --g->live;
    if (g->tasks.size() > 64 && g->live * 2 < g->tasks.size()) {
      std::erase_if(g->tasks, [](Value t) { return as_task(t)->tg_done; });
    }
  }
  if (is_future(g->on_completed_fut) && g->live == 0) {
    FutureObject* f = as_future(g->on_completed_fut);
    if (f->state == FutureObject::State::Pending && !future_set_result(vm, f, Value::true_())) {
      return false;
    }
  }
  if (task->state == FutureObject::State::Cancelled) return true;
  task->log_traceback = false;
  Value exc = task->exception;
  if (exc.is_null()) return true;
  if (is_list(g->errors)) as_list(g->errors)->items.push_back(exc);
  if (is_base_error(vm, exc) && g->base_error.is_none()) g->base_error = exc;
  TaskObject* parent = as_task(g->parent_task);
  if (parent->state != FutureObject::State::Pending) {
    std::string tr, pr;
    if (!repr_into(vm, Value::object(task), tr) || !repr_into(vm, g->parent_task, pr)) return false;
    DictObject* ctx = vm.new_dict();
    if (!ctx) return false;
    dict_set_str(
        vm, ctx, vm.intern("message"),
        vm.new_str(fmt::format(
            "Task {} has errored out but its parent task {} is already completed", tr, pr)));
    dict_set_str(vm, ctx, vm.intern("exception"), exc);
    dict_set_str(vm, ctx, vm.intern("task"), Value::object(task));
    loop_call_exception_handler(vm, as_event_loop(g->loop), ctx);
    return true;
  }
  if (!g->aborting && !g->parent_cancel_requested) {
    if (!abort(vm, g)) return false;
    g->parent_cancel_requested = true;
    task_cancel(vm, parent, Value::none());
    if (vm.has_error()) return false;
  }
  return true;
}

// __aexit__(et, exc, tb) as a native coroutine.
struct TaskGroupExit : NativeCoroutineObject {
  TaskGroupExit(TypeObject* t, TaskGroupObject* g, Value et, Value exc)
      : NativeCoroutineObject(t), group(g), et(et), exc(exc) {}
  void trace(GcVisitor& v) const override {
    v.visit(group);
    v.visit(et);
    v.visit(exc);
    v.visit(propagate);
    v.visit(origin_code);
  }
  const char* name() const override { return "TaskGroup.__aexit__"; }
  bool needs_finalize(VM&) const override { return false; }

  Value step(VM& vm, Value, Value thrown, bool first, bool& returned) override {
    TaskGroupObject* g = group;
    Value cancelled_error = Value::object(vm.async_runtime()->cancelled_error);
    if (first) {
      g->exiting = true;
      if (!exc.is_none() && is_base_error(vm, exc) && g->base_error.is_none()) g->base_error = exc;
      propagate = et == cancelled_error ? exc : Value::none();
      if (g->parent_cancel_requested) {
        TaskObject* parent = as_task(g->parent_task);
        if (parent->num_cancels_requested > 0) --parent->num_cancels_requested;
        if (parent->num_cancels_requested == 0) propagate = Value::none();
      }
      if (!et.is_none() && !g->aborting && !abort(vm, g)) return Value::null();
    } else if (!thrown.is_null()) {
      // Thrown in while waiting for the children: only CancelledError is caught.
      if (!vm.isinstance(thrown, vm.async_runtime()->cancelled_error)) {
        vm.set_error(thrown);
        return Value::null();
      }
      if (!g->aborting) {
        propagate = thrown;
        if (!abort(vm, g)) return Value::null();
      }
      g->on_completed_fut = Value::none();
    } else {
      g->on_completed_fut = Value::none();
    }
    if (g->live > 0) {
      if (!is_future(g->on_completed_fut)) {
        FutureObject* f = future_new(vm, as_event_loop(g->loop));
        if (!f) return Value::null();
        g->on_completed_fut = Value::object(f);
      }
      FutureObject* f = as_future(g->on_completed_fut);
      if (f->state == FutureObject::State::Pending) {
        f->blocking = true;
        return g->on_completed_fut;  // wait (yield the future to the task)
      }
      g->on_completed_fut = Value::none();
      return step(vm, Value::none(), Value::null(), false, returned);
    }
    if (!g->base_error.is_none()) return vm.raise_value(g->base_error);
    bool no_errors = !is_list(g->errors) || as_list(g->errors)->items.empty();
    if (!propagate.is_none() && no_errors) return vm.raise_value(propagate);
    if (!et.is_none() && et != cancelled_error && is_list(g->errors)) {
      as_list(g->errors)->items.push_back(exc);
      no_errors = false;
    }
    if (!no_errors) {
      Value errors = g->errors;
      g->errors = Value::none();
      Value msg = vm.new_str("unhandled errors in a TaskGroup");
      if (msg.is_null()) return msg;
      Value me = vm.call(Value::object(vm.exc.BaseExceptionGroup), {msg, errors});
      if (me.is_null()) return me;
      as_exception(me)->suppress_context = true;  // raise me from None
      as_exception(me)->cause = Value::none();
      return vm.raise_value(me);
    }
    returned = true;
    return Value::none();
  }

  TaskGroupObject* group;
  Value et, exc;
  Value propagate = Value::none();
};

Value tg_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs != 1 || (kwnames && kwnames->size)) {
    return vm.raise(vm.exc.TypeError, "TaskGroup() takes no arguments");
  }
  auto* g = vm.make<TaskGroupObject>(as_type(args[0]));
  if (!g) return Value::null();
  ListObject* errors = vm.new_list();
  if (!errors) return Value::null();
  g->errors = Value::object(errors);
  return Value::object(g);
}
Value tg_init(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}
Value tg_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_str(repr_tg(vm, tg_of(args[0])));
}
Value tg_aenter(VM& vm, const Value* args, size_t, TupleObject*) {
  TaskGroupObject* g = tg_of(args[0]);
  if (g->entered) {
    return vm.raise_fmt(vm.exc.RuntimeError, "TaskGroup {} has already been entered",
                        repr_tg(vm, g));
  }
  if (g->loop.is_none()) {
    Value l = vm.async_runtime()->running_loop;
    if (!is_event_loop(l)) return vm.raise(vm.exc.RuntimeError, "no running event loop");
    g->loop = l;
  }
  Value parent = as_event_loop(g->loop)->current_task;
  if (!is_task(parent)) {
    return vm.raise_fmt(vm.exc.RuntimeError, "TaskGroup {} cannot determine the parent task",
                        repr_tg(vm, g));
  }
  g->parent_task = parent;
  g->entered = true;
  return ready_coroutine_new(vm, args[0], "__aenter__");
}
Value tg_aexit(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 4) return vm.raise(vm.exc.TypeError, "__aexit__() takes exactly 3 arguments");
  auto* c = vm.make<TaskGroupExit>(vm.async_runtime()->native_coroutine_type, tg_of(args[0]),
                                   args[1], args[2]);
  return c ? Value::object(c) : Value::null();
}
Value tg_create_task(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value out[3];
  static const ClinicSpec spec{"create_task", {"coro", "name", "context"}, 0, 1, 1};
  if (!bind_clinic(vm, spec, args + 1, nargs - 1, kwnames, out)) return Value::null();
  TaskGroupObject* g = tg_of(args[0]);
  if (!g->entered) {
    return vm.raise_fmt(vm.exc.RuntimeError, "TaskGroup {} has not been entered", repr_tg(vm, g));
  }
  if (g->exiting && g->live == 0) {
    return vm.raise_fmt(vm.exc.RuntimeError, "TaskGroup {} is finished", repr_tg(vm, g));
  }
  if (g->aborting) {
    return vm.raise_fmt(vm.exc.RuntimeError, "TaskGroup {} is shutting down", repr_tg(vm, g));
  }
  // self._loop.create_task(coro[, context=context])
  EventLoopObject* loop = as_event_loop(g->loop);
  if (loop->closed) return vm.raise(vm.exc.RuntimeError, "Event loop is closed");
  Value task = create_task_checked(vm, loop, out[0], Value::none(),
                                   out[2].is_null() ? Value::none() : out[2]);
  if (task.is_null()) return task;
  if (!is_task(task)) return vm.raise(vm.exc.TypeError, "create_task() did not return a Task");
  TaskObject* t = as_task(task);
  if (!out[1].is_null() && !out[1].is_none()) {
    Value s = is_str(out[1]) ? out[1] : py_str(vm, out[1]);
    if (s.is_null()) return s;
    t->name = s;
  }
  if (!future_add_internal_callback(vm, t, args[0])) return Value::null();
  g->tasks.push_back(task);
  ++g->live;
  return task;
}
// _on_task_done(task), when called from Python (reprs of callbacks show it).
Value tg_on_task_done(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_task(args[1])) return vm.raise(vm.exc.TypeError, "_on_task_done(task)");
  if (!child_done(vm, args[0].as_object(), as_task(args[1]))) return Value::null();
  return Value::none();
}
Value tg_get_tasks(VM& vm, const Value* args, size_t, TupleObject*) {
  TaskGroupObject* g = tg_of(args[0]);
  SetObject* s = vm.new_set();
  if (!s) return Value::null();
  for (Value t : g->tasks) {
    if (!as_task(t)->tg_done && !set_add(vm, s, t)) return Value::null();
  }
  return Value::object(s);
}

}  // namespace

void init_asyncio_taskgroup(VM& vm, DictObject* d) {
  TypeObject* type = vm.new_builtin_type("TaskGroup", nullptr, ObjKind::TaskGroup);
  type->is_basetype = false;
  vm.add_attr(type, "__module__", vm.intern_value("asyncio.taskgroups"));
  vm.add_methods(type, {
                           {"__new__", tg_new, MethodDef::kStatic},
                           {"__init__", tg_init},
                           {"__repr__", tg_repr},
                           {"__aenter__", tg_aenter},
                           {"__aexit__", tg_aexit},
                           {"create_task", tg_create_task},
                           {"_on_task_done", tg_on_task_done},
                       });
  vm.add_property(type, "_tasks", tg_get_tasks);
  dict_set_str(vm, d, vm.intern("TaskGroup"), Value::object(type));
  vm.async_runtime()->taskgroup_child_done = child_done;
}

}  // namespace krait
