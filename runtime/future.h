// asyncio.Future and asyncio.Task as native objects, with CPython 3.11's observable semantics
// (Modules/_asynciomodule.c): result/exception/cancellation states, cancel messages,
// cancelling()/uncancel(), done callbacks scheduled through the loop, and the task step that
// drives a coroutine until the future it awaits is done.
//
// `await future` does not allocate: GET_AWAITABLE leaves the future itself on the stack and
// YIELD_FROM recognises it (see future_await_step), so a task waiting on a future costs the
// future's callback entry and nothing else.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct EventLoopObject;
struct DictObject;
struct StrObject;

// A future's done callbacks: almost always zero or one (the task waiting for it), so the first
// is stored inline and only further ones allocate.
template <class T>
class SmallList {
 public:
  // An element that is_empty() marks the list empty: no size field (the list sits in every
  // Future, 100,000 of them for as many sleeping tasks).
  size_t size() const { return m_first.is_empty() ? 0 : 1 + (m_rest ? m_rest->size() : 0); }
  bool empty() const { return m_first.is_empty(); }
  const T& operator[](size_t i) const { return i == 0 ? m_first : (*m_rest)[i - 1]; }
  void push_back(const T& v) {
    if (m_first.is_empty()) {
      m_first = v;
    } else {
      if (!m_rest) m_rest = std::make_unique<std::vector<T>>();
      m_rest->push_back(v);
    }
  }
  void clear() {
    m_first = T{};
    m_rest.reset();
  }
  template <class Pred>
  size_t remove_if(Pred pred) {
    std::vector<T> kept;
    size_t n = size();
    for (size_t i = 0; i < n; ++i) {
      if (!pred((*this)[i])) kept.push_back((*this)[i]);
    }
    size_t removed = n - kept.size();
    clear();
    for (const T& v : kept) push_back(v);
    return removed;
  }
  size_t capacity_bytes() const { return m_rest ? m_rest->capacity() * sizeof(T) : 0; }

 private:
  T m_first{};
  std::unique_ptr<std::vector<T>> m_rest;
};

struct FutureObject : Object {
  enum class State : uint8_t { Pending, Cancelled, Finished };
  FutureObject(TypeObject* t, EventLoopObject* l) : Object(t, ObjKind::Future), loop(l) {}
  void trace(GcVisitor& v) const override;
  size_t external_size() const override { return callbacks.capacity_bytes(); }
  bool needs_finalize(VM& vm) const override;
  void finalize(VM& vm) override;

  struct Callback {
    Value fn = Value::none();  // a callable, or (internal) what the runtime wakes
    Value context = Value::none();
    bool is_empty() const { return fn.is_none(); }
    // Registered by the runtime, not by add_done_callback(): fn is a TaskObject (its wakeup), a
    // gathering future (a child is done) or a TaskGroup (a task is done), dispatched by kind.
    // A user's callback is always called, whatever object it is.
    bool internal = false;
  };

  EventLoopObject* loop;
  State state = State::Pending;
  bool is_task : 1 = false;
  bool is_gathering : 1 = false;
  bool is_sleep : 1 = false;       // asyncio.sleep(d > 0): a future that looks like a coroutine
  bool awaited : 1 = false;        // is_sleep only: it was awaited (else "never awaited")
  bool blocking : 1 = false;       // _asyncio_future_blocking
  bool log_traceback : 1 = false;  // an exception nobody retrieved yet
  bool finalizer_registered : 1 = false;
  bool has_timer : 1 = false;  // a FutureWake timer refers to it (asyncio.sleep)
  // TaskObject's (here, where they pack with the others):
  bool must_cancel : 1 = false;
  bool log_destroy_pending : 1 = true;
  bool tg_done : 1 = false;           // its TaskGroup has handled its completion
  bool interrupt : 1 = false;         // task_interrupt(): the next step throws KeyboardInterrupt
  int32_t num_cancels_requested = 0;  // TaskObject's
  // The result; with an exception set, the exception's traceback when it was set.
  Value result = Value::none();
  // The exception set; once cancelled, the CancelledError to re-raise (CPython's separate
  // _cancelled_exc: a cancelled future has no exception of its own, so they share a slot).
  Value exception = Value::null();
  Value cancel_message = Value::none();
  SmallList<Callback> callbacks;
};

struct TaskObject : FutureObject {
  TaskObject(TypeObject* t, EventLoopObject* l) : FutureObject(t, l) { is_task = true; }
  void trace(GcVisitor& v) const override;
  bool needs_finalize(VM& vm) const override;
  void finalize(VM& vm) override;

  Value coro = Value::none();
  Value name = Value::none();  // a str, or an int turned into "Task-N" lazily
  Value fut_waiter = Value::none();
  Value context = Value::none();
};

// The future asyncio.gather() returns (tasks.py's _GatheringFuture): done when its children
// are, cancelling them when it is cancelled.
struct GatheringFutureObject : FutureObject {
  GatheringFutureObject(TypeObject* t, EventLoopObject* l) : FutureObject(t, l) {
    is_gathering = true;
  }
  void trace(GcVisitor& v) const override;
  size_t external_size() const override {
    return FutureObject::external_size() + children.capacity() * sizeof(Value);
  }

