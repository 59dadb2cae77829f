// Async generators (the async half of CPython's Objects/genobject.c): the methods of
// async_generator and the awaitables they return. __anext__()/asend() give an
// async_generator_asend, athrow()/aclose() an async_generator_athrow; each drives the
// generator's frame one step per send()/throw() of the coroutine awaiting it. A step ends with
// a value the frame yielded to its consumer (marked by ASYNC_GEN_WRAP: the awaitable finishes,
// StopIteration(value)), or with a value an inner await passes up to the event loop (returned
// as it is, the awaitable stays pending). Also: sys.set_asyncgen_hooks' per-VM state (asyncio's
// loop registers and finalises async generators through it) and anext()'s awaitable with a
// default value.
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_ops.h"
#include "runtime/vm_internals.h"

namespace krait {

void AsyncGenHooks::trace(GcVisitor& v) const {
  v.visit(firstiter);
  v.visit(finalizer);
  v.visit(result_type);
  v.visit(weakset_type);
}

AsyncGenHooks& asyncgen_hooks(VM& vm) {
  return vm.internals().asyncgen_hooks;
}

namespace {

// CPython's AWAITABLE_STATE_INIT / _ITER / _CLOSED: not started, started, finished (an
// awaitable is used once).
enum class AwaitState : uint8_t { Init, Iter, Closed };

struct ASendObject : Object {
  ASendObject(TypeObject* t, GeneratorObject* g, Value v)
      : Object(t, ObjKind::Iterator), gen(g), sendval(v) {}
  void trace(GcVisitor& v) const override {
    v.visit(gen);
    v.visit(sendval);
  }
  GeneratorObject* gen;
  Value sendval;
  AwaitState state = AwaitState::Init;
};

struct AThrowObject : Object {
  AThrowObject(TypeObject* t, GeneratorObject* g, Value a)
      : Object(t, ObjKind::Iterator), gen(g), args(a) {}
  void trace(GcVisitor& v) const override {
    v.visit(gen);
    v.visit(args);
  }
  bool is_aclose() const { return args.is_null(); }
  GeneratorObject* gen;
  Value args;  // athrow()'s arguments (a tuple); Null for aclose()
  AwaitState state = AwaitState::Init;
};

struct AnextAwaitableObject : Object {
  AnextAwaitableObject(TypeObject* t, Value w, Value d)
      : Object(t, ObjKind::Iterator), wrapped(w), default_value(d) {}
  void trace(GcVisitor& v) const override {
    v.visit(wrapped);
    v.visit(default_value);
  }
  Value wrapped;
  Value default_value;
};

constexpr const char* kIgnoredExit = "async generator ignored GeneratorExit";

GeneratorObject* agen_self(Value v) {
  return as_generator(v);
}
ASendObject* asend_self(Value v) {
  return static_cast<ASendObject*>(v.as_object());
}
AThrowObject* athrow_self(Value v) {
  return static_cast<AThrowObject*>(v.as_object());
}

// One step of the frame (CPython's gen_send_ex on an async generator): what it yielded, or Null
// with what it raised pending; returning (the end of the generator) raises StopAsyncIteration.
// `wrapped` tells whether the frame yielded the value to the consumer.
Value agen_step(VM& vm, GeneratorObject* g, Value send, Value exc, bool close_on_genexit,
                bool& wrapped) {
  bool returned = false;
  Value r = exc.is_null() ? generator_send(vm, g, send, returned)
                          : generator_throw(vm, g, exc, returned, close_on_genexit);
  wrapped = false;
  if (r.is_null()) return r;
  if (returned) return vm.raise_value(Value::object(vm.exc.StopAsyncIteration));
  wrapped = g->ag_wrapped;
  g->ag_wrapped = false;
  return r;
}

// agen_step with throw()'s arguments as given (checked where the exception is raised).
Value agen_throw_step(VM& vm, GeneratorObject* g, const Value* args, size_t nargs,
                      bool close_on_genexit, bool& wrapped) {
  bool returned = false;
  Value r = generator_throw_args(vm, g, args, nargs, returned, close_on_genexit);
  wrapped = false;
  if (r.is_null()) return r;
  if (returned) return vm.raise_value(Value::object(vm.exc.StopAsyncIteration));
  wrapped = g->ag_wrapped;
  g->ag_wrapped = false;
  return r;
}

// CPython's async_gen_unwrap_value: a value yielded to the consumer finishes the awaitable
// (StopIteration(value)); the end of the generator finishes it with the exception.
Value agen_unwrap(VM& vm, GeneratorObject* g, Value r, bool wrapped) {
  if (r.is_null()) {
    if (vm.error_matches(vm.exc.StopAsyncIteration) || vm.error_matches(vm.exc.GeneratorExit)) {
      g->ag_closed = true;
    }
    g->ag_running_async = false;
    return r;
  }
  if (wrapped) {
    g->ag_running_async = false;
    return vm.raise_stop_iteration(r);
  }
  return r;
}

// The first __anext__/asend/athrow/aclose takes the hooks sys.set_asyncgen_hooks installed:
// the finalizer is kept for finalize(), firstiter is called now (asyncio's loop registers the
// generator for shutdown_asyncgens()).
bool agen_init_hooks(VM& vm, GeneratorObject* g) {
  if (g->ag_hooks_inited) return true;
  g->ag_hooks_inited = true;
  AsyncGenHooks& hooks = asyncgen_hooks(vm);
  g->ag_finalizer = hooks.finalizer;
  if (!hooks.firstiter.is_none()) {
    Value self = Value::object(g);
    Value firstiter = hooks.firstiter;
    if (vm.call(firstiter, &self, 1).is_null()) return false;
  }
  return true;
}

Value new_asend(VM& vm, GeneratorObject* g, Value sendval) {
  auto* o = vm.make<ASendObject>(vm.types.async_generator_asend, g, sendval);
  return o ? Value::object(o) : Value::null();
}

Value new_athrow(VM& vm, GeneratorObject* g, Value args) {
  auto* o = vm.make<AThrowObject>(vm.types.async_generator_athrow, g, args);
  return o ? Value::object(o) : Value::null();
}

// --- async_generator methods ---

Value agen_aiter(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

Value agen_anext(VM& vm, const Value* args, size_t, TupleObject*) {
  GeneratorObject* g = agen_self(args[0]);
  if (!agen_init_hooks(vm, g)) return Value::null();
  return new_asend(vm, g, Value::none());
}

Value agen_asend(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if ((kwnames && kwnames->size) || nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "async_generator.asend() takes exactly one argument ({} given)", nargs - 1);
  }
  GeneratorObject* g = agen_self(args[0]);
  if (!agen_init_hooks(vm, g)) return Value::null();
  return new_asend(vm, g, args[1]);
}

Value agen_athrow(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "async_generator.athrow() takes no keyword arguments");
  }
  GeneratorObject* g = agen_self(args[0]);
  if (!agen_init_hooks(vm, g)) return Value::null();
  TupleObject* tup = vm.new_tuple(nargs - 1);
  if (!tup) return Value::null();
  for (size_t i = 1; i < nargs; ++i) tup->items()[i - 1] = args[i];
  return new_athrow(vm, g, Value::object(tup));
}

