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
  void free_blocks(Heap& heap) override;
  size_t external_size() const override;  // the frame
  void trace(GcVisitor& v) const override;
  // A coroutine never started reports "never awaited"; a generator suspended inside a try or
  // with block is closed, so its finally/__exit__ runs.
  bool needs_finalize(VM& vm) const override;
  void finalize(VM& vm) override;

  Frame* frame;  // owned; freed when the generator finishes
  State state = State::Created;
  Flavor flavor;
  // Async generators (CPython's PyAsyncGenObject). The frame yields both the values it hands to
  // its consumer and, from an inner await, values for the event loop: ASYNC_GEN_WRAP marks the
  // former (CPython wraps the value in an object; the flag, set just before YIELD_VALUE and
  // cleared when the frame is resumed, tells the same thing without an allocation).
  bool ag_wrapped : 1 = false;
  bool ag_running_async : 1 = false;  // an asend()/athrow() is in progress (ag_running)
  bool ag_closed : 1 = false;         // aclose() started, or the generator finished by raising
  bool ag_hooks_inited : 1 = false;   // sys.set_asyncgen_hooks' hooks were taken (first iteration)
  // Where a coroutine was created (the "never awaited" warning points there: it is where
  // CPython, which warns as soon as the coroutine is dropped, usually reports it).
  int origin_line = 0;
  // __name__ is the code's name (CPython copies the function's, which differs only if the
  // function was renamed).
  StrObject* qualname = nullptr;
  CodeObject* code = nullptr;
  Value exc_state = Value::none();      // the exception being handled inside, while suspended
  Value outer_handled = Value::none();  // the caller's handled exception while running
  Value ag_finalizer = Value::none();   // the finalizer hook taken then, called by finalize()
  union {
    // Coroutines: where the coroutine was created, with origin_line.
    CodeObject* origin_code = nullptr;
    // Async generators: the weak set (asyncio's loop._asyncgens) this generator is in,
    // referenced strongly from here: the set does not keep its members alive, a member keeps
    // the set alive, and finalize() removes the member (see AsyncGenSetObject in
    // async_generator.cpp).
    Object* ag_weakset;
  };

 private:
  bool needs_close_or_warning() const;
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
// Raises `exc` inside the generator at its suspension point (gen.throw(exc)). A delegate the
// generator awaits is closed when `exc` is a GeneratorExit, unless close_on_genexit is false
// (async generators' aclose(): the exception is thrown into the delegate so the cleanup may
// await).
Value generator_throw(VM& vm, GeneratorObject* gen, Value exc, bool& returned,
                      bool close_on_genexit = true);
// gen.close(): GeneratorExit at the suspension point; None, or Null with an exception pending.
Value generator_close(VM& vm, GeneratorObject* gen);
// gen.throw(typ[, val[, tb]]) with its arguments as given (after self): checked where the
// exception is raised, as CPython does.
Value generator_throw_args(VM& vm, GeneratorObject* gen, const Value* args, size_t nargs,
                           bool& returned, bool close_on_genexit = true);
// gen.throw(typ[, val[, tb]]) arguments (after self) to the exception to raise, normalised as
// CPython's _gen_throw; Null with an exception pending if they are not valid.
Value generator_throw_exception(VM& vm, const char* fname, const Value* args, size_t nargs);

// sys.set_asyncgen_hooks state, per VM (CPython keeps it per thread): None when unset.
struct AsyncGenHooks {
  Value firstiter = Value::none();
  Value finalizer = Value::none();
  Value result_type = Value::none();   // sys.get_asyncgen_hooks()'s struct sequence type
  Value weakset_type = Value::none();  // the type of new_asyncgen_weakset()'s sets
  void trace(GcVisitor& v) const;
};
AsyncGenHooks& asyncgen_hooks(VM& vm);
// anext(aiter, default): the awaitable that turns StopAsyncIteration into `default`
// (CPython's anext_awaitable).
Value make_anext_awaitable(VM& vm, Value awaitable, Value default_value);
// Methods of async generators and the types of their awaitables (interpreter/async_generator.cpp).
void init_async_generator_types(VM& vm);
// The weak set of async generators asyncio's loop keeps in `_asyncgens` (CPython uses a
// weakref.WeakSet), and the removal of a finalized generator from it.
Value new_asyncgen_weakset(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);
void asyncgen_weakset_forget(GeneratorObject* g);

}  // namespace krait
