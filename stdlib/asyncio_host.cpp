// Driving asyncio from C++ (see asyncio_host.h): the loop a host keeps, its tasks, and where each
// task is suspended.
#include "stdlib/asyncio_host.h"

#include "interpreter/code_unit.h"
#include "interpreter/eval.h"
#include "runtime/event_loop.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/future.h"
#include "runtime/generator.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "stdlib/asyncio_internal.h"

namespace krait {

Value host_new_event_loop(VM& vm) {
  Value asyncio = vm.import_module("asyncio");
  if (asyncio.is_null()) return asyncio;
  Value loop = vm.call_method(asyncio, vm.intern("new_event_loop"), {});
  if (loop.is_null()) return loop;
  if (!is_event_loop(loop)) return vm.raise(vm.exc.TypeError, "new_event_loop() gave no loop");
  if (vm.call_method(asyncio, vm.intern("set_event_loop"), {loop}).is_null()) return Value::null();
  return loop;
}

Value host_create_task(VM& vm, EventLoopObject* loop, Value coro) {
  return create_task_checked(vm, loop, coro, Value::none(), Value::none());
}

std::string task_state_name(TaskObject* t) {
  switch (t->state) {
    case FutureObject::State::Pending:
      return t->num_cancels_requested > 0 ? "cancelling" : "pending";
    case FutureObject::State::Cancelled:
      return "cancelled";
    case FutureObject::State::Finished:
      return "done";
  }
  return "?";
}

namespace {

// What a suspended frame awaits when it is not another coroutine of the script.
std::string describe_awaitable(VM& vm, Value v) {
  if (is_future(v)) {
    FutureObject* f = as_future(v);
    if (f->is_task) {
      Value name = task_get_name(vm, static_cast<TaskObject*>(f));
      if (name.is_null()) {
        vm.clear_error();
        return "Task";
      }
      return is_str(name) ? std::string(str_view(name)) : "Task";
    }
    if (f->is_sleep) return "sleep";
    if (f->is_gathering) return "gather";
  }
  return std::string(vm.type_name(v));
}

}  // namespace

TaskLocation task_location(VM& vm, TaskObject* t) {
  TaskLocation where;
  if (t->state != FutureObject::State::Pending) return where;
  Value v = t->coro;
  // Follow the await chain: each suspended coroutine waits in a YIELD_FROM on the next one.
  for (int depth = 0; depth < 1000 && is_generator(v); ++depth) {
    GeneratorObject* g = as_generator(v);
    if (g->state != GeneratorObject::State::Suspended || !g->frame || !g->code) break;
    Frame* f = g->frame;
    Value next = Value::none();
    if (instr_opcode(*f->ip) == Opcode::YIELD_FROM) next = f->sp[-1];
    if (!(g->code->flags & kHiddenFrames)) {
      where.filename = g->code->filename ? std::string(g->code->filename->view()) : "";
      where.line = frame_current_line(f);
      where.function = g->code->qualname ? std::string(g->code->qualname->view()) : "";
      where.awaiting.clear();
      if (!next.is_none() && !is_generator(next)) where.awaiting = describe_awaitable(vm, next);
    }
    v = next;
  }
  return where;
}

std::vector<TaskObject*> loop_tasks(VM& vm, EventLoopObject* loop) {
  std::vector<TaskObject*> out;
  for (TaskObject* t : live_tasks(vm)) {
    if (t->loop == loop && t->state == FutureObject::State::Pending) out.push_back(t);
  }
  return out;
}

}  // namespace krait