Value agen_aclose(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "async_generator.aclose() takes no arguments ({} given)",
                        nargs - 1);
  }
  GeneratorObject* g = agen_self(args[0]);
  if (!agen_init_hooks(vm, g)) return Value::null();
  return new_athrow(vm, g, Value::null());
}

Value agen_running(VM&, const Value* args, size_t, TupleObject*) {
  return Value::boolean(agen_self(args[0])->ag_running_async);
}

// --- async_generator_asend ---

Value asend_send_impl(VM& vm, ASendObject* o, Value arg) {
  if (o->state == AwaitState::Closed) {
    return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  GeneratorObject* g = o->gen;
  if (o->state == AwaitState::Init) {
    if (g->ag_running_async) {
      return vm.raise(vm.exc.RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (arg.is_none()) arg = o->sendval;
    o->state = AwaitState::Iter;
  }
  g->ag_running_async = true;
  bool wrapped;
  Value r = agen_step(vm, g, arg, Value::null(), true, wrapped);
  r = agen_unwrap(vm, g, r, wrapped);
  if (r.is_null()) o->state = AwaitState::Closed;
  return r;
}

Value asend_next(VM& vm, const Value* args, size_t, TupleObject*) {
  return asend_send_impl(vm, asend_self(args[0]), Value::none());
}

Value asend_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "send() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  return asend_send_impl(vm, asend_self(args[0]), args[1]);
}

Value asend_throw(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "throw() takes no keyword arguments");
  ASendObject* o = asend_self(args[0]);
  if (o->state == AwaitState::Closed) {
    return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  bool wrapped;
  Value r = agen_throw_step(vm, o->gen, args + 1, nargs - 1, true, wrapped);
  r = agen_unwrap(vm, o->gen, r, wrapped);
  if (r.is_null()) o->state = AwaitState::Closed;
  return r;
}

Value asend_close(VM&, const Value* args, size_t, TupleObject*) {
  asend_self(args[0])->state = AwaitState::Closed;
  return Value::none();
}

Value self_iter(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

// --- async_generator_athrow ---

// The awaitable is done: aclose() ends with StopIteration (its result is None) when the
// generator stopped or exited; athrow() lets the exception propagate.
Value athrow_finish_error(VM& vm, AThrowObject* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitState::Closed;
  if (o->is_aclose() &&
      (vm.error_matches(vm.exc.StopAsyncIteration) || vm.error_matches(vm.exc.GeneratorExit))) {
    vm.clear_error();
    return vm.raise_value(Value::object(vm.exc.StopIteration));
  }
  return Value::null();
}

Value athrow_yield_close(VM& vm, AThrowObject* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitState::Closed;
  return vm.raise(vm.exc.RuntimeError, kIgnoredExit);
}

Value athrow_send_impl(VM& vm, AThrowObject* o, Value arg) {
  if (o->state == AwaitState::Closed) {
    return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  GeneratorObject* g = o->gen;
  if (g->state == GeneratorObject::State::Closed) {
    o->state = AwaitState::Closed;
    return vm.raise_value(Value::object(vm.exc.StopIteration));
  }
  bool wrapped;
  Value r;
  if (o->state == AwaitState::Init) {
    if (g->ag_running_async) {
      o->state = AwaitState::Closed;
      return vm.raise(vm.exc.RuntimeError,
                      o->is_aclose() ? "aclose(): asynchronous generator is already running"
                                     : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      o->state = AwaitState::Closed;
      return vm.raise_value(Value::object(vm.exc.StopAsyncIteration));
    }
    if (!arg.is_none()) {
      return vm.raise(vm.exc.RuntimeError, "can't send non-None value to a just-started coroutine");
    }
    o->state = AwaitState::Iter;
    g->ag_running_async = true;
    if (o->is_aclose()) {
      g->ag_closed = true;
      Value exit = vm.new_exception_args(vm.exc.GeneratorExit, {});
      if (exit.is_null()) return exit;
      // The cleanup may await: GeneratorExit goes to what the generator awaits, not close().
      r = agen_step(vm, g, Value::none(), exit, false, wrapped);
      if (!r.is_null() && wrapped) return athrow_yield_close(vm, o);
    } else {
      TupleObject* a = as_tuple(o->args);
      // PyArg_UnpackTuple("athrow", 1, 3), checked this late as in CPython.
      if (a->size < 1)
        return vm.raise(vm.exc.TypeError, "athrow expected at least 1 argument, got 0");
      if (a->size > 3) {
        return vm.raise_fmt(vm.exc.TypeError, "athrow expected at most 3 arguments, got {}",
                            a->size);
      }
      r = agen_throw_step(vm, g, a->items(), a->size, false, wrapped);
      r = agen_unwrap(vm, g, r, wrapped);
    }
    if (r.is_null()) return athrow_finish_error(vm, o);
    return r;
  }
  r = agen_step(vm, g, arg, Value::null(), true, wrapped);
  if (!o->is_aclose()) return agen_unwrap(vm, g, r, wrapped);
  if (r.is_null()) return athrow_finish_error(vm, o);
  if (wrapped) return athrow_yield_close(vm, o);
  return r;
}

Value athrow_next(VM& vm, const Value* args, size_t, TupleObject*) {
  return athrow_send_impl(vm, athrow_self(args[0]), Value::none());
}

Value athrow_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "send() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  return athrow_send_impl(vm, athrow_self(args[0]), args[1]);
}

Value athrow_throw(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "throw() takes no keyword arguments");
  AThrowObject* o = athrow_self(args[0]);
  if (o->state == AwaitState::Closed) {
    return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  GeneratorObject* g = o->gen;
  bool wrapped;
  Value r = agen_throw_step(vm, g, args + 1, nargs - 1, true, wrapped);
  if (!o->is_aclose()) return agen_unwrap(vm, g, r, wrapped);
  if (!r.is_null() && wrapped) return athrow_yield_close(vm, o);
  if (r.is_null()) return athrow_finish_error(vm, o);
  return r;
}

Value athrow_close(VM&, const Value* args, size_t, TupleObject*) {
  athrow_self(args[0])->state = AwaitState::Closed;
  return Value::none();
}

// --- anext_awaitable ---

// The iterator that awaiting the wrapped awaitable steps (CPython's anextawaitable_getiter):
// asking each time, so a coroutine gives a new wrapper around the same frame.
Value anext_awaitable_iter(VM& vm, Value wrapped) {
  if (is_generator(wrapped)) {
    GeneratorObject* g = as_generator(wrapped);
    if (g->flavor == GeneratorObject::Flavor::Generator && g->code &&
        (g->code->flags & kIterableCoroutine)) {
      return wrapped;
    }
  }
  Value m = type_lookup(vm.type_of(wrapped), vm.names.__await__);
  if (m.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "object {} can't be used in 'await' expression",
                        vm.type_name(wrapped));
  }
  Value it = vm.call(m, &wrapped, 1);
  if (it.is_null()) return it;
  if (is_generator(it) && as_generator(it)->flavor == GeneratorObject::Flavor::Coroutine) {
    return vm.raise(vm.exc.TypeError, "__await__() returned a coroutine");
  }
  if (lookup_special(vm, vm.type_of(it), Slot::Next).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "__await__() returned non-iterator of type '{}'",
                        vm.type_name(it));
  }
  return it;
}

// Forwards __next__/send/throw/close to the wrapped awaitable's iterator; its end
// (StopAsyncIteration) becomes the default value as the awaitable's result.
Value anext_proxy(VM& vm, const Value* args, size_t nargs, const char* method) {
  auto* o = static_cast<AnextAwaitableObject*>(args[0].as_object());
  Value it = anext_awaitable_iter(vm, o->wrapped);
  if (it.is_null()) return it;
  RootScope roots(vm);  // a coroutine's fresh wrapper is referenced from nowhere else
  roots.add(it);
  Value r;
  if (!method) {
    Value m = lookup_special(vm, vm.type_of(it), Slot::Next);
    r = vm.call(m, &it, 1);
  } else {
    Value m = py_getattr(vm, it, vm.intern(method));
    if (m.is_null()) return m;
    r = vm.call(m, args + 1, nargs - 1);
  }
  if (r.is_null() && vm.error_matches(vm.exc.StopAsyncIteration)) {
    vm.clear_error();
    return vm.raise_stop_iteration(o->default_value);
  }
  return r;
}

Value anext_next(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return anext_proxy(vm, args, nargs, nullptr);
}
Value anext_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return anext_proxy(vm, args, nargs, "send");
}
Value anext_throw(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return anext_proxy(vm, args, nargs, "throw");
}
Value anext_close(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return anext_proxy(vm, args, nargs, "close");
}

// --- the weak set of async generators (asyncio's loop._asyncgens) ---

// Members are held weakly: a generator referenced only from here is collected, and its
// finalizer (which runs for any generator in such a set) removes it first. Each member
// references the set, so the set outlives its members.
struct AsyncGenSetObject : Object {
  explicit AsyncGenSetObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  size_t external_size() const override { return members.capacity() * sizeof(GeneratorObject*); }
  std::vector<GeneratorObject*> members;  // in the order they were added
};

AsyncGenSetObject* weakset_self(Value v) {
  return static_cast<AsyncGenSetObject*>(v.as_object());
}

void weakset_remove(AsyncGenSetObject* set, GeneratorObject* g) {
  std::erase(set->members, g);
  g->ag_weakset = nullptr;
}

bool is_async_generator(Value v) {
  return is_generator(v) && as_generator(v)->flavor == GeneratorObject::Flavor::AsyncGenerator;
}

Value weakset_add(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "add() takes exactly one argument");
  AsyncGenSetObject* set = weakset_self(args[0]);
  if (!is_async_generator(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot create weak reference to '{}' object",
                        vm.type_name(args[1]));
  }
  GeneratorObject* g = as_generator(args[1]);
  if (g->ag_weakset == set) return Value::none();
  // A generator already finalized once is not finalized again: it could not leave the set.
  if (g->gc_finalized) return Value::none();
  if (g->ag_weakset) weakset_remove(static_cast<AsyncGenSetObject*>(g->ag_weakset), g);
  set->members.push_back(g);
  g->ag_weakset = set;
  return Value::none();
}

