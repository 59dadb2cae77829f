// Calls: frames (allocation, argument binding with CPython's error messages), VM::call for native
// code calling back into Python, class bodies, and generators/coroutines resumed from native code
// (send/throw/close), plus the generator and coroutine types' methods.
#include <pthread.h>

#include <cstdlib>
#include <cstring>

#include "interpreter/eval.h"
#include "interpreter/frame_ops.h"
#include "runtime/builtin_types_init.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/misc_objects.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_ops.h"
#include "runtime/vm_internals.h"

namespace krait {

// --- Frames ---

Value* Frame::stack_base() {
  return localsplus() + code->nlocalsplus;
}

void Frame::trace(GcVisitor& v) const {
  v.visit(code);
  v.visit(func);
  v.visit(globals);
  v.visit(builtins);
  v.visit(locals);
  v.visit(gen);
  v.visit(init_self);
  if (!code) return;
  const Value* lp = localsplus();
  for (uint32_t i = 0; i < code->nlocalsplus; ++i) v.visit(lp[i]);
  const Value* base = lp + code->nlocalsplus;
  if (sp) {
    for (const Value* p = base; p < sp; ++p) v.visit(*p);
  }
}

FrameStack::~FrameStack() {
  for (Chunk& c : m_chunks) std::free(c.begin);
}

Frame* FrameStack::push_slow(size_t bytes) {
  // Move to the next chunk that is big enough (chunks are kept for reuse).
  char* prev_top = m_top;
  size_t prev_chunk = m_current;
  size_t next = m_chunks.empty() ? 0 : m_current + 1;
  while (next < m_chunks.size() &&
         static_cast<size_t>(m_chunks[next].end - m_chunks[next].begin) < bytes) {
    ++next;
  }
  if (next >= m_chunks.size()) {
    size_t size = std::max<size_t>(bytes, 256 * 1024);
    char* mem = static_cast<char*>(std::malloc(size));
    if (!mem) return nullptr;
    m_chunks.push_back({mem, mem + size});
    next = m_chunks.size() - 1;
  }
  m_current = next;
  m_top = m_chunks[next].begin;
  m_end = m_chunks[next].end;
  if (!prev_top) {  // the very first frame: popping it leaves an empty first chunk
    prev_top = m_top;
    prev_chunk = next;
  }
  Frame* f = new (m_top) Frame;
  f->stack_prev_top = prev_top;
  f->stack_prev_chunk = static_cast<uint32_t>(prev_chunk);
  m_top += bytes;
  return f;
}

Frame* alloc_frame_on_heap(VM& vm, CodeObject* code) {
  size_t bytes = sizeof(Frame) + (code->nlocalsplus + code->stacksize + 1) * sizeof(Value);
  if (vm.heap().would_exceed(bytes)) {
    vm.raise_memory_error();
    return nullptr;
  }
  void* mem = vm.heap().allocate_block(bytes);
  if (!mem) {
    vm.raise_memory_error();
    return nullptr;
  }
  Frame* f = new (mem) Frame;
  f->flags = Frame::kOwnedByGenerator;
  // The block's size stays with the frame: when the collector frees a generator, its code
  // object may already be gone.
  f->stack_prev_chunk = static_cast<uint32_t>(bytes);
  vm.heap().account(static_cast<ptrdiff_t>(bytes));
  return f;
}

size_t heap_frame_bytes(const Frame* f) {
  return f->stack_prev_chunk;
}

void release_heap_frame(VM& vm, Frame* f) {
  size_t bytes = heap_frame_bytes(f);
  vm.heap().account(-static_cast<ptrdiff_t>(bytes));
  f->~Frame();
  vm.heap().free_block(f, bytes);
}

bool c_stack_exhausted(VM& vm) {
  auto& in = vm.internals();
  char probe;
  uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
  if (in.stack_base == 0) {
    // First entry on this thread: measure the thread's stack and keep a safety margin for the
    // native code (and sanitizers) that runs between checks.
    in.stack_base = here;
    size_t size = 8u << 20;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* addr;
      size_t sz;
      if (pthread_attr_getstack(&attr, &addr, &sz) == 0) {
        uintptr_t low = reinterpret_cast<uintptr_t>(addr);
        if (here > low) size = here - low;
      }
      pthread_attr_destroy(&attr);
    }
    size_t margin = std::min<size_t>(size / 4, 1u << 20);
    in.stack_limit = size > margin ? size - margin : size / 2;
    return false;
  }
  if (here < in.stack_base && in.stack_base - here > in.stack_limit) {
    vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded");
    return true;
  }
  return false;
}

