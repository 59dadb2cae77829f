// What the native parts of asyncio (asyncio_native.cpp, asyncio_timeout.cpp,
// asyncio_queue.cpp) share.
#pragma once

#include <vector>

#include "runtime/value.h"

namespace krait {

class VM;
struct EventLoopObject;
struct TupleObject;
struct TaskObject;

// loop.call_soon / call_later / call_at: a Handle (a TimerHandle when `timer`) for
// callback(*args), scheduled. `fname` names the method in errors.
// The Handle runs in `context` (a contextvars Context), by default a copy of the current one.
Value make_handle(VM& vm, EventLoopObject* l, Value callback, const Value* args, size_t nargs,
                  bool timer, double when, const char* fname, Value context = Value::null());
// A copy of the current contextvars Context (what call_soon and create_task capture), or None
// when no ContextVar has been used yet.
Value copy_current_context(VM& vm);

// Task(coro, loop=l, name=name, context=context) with its "a coroutine was expected" check.
Value create_task_checked(VM& vm, EventLoopObject* l, Value coro, Value name, Value context);

// Every task in the heap, oldest first (tasks not yet collected included, as CPython's WeakSet
// holds them until they are freed).
std::vector<TaskObject*> live_tasks(VM& vm);

// Types and functions of asyncio_timeout.cpp, added to the _asyncio module.
void init_asyncio_timeout(VM& vm, struct DictObject* module_dict);
// Queue, PriorityQueue, LifoQueue (asyncio_queue.cpp).
void init_asyncio_queue(VM& vm, struct DictObject* module_dict);
// TaskGroup (asyncio_taskgroup.cpp).
void init_asyncio_taskgroup(VM& vm, struct DictObject* module_dict);

}  // namespace krait