Value weakset_discard(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "discard() takes exactly one argument");
  if (is_async_generator(args[1]) && as_generator(args[1])->ag_weakset == args[0].as_object()) {
    weakset_remove(weakset_self(args[0]), as_generator(args[1]));
  }
  return Value::none();
}

Value weakset_clear(VM&, const Value* args, size_t, TupleObject*) {
  AsyncGenSetObject* set = weakset_self(args[0]);
  for (GeneratorObject* g : set->members) g->ag_weakset = nullptr;
  set->members.clear();
  return Value::none();
}

Value weakset_len(VM&, const Value* args, size_t, TupleObject*) {
  return Value::small_int(static_cast<int64_t>(weakset_self(args[0])->members.size()));
}

Value weakset_contains(VM&, const Value* args, size_t nargs, TupleObject*) {
  return Value::boolean(nargs == 2 && is_async_generator(args[1]) &&
                        as_generator(args[1])->ag_weakset == args[0].as_object());
}

Value weakset_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  AsyncGenSetObject* set = weakset_self(args[0]);
  ListObject* l = vm.new_list(set->members.size());
  if (!l) return Value::null();
  for (GeneratorObject* g : set->members) l->items.push_back(Value::object(g));
  return py_iter(vm, Value::object(l));
}

}  // namespace