namespace {

std::string join_names(const std::vector<std::string_view>& names) {
  // CPython's format_missing: 'a', 'a' and 'b', 'a', 'b', and 'c'.
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) {
      if (names.size() == 2) {
        out += " and ";
      } else if (i == names.size() - 1) {
        out += ", and ";
      } else {
        out += ", ";
      }
    }
    out += fmt::format("'{}'", names[i]);
  }
  return out;
}

}  // namespace

bool bind_arguments(VM& vm, FunctionObject* func, Frame* f, const Value* args, size_t nargs,
                    TupleObject* kwnames) {
  CodeObject* code = func->code;
  Value* lp = f->localsplus();
  size_t argcount = code->argcount;
  size_t kwonly = code->kwonlyargcount;
  size_t total = argcount + kwonly;
  bool varargs = code->flags & kVarargs;
  bool varkw = code->flags & kVarkeywords;
  std::string_view fname = func->qualname->view();
  DictObject* kwdict = nullptr;
  if (varkw) {
    kwdict = vm.new_dict();
    if (!kwdict) return false;
    lp[total + (varargs ? 1 : 0)] = Value::object(kwdict);
  }
  size_t n = std::min(nargs, argcount);
  for (size_t i = 0; i < n; ++i) lp[i] = args[i];
  if (varargs) {
    size_t extra = nargs > argcount ? nargs - argcount : 0;
    TupleObject* t = vm.new_tuple(extra);
    if (!t) return false;
    for (size_t i = 0; i < extra; ++i) t->items()[i] = args[argcount + i];
    lp[total] = Value::object(t);
  }
  size_t nkw = kwnames ? kwnames->size : 0;
  std::vector<std::string_view> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Value key = kwnames->items()[k];
    Value val = args[nargs + k];
    size_t idx = SIZE_MAX;
    for (size_t i = code->posonlyargcount; i < total; ++i) {
      StrObject* pn = code->localsplus_names[i];
      if (pn == key.as_object() || pn->view() == str_view(key)) {
        idx = i;
        break;
      }
    }
    if (idx == SIZE_MAX) {
      if (kwdict) {
        if (!dict_set(vm, kwdict, key, val)) return false;
        continue;
      }
      for (size_t i = 0; i < code->posonlyargcount; ++i) {
        if (code->localsplus_names[i]->view() == str_view(key)) {
          posonly_as_kw.push_back(str_view(key));
          break;
        }
      }
      if (!posonly_as_kw.empty()) continue;
      vm.raise_fmt(vm.exc.TypeError, "{}() got an unexpected keyword argument '{}'", fname,
                   str_view(key));
      return false;
    }
    if (!lp[idx].is_null()) {
      vm.raise_fmt(vm.exc.TypeError, "{}() got multiple values for argument '{}'", fname,
                   str_view(key));
      return false;
    }
    lp[idx] = val;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) {
      if (i) names += ", ";
      names += posonly_as_kw[i];
    }
    vm.raise_fmt(vm.exc.TypeError,
                 "{}() got some positional-only arguments passed as keyword arguments: '{}'", fname,
                 names);
    return false;
  }
  if (nargs > argcount && !varargs) {
    size_t ndefaults = func->defaults ? func->defaults->size : 0;
    size_t kwonly_given = 0;
    for (size_t i = argcount; i < total; ++i) kwonly_given += !lp[i].is_null();
    std::string takes;
    if (ndefaults) {
      takes = fmt::format("from {} to {} positional arguments", argcount - ndefaults, argcount);
    } else {
      takes = fmt::format("{} positional argument{}", argcount, argcount == 1 ? "" : "s");
    }
    if (kwonly_given) {
      vm.raise_fmt(vm.exc.TypeError,
                   "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) "
                   "were given",
                   fname, takes, nargs, nargs == 1 ? "" : "s", kwonly_given,
                   kwonly_given == 1 ? "" : "s");
    } else {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes {} but {} {} given", fname, takes, nargs,
                   nargs == 1 ? "was" : "were");
    }
    return false;
  }
  // Defaults for the positional parameters that were not given.
  size_t ndefaults = func->defaults ? func->defaults->size : 0;
  size_t first_default = argcount - ndefaults;
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < argcount; ++i) {
    if (!lp[i].is_null()) continue;
    if (i >= first_default) {
      lp[i] = func->defaults->items()[i - first_default];
    } else {
      missing.push_back(code->localsplus_names[i]->view());
    }
  }
  if (!missing.empty()) {
    vm.raise_fmt(vm.exc.TypeError, "{}() missing {} required positional argument{}: {}", fname,
                 missing.size(), missing.size() == 1 ? "" : "s", join_names(missing));
    return false;
  }
  for (size_t i = argcount; i < total; ++i) {
    if (!lp[i].is_null()) continue;
    Value d = func->kwdefaults ? dict_get_str(func->kwdefaults, code->localsplus_names[i])
                               : Value::null();
    if (!d.is_null()) {
      lp[i] = d;
    } else {
      missing.push_back(code->localsplus_names[i]->view());
    }
  }
  if (!missing.empty()) {
    vm.raise_fmt(vm.exc.TypeError, "{}() missing {} required keyword-only argument{}: {}", fname,
                 missing.size(), missing.size() == 1 ? "" : "s", join_names(missing));
    return false;
  }
  return true;
}