  std::vector<Value> children;  // in argument order, repeated arguments repeated
  size_t nfuts = 0;             // distinct children
  size_t nfinished = 0;
  bool return_exceptions = false;
  bool cancel_requested = false;
};

inline bool is_future(Value v) {
  return is_kind(v, ObjKind::Future);
}
inline FutureObject* as_future(Value v) {
  return static_cast<FutureObject*>(v.as_object());
}
inline bool is_task(Value v) {
  return is_future(v) && as_future(v)->is_task;
}
inline TaskObject* as_task(Value v) {
  return static_cast<TaskObject*>(v.as_object());
}

// --- Future operations. Each returns false / Null with an exception pending on failure. ---
FutureObject* future_new(VM& vm, EventLoopObject* loop);
bool future_set_result(VM& vm, FutureObject* f, Value result);
bool future_set_exception(VM& vm, FutureObject* f, Value exc);
bool future_cancel(VM& vm, FutureObject* f, Value msg);  // false: already done (no error)
// fut.result(): the result, or raises its exception / CancelledError / InvalidStateError.
Value future_result(VM& vm, FutureObject* f);
// fut.exception().
Value future_exception(VM& vm, FutureObject* f);
bool future_add_done_callback(VM& vm, FutureObject* f, Value fn, Value context);
// The runtime's own registration (see Callback::internal): `waiter` is a TaskObject, a gathering
// future or a TaskGroup.
bool future_add_internal_callback(VM& vm, FutureObject* f, Value waiter);
// The CancelledError a cancelled future raises (_make_cancelled_error).
Value future_make_cancelled_error(VM& vm, FutureObject* f);
// repr(fut) / repr(task), CPython's format.
bool future_repr_into(VM& vm, FutureObject* f, std::string& out);

// YIELD_FROM on a future delegate. Returns true with `out` the value to yield (the future
// itself, the first time) or false with `out` the await's result (Null with an exception
// pending on failure).
bool future_await_step(VM& vm, FutureObject* f, Value& out);

// asyncio.gather(*children, return_exceptions=...) once the children are futures: registers
// the done callbacks. `loop` is the children's loop.
GatheringFutureObject* gather_new(VM& vm, EventLoopObject* loop, std::vector<Value>&& children,
                                  bool return_exceptions);
// gather's outer.cancel(msg): cancels the children.
bool gathering_cancel(VM& vm, GatheringFutureObject* g, Value msg);
// A child of `g` finished (gather's _done_callback).
bool gathering_child_done(VM& vm, GatheringFutureObject* g, FutureObject* child);
// fut.cancel(msg) for any native future: Task.cancel, _GatheringFuture.cancel or Future.cancel.
bool any_future_cancel(VM& vm, FutureObject* f, Value msg);

// asyncio.sleep(delay, result) inside a running loop, delay > 0: a future of type "coroutine"
// whose timer starts now; awaiting it waits for the timer. Null if no loop is running (the
// caller then uses sleep_new).
Value sleep_future_new(VM& vm, double delay, Value result);
// asyncio.sleep(delay, result): a native coroutine. Awaited, it yields None once when delay <= 0,
// else a future the loop completes with `result` after `delay` seconds.
Value sleep_new(VM& vm, double delay, Value result);
// A coroutine that returns `value` when first resumed, without suspending: what the native
// __aenter__/__aexit__ methods return. `name` must be a string literal.
Value ready_coroutine_new(VM& vm, Value value, const char* name);
// A shared awaitable that returns None at once and may be awaited again and again (what
// __aexit__ of the native context managers returns).
Value ready_none(VM& vm);

// --- Task operations. ---
// Task(coro, loop=loop, name=name, context=context): schedules its first step.
TaskObject* task_new(VM& vm, EventLoopObject* loop, Value coro, Value name, Value context);
bool task_cancel(VM& vm, TaskObject* t, Value msg);
// Ctrl-C for one task (the REPL's running statement): what it awaits is cancelled as cancel()
// would, and KeyboardInterrupt instead of CancelledError is thrown into the coroutine, so the
// statement stops with KeyboardInterrupt while other tasks go on. False if it is done.
bool task_interrupt(VM& vm, TaskObject* t);
// Runs one step of the task: sends None (or throws `exc`) into its coroutine and handles what
// it yields. False with an exception pending only for KeyboardInterrupt/SystemExit (which
// stop the loop) or internal failures.
bool task_step(VM& vm, TaskObject* t, Value exc);
bool task_wakeup(VM& vm, TaskObject* t, FutureObject* awaited);
bool task_wakeup_any(VM& vm, TaskObject* t, Value awaited);  // a foreign future-like object
// The task's name as a str ("Task-N" unless set).
Value task_get_name(VM& vm, TaskObject* t);

}  // namespace krait