void asyncgen_weakset_forget(GeneratorObject* g) {
  if (g->ag_weakset) weakset_remove(static_cast<AsyncGenSetObject*>(g->ag_weakset), g);
}

Value new_asyncgen_weakset(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (nargs || (kwnames && kwnames->size)) {
    return vm.raise(vm.exc.TypeError, "_asyncgen_weakset() takes no arguments");
  }
  AsyncGenHooks& state = asyncgen_hooks(vm);
  if (state.weakset_type.is_none()) {
    TypeObject* t = vm.new_builtin_type("WeakSet", nullptr, ObjKind::Other);
    if (!t) return Value::null();
    t->is_basetype = false;
    vm.add_attr(t, "__module__", vm.intern_value("_weakrefset"));
    vm.add_methods(t, {{"add", weakset_add},
                       {"discard", weakset_discard},
                       {"clear", weakset_clear},
                       {"__len__", weakset_len},
                       {"__contains__", weakset_contains},
                       {"__iter__", weakset_iter}});
    state.weakset_type = Value::object(t);
  }
  auto* set = vm.make<AsyncGenSetObject>(static_cast<TypeObject*>(state.weakset_type.as_object()));
  return set ? Value::object(set) : Value::null();
}

Value make_anext_awaitable(VM& vm, Value awaitable, Value default_value) {
  auto* o = vm.make<AnextAwaitableObject>(vm.types.anext_awaitable, awaitable, default_value);
  return o ? Value::object(o) : Value::null();
}