// --- Generators ---

GeneratorObject::~GeneratorObject() = default;

size_t GeneratorObject::external_size() const {
  return frame ? heap_frame_bytes(frame) : 0;
}

void GeneratorObject::free_blocks(Heap& heap) {
  if (!frame) return;
  size_t bytes = heap_frame_bytes(frame);
  frame->~Frame();
  heap.free_block(frame, bytes);
  frame = nullptr;
}

void GeneratorObject::trace(GcVisitor& v) const {
  if (frame) frame->trace(v);
  v.visit(qualname);
  v.visit(code);
  v.visit(exc_state);
  v.visit(outer_handled);
  v.visit(ag_finalizer);
  // origin_code or ag_weakset, whichever this generator uses.
  v.visit(flavor == Flavor::AsyncGenerator ? ag_weakset : static_cast<const Object*>(origin_code));
}

namespace {
// An async generator that took a finalizer hook (asyncio's loop) and is neither finished nor
// closing hands itself to it rather than being closed here (CPython's _PyGen_Finalize).
bool wants_asyncgen_finalizer(const GeneratorObject* g) {
  return g->flavor == GeneratorObject::Flavor::AsyncGenerator && !g->ag_finalizer.is_none() &&
         !g->ag_closed && g->state != GeneratorObject::State::Closed;
}
}  // namespace

bool GeneratorObject::needs_finalize(VM&) const {
  // In a weak set: finalize() takes it out before the memory goes.
  return (flavor == Flavor::AsyncGenerator && ag_weakset) || needs_close_or_warning();
}

bool GeneratorObject::needs_close_or_warning() const {
  if (wants_asyncgen_finalizer(this)) return true;
  if (state == State::Created) return flavor == Flavor::Coroutine && frame;
  if (state != State::Suspended || !frame) return false;
  // A suspended coroutine is always closed (its frame goes away, as CPython's finalizer does).
  if (flavor == Flavor::Coroutine) return true;
  uint32_t pc = static_cast<uint32_t>(frame->ip - code->code.data());
  return pc_has_handler(code, pc);
}

void GeneratorObject::finalize(VM& vm) {
  if (flavor == Flavor::AsyncGenerator && ag_weakset) asyncgen_weakset_forget(this);
  if (!needs_close_or_warning()) return;
  if (wants_asyncgen_finalizer(this)) {
    Value self = Value::object(this);
    vm.call(ag_finalizer, &self, 1);  // an error is reported as unraisable by the caller
    return;
  }
  if (state == State::Created) {
    if (frame) {
      release_frame(vm, frame);
      frame = nullptr;
    }
    state = State::Closed;
    vm.warn(vm.exc.RuntimeWarning,
            fmt::format("coroutine '{}' was never awaited", qualname ? qualname->view() : "?"),
            origin_code ? origin_code->filename->view() : std::string_view(), origin_line);
    return;
  }
  generator_close(vm, this);
}

Value make_generator(VM& vm, FunctionObject* func, Frame* f) {
  CodeObject* code = func->code;
  GeneratorObject::Flavor flavor = GeneratorObject::Flavor::Generator;
  TypeObject* type = vm.types.generator;
  if (code->flags & kCoroutine) {
    flavor = GeneratorObject::Flavor::Coroutine;
    type = vm.types.coroutine;
  } else if (code->flags & kAsyncGenerator) {
    flavor = GeneratorObject::Flavor::AsyncGenerator;
    type = vm.types.async_generator;
  }
  auto* g = vm.make<GeneratorObject>(type, f, flavor);
  if (!g) {
    release_frame(vm, f);
    return Value::null();
  }
  g->qualname = func->qualname;
  g->code = code;
  f->gen = g;
  if (flavor == GeneratorObject::Flavor::Coroutine) {
    Frame* caller = vm.current_frame();
    while (caller && (caller->code->flags & kHiddenFrames)) caller = caller->back;
    if (caller) {
      g->origin_code = caller->code;
      g->origin_line = frame_current_line(caller);
    }
  }
  vm.register_finalizer(g);
  return Value::object(g);
}

