// The event loop: a ready queue, a timer heap on a monotonic (or virtual) clock, and the
// stepping interface a host drives (`run_once`).
//
// It follows CPython 3.11's BaseEventLoop._run_once: each step moves the timers that are due to
// the ready queue and then runs exactly the callbacks that were ready when the step began, so
// callbacks scheduled while running wait for the next step. Ready entries are plain structs in a
// ring buffer: a task step, a task wakeup or a future's done callback is queued without
// allocating a Python object; only call_soon/call_later from Python create Handle objects.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct TaskObject;
struct FutureObject;
struct TupleObject;
struct DictObject;

// asyncio.Handle and asyncio.TimerHandle.
struct HandleObject : Object {
  HandleObject(TypeObject* t, ObjKind k) : Object(t, k) {}
  void trace(GcVisitor& v) const override;

  Value callback = Value::none();
  TupleObject* args = nullptr;
  Value loop = Value::none();
  double when = 0;
  bool is_timer = false;
  bool cancelled = false;
  bool scheduled = false;  // in the timer heap
  Value context = Value::none();  // the contextvars Context the callback runs in, or None
};

// A FIFO that reuses its storage: pushing and popping allocate nothing once it has grown.
template <class T>
class RingQueue {
 public:
  bool empty() const { return m_size == 0; }
  size_t size() const { return m_size; }
  void push(const T& item) {
    if (m_size == m_items.size()) grow();
    m_items[(m_head + m_size) & (m_items.size() - 1)] = item;
    ++m_size;
  }
  T pop() {
    T item = m_items[m_head];
    m_items[m_head] = T{};
    m_head = (m_head + 1) & (m_items.size() - 1);
    --m_size;
    return item;
  }
  template <class F>
  void for_each(F&& f) const {
    for (size_t i = 0; i < m_size; ++i) f(m_items[(m_head + i) & (m_items.size() - 1)]);
  }
  size_t capacity_bytes() const { return m_items.capacity() * sizeof(T); }
  // Gives a large, empty buffer back (after a burst of callbacks).
  void shrink_if_empty() {
    if (m_size == 0 && m_items.size() > 4096) {
      std::vector<T>().swap(m_items);
      m_head = 0;
    }
  }

 private:
  void grow() {
    size_t n = m_items.empty() ? 64 : m_items.size() * 2;
    std::vector<T> next(n);
    for (size_t i = 0; i < m_size; ++i) next[i] = m_items[(m_head + i) & (m_items.size() - 1)];
    m_items.swap(next);
    m_head = 0;
  }
  std::vector<T> m_items;
  size_t m_head = 0;
  size_t m_size = 0;
};

struct EventLoopObject : Object {
  explicit EventLoopObject(TypeObject* t) : Object(t, ObjKind::EventLoop) {}
  void trace(GcVisitor& v) const override;
  size_t external_size() const override;

  enum class ReadyKind : uint8_t {
    None,
    Handle,              // a: HandleObject (skipped when cancelled)
    TaskStep,            // a: task, b: exception to throw in, or Null
    TaskWakeup,          // a: task, b: the future it waited for
    Callback,            // a: callable, b: its one argument (a future's done callback)
    GatherChildDone,     // a: gathering future, b: the child that finished
    FutureWake,          // a: a future to complete with the result it holds, unless cancelled
    TaskGroupChildDone,  // a: a TaskGroup, b: its child task that finished
    CallbackSwapped,     // queued only: a Callback whose callable is not an object (b, a swapped)
  };
  struct Ready {
    ReadyKind kind = ReadyKind::None;
    Value a = Value::null();
    Value b = Value::null();
  };
  // A timer fires a Handle, or completes a future with the result stored in it beforehand
  // (asyncio.sleep's future, which needs no Handle).
  struct Timer {
    double when;
    uint64_t seq;    // equal deadlines run in the order they were scheduled
    Object* target;  // HandleObject or FutureObject
  };

  // --- Scheduling (never fails except for MemoryError of the queue itself, which aborts the
  // program in the std::vector; the queues are tiny). ---
  // Queued entries are 16 bytes: `a` is always an object, whose pointer is 16-byte aligned, so
  // the kind lives in its low bits. The one exception, a future's done callback that is not an
  // object (add_done_callback(1): CPython reports the TypeError when the loop calls it), is
  // queued as CallbackSwapped, with the future (an object) first.
  struct PackedReady {
    uint64_t a_and_kind = 0;
    Value b = Value::null();
    Value a() const { return Value::from_bits(a_and_kind & ~uint64_t(15)); }
    ReadyKind kind() const { return static_cast<ReadyKind>(a_and_kind & 15); }
  };
  void push_ready(ReadyKind kind, Value a, Value b = Value::null()) {
    if (!a.is_object()) [[unlikely]] {
      ready.push({b.bits() | static_cast<uint64_t>(ReadyKind::CallbackSwapped), a});
      return;
    }
    ready.push({a.bits() | static_cast<uint64_t>(kind), b});
  }
  void schedule_timer(HandleObject* h);
  // Completes `f` with f->result at `when` (unless it was cancelled by then).
  void schedule_future_wake(FutureObject* f, double when);
  double time(VM& vm) const;  // the VM's monotonic (or virtual) clock
  // A scheduled timer was cancelled. When most timers are cancelled ones, they are dropped at
  // once (CPython waits for the next loop iteration; a coroutine that opens and closes many
  // timeouts without yielding would otherwise pile them up).
  void timer_cancelled();
  void drop_cancelled_timers();

  // One iteration of the loop (BaseEventLoop._run_once). When nothing is ready it waits for the
  // next timer, at most `max_wait` seconds (negative: no limit); under virtual time it jumps the
  // clock instead. False with an exception pending when a callback raised something that must
  // stop the loop (KeyboardInterrupt, SystemExit) or on an internal error.
  bool run_once(VM& vm, double max_wait = -1);
  // Runs run_once until stop() is called. False with an exception pending on failure.
  bool run_forever(VM& vm);

  RingQueue<PackedReady> ready;
  std::vector<Timer> timers;  // a min-heap on (when, seq)
  size_t cancelled_timers = 0;
  uint64_t timer_seq = 0;
  Ready running{};  // the entry being run, kept reachable for the collector

  bool running_flag = false;
  bool stopping = false;
  bool closed = false;
  bool debug = false;
  Value exception_handler = Value::none();
  Value current_task = Value::none();
  Value asyncgens = Value::none();  // set of live async generators (for shutdown_asyncgens)
  bool asyncgens_shutdown_called = false;
  uint64_t thread_id = 0;
};

inline bool is_event_loop(Value v) {
  return is_kind(v, ObjKind::EventLoop);
}
inline EventLoopObject* as_event_loop(Value v) {
  return static_cast<EventLoopObject*>(v.as_object());
}

// loop.call_exception_handler(context): the loop's handler, or the default one, which writes
// the message, the other keys sorted with their repr, and the exception's traceback to stderr
// as CPython's logging does. Never fails (errors inside handlers are reported and cleared).
void loop_call_exception_handler(VM& vm, EventLoopObject* loop, DictObject* context);

}  // namespace krait
