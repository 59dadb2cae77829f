// Generators and coroutines: a code object's frame that outlives the call which created it.
//
// The frame is suspended by YIELD_VALUE (or by a YIELD_FROM whose delegate yielded) and resumed
// by send()/next()/throw(), by FOR_ITER, or by an outer YIELD_FROM, in the same dispatch loop.
#pragma once

#include "runtime/object.h"

namespace krait {

struct Frame;
struct StrObject;
struct CodeObject;

struct GeneratorObject : Object {
  enum class State : uint8_t { Created, Suspended, Running, Closed };
  enum class Flavor : uint8_t { Generator, Coroutine, AsyncGenerator };

  GeneratorObject(TypeObject* t, Frame* f, Flavor fl)
      : Object(t, ObjKind::Generator), frame(f), flavor(fl) {}
  ~GeneratorObject() override;
  void trace(GcVisitor& v) const override;
  // A coroutine never started reports "never awaited"; a generator suspended inside a try or
  // with block is closed, so its finally/__exit__ runs.
  bool needs_finalize(VM& vm) const override;
  void finalize(VM& vm) override;

  Frame* frame;  // owned; freed when the generator finishes
  State state = State::Created;
  Flavor flavor;
  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  CodeObject* code = nullptr;
  Value exc_state = Value::none();      // the exception being handled inside, while suspended
  Value yield_from = Value::null();     // unused: the delegate is the top of the frame's stack
  Value outer_handled = Value::none();  // the caller's handled exception while running
  // Where a coroutine was created (the "never awaited" warning points there: it is where
  // CPython, which warns as soon as the coroutine is dropped, usually reports it).
  CodeObject* origin_code = nullptr;
  int origin_line = 0;
};

inline bool is_generator(Value v) {
  return is_kind(v, ObjKind::Generator);
}
inline GeneratorObject* as_generator(Value v) {
  return static_cast<GeneratorObject*>(v.as_object());
}

}  // namespace krait

namespace krait {

class VM;

// Resumes `gen` with `value` (next() is send(None)). Returns the yielded value with
// returned=false, or the return value with returned=true (the generator is then closed); Null
// with an exception pending if the generator raised. Defined by the interpreter.
Value generator_send(VM& vm, GeneratorObject* gen, Value value, bool& returned);
// Raises `exc` inside the generator at its suspension point (gen.throw(exc)).
Value generator_throw(VM& vm, GeneratorObject* gen, Value exc, bool& returned);
// gen.close(): GeneratorExit at the suspension point; None, or Null with an exception pending.
Value generator_close(VM& vm, GeneratorObject* gen);

}  // namespace krait