namespace {

const char* flavor_name(const GeneratorObject* g) {
  switch (g->flavor) {
    case GeneratorObject::Flavor::Coroutine:
      return "coroutine";
    case GeneratorObject::Flavor::AsyncGenerator:
      return "async generator";
    default:
      return "generator";
  }
}

// Runs a generator's frame from native code until it yields, returns or raises.
Value resume(VM& vm, GeneratorObject* g, Value sent, Value throw_exc, bool& returned,
             bool push_sent = true) {
  returned = false;
  if (c_stack_exhausted(vm)) return Value::null();
  Frame* f = g->frame;
  // With an exception to throw nothing is pushed: it is raised at the suspension point.
  if (throw_exc.is_null() && push_sent && g->state == GeneratorObject::State::Suspended) {
    *f->sp++ = sent;
  } else {
    push_sent = false;
  }
  g->state = GeneratorObject::State::Running;
  g->ag_wrapped = false;
  g->outer_handled = vm.handled_exception();
  if (!g->exc_state.is_none()) vm.set_handled_exception(g->exc_state);
  if (!enter_frame(vm, f)) {
    g->state = GeneratorObject::State::Suspended;
    if (push_sent) --f->sp;
    vm.set_handled_exception(g->outer_handled);
    return Value::null();
  }
  f->flags |= Frame::kEntry;
  FrameExit how;
  ++vm.native_depth_ref();
  Value r = run_frame(vm, f, how, throw_exc);
  --vm.native_depth_ref();
  if (how == FrameExit::Return) returned = true;
  return r;
}

}  // namespace

Value generator_send(VM& vm, GeneratorObject* g, Value value, bool& returned) {
  returned = false;
  switch (g->state) {
    case GeneratorObject::State::Running:
      return vm.raise_fmt(vm.exc.ValueError, "{} already executing", flavor_name(g));
    case GeneratorObject::State::Closed:
      if (g->flavor == GeneratorObject::Flavor::Coroutine) {
        return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
      }
      returned = true;
      return Value::none();
    case GeneratorObject::State::Created:
      if (!value.is_none()) {
        return vm.raise_fmt(vm.exc.TypeError, "can't send non-None value to a just-started {}",
                            flavor_name(g));
      }
      break;
    default:
      break;
  }
  return resume(vm, g, value, Value::null(), returned);
}

Value generator_throw(VM& vm, GeneratorObject* g, Value exc, bool& returned,
                      bool close_on_genexit) {
  returned = false;
  if (g->state == GeneratorObject::State::Running) {
    return vm.raise_fmt(vm.exc.ValueError, "{} already executing", flavor_name(g));
  }
  if (g->state == GeneratorObject::State::Closed &&
      g->flavor == GeneratorObject::Flavor::Coroutine) {
    return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
  }
  if (g->state != GeneratorObject::State::Suspended) {
    // Not started or finished: the exception simply propagates (the generator is closed).
    if (g->frame) {
      release_frame(vm, g->frame);
      g->frame = nullptr;
    }
    g->state = GeneratorObject::State::Closed;
    vm.set_error(exc);
    return Value::null();
  }
  Frame* f = g->frame;
  // Delegating (suspended in YIELD_FROM): the delegate gets the exception first.
  if (instr_opcode(*f->ip) == Opcode::YIELD_FROM) {
    Value delegate = f->sp[-1];
    Value r = Value::null();
    bool handled = false;
    bool is_exit = close_on_genexit && vm.isinstance(exc, vm.exc.GeneratorExit);
    if (is_generator(delegate)) {
      handled = true;
      bool inner_returned = false;
      g->state = GeneratorObject::State::Running;
      if (is_exit) {
        r = generator_close(vm, as_generator(delegate));
        if (!r.is_null()) r = Value::null();  // then raise GeneratorExit here
        handled = vm.has_error();
      } else {
        r = generator_throw(vm, as_generator(delegate), exc, inner_returned, close_on_genexit);
      }
      g->state = GeneratorObject::State::Suspended;
      if (!is_exit) {
        if (!r.is_null() && !inner_returned) return r;  // the delegate yielded
        if (!r.is_null() && inner_returned) {
          // The delegate finished: resume here with its return value as YIELD_FROM's result.
          f->sp[-1] = r;
          ++f->ip;
          return resume(vm, g, Value::none(), Value::null(), returned, false);
        }
      }
    } else if (!is_exit) {
      Value throw_fn = py_getattr_opt(vm, delegate, vm.names.throw_);
      if (!throw_fn.is_null()) {
        handled = true;
        g->state = GeneratorObject::State::Running;
        r = vm.call(throw_fn, &exc, 1);
        g->state = GeneratorObject::State::Suspended;
        if (!r.is_null()) return r;
      }
    } else {
      Value close_fn = py_getattr_opt(vm, delegate, vm.names.close);
      if (!close_fn.is_null()) {
        g->state = GeneratorObject::State::Running;
        Value cr = vm.call(close_fn, nullptr, 0);
        g->state = GeneratorObject::State::Suspended;
        if (cr.is_null()) handled = true;
      }
    }
    if (handled && vm.has_error()) {
      // The delegate raised (possibly StopIteration with its return value).
      if (vm.error_matches(vm.exc.StopIteration)) {
        Value e = vm.take_error();
        Value v = as_exception(e)->extra;
        f->sp[-1] = v.is_null() ? Value::none() : v;
        ++f->ip;
        return resume(vm, g, Value::none(), Value::null(), returned, false);
      }
      Value err = vm.take_error();
      --f->sp;  // drop the delegate
      ++f->ip;
      return resume(vm, g, Value::none(), err, returned);
    }
  }
  return resume(vm, g, Value::none(), exc, returned);
}