void init_async_generator_types(VM& vm) {
  auto& T = vm.types;
  vm.add_methods(T.async_generator, {{"__aiter__", agen_aiter},
                                     {"__anext__", agen_anext},
                                     {"asend", agen_asend},
                                     {"athrow", agen_athrow},
                                     {"aclose", agen_aclose}});
  vm.add_property(T.async_generator, "ag_running", agen_running);

  T.async_generator_asend =
      vm.new_builtin_type("async_generator_asend", nullptr, ObjKind::Iterator);
  T.async_generator_athrow =
      vm.new_builtin_type("async_generator_athrow", nullptr, ObjKind::Iterator);
  T.anext_awaitable = vm.new_builtin_type("anext_awaitable", nullptr, ObjKind::Iterator);
  for (TypeObject* t : {T.async_generator_asend, T.async_generator_athrow, T.anext_awaitable}) {
    t->is_basetype = false;
  }
  vm.add_methods(T.async_generator_asend, {{"__await__", self_iter},
                                           {"__iter__", self_iter},
                                           {"__next__", asend_next},
                                           {"send", asend_send},
                                           {"throw", asend_throw},
                                           {"close", asend_close}});
  vm.add_methods(T.async_generator_athrow, {{"__await__", self_iter},
                                            {"__iter__", self_iter},
                                            {"__next__", athrow_next},
                                            {"send", athrow_send},
                                            {"throw", athrow_throw},
                                            {"close", athrow_close}});
  vm.add_methods(T.anext_awaitable, {{"__await__", self_iter},
                                     {"__iter__", self_iter},
                                     {"__next__", anext_next},
                                     {"send", anext_send},
                                     {"throw", anext_throw},
                                     {"close", anext_close}});
}

}  // namespace krait
