// Driving asyncio from C++: what a host that owns the event loop needs (the REPL now, the
// embedding API next). The host keeps one loop, makes it the running loop while Python code of
// its own runs (so create_task() and get_running_loop() work outside any task), runs tasks to
// completion step by step, and can interrupt one task without disturbing the others.
#pragma once

#include <string>
#include <vector>

#include "runtime/value.h"

namespace krait {

class VM;
struct EventLoopObject;
struct TaskObject;

// asyncio.new_event_loop(), made the current event loop (asyncio.set_event_loop). Imports
// asyncio. Null with an exception pending on failure.
Value host_new_event_loop(VM& vm);

// While alive, `loop` is the running loop (BaseEventLoop._run_forever_setup and its undo).
class LoopRunningScope {
 public:
  LoopRunningScope(VM& vm, EventLoopObject* loop);
  ~LoopRunningScope();
  LoopRunningScope(const LoopRunningScope&) = delete;
  LoopRunningScope& operator=(const LoopRunningScope&) = delete;

 private:
  VM& m_vm;
  EventLoopObject* m_loop;
  Value m_saved;
  bool m_was_running;
};

// loop.create_task(coro): a TaskObject, or Null with an exception pending.
Value host_create_task(VM& vm, EventLoopObject* loop, Value coro);

// Where a task is: its coroutine chain's innermost frame of the script's own code (the
// stdlib's hidden frames are skipped) and what that frame awaits.
struct TaskLocation {
  std::string filename;
  int line = 0;
  std::string function;  // the code's qualified name
  std::string awaiting;  // e.g. "sleep", "Task-3", "Future", or empty
};
// The task's state as asyncio's repr names it: "pending", "cancelling", "done", "cancelled".
std::string task_state_name(TaskObject* t);
// Empty location (line 0) when the task has not started or is done.
TaskLocation task_location(VM& vm, TaskObject* t);

// The live tasks of `loop`, in creation order.
std::vector<TaskObject*> loop_tasks(VM& vm, EventLoopObject* loop);

}  // namespace krait