// CPython checks throw()'s arguments where the exception is raised: in the innermost generator
// of a `yield from`/`await` chain, so invalid ones raise TypeError inside the frame awaiting it.
Value generator_throw_args(VM& vm, GeneratorObject* g, const Value* args, size_t nargs,
                           bool& returned, bool close_on_genexit) {
  returned = false;
  Frame* f = g->frame;
  bool delegating = nargs >= 1 && nargs <= 3 && g->state == GeneratorObject::State::Suspended &&
                    f && instr_opcode(*f->ip) == Opcode::YIELD_FROM && is_generator(f->sp[-1]);
  if (delegating && close_on_genexit) {
    // GeneratorExit closes the delegate instead (generator_throw does that).
    Value t = args[0];
    TypeObject* ge = vm.exc.GeneratorExit;
    if ((is_type(t) && vm.is_subtype(as_type(t), ge)) || vm.isinstance(t, ge)) delegating = false;
  }
  if (!delegating) {
    Value exc = generator_throw_exception(vm, "throw", args, nargs);
    if (exc.is_null()) return exc;
    return generator_throw(vm, g, exc, returned, close_on_genexit);
  }
  bool inner_returned = false;
  g->state = GeneratorObject::State::Running;
  Value r = generator_throw_args(vm, as_generator(f->sp[-1]), args, nargs, inner_returned,
                                 close_on_genexit);
  g->state = GeneratorObject::State::Suspended;
  if (!r.is_null()) {
    if (!inner_returned) return r;  // the delegate yielded
    // The delegate finished: resume here with its return value as YIELD_FROM's result.
    f->sp[-1] = r;
    ++f->ip;
    return resume(vm, g, Value::none(), Value::null(), returned, false);
  }
  if (vm.error_matches(vm.exc.StopIteration)) {
    Value e = vm.take_error();
    Value v = as_exception(e)->extra;
    f->sp[-1] = v.is_null() ? Value::none() : v;
    ++f->ip;
    return resume(vm, g, Value::none(), Value::null(), returned, false);
  }
  Value err = vm.take_error();
  --f->sp;  // drop the delegate
  ++f->ip;
  return resume(vm, g, Value::none(), err, returned);
}

Value generator_close(VM& vm, GeneratorObject* g) {
  if (g->state == GeneratorObject::State::Closed) return Value::none();
  if (g->state == GeneratorObject::State::Created) {
    if (g->frame) {
      release_frame(vm, g->frame);
      g->frame = nullptr;
    }
    g->state = GeneratorObject::State::Closed;
    return Value::none();
  }
  Value exit = vm.new_exception_args(vm.exc.GeneratorExit, {});
  if (exit.is_null()) return exit;
  bool returned = false;
  Value r = generator_throw(vm, g, exit, returned);
  if (!r.is_null() && !returned) {
    return vm.raise_fmt(vm.exc.RuntimeError, "{} ignored GeneratorExit", flavor_name(g));
  }
  if (r.is_null()) {
    if (vm.error_matches(vm.exc.GeneratorExit) || vm.error_matches(vm.exc.StopIteration)) {
      vm.clear_error();
      return Value::none();
    }
    return r;
  }
  return Value::none();
}

