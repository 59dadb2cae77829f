// Coroutines written in C++: objects that behave as coroutine objects (send, throw, close,
// __await__, "never awaited") but whose steps are native code, for the awaitables asyncio
// creates by the hundred thousand (asyncio.sleep, queue and lock operations). YIELD_FROM and
// the task step drive them directly, without frames.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

class VM;

struct NativeCoroutineObject : Object {
  enum class State : uint8_t { Created, Suspended, Running, Closed };
  explicit NativeCoroutineObject(TypeObject* t) : Object(t, ObjKind::NativeCoroutine) {}
  bool needs_finalize(VM&) const override { return state == State::Created; }
  void finalize(VM& vm) override;

  // One step: `exc` (not Null) is thrown in, else `sent` is sent. Returns the value to yield
  // (returned=false), the coroutine's result (returned=true), or Null with an exception pending.
  // The caller has checked the state (not Running, not Closed) and sets it around the call;
  // `first` tells whether this is the first step.
  virtual Value step(VM& vm, Value sent, Value exc, bool first, bool& returned) = 0;
  virtual const char* name() const = 0;
  // What `await` drives: the coroutine itself, or (asyncio.sleep) a future it hands over, so
  // the coroutine object need not stay alive while the awaiting frame waits. Null with an
  // exception pending on failure. Only called in the Created state.
  virtual Value await_target(VM&) { return Value::object(this); }

  State state = State::Created;
  bool reusable = false;  // back to Created after each run (shared ready awaitables)
  // Where it was created, for the "never awaited" warning.
  Object* origin_code = nullptr;
  int origin_line = 0;
};

inline bool is_native_coroutine(Value v) {
  return is_kind(v, ObjKind::NativeCoroutine);
}
inline NativeCoroutineObject* as_native_coroutine(Value v) {
  return static_cast<NativeCoroutineObject*>(v.as_object());
}

// send / throw with the state checks of a coroutine ("cannot reuse already awaited
// coroutine", "coroutine already executing").
Value native_coroutine_resume(VM& vm, NativeCoroutineObject* c, Value sent, Value exc,
                              bool& returned);
// Registers the coroutine for the "never awaited" warning and records where it was created.
void native_coroutine_created(VM& vm, NativeCoroutineObject* c);

}  // namespace krait
