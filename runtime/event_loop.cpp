// The event loop's scheduling and stepping (see event_loop.h).
#include "runtime/event_loop.h"

#include <algorithm>
#include <cerrno>
#include <ctime>

#include "runtime/async_runtime.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/future.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

namespace {

// The timer heap's order: earliest deadline first, then first scheduled.
bool timer_is_cancelled(const EventLoopObject::Timer& t) {
  if (t.target->kind == ObjKind::Handle) return static_cast<HandleObject*>(t.target)->cancelled;
  return static_cast<FutureObject*>(t.target)->state != FutureObject::State::Pending;
}

void timer_unscheduled(const EventLoopObject::Timer& t) {
  if (t.target->kind == ObjKind::Handle) {
    static_cast<HandleObject*>(t.target)->scheduled = false;
  } else {
    static_cast<FutureObject*>(t.target)->has_timer = false;
  }
}

struct TimerLater {
  bool operator()(const EventLoopObject::Timer& a, const EventLoopObject::Timer& b) const {
    if (a.when != b.when) return a.when > b.when;
    return a.seq > b.seq;
  }
};

// Waits `seconds` on the real clock, resuming after signals but cut short by an interrupt
// (VM::request_interrupt from a signal handler).
void sleep_for(VM& vm, double seconds) {
  if (seconds <= 0) return;
  timespec ts;
  ts.tv_sec = static_cast<time_t>(seconds);
  ts.tv_nsec = static_cast<long>((seconds - static_cast<double>(ts.tv_sec)) * 1e9);
  while (!vm.interrupt_requested() && nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

bool is_fatal(VM& vm, Value exc) {
  return vm.isinstance(exc, vm.exc.KeyboardInterrupt) || vm.isinstance(exc, vm.exc.SystemExit);
}

// A callback raised: KeyboardInterrupt and SystemExit stop the loop (the caller returns
// false); anything else goes to the exception handler as "Exception in callback ...".
bool report_callback_error(VM& vm, EventLoopObject* loop, Value handle, Value callback, Value arg) {
  Value exc = vm.error();
  if (is_fatal(vm, exc)) return false;
  vm.clear_error();
  AsyncRuntime& rt = *vm.async_runtime();
  if (handle.is_null()) {
    // A done callback runs without a Handle object; the report shows one, as CPython's.
    auto* h = vm.make<HandleObject>(rt.handle_type, ObjKind::Handle);
    if (!h) return false;
    h->callback = callback;
    h->loop = Value::object(loop);
    Value t = vm.new_tuple({arg});
    if (t.is_null()) return false;
    h->args = as_tuple(t);
    handle = Value::object(h);
  }
  HandleObject* h = static_cast<HandleObject*>(handle.as_object());
  // format_helpers._format_callback_source(callback, args)
  std::string cb;
  Value fmt_fn = is_dict(rt.module_dict)
                     ? dict_get_str(as_dict(rt.module_dict), vm.intern("_format_callback_source"))
                     : Value::null();
  Value text = Value::null();
  if (!fmt_fn.is_null()) {
    text = vm.call(fmt_fn, {callback, h->args ? Value::object(h->args) : vm.new_tuple({})});
  }
  if (text.is_null() || !str_into(vm, text, cb)) {
    vm.clear_error();
    if (!repr_into(vm, callback, cb)) {
      vm.clear_error();
      cb = "<callback>";
    }
  }
  DictObject* ctx = vm.new_dict();
  if (!ctx) return false;
  Value msg = vm.new_str(fmt::format("Exception in callback {}", cb));
  if (msg.is_null()) return false;
  dict_set_str(vm, ctx, vm.intern("message"), msg);
  dict_set_str(vm, ctx, vm.intern("exception"), exc);
  dict_set_str(vm, ctx, vm.intern("handle"), handle);
  loop_call_exception_handler(vm, loop, ctx);
  return true;
}

}  // namespace

void HandleObject::trace(GcVisitor& v) const {
  v.visit(context);
  v.visit(callback);
  v.visit(args);
  v.visit(loop);
}

void EventLoopObject::trace(GcVisitor& v) const {
  ready.for_each([&](const PackedReady& r) {
    v.visit(r.a());
    v.visit(r.b);
  });
  for (const Timer& t : timers) v.visit(t.target);
  v.visit(running.a);
  v.visit(running.b);
  v.visit(exception_handler);
  v.visit(current_task);
  v.visit(asyncgens);
}

size_t EventLoopObject::external_size() const {
  return ready.capacity_bytes() + timers.capacity() * sizeof(Timer);
}

double EventLoopObject::time(VM& vm) const {
  return vm.monotonic();
}

void EventLoopObject::schedule_timer(HandleObject* h) {
  h->scheduled = true;
  timers.push_back({h->when, timer_seq++, h});
  std::push_heap(timers.begin(), timers.end(), TimerLater{});
}

void EventLoopObject::schedule_future_wake(FutureObject* f, double when) {
  f->has_timer = true;
  timers.push_back({when, timer_seq++, f});
  std::push_heap(timers.begin(), timers.end(), TimerLater{});
}

void EventLoopObject::timer_cancelled() {
  ++cancelled_timers;
  if (timers.size() > 100 && cancelled_timers * 2 > timers.size()) drop_cancelled_timers();
}

void EventLoopObject::drop_cancelled_timers() {
  std::vector<Timer> live;
  live.reserve(timers.size() - std::min(cancelled_timers, timers.size()));
  for (const Timer& t : timers) {
    if (timer_is_cancelled(t)) {
      timer_unscheduled(t);
    } else {
      live.push_back(t);
    }
  }
  timers.swap(live);
  std::make_heap(timers.begin(), timers.end(), TimerLater{});
  cancelled_timers = 0;
}

bool EventLoopObject::run_once(VM& vm, double max_wait) {
  // Drop cancelled timers: all of them when they are many (BaseEventLoop's 50% rule), else
  // those at the head.
  if (timers.size() > 100 && cancelled_timers * 2 > timers.size()) {
    drop_cancelled_timers();
  } else {
    while (!timers.empty() && timer_is_cancelled(timers.front())) {
      std::pop_heap(timers.begin(), timers.end(), TimerLater{});
      timer_unscheduled(timers.back());
      timers.pop_back();
      if (cancelled_timers) --cancelled_timers;
    }
  }

  double timeout = -1;  // wait forever
  if (!ready.empty() || stopping) {
    timeout = 0;
  } else if (!timers.empty()) {
    timeout = std::max(0.0, timers.front().when - time(vm));
  }
  if (max_wait >= 0 && (timeout < 0 || timeout > max_wait)) timeout = max_wait;
  if (timeout != 0) {
    if (vm.options.virtual_time) {
      // Nothing can happen before the next timer: jump there.
      if (timeout > 0) vm.advance_virtual_clock(time(vm) + timeout);
    } else if (timeout > 0) {
      sleep_for(vm, timeout);
    } else {
      // No timer and nothing ready: with no I/O to wait for, CPython would block forever.
      // So does Krait, in steps a signal can interrupt.
      sleep_for(vm, 1.0);
    }
  }

  if (vm.heap().attention_requested() && !vm.safepoint()) return false;

  double end_time = time(vm) + 1e-9;
  while (!timers.empty()) {
    const Timer& t = timers.front();
    if (t.when >= end_time) break;
    Timer fired = t;
    std::pop_heap(timers.begin(), timers.end(), TimerLater{});
    timers.pop_back();
    timer_unscheduled(fired);
    if (timer_is_cancelled(fired)) {
      if (cancelled_timers) --cancelled_timers;
      continue;
    }
    push_ready(fired.target->kind == ObjKind::Handle ? ReadyKind::Handle : ReadyKind::FutureWake,
               Value::object(fired.target));
  }

  // Run what was ready when the step began; what those callbacks schedule waits.
  size_t ntodo = ready.size();
  for (size_t i = 0; i < ntodo; ++i) {
    {
      PackedReady next = ready.pop();
      running = Ready{next.kind(), next.a(), next.b};
      if (running.kind == ReadyKind::CallbackSwapped) {
        running = Ready{ReadyKind::Callback, next.b, next.a()};
      }
    }
    bool ok = true;
    switch (running.kind) {
      case ReadyKind::Handle: {
        auto* h = static_cast<HandleObject*>(running.a.as_object());
        if (h->cancelled) break;
        TupleObject* args = h->args;
        AsyncRuntime* rt = vm.async_runtime();
        Value saved_context = rt ? rt->current_context : Value::none();
        if (rt && !(h->context.is_none() && saved_context.is_none())) rt->current_context = h->context;
        Value r = vm.call(h->callback, args ? args->items() : nullptr, args ? args->size : 0);
        if (rt) rt->current_context = saved_context;
        if (r.is_null())
          ok = report_callback_error(vm, this, running.a, h->callback, Value::none());
        break;
      }
      case ReadyKind::TaskStep:
        ok = task_step(vm, as_task(running.a), running.b);
        break;
      case ReadyKind::TaskWakeup:
        if (is_future(running.b)) {
          ok = task_wakeup(vm, as_task(running.a), as_future(running.b));
        } else {
          ok = task_wakeup_any(vm, as_task(running.a), running.b);
        }
        break;
      case ReadyKind::Callback: {
        Value r = vm.call(running.a, &running.b, 1);
        if (r.is_null()) ok = report_callback_error(vm, this, Value::null(), running.a, running.b);
        break;
      }
      case ReadyKind::GatherChildDone:
        ok = gathering_child_done(vm, static_cast<GatheringFutureObject*>(running.a.as_object()),
                                  as_future(running.b));
        break;
      case ReadyKind::TaskGroupChildDone: {
        auto hook = vm.async_runtime()->taskgroup_child_done;
        if (hook) ok = hook(vm, running.a.as_object(), as_task(running.b));
        break;
      }
      case ReadyKind::FutureWake: {
        FutureObject* f = as_future(running.a);
        if (f->state == FutureObject::State::Pending) ok = future_set_result(vm, f, f->result);
        break;
      }
      case ReadyKind::None:
      case ReadyKind::CallbackSwapped:  // (turned back into a Callback above)
        break;
    }
    running = Ready{};
    if (!ok) return false;
    // Between callbacks everything the loop holds is reachable from it: a safepoint, when no
    // native code below the loop holds Values of its own.
    if (vm.heap().should_collect() && !vm.safepoint()) return false;
  }
  ready.shrink_if_empty();
  return true;
}

bool EventLoopObject::run_forever(VM& vm) {
  while (!stopping) {
    if (!run_once(vm)) {
      stopping = false;
      return false;
    }
  }
  stopping = false;
  return true;
}

void loop_call_exception_handler(VM& vm, EventLoopObject* loop, DictObject* context) {
  Value saved = vm.take_error();
  if (!loop->exception_handler.is_none()) {
    Value args[2] = {Value::object(loop), Value::object(context)};
    Value r = vm.call(loop->exception_handler, args, 2);
    if (!r.is_null()) {
      vm.set_error(saved);
      return;
    }
    // The handler failed: report that with the default handler, as BaseEventLoop does.
    Value exc = vm.take_error();
    DictObject* ctx = vm.new_dict();
    if (!ctx) {
      vm.clear_error();
      vm.set_error(saved);
      return;
    }
    dict_set_str(vm, ctx, vm.intern("message"), vm.new_str("Unhandled error in exception handler"));
    dict_set_str(vm, ctx, vm.intern("exception"), exc);
    dict_set_str(vm, ctx, vm.intern("context"), Value::object(context));
    context = ctx;
  }
  // BaseEventLoop.default_exception_handler, logged through logging's last-resort handler.
  Value message = dict_get_str(context, vm.intern("message"));
  std::string text;
  if (message.is_null() || !py_truthy(vm, message)) {
    vm.clear_error();
    text = "Unhandled exception in event loop";
  } else if (!str_into(vm, message, text)) {
    vm.clear_error();
  }
  std::vector<std::pair<std::string, Value>> items;
  Value exc = Value::null();
  size_t pos = 0;
  Value k, v;
  while (dict_next(context, pos, k, v)) {
    std::string key;
    if (!str_into(vm, k, key)) {
      vm.clear_error();
      continue;
    }
    if (key == "exception") {
      exc = v;
      continue;
    }
    if (key == "message") continue;
    items.emplace_back(key, v);
  }
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, v] : items) {
    std::string r;
    if (!repr_into(vm, v, r)) {
      vm.clear_error();
      r = "<repr failed>";
    }
    text += fmt::format("\n{}: {}", key, r);
  }
  text += "\n";
  if (!exc.is_null() && is_exception(exc)) text += vm.format_exception_for_logging(exc);
  vm.clear_error();
  vm.write_err(text);
  vm.set_error(saved);
}

}  // namespace krait