// CPython's _gen_throw argument handling: throw(type[, value[, traceback]]) or
// throw(instance).
Value generator_throw_exception(VM& vm, const char* fname, const Value* args, size_t nargs) {
  if (nargs < 1) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at least 1 argument, got 0", fname);
  }
  if (nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at most 3 arguments, got {}", fname, nargs);
  }
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && vm.type_of(tb) != vm.types.traceback) {
    return vm.raise(vm.exc.TypeError, "throw() third argument must be a traceback object");
  }
  Value exc;
  if (is_type(typ) && vm.is_subtype(as_type(typ), vm.exc.BaseException)) {
    // PyErr_NormalizeException: the value is the instance, the constructor's argument or tuple
    // of arguments.
    if (vm.isinstance(val, as_type(typ))) {
      exc = val;
    } else if (val.is_none()) {
      exc = vm.call(typ, nullptr, 0);
    } else if (is_tuple(val)) {
      exc = vm.call(typ, as_tuple(val)->items(), as_tuple(val)->size);
    } else {
      exc = vm.call(typ, &val, 1);
    }
    if (exc.is_null()) return exc;
    if (!is_exception(exc))
      return vm.raise(vm.exc.TypeError, "exceptions must derive from BaseException");
  } else if (is_exception(typ)) {
    if (!val.is_none()) {
      return vm.raise(vm.exc.TypeError, "instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    return vm.raise_fmt(
        vm.exc.TypeError,
        "exceptions must be classes or instances deriving from BaseException, not {}",
        vm.type_name(typ));
  }
  if (!tb.is_none()) as_exception(exc)->traceback = static_cast<TracebackObject*>(tb.as_object());
  return exc;
}

namespace {

GeneratorObject* gen_self(Value v) {
  return as_generator(v);
}

Value gen_iter(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

Value gen_next(VM& vm, const Value* args, size_t, TupleObject*) {
  bool returned = false;
  Value r = generator_send(vm, gen_self(args[0]), Value::none(), returned);
  if (returned) {
    if (r.is_none()) return Value::null();  // exhausted, no StopIteration object needed
    return vm.raise_stop_iteration(r);
  }
  return r;
}

Value gen_send(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2)
    return vm.raise_fmt(vm.exc.TypeError, "send() takes exactly one argument ({} given)",
                        nargs - 1);
  bool returned = false;
  Value r = generator_send(vm, gen_self(args[0]), args[1], returned);
  if (returned) return vm.raise_stop_iteration(r);
  return r;
}

Value gen_throw(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "throw() takes no keyword arguments");
  bool returned = false;
  Value r = generator_throw_args(vm, gen_self(args[0]), args + 1, nargs - 1, returned);
  if (returned) return vm.raise_stop_iteration(r);
  return r;
}

Value gen_close(VM& vm, const Value* args, size_t, TupleObject*) {
  return generator_close(vm, gen_self(args[0]));
}

Value gen_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  GeneratorObject* g = gen_self(args[0]);
  const char* kind = g->flavor == GeneratorObject::Flavor::Coroutine        ? "coroutine"
                     : g->flavor == GeneratorObject::Flavor::AsyncGenerator ? "async_generator"
                                                                            : "generator";
  return vm.new_str(fmt::format("<{} object {} at 0x{:012x}>", kind, g->qualname->view(),
                                reinterpret_cast<uintptr_t>(g)));
}

Value gen_name(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(gen_self(args[0])->code->name);
}
Value gen_qualname(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(gen_self(args[0])->qualname);
}
Value gen_running(VM&, const Value* args, size_t, TupleObject*) {
  return Value::boolean(gen_self(args[0])->state == GeneratorObject::State::Running);
}
Value gen_suspended(VM&, const Value* args, size_t, TupleObject*) {
  return Value::boolean(gen_self(args[0])->state == GeneratorObject::State::Suspended);
}
Value gen_code(VM&, const Value* args, size_t, TupleObject*) {
  GeneratorObject* g = gen_self(args[0]);
  return g->code ? Value::object(g->code) : Value::none();
}
Value gen_frame(VM&, const Value* args, size_t, TupleObject*) {
  GeneratorObject* g = gen_self(args[0]);
  return g->state == GeneratorObject::State::Closed ? Value::none() : Value::true_();
}
Value gen_yieldfrom(VM&, const Value* args, size_t, TupleObject*) {
  GeneratorObject* g = gen_self(args[0]);
  if (g->state == GeneratorObject::State::Suspended && g->frame &&
      instr_opcode(*g->frame->ip) == Opcode::YIELD_FROM) {
    return g->frame->sp[-1];
  }
  return Value::none();
}

