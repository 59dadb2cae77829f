// What one VM's asyncio needs to remember: the native types of the event loop, futures and
// tasks, the loop running now, and the tasks alive (all_tasks). Created by the asyncio module
// when it is first imported; the VM traces it.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

struct TaskObject;
class VM;

struct AsyncRuntime {
  void trace(GcVisitor& v) const;

  TypeObject* future_type = nullptr;
  TypeObject* task_type = nullptr;
  TypeObject* gathering_future_type = nullptr;
  TypeObject* loop_type = nullptr;
  TypeObject* handle_type = nullptr;
  TypeObject* timer_handle_type = nullptr;
  TypeObject* future_iter_type = nullptr;
  TypeObject* native_coroutine_type = nullptr;
  TypeObject* timeout_type = nullptr;
  TypeObject* sleep_future_type = nullptr;  // what asyncio.sleep(d > 0) returns: 'coroutine'
  Value ready_none = Value::none();
  // TaskGroup._on_task_done, for the ready queue (set by the asyncio module).
  bool (*taskgroup_child_done)(VM& vm, Object* group, TaskObject* task) =
      nullptr;  // a reusable awaitable returning None (native __aexit__)  // asyncio.sleep() and
                // friends: 'coroutine'
  TypeObject* cancelled_error = nullptr;
  TypeObject* invalid_state_error = nullptr;
  Value running_loop = Value::none();
  // contextvars: the Context code runs in (a task's while it steps, a callback's while it runs);
  // None until a ContextVar is first used, so that programs without them pay nothing.
  Value current_context = Value::none();
  uint64_t task_counter = 0;
  // asyncio's Python part (`asyncio` module dict), for natives that call back into it.
  Value module_dict = Value::none();
  Value native_dict = Value::none();  // the _asyncio module's dict
};

}  // namespace krait