Value code_flags(VM&, const Value* args, size_t, TupleObject*) {
  auto* code = static_cast<CodeObject*>(args[0].as_object());
  return Value::small_int(code->flags & ~static_cast<uint32_t>(kHiddenFrames));
}

// coroutine.__await__() returns an iterator over the coroutine (CPython's coroutine_wrapper).
struct CoroWrapper : Object {
  CoroWrapper(TypeObject* t, Value c) : Object(t, ObjKind::Iterator), coro(c) {}
  void trace(GcVisitor& v) const override { v.visit(coro); }
  Value coro;
};

Value coro_await(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* w = vm.make<CoroWrapper>(vm.types.coroutine_wrapper, args[0]);
  return w ? Value::object(w) : Value::null();
}
Value wrapper_next(VM& vm, const Value* args, size_t, TupleObject*) {
  Value c = static_cast<CoroWrapper*>(args[0].as_object())->coro;
  Value a[1] = {c};
  return gen_next(vm, a, 1, nullptr);
}
Value wrapper_send(VM& vm, const Value* args, size_t nargs, TupleObject* kw) {
  Value a[2] = {static_cast<CoroWrapper*>(args[0].as_object())->coro,
                nargs > 1 ? args[1] : Value::none()};
  return gen_send(vm, a, 2, kw);
}
Value wrapper_throw(VM& vm, const Value* args, size_t nargs, TupleObject* kw) {
  std::vector<Value> a(args, args + nargs);
  a[0] = static_cast<CoroWrapper*>(args[0].as_object())->coro;
  return gen_throw(vm, a.data(), nargs, kw);
}
Value wrapper_close(VM& vm, const Value* args, size_t, TupleObject*) {
  return generator_close(vm, as_generator(static_cast<CoroWrapper*>(args[0].as_object())->coro));
}

}  // namespace

void init_generator_types(VM& vm) {
  auto& T = vm.types;
  vm.add_methods(T.generator, {{"__iter__", gen_iter},
                               {"__next__", gen_next},
                               {"send", gen_send},
                               {"throw", gen_throw},
                               {"close", gen_close},
                               {"__repr__", gen_repr}});
  vm.add_property(T.generator, "__name__", gen_name);
  vm.add_property(T.generator, "__qualname__", gen_qualname);
  vm.add_property(T.generator, "gi_running", gen_running);
  vm.add_property(T.generator, "gi_suspended", gen_suspended);
  vm.add_property(T.generator, "gi_code", gen_code);
  vm.add_property(T.generator, "gi_frame", gen_frame);
  vm.add_property(T.generator, "gi_yieldfrom", gen_yieldfrom);
  vm.add_methods(T.coroutine, {{"send", gen_send},
                               {"throw", gen_throw},
                               {"close", gen_close},
                               {"__await__", coro_await},
                               {"__repr__", gen_repr}});
  vm.add_property(T.coroutine, "__name__", gen_name);
  vm.add_property(T.coroutine, "__qualname__", gen_qualname);
  vm.add_property(T.coroutine, "cr_running", gen_running);
  vm.add_property(T.coroutine, "cr_suspended", gen_suspended);
  vm.add_property(T.coroutine, "cr_code", gen_code);
  vm.add_property(T.coroutine, "cr_frame", gen_frame);
  vm.add_property(T.coroutine, "cr_await", gen_yieldfrom);
  vm.add_methods(T.coroutine_wrapper, {{"__iter__", gen_iter},
                                       {"__next__", wrapper_next},
                                       {"send", wrapper_send},
                                       {"throw", wrapper_throw},
                                       {"close", wrapper_close}});
  vm.add_methods(T.async_generator, {{"__repr__", gen_repr}});
  vm.add_property(T.async_generator, "__name__", gen_name);
  vm.add_property(T.async_generator, "__qualname__", gen_qualname);
  vm.add_property(T.async_generator, "ag_code", gen_code);
  vm.add_property(T.async_generator, "ag_frame", gen_frame);
  vm.add_property(T.async_generator, "ag_await", gen_yieldfrom);
  init_async_generator_types(vm);  // the rest: interpreter/async_generator.cpp
  // co_flags here, with the generators whose kinds it tells (the code type lives in type.cpp).
  vm.add_property(T.code, "co_flags", code_flags);
}

// --- VM::call and friends ---

Value VM::call(Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!callable.is_object()) {
    return raise_fmt(exc.TypeError, "'{}' object is not callable", type_name(callable));
  }
  if (c_stack_exhausted(*this)) return Value::null();
  Object* o = callable.as_object();
  size_t nkw = kwnames ? kwnames->size : 0;
  switch (o->kind) {
    case ObjKind::Function: {
      auto* fn = static_cast<FunctionObject*>(o);
      CodeObject* code = fn->code;
      bool is_gen = code->flags & (kGenerator | kCoroutine | kAsyncGenerator);
      Frame* f = alloc_frame(*this, code, fn, is_gen);
      if (!f) return Value::null();
      if (code->simple_args && !kwnames && nargs == code->argcount) {
        for (size_t i = 0; i < nargs; ++i) f->localsplus()[i] = args[i];
      } else if (!bind_arguments(*this, fn, f, args, nargs, kwnames)) {
        release_frame(*this, f);
        return Value::null();
      }
      if (is_gen) return make_generator(*this, fn, f);
      if (!enter_frame(*this, f)) {
        release_frame(*this, f);
        return Value::null();
      }
      f->flags |= Frame::kEntry;
      FrameExit how;
      ++m_native_depth;
      Value r = run_frame(*this, f, how);
      --m_native_depth;
      return r;
    }
    case ObjKind::NativeFunction: {
      auto* nf = static_cast<NativeFunctionObject*>(o);
      if (!nf->self.is_null()) {
        std::vector<Value> buf(nargs + nkw + 1);
        buf[0] = nf->self;
        std::copy(args, args + nargs + nkw, buf.begin() + 1);
        ++m_native_depth;
        Value r = nf->fn(*this, buf.data(), nargs + 1, kwnames);
        --m_native_depth;
        if (r.is_null() && !has_error()) raise_stop_iteration(Value::none());
        return r;
      }
      if (nf->new_of && !check_native_new_args(*this, nf, args, nargs)) return Value::null();
      if (nf->owner && !nf->is_classmethod) {
        if (nargs == 0) {
          return raise_fmt(exc.TypeError, "unbound method {}.{}() needs an argument",
                           nf->owner->name->view(), nf->name->view());
        }
        if (!isinstance(args[0], nf->owner)) {
          return raise_fmt(exc.TypeError,
                           "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                           nf->name->view(), nf->owner->name->view(), type_name(args[0]));
        }
      }
      ++m_native_depth;
      Value r = nf->fn(*this, args, nargs, kwnames);
      --m_native_depth;
      if (r.is_null() && !has_error()) {
        raise_stop_iteration(Value::none());
        as_exception(m_error)->args = m_empty_tuple;
      }
      return r;
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObject*>(o);
      Value small[8];
      std::vector<Value> big;
      Value* buf = small;
      if (nargs + nkw + 1 > 8) {
        big.resize(nargs + nkw + 1);
        buf = big.data();
      }
      buf[0] = m->self;
      std::copy(args, args + nargs + nkw, buf + 1);
      return call(m->func, buf, nargs + 1, kwnames);
    }
    case ObjKind::Type: {
      if (metaclass_overrides_call(*this, static_cast<TypeObject*>(o))) break;
      ++m_native_depth;
      Value r = type_call(*this, static_cast<TypeObject*>(o), args, nargs, kwnames);
      --m_native_depth;
      return r;
    }
    default:
      break;
  }
  Value m = lookup_special(*this, o->type, Slot::Call);
  if (m.is_null())
    return raise_fmt(exc.TypeError, "'{}' object is not callable", type_name(callable));
  std::vector<Value> buf(nargs + nkw + 1);
  buf[0] = callable;
  std::copy(args, args + nargs + nkw, buf.begin() + 1);
  return call(m, buf.data(), nargs + 1, kwnames);
}

Value VM::call_method(Value obj, StrObject* name, std::initializer_list<Value> args) {
  Value m = py_getattr(*this, obj, name);
  if (m.is_null()) return m;
  return call(m, args.begin(), args.size());
}

Value run_class_body(VM& vm, FunctionObject* body, Value ns) {
  Frame* f = alloc_frame(vm, body->code, body, false);
  if (!f) return Value::null();
  f->locals = ns;
  if (!enter_frame(vm, f)) {
    release_frame(vm, f);
    return Value::null();
  }
  f->flags |= Frame::kEntry;
  FrameExit how;
  ++vm.native_depth_ref();
  Value r = run_frame(vm, f, how);
  --vm.native_depth_ref();
  return r;
}

}  // namespace krait
