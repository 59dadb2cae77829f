// The dispatch loop. One loop runs every Python frame: a Python-to-Python call pushes a frame and
// continues here (no C++ recursion), a generator resumed by FOR_ITER or YIELD_FROM runs here too,
// and only native code calling back into Python (VM::call) starts a nested loop.
//
// Registers: `f` the running frame, `ip` the next instruction, `sp` the value-stack top, `lp` the
// frame's localsplus. They are written back to the frame (SAVE) whenever control may leave it.
// Exceptions go to `error` (which records a traceback entry) or `exception_unwind` (which does not,
// for re-raises), then to the handler the code's exception table names, as CPython 3.11.
#include "interpreter/eval.h"

#include <cstring>

#include "interpreter/frame_ops.h"
#include "interpreter/loader.h"
#include "interpreter/match_pattern.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exceptions.h"
#include "runtime/future.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/member_descriptor.h"
#include "runtime/misc_objects.h"
#include "runtime/module.h"
#include "runtime/native_coroutine.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_ops.h"
#include "runtime/vm_internals.h"

namespace krait {

namespace {

enum CacheKind : uint32_t {
  kCacheEmpty = 0,
  kCacheInstanceDict,  // LOAD_ATTR/STORE_ATTR: plain attribute in the instance dict
  kCacheMethod,        // LOAD_METHOD: a function on the type, not shadowed by the instance
  kCacheModuleAttr,    // LOAD_ATTR on a module: an entry of its dict
  kCacheGlobal,        // LOAD_GLOBAL: an entry of the globals dict
  kCacheBuiltin,       // LOAD_GLOBAL: an entry of the builtins dict
  kCacheSlot,          // LOAD_ATTR/STORE_ATTR: a __slots__ value stored inline in the instance
};

inline uint64_t epoch(VM& vm) {
  return vm.internals().type_version_counter;
}

const ExceptionTableEntry* find_handler(const CodeObject* code, uint32_t pc) {
  const auto& table = code->unit->exception_table;
  size_t lo = 0, hi = table.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (table[mid].end <= pc) {
      lo = mid + 1;
    } else if (table[mid].start > pc) {
      hi = mid;
    } else {
      return &table[mid];
    }
  }
  return nullptr;
}

Value unbound_local(VM& vm, CodeObject* code, uint32_t i) {
  return vm.raise_fmt(vm.exc.UnboundLocalError,
                      "cannot access local variable '{}' where it is not associated with a value",
                      code->localsplus_names[i]->view());
}

Value name_error(VM& vm, StrObject* name) {
  Value e =
      vm.new_exception(vm.exc.NameError, fmt::format("name '{}' is not defined", name->view()));
  if (e.is_null()) return e;
  ExceptionObject* x = as_exception(e);
  x->dict = vm.new_dict();
  if (x->dict) dict_set_str(vm, x->dict, vm.intern("name"), Value::object(name));
  return vm.raise_value(e);
}

// LOAD_NAME's lookup in a class body or exec() locals mapping that is not a dict.
Value mapping_get(VM& vm, Value mapping, StrObject* name, bool& found) {
  found = false;
  if (is_dict(mapping)) {
    Value v = dict_get_str(as_dict(mapping), name);
    found = !v.is_null();
    return v;
  }
  Value v = py_getitem(vm, mapping, Value::object(name));
  if (v.is_null()) {
    if (vm.error_matches(vm.exc.KeyError)) vm.clear_error();
    return Value::null();
  }
  found = true;
  return v;
}

bool exception_type_ok(VM& vm, Value t) {
  if (is_type(t)) return vm.is_subtype(as_type(t), vm.exc.BaseException);
  if (is_tuple(t)) {
    TupleObject* tt = as_tuple(t);
    for (size_t i = 0; i < tt->size; ++i) {
      if (!exception_type_ok(vm, tt->items()[i])) return false;
    }
    return true;
  }
  return false;
}

bool exc_matches_type(VM& vm, Value exc, Value t) {
  if (is_type(t)) return vm.isinstance(exc, as_type(t));
  TupleObject* tt = as_tuple(t);
  for (size_t i = 0; i < tt->size; ++i) {
    if (exc_matches_type(vm, exc, tt->items()[i])) return true;
  }
  return false;
}

// dict.update(src) semantics for DICT_UPDATE / DICT_MERGE / CALL_FUNCTION_EX; `merge` rejects
// duplicate keys (for f(**a, **b)).
// CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins).
std::string function_str(VM& vm, Value callable) {
  Value q = py_getattr_opt(vm, callable, vm.names.__qualname__);
  if (!is_str(q)) {
    vm.clear_error();
    Value r = py_str(vm, callable);
    if (r.is_null()) {
      vm.clear_error();
      return "function";
    }
    return std::string(str_view(r));
  }
  Value m = py_getattr_opt(vm, callable, vm.names.__module__);
  vm.clear_error();
  if (is_str(m) && str_view(m) != "builtins") {
    return fmt::format("{}.{}()", str_view(m), str_view(q));
  }
  return fmt::format("{}()", str_view(q));
}

bool dict_merge_from(VM& vm, DictObject* dst, Value src, bool merge, Value callable) {
  auto dup = [&](Value key) {
    std::string fname = function_str(vm, callable);
    if (is_str(key)) {
      vm.raise_fmt(vm.exc.TypeError, "{} got multiple values for keyword argument '{}'", fname,
                   str_view(key));
    } else {
      vm.raise_fmt(vm.exc.TypeError, "{} keywords must be strings", fname);
    }
    return false;
  };
  if (is_dict(src)) {
    DictObject* s = as_dict(src);
    size_t pos = 0;
    Value k, v;
    while (dict_next(s, pos, k, v)) {
      if (merge) {
        Value existing;
        int r = dict_lookup(vm, dst, k, existing);
        if (r < 0) return false;
        if (r == 1) return dup(k);
      }
      if (!dict_set(vm, dst, k, v)) return false;
    }
    return true;
  }
  Value keys_fn = py_getattr_opt(vm, src, vm.names.keys);
  if (keys_fn.is_null()) {
    if (vm.has_error()) return false;
    if (merge) {
      std::string fname = function_str(vm, callable);
      vm.raise_fmt(vm.exc.TypeError, "{} argument after ** must be a mapping, not {}", fname,
                   vm.type_name(src));
    } else {
      vm.raise_fmt(vm.exc.TypeError, "'{}' object is not a mapping", vm.type_name(src));
    }
    return false;
  }
  Value keys = vm.call(keys_fn, nullptr, 0);
  if (keys.is_null()) return false;
  Value it = py_iter(vm, keys);
  if (it.is_null()) return false;
  for (;;) {
    Value k = py_next(vm, it);
    if (k.is_null()) return !vm.has_error();
    Value v = py_getitem(vm, src, k);
    if (v.is_null()) return false;
    if (merge) {
      Value existing;
      int r = dict_lookup(vm, dst, k, existing);
      if (r < 0) return false;
      if (r == 1) return dup(k);
    }
    if (!dict_set(vm, dst, k, v)) return false;
  }
}

bool unpack_iterable(VM& vm, Value seq, size_t before, size_t after, bool has_star, Value* out,
                     ListObject** star_out) {
  // Collects everything, then checks counts (CPython's messages).
  std::vector<Value> items;
  if (is_tuple(seq)) {
    TupleObject* t = as_tuple(seq);
    items.assign(t->items(), t->items() + t->size);
  } else if (is_list(seq)) {
    items = as_list(seq)->items;
  } else {
    TypeObject* t = vm.type_of(seq);
    if (lookup_special(vm, t, Slot::Iter).is_null() &&
        lookup_special(vm, t, Slot::GetItem).is_null()) {
      vm.raise_fmt(vm.exc.TypeError, "cannot unpack non-iterable {} object", t->name->view());
      return false;
    }
    Value it = py_iter(vm, seq);
    if (it.is_null()) return false;
    for (;;) {
      Value x = py_next(vm, it);
      if (x.is_null()) {
        if (vm.has_error()) return false;
        break;
      }
      items.push_back(x);
      if (!has_star && items.size() > before) break;
    }
  }
  if (!has_star) {
    if (items.size() < before) {
      vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected {}, got {})", before,
                   items.size());
      return false;
    }
    if (items.size() > before) {
      vm.raise_fmt(vm.exc.ValueError, "too many values to unpack (expected {})", before);
      return false;
    }
    for (size_t i = 0; i < before; ++i) out[i] = items[i];
    return true;
  }
  if (items.size() < before + after) {
    vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected at least {}, got {})",
                 before + after, items.size());
    return false;
  }
  for (size_t i = 0; i < before; ++i) out[i] = items[i];
  ListObject* l = vm.new_list(items.size() - before - after);
  if (!l) return false;
  for (size_t i = before; i < items.size() - after; ++i) l->items.push_back(items[i]);
  for (size_t i = 0; i < after; ++i) out[before + 1 + i] = items[items.size() - after + i];
  *star_out = l;
  return true;
}

// The value a finished delegate returned: StopIteration.value of the pending error, consumed.
bool take_stop_iteration_value(VM& vm, Value& out) {
  if (!vm.error_matches(vm.exc.StopIteration)) return false;
  Value e = vm.take_error();
  out = as_exception(e)->extra;
  if (out.is_null()) out = Value::none();
  return true;
}

Value build_function(VM& vm, Frame* f, CodeObject* code) {
  auto* fn = vm.make<FunctionObject>(vm.types.function, code, f->globals);
  if (!fn) return Value::null();
  fn->builtins = f->builtins;
  fn->name = code->name;
  fn->qualname = code->qualname;
  if (!code->consts.empty() && is_str(code->consts[0]) && code->name->view() != "<lambda>" &&
      (code->flags & kOptimized)) {
    fn->doc = code->consts[0];
  }
  Value mod = dict_get_str(f->globals, vm.names.__name__);
  fn->module = mod.is_null() ? Value::none() : mod;
  return Value::object(fn);
}

Value format_value(VM& vm, Value v, uint32_t flags, Value spec) {
  switch (flags & kFvcMask) {
    case kFvcStr:
      v = py_str(vm, v);
      break;
    case kFvcRepr:
      v = py_repr(vm, v);
      break;
    case kFvcAscii:
      v = py_ascii(vm, v);
      break;
    default:
      break;
  }
  if (v.is_null()) return v;
  if (spec.is_null()) {
    if (is_str(v) && vm.type_of(v) == vm.types.str) return v;
    // format(x, '') is str(x) for ints and floats (CPython's PyObject_Format shortcut).
    if (v.is_small_int() || v.is_double() || vm.type_of(v) == vm.types.int_) return py_str(vm, v);
    spec = vm.intern_value("");
  }
  return py_format(vm, v, spec);
}

Value do_import(VM& vm, Frame* f, StrObject* name, Value fromlist, Value level) {
  return import_name(vm, f->globals, name, fromlist, level.is_small_int() ? level.as_small_int() : 0);
}

Value import_from(VM& vm, Value module, StrObject* name) {
  Value v = py_getattr_opt(vm, module, name);
  if (!v.is_null() || vm.has_error()) return v;
  Value mname = py_getattr_opt(vm, module, vm.names.__name__);
  vm.clear_error();
  std::string_view mn = is_str(mname) ? str_view(mname) : "<unknown module name>";
  Value file = py_getattr_opt(vm, module, vm.names.__file__);
  vm.clear_error();
  if (is_str(file)) {
    return vm.raise_fmt(vm.exc.ImportError, "cannot import name '{}' from '{}' ({})", name->view(),
                        mn, str_view(file));
  }
  return vm.raise_fmt(vm.exc.ImportError, "cannot import name '{}' from '{}' (unknown location)",
                      name->view(), mn);
}

bool import_star(VM& vm, Frame* f, Value module) {
  DictObject* d = is_kind(module, ObjKind::Module)
                      ? static_cast<ModuleObject*>(module.as_object())->dict
                      : nullptr;
  if (!d) {
    vm.raise(vm.exc.TypeError, "import * only supported for modules");
    return false;
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) {
    if (!is_str(k) || str_view(k).starts_with("_")) continue;
    if (is_dict(f->locals)) {
      if (!dict_set(vm, as_dict(f->locals), k, v)) return false;
    } else if (!py_setitem(vm, f->locals, k, v)) {
      return false;
    }
  }
  return true;
}

// The context manager protocol's error message (3.11 wording).
Value lookup_method_bound(VM& vm, Value obj, StrObject* name) {
  Value m = type_lookup(vm.type_of(obj), name);
  if (m.is_null()) return m;
  return bind_descriptor(vm, m, obj, vm.type_of(obj));
}

Value get_awaitable(VM& vm, Value v, uint32_t where) {
  if (is_future(v)) return v;  // YIELD_FROM drives futures itself
  if (is_native_coroutine(v)) {
    NativeCoroutineObject* c = as_native_coroutine(v);
    if (c->state == NativeCoroutineObject::State::Created) return c->await_target(vm);
    return v;
  }
  if (is_generator(v)) {
    GeneratorObject* g = as_generator(v);
    if (g->flavor == GeneratorObject::Flavor::Coroutine ||
        (g->code && (g->code->flags & kIterableCoroutine))) {
      if (g->state == GeneratorObject::State::Suspended && g->frame &&
          instr_opcode(*g->frame->ip) == Opcode::YIELD_FROM) {
        return vm.raise(vm.exc.RuntimeError, "coroutine is being awaited already");
      }
      return v;
    }
  }
  Value m = type_lookup(vm.type_of(v), vm.names.__await__);
  if (m.is_null()) {
    if (where == 1) {
      return vm.raise_fmt(
          vm.exc.TypeError,
          "'async with' received an object from __aenter__ that does not implement __await__: {}",
          vm.type_name(v));
    }
    if (where == 2) {
      return vm.raise_fmt(
          vm.exc.TypeError,
          "'async with' received an object from __aexit__ that does not implement __await__: {}",
          vm.type_name(v));
    }
    return vm.raise_fmt(vm.exc.TypeError, "object {} can't be used in 'await' expression",
                        vm.type_name(v));
  }
  Value it = vm.call(m, &v, 1);
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

const char* gen_kind_name(GeneratorObject* g) {
  switch (g->flavor) {
    case GeneratorObject::Flavor::Coroutine:
      return "coroutine";
    case GeneratorObject::Flavor::AsyncGenerator:
      return "async generator";
    default:
      return "generator";
  }
}

// A generator frame finished by raising: StopIteration (and StopAsyncIteration in async
// generators) becomes RuntimeError (PEP 479).
void convert_generator_stop(VM& vm, GeneratorObject* g) {
  Value e = vm.error();
  bool stop = vm.error_matches(vm.exc.StopIteration);
  bool astop = g->flavor == GeneratorObject::Flavor::AsyncGenerator &&
               vm.error_matches(vm.exc.StopAsyncIteration);
  if (!stop && !astop) return;
  vm.clear_error();
  Value r = vm.new_exception(
      vm.exc.RuntimeError,
      fmt::format("{} raised {}", gen_kind_name(g), stop ? "StopIteration" : "StopAsyncIteration"));
  if (r.is_null()) return;
  as_exception(r)->cause = e;
  as_exception(r)->context = e;
  as_exception(r)->suppress_context = true;
  vm.set_error(r);
}

// The handlers below live outside run_frame because they need C++ objects with destructors:
// run_frame's computed-goto dispatch leaves a handler's scope without running destructors.

Value build_string(VM& vm, const Value* items, uint32_t n) {
  std::string s;
  size_t total = 0;
  for (uint32_t i = 0; i < n; ++i) total += as_str(items[i])->byte_size;
  s.reserve(total);
  for (uint32_t i = 0; i < n; ++i) s += str_view(items[i]);
  return vm.new_str(s);
}

// Unpacks `seq` into dest[0..before+after+star) with the first item last (stack order).
bool unpack_to_stack(VM& vm, Value seq, uint32_t before, uint32_t after, bool star, Value* dest) {
  size_t n = before + after + (star ? 1 : 0);
  std::vector<Value> out(n);
  ListObject* rest = nullptr;
  if (!unpack_iterable(vm, seq, before, after, star, out.data(), &rest)) return false;
  if (star) out[before] = Value::object(rest);
  for (size_t i = 0; i < n; ++i) dest[i] = out[n - 1 - i];
  return true;
}

Value call_with_unpacked(VM& vm, Value callable, Value posargs, Value kwargs) {
  if (!is_tuple(posargs)) {
    TypeObject* pt = vm.type_of(posargs);
    if (lookup_special(vm, pt, Slot::Iter).is_null() &&
        lookup_special(vm, pt, Slot::GetItem).is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "{} argument after * must be an iterable, not {}",
                          function_str(vm, callable), pt->name->view());
    }
    TupleObject* t = py_tuple_from_iterable(vm, posargs);
    if (!t) return Value::null();
    posargs = Value::object(t);
  }
  TupleObject* pt = as_tuple(posargs);
  std::vector<Value> buf(pt->items(), pt->items() + pt->size);
  TupleObject* kw = nullptr;
  if (!kwargs.is_null()) {
    DictObject* d = as_dict(kwargs);
    if (d->used) {
      kw = vm.new_tuple(d->used);
      if (!kw) return Value::null();
      size_t pos = 0, i = 0;
      Value k, v;
      while (dict_next(d, pos, k, v)) {
        if (!is_str(k)) return vm.raise(vm.exc.TypeError, "keywords must be strings");
        kw->items()[i++] = k;
        buf.push_back(v);
      }
    }
  }
  RootScope roots(vm);
  roots.add(posargs);
  if (kw) roots.add(Value::object(kw));
  return vm.call(callable, buf.data(), pt->size, kw);
}

}  // namespace

bool pc_has_handler(const CodeObject* code, uint32_t pc) {
  return find_handler(code, pc) != nullptr;
}

void add_traceback(VM& vm, Value exc, CodeObject* code, uint32_t pc) {
  if (!is_exception(exc)) return;
  if (code->flags & kHiddenFrames) return;  // the stdlib's Python parts stay out of tracebacks
  ExceptionObject* e = as_exception(exc);
  int line = pc < code->unit->positions.size() ? code->unit->positions[pc].line : 0;
  auto* tb = vm.heap().make<TracebackObject>(vm.types.traceback, code, pc, line);
  if (!tb) return;
  tb->next = e->traceback;
  e->traceback = tb;
}

Value run_frame(VM& vm, Frame* entry, FrameExit& how, Value throw_exc) {
  Frame* f = entry;
  CodeObject* code;
  const uint32_t* code_start;
  const uint32_t* ip;
  Value* sp;
  Value* lp;
  const Value* consts;
  uint32_t word, arg;
  TupleObject* kwnames = nullptr;
  Value retval;

// A taken conditional jump; jumping backward (a `while` loop's test) is a safepoint, like JUMP.
#define CONDITIONAL_JUMP(target_arg)                                                 \
  do {                                                                               \
    const uint32_t* jump_target = code_start + (target_arg);                         \
    if (jump_target <= ip && vm.heap().should_collect()) [[unlikely]] {              \
      SAVE();                                                                        \
      if (!vm.safepoint()) goto error; /* KeyboardInterrupt: reported at the jump */ \
    }                                                                                \
    ip = jump_target;                                                                \
  } while (0)

#define LOAD_FRAME()                \
  do {                              \
    code = f->code;                 \
    code_start = code->code.data(); \
    ip = f->ip;                     \
    sp = f->sp;                     \
    lp = f->localsplus();           \
    consts = code->consts.data();   \
  } while (0)
#define SAVE() (f->ip = ip, f->sp = sp)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PC() (static_cast<uint32_t>(ip - code_start) - 1)
#define NAME(i) (code->names[i])

  LOAD_FRAME();
  if (!throw_exc.is_null()) {
    vm.set_error(throw_exc);
    // A delegating frame is parked on its YIELD_FROM; others just after their YIELD_VALUE.
    if (ip < code_start + code->code.size() && instr_opcode(*ip) == Opcode::YIELD_FROM) ++ip;
    goto error;
  }

#if KRAIT_COMPUTED_GOTO
  static void* const kTable[256] = {
#define OPCODE(name, has_arg) &&L_##name,
#include "interpreter/opcodes.def"
#undef OPCODE
      &&L_kOpBinaryAdd,      &&L_kOpBinarySub,     &&L_kOpBinaryMul,  &&L_kOpBinaryMod,
      &&L_kOpBinaryFloorDiv, &&L_kOpBinaryTrueDiv, &&L_kOpInplaceAdd, &&L_kOpInplaceSub,
      &&L_kOpCompareLt,      &&L_kOpCompareLe,     &&L_kOpCompareEq,  &&L_kOpCompareNe,
      &&L_kOpCompareGt,      &&L_kOpCompareGe,
  };
#define TARGET(op) L_##op:
#define DISPATCH()             \
  do {                         \
    word = *ip++;              \
    arg = word >> 8;           \
    goto* kTable[word & 0xff]; \
  } while (0)
  DISPATCH();
  {
#else
#define TARGET(op) case static_cast<uint8_t>(op):
#define DISPATCH() goto dispatch
  for (;;) {
  dispatch:
    word = *ip++;
    arg = word >> 8;
    switch (word & 0xff) {
#endif
#if !KRAIT_COMPUTED_GOTO
#undef TARGET
#define TARGET(op) case L_##op:
    enum : uint8_t {
#define OPCODE(name, has_arg) L_##name = static_cast<uint8_t>(Opcode::name),
#include "interpreter/opcodes.def"
#undef OPCODE
      L_kOpBinaryAdd = kOpBinaryAdd,
      L_kOpBinarySub = kOpBinarySub,
      L_kOpBinaryMul = kOpBinaryMul,
      L_kOpBinaryMod = kOpBinaryMod,
      L_kOpBinaryFloorDiv = kOpBinaryFloorDiv,
      L_kOpBinaryTrueDiv = kOpBinaryTrueDiv,
      L_kOpInplaceAdd = kOpInplaceAdd,
      L_kOpInplaceSub = kOpInplaceSub,
      L_kOpCompareLt = kOpCompareLt,
      L_kOpCompareLe = kOpCompareLe,
      L_kOpCompareEq = kOpCompareEq,
      L_kOpCompareNe = kOpCompareNe,
      L_kOpCompareGt = kOpCompareGt,
      L_kOpCompareGe = kOpCompareGe,
    };
#endif

    TARGET(NOP) {
      DISPATCH();
    }
    TARGET(POP_TOP) {
      --sp;
      DISPATCH();
    }
    TARGET(PUSH_NULL) {
      PUSH(Value::null());
      DISPATCH();
    }
    TARGET(COPY) {
      Value v = sp[-static_cast<ptrdiff_t>(arg)];
      PUSH(v);
      DISPATCH();
    }
    TARGET(SWAP) {
      std::swap(sp[-1], sp[-static_cast<ptrdiff_t>(arg)]);
      DISPATCH();
    }
    TARGET(LOAD_CONST) {
      PUSH(consts[arg]);
      DISPATCH();
    }
    TARGET(LOAD_NAME) {
      StrObject* name = NAME(arg);
      bool found = false;
      Value v = Value::null();
      if (!f->locals.is_null()) {
        v = mapping_get(vm, f->locals, name, found);
        if (!found && vm.has_error()) goto error;
      }
      if (!found) v = dict_get_str(f->globals, name);
      if (v.is_null()) v = dict_get_str(f->builtins, name);
      if (v.is_null()) {
        name_error(vm, name);
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }
    TARGET(STORE_NAME) {
      Value v = POP();
      if (f->locals.is_null()) {
        vm.raise_fmt(vm.exc.SystemError, "no locals found when storing '{}'", NAME(arg)->view());
        goto error;
      }
      if (is_dict(f->locals) && vm.type_of(f->locals) == vm.types.dict) {
        dict_set_str(vm, as_dict(f->locals), NAME(arg), v);
      } else if (!py_setitem(vm, f->locals, Value::object(NAME(arg)), v)) {
        goto error;
      }
      DISPATCH();
    }
    TARGET(DELETE_NAME) {
      int r;
      if (is_dict(f->locals)) {
        r = dict_delete(vm, as_dict(f->locals), Value::object(NAME(arg)));
      } else {
        r = py_delitem(vm, f->locals, Value::object(NAME(arg))) ? 1 : -1;
        if (r < 0 && vm.error_matches(vm.exc.KeyError)) {
          vm.clear_error();
          r = 0;
        }
      }
      if (r < 0) goto error;
      if (r == 0) {
        name_error(vm, NAME(arg));
        goto error;
      }
      DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
      InlineCache& c = code->caches[arg];
      DictObject* g = f->globals;
      DictObject* b = f->builtins;
      if (c.owner == g && c.version == g->keys_version) {
        if (c.kind == kCacheGlobal) {
          PUSH(g->entries[static_cast<size_t>(c.index)].value);
          DISPATCH();
        }
        if (c.kind == kCacheBuiltin && c.version2 == b->keys_version) {
          PUSH(b->entries[static_cast<size_t>(c.index)].value);
          DISPATCH();
        }
      }
      StrObject* name = NAME(c.arg);
      int64_t idx = dict_find_str_index(g, name);
      if (idx >= 0) {
        c.owner = g;
        c.version = g->keys_version;
        c.kind = kCacheGlobal;
        c.index = idx;
        PUSH(g->entries[static_cast<size_t>(idx)].value);
        DISPATCH();
      }
      idx = dict_find_str_index(b, name);
      if (idx >= 0) {
        c.owner = g;
        c.version = g->keys_version;
        c.version2 = b->keys_version;
        c.kind = kCacheBuiltin;
        c.index = idx;
        PUSH(b->entries[static_cast<size_t>(idx)].value);
        DISPATCH();
      }
      name_error(vm, name);
      goto error;
    }
    TARGET(STORE_GLOBAL) {
      dict_set_str(vm, f->globals, NAME(arg), POP());
      DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
      int r = dict_delete(vm, f->globals, Value::object(NAME(arg)));
      if (r < 0) goto error;
      if (r == 0) {
        name_error(vm, NAME(arg));
        goto error;
      }
      DISPATCH();
    }
    TARGET(LOAD_FAST) {
      Value v = lp[arg];
      if (v.is_null()) [[unlikely]] {
        unbound_local(vm, code, arg);
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }
    TARGET(STORE_FAST) {
      lp[arg] = POP();
      DISPATCH();
    }
    TARGET(DELETE_FAST) {
      if (lp[arg].is_null()) {
        unbound_local(vm, code, arg);
        goto error;
      }
      lp[arg] = Value::null();
      DISPATCH();
    }
    TARGET(MAKE_CELL) {
      auto* cell = vm.make<CellObject>(vm.types.cell, lp[arg]);
      if (!cell) goto error;
      lp[arg] = Value::object(cell);
      DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
      TupleObject* closure = f->func ? f->func->closure : nullptr;
      uint32_t first = code->nlocalsplus - arg;
      for (uint32_t i = 0; i < arg; ++i) {
        lp[first + i] = closure && i < closure->size ? closure->items()[i] : Value::null();
      }
      DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
      PUSH(lp[arg]);
      DISPATCH();
    }
    TARGET(LOAD_DEREF) {
      Value v = static_cast<CellObject*>(lp[arg].as_object())->value;
      if (v.is_null()) [[unlikely]] {
        if (code->unit->localsplus_kinds[arg] & kLocalKindFree) {
          vm.raise_fmt(vm.exc.NameError,
                       "cannot access free variable '{}' where it is not associated with a value "
                       "in enclosing scope",
                       code->localsplus_names[arg]->view());
        } else {
          unbound_local(vm, code, arg);
        }
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }
    TARGET(STORE_DEREF) {
      static_cast<CellObject*>(lp[arg].as_object())->value = POP();
      DISPATCH();
    }
    TARGET(DELETE_DEREF) {
      auto* cell = static_cast<CellObject*>(lp[arg].as_object());
      if (cell->value.is_null()) {
        unbound_local(vm, code, arg);
        goto error;
      }
      cell->value = Value::null();
      DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
      StrObject* name = code->localsplus_names[arg];
      bool found = false;
      Value v = Value::null();
      if (!f->locals.is_null()) {
        v = mapping_get(vm, f->locals, name, found);
        if (!found && vm.has_error()) goto error;
      }
      if (!found) {
        v = static_cast<CellObject*>(lp[arg].as_object())->value;
        if (v.is_null()) {
          vm.raise_fmt(vm.exc.NameError,
                       "cannot access free variable '{}' where it is not associated with a value "
                       "in enclosing scope",
                       name->view());
          goto error;
        }
      }
      PUSH(v);
      DISPATCH();
    }
    TARGET(LOAD_ATTR) {
      Value obj = TOP();
      if (obj.is_object()) {
        Object* o = obj.as_object();
        for (uint32_t way = 0; way < 2; ++way) {
          InlineCache& c = code->caches[arg + way];
          if (c.kind == kCacheInstanceDict && o->type == c.type && c.version == epoch(vm)) {
            DictObject* d = static_cast<InstanceObject*>(o)->dict;
            if (d) {
              StrObject* name = NAME(c.arg);
              size_t hint = static_cast<size_t>(c.index);
              if (hint < d->entries.size() &&
                  d->entries[hint].key.bits() == Value::object(name).bits()) {
                TOP() = d->entries[hint].value;
                DISPATCH();
              }
              int64_t idx = dict_find_str_index(d, name);
              if (idx >= 0) {
                c.index = idx;
                TOP() = d->entries[static_cast<size_t>(idx)].value;
                DISPATCH();
              }
            }
            break;
          }
          if (c.kind == kCacheSlot && o->type == c.type && c.version == epoch(vm)) {
            Value v = static_cast<InstanceObject*>(o)->slots()[c.index];
            if (v.is_null()) break;  // unset: AttributeError (or __getattr__) on the slow path
            TOP() = v;
            DISPATCH();
          }
          if (c.kind == kCacheModuleAttr && o->kind == ObjKind::Module) {
            DictObject* d = static_cast<ModuleObject*>(o)->dict;
            if (c.owner == d && c.version == d->keys_version) {
              TOP() = d->entries[static_cast<size_t>(c.index)].value;
              DISPATCH();
            }
          }
        }
      }
      code->caches[arg + 1] = code->caches[arg];
      InlineCache& c = code->caches[arg];
      StrObject* name = NAME(c.arg);
      SAVE();
      Value v = py_getattr(vm, obj, name);
      if (v.is_null()) goto error;
      // Remember where the attribute was, for the next execution.
      if (obj.is_object()) {
        Object* o = obj.as_object();
        if (o->kind == ObjKind::Instance && o->type->is_heap_type) {
          DictObject* d = static_cast<InstanceObject*>(o)->dict;
          int64_t idx = d ? dict_find_str_index(d, name) : -1;
          Value ga = lookup_special(vm, o->type, Slot::GetAttribute);
          Value member = o->type->nslots ? type_lookup(o->type, name) : Value::null();
          if (is_kind(member, ObjKind::MemberDescriptor) && is_native_function(ga)) {
            c.kind = kCacheSlot;
            c.type = o->type;
            c.version = epoch(vm);
            c.index = static_cast<MemberDescriptorObject*>(member.as_object())->index;
          } else if (idx >= 0 && is_native_function(ga)) {
            Value ta = type_lookup(o->type, name);
            bool data_desc = ta.is_object() &&
                             (ta.as_object()->kind == ObjKind::Property ||
                              ta.as_object()->kind == ObjKind::MemberDescriptor ||
                              (ta.as_object()->type->is_heap_type &&
                               !lookup_special(vm, ta.as_object()->type, Slot::Set).is_null()));
            if (!data_desc) {
              c.kind = kCacheInstanceDict;
              c.type = o->type;
              c.version = epoch(vm);
              c.index = idx;
            }
          }
        } else if (o->kind == ObjKind::Module && o->type == vm.types.module) {
          DictObject* d = static_cast<ModuleObject*>(o)->dict;
          int64_t idx = dict_find_str_index(d, name);
          if (idx >= 0) {
            c.kind = kCacheModuleAttr;
            c.owner = d;
            c.version = d->keys_version;
            c.index = idx;
          }
        }
      }
      TOP() = v;
      DISPATCH();
    }
    TARGET(STORE_ATTR) {
      Value obj = TOP();
      Value v = SECOND();
      sp -= 2;
      if (obj.is_object()) {
        Object* o = obj.as_object();
        for (uint32_t way = 0; way < 2; ++way) {
          InlineCache& c = code->caches[arg + way];
          if (c.kind == kCacheSlot && o->type == c.type && c.version == epoch(vm)) {
            static_cast<InstanceObject*>(o)->slots()[c.index] = v;
            DISPATCH();
          }
          if (c.kind == kCacheInstanceDict && o->type == c.type && c.version == epoch(vm)) {
            auto* inst = static_cast<InstanceObject*>(o);
            StrObject* name = NAME(c.arg);
            DictObject* d = inst->dict;
            if (d) {
              size_t hint = static_cast<size_t>(c.index);
              if (hint < d->entries.size() &&
                  d->entries[hint].key.bits() == Value::object(name).bits()) {
                d->entries[hint].value = v;
                DISPATCH();
              }
            } else {
              d = inst->dict = vm.new_dict();
              if (!d) goto error;
            }
            dict_set_str(vm, d, name, v);
            int64_t idx = dict_find_str_index(d, name);
            if (idx >= 0) c.index = idx;
            DISPATCH();
          }
        }
      }
      code->caches[arg + 1] = code->caches[arg];
      InlineCache& c = code->caches[arg];
      StrObject* name = NAME(c.arg);
      SAVE();
      if (!py_setattr(vm, obj, name, v)) goto error;
      if (obj.is_object()) {
        Object* o = obj.as_object();
        if (o->kind == ObjKind::Instance && o->type->is_heap_type) {
          Value sa = lookup_special(vm, o->type, Slot::SetAttr);
          Value ta = type_lookup(o->type, name);
          bool member = is_kind(ta, ObjKind::MemberDescriptor);
          bool desc = ta.is_object() && (ta.as_object()->kind == ObjKind::Property || member ||
                                         ta.as_object()->type->is_heap_type);
          DictObject* d = static_cast<InstanceObject*>(o)->dict;
          if (!ta.is_null() && !member) o->type->may_shadow_methods = true;
          if (is_native_function(sa) && member) {
            c.kind = kCacheSlot;
            c.type = o->type;
            c.version = epoch(vm);
            c.index = static_cast<MemberDescriptorObject*>(ta.as_object())->index;
          } else if (is_native_function(sa) && !desc && d) {
            c.kind = kCacheInstanceDict;
            c.type = o->type;
            c.version = epoch(vm);
            c.index = dict_find_str_index(d, name);
            if (c.index < 0) c.index = 0;
          }
        }
      }
      DISPATCH();
    }
    TARGET(DELETE_ATTR) {
      Value obj = POP();
      SAVE();
      if (!py_delattr(vm, obj, NAME(arg))) goto error;
      DISPATCH();
    }
    TARGET(LOAD_METHOD) {
      Value obj = TOP();
      if (obj.is_object()) {
        Object* o = obj.as_object();
        for (uint32_t way = 0; way < 2; ++way) {
          InlineCache& c = code->caches[arg + way];
          if (c.kind == kCacheMethod && o->type == c.type && c.version == epoch(vm)) {
            DictObject* d =
                o->kind == ObjKind::Instance ? static_cast<InstanceObject*>(o)->dict : nullptr;
            if (!d || !o->type->may_shadow_methods || dict_find_str_index(d, NAME(c.arg)) < 0) {
              TOP() = c.value;
              PUSH(obj);
              DISPATCH();
            }
            break;
          }
        }
      }
      code->caches[arg + 1] = code->caches[arg];
      InlineCache& c = code->caches[arg];
      StrObject* name = NAME(c.arg);
      TypeObject* type = vm.type_of(obj);
      if (!is_type(obj) && !is_kind(obj, ObjKind::Super)) {
        Value attr = type_lookup(type, name);
        bool plain_method =
            is_function(attr) ||
            (is_native_function(attr) && as_native(attr)->owner && !as_native(attr)->is_static &&
             !as_native(attr)->is_classmethod && as_native(attr)->self.is_null());
        Value ga =
            type->is_heap_type ? lookup_special(vm, type, Slot::GetAttribute) : Value::null();
        if (plain_method && (ga.is_null() || is_native_function(ga))) {
          DictObject* d = nullptr;
          bool has_dict = false;
          if (obj.is_object()) {
            switch (obj.as_object()->kind) {
              case ObjKind::Instance:
                d = static_cast<InstanceObject*>(obj.as_object())->dict;
                has_dict = true;
                break;
              case ObjKind::Exception:
              case ObjKind::List:
              case ObjKind::Dict:
              case ObjKind::Set:
              case ObjKind::Function:
              case ObjKind::Module:
                has_dict = true;
                break;
              default:
                break;
            }
          }
          if (!has_dict || (obj.as_object()->kind == ObjKind::Instance &&
                            (!d || dict_find_str_index(d, name) < 0))) {
            if (obj.is_object()) {
              c.kind = kCacheMethod;
              c.type = obj.as_object()->type;
              c.version = epoch(vm);
              c.value = attr;
            }
            TOP() = attr;
            PUSH(obj);
            DISPATCH();
          }
        }
      }
      SAVE();
      Value v = py_getattr(vm, obj, name);
      if (v.is_null()) goto error;
      TOP() = Value::null();
      PUSH(v);
      DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
      Value v = dict_get_str(f->builtins, vm.intern("__build_class__"));
      if (v.is_null()) {
        vm.raise(vm.exc.NameError, "__build_class__ not found");
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
      PUSH(Value::object(vm.exc.AssertionError));
      DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
      if (is_dict(f->locals)) {
        DictObject* d = as_dict(f->locals);
        if (dict_get_str(d, vm.names.__annotations__).is_null()) {
          DictObject* a = vm.new_dict();
          if (!a) goto error;
          dict_set_str(vm, d, vm.names.__annotations__, Value::object(a));
        }
      }
      DISPATCH();
    }
    TARGET(IMPORT_NAME) {
      Value fromlist = POP();
      Value level = TOP();
      SAVE();
      Value m = do_import(vm, f, NAME(arg), fromlist, level);
      if (m.is_null()) goto error;
      TOP() = m;
      DISPATCH();
    }
    TARGET(IMPORT_FROM) {
      SAVE();
      Value v = import_from(vm, TOP(), NAME(arg));
      if (v.is_null()) goto error;
      PUSH(v);
      DISPATCH();
    }
    TARGET(IMPORT_STAR) {
      Value m = POP();
      SAVE();
      if (!import_star(vm, f, m)) goto error;
      DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
      SAVE();
      Value r = py_positive(vm, TOP());
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
      Value v = TOP();
      if (v.is_small_int()) {
        TOP() = vm.new_int(-v.as_small_int());
        DISPATCH();
      }
      SAVE();
      Value r = py_negative(vm, v);
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(UNARY_NOT) {
      Value v = TOP();
      if (v.is_bool()) {
        TOP() = Value::boolean(!v.is_true());
        DISPATCH();
      }
      SAVE();
      int t = py_truthy(vm, v);
      if (t < 0) goto error;
      TOP() = Value::boolean(!t);
      DISPATCH();
    }
    TARGET(UNARY_INVERT) {
      SAVE();
      Value r = py_invert(vm, TOP());
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(BINARY_OP) {
      Value b = POP();
      Value a = TOP();
      SAVE();
      Value r = py_binary_op(vm, a, b, static_cast<int>(arg));
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
#define FAST_BINARY(label, nb, int_expr, dbl_expr)        \
  TARGET(label) {                                         \
    Value b = POP();                                      \
    Value a = TOP();                                      \
    if (both_small_ints(a, b)) {                          \
      int64_t x = a.as_small_int(), y = b.as_small_int(); \
      int_expr                                            \
    } else if (a.is_double() && b.is_double()) {          \
      double x = a.as_double(), y = b.as_double();        \
      dbl_expr                                            \
    }                                                     \
    SAVE();                                               \
    Value r = py_binary_op(vm, a, b, nb);                 \
    if (r.is_null()) goto error;                          \
    TOP() = r;                                            \
    DISPATCH();                                           \
  }
    FAST_BINARY(
        kOpBinaryAdd, kNbAdd,
        {
          int64_t r = x + y;
          if (Value::fits_small_int(r)) {
            TOP() = Value::small_int(r);
            DISPATCH();
          }
        },
        {
          TOP() = Value::from_double(x + y);
          DISPATCH();
        })
    FAST_BINARY(
        kOpInplaceAdd, kNbInplaceAdd,
        {
          int64_t r = x + y;
          if (Value::fits_small_int(r)) {
            TOP() = Value::small_int(r);
            DISPATCH();
          }
        },
        {
          TOP() = Value::from_double(x + y);
          DISPATCH();
        })
    FAST_BINARY(
        kOpBinarySub, kNbSubtract,
        {
          int64_t r = x - y;
          if (Value::fits_small_int(r)) {
            TOP() = Value::small_int(r);
            DISPATCH();
          }
        },
        {
          TOP() = Value::from_double(x - y);
          DISPATCH();
        })
    FAST_BINARY(
        kOpInplaceSub, kNbInplaceSubtract,
        {
          int64_t r = x - y;
          if (Value::fits_small_int(r)) {
            TOP() = Value::small_int(r);
            DISPATCH();
          }
        },
        {
          TOP() = Value::from_double(x - y);
          DISPATCH();
        })
    FAST_BINARY(
        kOpBinaryMul, kNbMultiply,
        {
          int64_t r;
          if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small_int(r)) {
            TOP() = Value::small_int(r);
            DISPATCH();
          }
        },
        {
          TOP() = Value::from_double(x * y);
          DISPATCH();
        })
    FAST_BINARY(
        kOpBinaryMod, kNbRemainder,
        {
          if (y != 0) {
            int64_t r = x % y;
            if (r != 0 && ((r ^ y) < 0)) r += y;
            TOP() = Value::small_int(r);
            DISPATCH();
          }
        },
        {
          (void)x;
          (void)y;
        })
    FAST_BINARY(
        kOpBinaryFloorDiv, kNbFloorDivide,
        {
          if (y != 0) {
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            TOP() = vm.new_int(q);
            DISPATCH();
          }
        },
        {
          (void)x;
          (void)y;
        })
    FAST_BINARY(
        kOpBinaryTrueDiv, kNbTrueDivide,
        {
          if (y != 0) {
            TOP() = Value::from_double(static_cast<double>(x) / static_cast<double>(y));
            DISPATCH();
          }
        },
        {
          if (y != 0.0) {
            TOP() = Value::from_double(x / y);
            DISPATCH();
          }
        })
#undef FAST_BINARY
#define FAST_COMPARE(label, cmp, op)                                 \
  TARGET(label) {                                                    \
    Value b = POP();                                                 \
    Value a = TOP();                                                 \
    if (both_small_ints(a, b)) {                                     \
      TOP() = Value::boolean(a.as_small_int() cmp b.as_small_int()); \
      DISPATCH();                                                    \
    }                                                                \
    if (a.is_double() && b.is_double()) {                            \
      TOP() = Value::boolean(a.as_double() cmp b.as_double());       \
      DISPATCH();                                                    \
    }                                                                \
    SAVE();                                                          \
    Value r = py_compare(vm, a, b, op);                              \
    if (r.is_null()) goto error;                                     \
    TOP() = r;                                                       \
    DISPATCH();                                                      \
  }
    FAST_COMPARE(kOpCompareLt, <, CompareOp::Lt)
    FAST_COMPARE(kOpCompareLe, <=, CompareOp::Le)
    FAST_COMPARE(kOpCompareEq, ==, CompareOp::Eq)
    FAST_COMPARE(kOpCompareNe, !=, CompareOp::Ne)
    FAST_COMPARE(kOpCompareGt, >, CompareOp::Gt)
    FAST_COMPARE(kOpCompareGe, >=, CompareOp::Ge)
#undef FAST_COMPARE
    TARGET(COMPARE_OP) {
      Value b = POP();
      Value a = TOP();
      SAVE();
      Value r = py_compare(vm, a, b, static_cast<CompareOp>(arg));
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(IS_OP) {
      Value b = POP();
      Value a = TOP();
      TOP() = Value::boolean((a == b) != (arg != 0));
      DISPATCH();
    }
    TARGET(CONTAINS_OP) {
      Value b = POP();
      Value a = TOP();
      SAVE();
      int r = py_contains(vm, b, a);
      if (r < 0) goto error;
      TOP() = Value::boolean((r == 1) != (arg != 0));
      DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
      Value key = POP();
      Value container = TOP();
      if (key.is_small_int() && container.is_object() &&
          container.as_object()->type == vm.types.list) {
        auto& items = as_list(container)->items;
        int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i >= 0 && i < static_cast<int64_t>(items.size())) {
          TOP() = items[static_cast<size_t>(i)];
          DISPATCH();
        }
      }
      SAVE();
      Value r = py_getitem(vm, container, key);
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
      Value key = sp[-1];
      Value container = sp[-2];
      Value v = sp[-3];
      sp -= 3;
      SAVE();
      if (!py_setitem(vm, container, key, v)) goto error;
      DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
      Value key = sp[-1];
      Value container = sp[-2];
      sp -= 2;
      SAVE();
      if (!py_delitem(vm, container, key)) goto error;
      DISPATCH();
    }
    TARGET(BUILD_SLICE) {
      Value step = arg == 3 ? POP() : Value::none();
      Value stop = POP();
      Value start = TOP();
      auto* s = vm.make<SliceObject>(vm.types.slice, start, stop, step);
      if (!s) goto error;
      TOP() = Value::object(s);
      DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
      TupleObject* t = vm.new_tuple(arg);
      if (!t) goto error;
      sp -= arg;
      for (uint32_t i = 0; i < arg; ++i) t->items()[i] = sp[i];
      PUSH(Value::object(t));
      DISPATCH();
    }
    TARGET(BUILD_LIST) {
      ListObject* l = vm.new_list(arg);
      if (!l) goto error;
      sp -= arg;
      l->items.assign(sp, sp + arg);
      PUSH(Value::object(l));
      DISPATCH();
    }
    TARGET(BUILD_SET) {
      SetObject* s = vm.new_set();
      if (!s) goto error;
      SAVE();
      for (uint32_t i = 0; i < arg; ++i) {
        if (!set_add(vm, s, sp[-static_cast<ptrdiff_t>(arg) + i])) goto error;
      }
      sp -= arg;
      PUSH(Value::object(s));
      DISPATCH();
    }
    TARGET(BUILD_MAP) {
      DictObject* d = vm.new_dict();
      if (!d) goto error;
      SAVE();
      Value* base = sp - 2 * arg;
      for (uint32_t i = 0; i < arg; ++i) {
        if (!dict_set(vm, d, base[2 * i], base[2 * i + 1])) goto error;
      }
      sp = base;
      PUSH(Value::object(d));
      DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
      TupleObject* keys = as_tuple(POP());
      DictObject* d = vm.new_dict();
      if (!d) goto error;
      SAVE();
      Value* base = sp - arg;
      for (uint32_t i = 0; i < arg; ++i) {
        if (!dict_set(vm, d, keys->items()[i], base[i])) goto error;
      }
      sp = base;
      PUSH(Value::object(d));
      DISPATCH();
    }
    TARGET(BUILD_STRING) {
      Value r = build_string(vm, sp - arg, arg);
      if (r.is_null()) goto error;
      sp -= arg;
      PUSH(r);
      DISPATCH();
    }
    TARGET(LIST_APPEND) {
      Value v = POP();
      as_list(sp[-static_cast<ptrdiff_t>(arg)])->items.push_back(v);
      DISPATCH();
    }
    TARGET(SET_ADD) {
      Value v = POP();
      SAVE();
      if (!set_add(vm, as_set(sp[-static_cast<ptrdiff_t>(arg)]), v)) goto error;
      DISPATCH();
    }
    TARGET(MAP_ADD) {
      Value v = POP();
      Value k = POP();
      SAVE();
      if (!dict_set(vm, as_dict(sp[-static_cast<ptrdiff_t>(arg)]), k, v)) goto error;
      DISPATCH();
    }
    TARGET(LIST_EXTEND) {
      Value iterable = POP();
      ListObject* l = as_list(sp[-static_cast<ptrdiff_t>(arg)]);
      if (is_tuple(iterable)) {
        TupleObject* t = as_tuple(iterable);
        l->items.insert(l->items.end(), t->items(), t->items() + t->size);
        DISPATCH();
      }
      if (is_list(iterable)) {
        auto& src = as_list(iterable)->items;
        l->items.insert(l->items.end(), src.begin(), src.end());
        DISPATCH();
      }
      SAVE();
      TypeObject* t = vm.type_of(iterable);
      if (lookup_special(vm, t, Slot::Iter).is_null() &&
          lookup_special(vm, t, Slot::GetItem).is_null()) {
        vm.raise_fmt(vm.exc.TypeError, "Value after * must be an iterable, not {}",
                     t->name->view());
        goto error;
      }
      ListObject* items = py_list_from_iterable(vm, iterable);
      if (!items) goto error;
      l->items.insert(l->items.end(), items->items.begin(), items->items.end());
      DISPATCH();
    }
    TARGET(SET_UPDATE) {
      Value iterable = POP();
      SetObject* s = as_set(sp[-static_cast<ptrdiff_t>(arg)]);
      SAVE();
      if (!set_update(vm, s, iterable)) goto error;
      DISPATCH();
    }
    TARGET(DICT_UPDATE) {
      Value src = POP();
      SAVE();
      if (!dict_merge_from(vm, as_dict(sp[-static_cast<ptrdiff_t>(arg)]), src, false,
                           Value::none())) {
        goto error;
      }
      DISPATCH();
    }
    TARGET(DICT_MERGE) {
      Value src = POP();
      SAVE();
      Value callable = sp[-static_cast<ptrdiff_t>(arg) - 2];
      if (!dict_merge_from(vm, as_dict(sp[-static_cast<ptrdiff_t>(arg)]), src, true, callable)) {
        goto error;
      }
      DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
      auto& items = as_list(TOP())->items;
      TupleObject* t = vm.new_tuple(items.size());
      if (!t) goto error;
      for (size_t i = 0; i < items.size(); ++i) t->items()[i] = items[i];
      TOP() = Value::object(t);
      DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
      Value seq = TOP();
      if (is_tuple(seq) && as_tuple(seq)->size == arg) {
        TupleObject* t = as_tuple(seq);
        --sp;
        for (uint32_t i = arg; i-- > 0;) PUSH(t->items()[i]);
        DISPATCH();
      }
      if (is_list(seq) && as_list(seq)->items.size() == arg) {
        auto& items = as_list(seq)->items;
        --sp;
        for (uint32_t i = arg; i-- > 0;) PUSH(items[i]);
        DISPATCH();
      }
      SAVE();
      if (!unpack_to_stack(vm, seq, arg, 0, false, sp - 1)) goto error;
      sp += static_cast<ptrdiff_t>(arg) - 1;
      DISPATCH();
    }
    TARGET(UNPACK_EX) {
      uint32_t before = arg & 0xff, after = arg >> 8;
      Value seq = TOP();
      SAVE();
      if (!unpack_to_stack(vm, seq, before, after, true, sp - 1)) goto error;
      sp += before + after;
      DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
      Value spec = (arg & kFvsHaveSpec) ? POP() : Value::null();
      Value v = TOP();
      SAVE();
      Value r = format_value(vm, v, arg, spec);
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
      auto* fcode = static_cast<CodeObject*>(POP().as_object());
      Value fv = build_function(vm, f, fcode);
      if (fv.is_null()) goto error;
      FunctionObject* fn = as_function(fv);
      if (arg & kMfClosure) fn->closure = as_tuple(POP());
      if (arg & kMfAnnotations) {
        TupleObject* t = as_tuple(POP());
        DictObject* d = vm.new_dict();
        if (!d) goto error;
        for (size_t i = 0; i + 1 < t->size; i += 2) {
          if (!dict_set(vm, d, t->items()[i], t->items()[i + 1])) goto error;
        }
        fn->annotations = d;
      }
      if (arg & kMfKwDefaults) fn->kwdefaults = as_dict(POP());
      if (arg & kMfDefaults) fn->defaults = as_tuple(POP());
      PUSH(fv);
      DISPATCH();
    }
    TARGET(JUMP) {
      const uint32_t* target = code_start + arg;
      if (target <= ip) {
        // Backward jump: a safepoint.
        if (vm.heap().should_collect()) [[unlikely]] {
          SAVE();
          if (!vm.safepoint()) goto error;  // KeyboardInterrupt: reported at the jump
        }
      }
      ip = target;
      DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
      Value v = POP();
      if (v.is_bool()) {
        if (v.is_false()) CONDITIONAL_JUMP(arg);
        DISPATCH();
      }
      SAVE();
      int t = py_truthy(vm, v);
      if (t < 0) goto error;
      if (!t) CONDITIONAL_JUMP(arg);
      DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
      Value v = POP();
      if (v.is_bool()) {
        if (v.is_true()) CONDITIONAL_JUMP(arg);
        DISPATCH();
      }
      SAVE();
      int t = py_truthy(vm, v);
      if (t < 0) goto error;
      if (t) CONDITIONAL_JUMP(arg);
      DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
      if (POP().is_none()) CONDITIONAL_JUMP(arg);
      DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
      if (!POP().is_none()) CONDITIONAL_JUMP(arg);
      DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
      Value v = TOP();
      int t = v.is_bool() ? v.is_true() : (SAVE(), py_truthy(vm, v));
      if (t < 0) goto error;
      if (!t) {
        ip = code_start + arg;
      } else {
        --sp;
      }
      DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
      Value v = TOP();
      int t = v.is_bool() ? v.is_true() : (SAVE(), py_truthy(vm, v));
      if (t < 0) goto error;
      if (t) {
        ip = code_start + arg;
      } else {
        --sp;
      }
      DISPATCH();
    }
    TARGET(GET_ITER) {
      Value v = TOP();
      if (is_generator(v) && as_generator(v)->flavor == GeneratorObject::Flavor::Generator) {
        DISPATCH();
      }
      SAVE();
      Value it = py_iter(vm, v);
      if (it.is_null()) goto error;
      TOP() = it;
      DISPATCH();
    }
    TARGET(FOR_ITER) {
      Value it = TOP();
      if (it.is_object()) {
        Object* o = it.as_object();
        if (o->type == vm.types.range_iterator) {
          auto* r = static_cast<RangeIterObject*>(o);
          if (r->remaining > 0) {
            int64_t v = r->next;
            r->next += r->step;
            --r->remaining;
            PUSH(vm.new_int(v));
            DISPATCH();
          }
          --sp;
          ip = code_start + arg;
          DISPATCH();
        }
        if (o->type == vm.types.list_iterator || o->type == vm.types.tuple_iterator) {
          auto* s = static_cast<SeqIterObject*>(o);
          if (!s->seq.is_null()) {
            Object* seq = s->seq.as_object();
            if (seq->kind == ObjKind::List) {
              auto& items = static_cast<ListObject*>(seq)->items;
              if (s->index < items.size()) {
                PUSH(items[s->index++]);
                DISPATCH();
              }
            } else {
              auto* t = static_cast<TupleObject*>(seq);
              if (s->index < t->size) {
                PUSH(t->items()[s->index++]);
                DISPATCH();
              }
            }
            s->seq = Value::null();
          }
          --sp;
          ip = code_start + arg;
          DISPATCH();
        }
        if (o->kind == ObjKind::Generator) {
          auto* g = static_cast<GeneratorObject*>(o);
          if (g->state == GeneratorObject::State::Closed) {
            --sp;
            ip = code_start + arg;
            DISPATCH();
          }
          if (g->state == GeneratorObject::State::Running) {
            vm.raise_fmt(vm.exc.ValueError, "{} already executing", gen_kind_name(g));
            goto error;
          }
          // Resume the generator in this loop.
          SAVE();
          Frame* gf = g->frame;
          if (g->state == GeneratorObject::State::Suspended) *gf->sp++ = Value::none();
          gf->back = f;
          gf->flags &= static_cast<uint8_t>(~Frame::kEntry);
          g->state = GeneratorObject::State::Running;
          g->outer_handled = vm.handled_exception();
          if (!g->exc_state.is_none()) vm.set_handled_exception(g->exc_state);
          if (!enter_frame(vm, gf)) {
            g->state = GeneratorObject::State::Suspended;
            if (g->frame->sp > g->frame->stack_base()) --g->frame->sp;
            vm.set_handled_exception(g->outer_handled);
            goto error;
          }
          f = gf;
          LOAD_FRAME();
          DISPATCH();
        }
      }
      SAVE();
      Value v = py_next(vm, it);
      if (v.is_null()) {
        if (vm.has_error()) goto error;
        --sp;
        ip = code_start + arg;
        DISPATCH();
      }
      PUSH(v);
      DISPATCH();
    }
    TARGET(RETURN_VALUE) {
      retval = POP();
      goto frame_return;
    }
    TARGET(PRINT_EXPR) {
      Value v = POP();
      if (!v.is_none()) {
        SAVE();
        Value r = py_repr(vm, v);
        if (r.is_null()) goto error;
        vm.write_out(str_view(r));
        vm.write_out("\n");
        dict_set_str(vm, f->builtins, vm.intern("_"), v);
      }
      DISPATCH();
    }
    TARGET(KW_NAMES) {
      kwnames = as_tuple(consts[arg]);
      DISPATCH();
    }
    TARGET(CALL) {
      uint32_t nargs = arg;
      TupleObject* kw = kwnames;
      kwnames = nullptr;
      Value* args = sp - nargs;
      Value callable = args[-1];
      Value first = args[-2];
      if (!first.is_null()) {
        callable = first;
        --args;
        ++nargs;
      } else if (is_kind(callable, ObjKind::BoundMethod)) {
        auto* m = static_cast<BoundMethodObject*>(callable.as_object());
        args[-2] = m->func;
        args[-1] = m->self;
        callable = m->func;
        --args;
        ++nargs;
      }
      size_t nkw = kw ? kw->size : 0;
      size_t npos = nargs - nkw;
      Value* result_slot = sp - arg - 2;
      if (is_function(callable)) {
        FunctionObject* fn = as_function(callable);
        CodeObject* fc = fn->code;
        bool is_gen = fc->flags & (kGenerator | kCoroutine | kAsyncGenerator);
        SAVE();
        Frame* nf = alloc_frame(vm, fc, fn, is_gen);
        if (!nf) goto error;
        if (fc->simple_args && !kw && npos == fc->argcount) {
          Value* dst = nf->localsplus();
          for (size_t i = 0; i < npos; ++i) dst[i] = args[i];
        } else if (!bind_arguments(vm, fn, nf, args, npos, kw)) {
          release_frame(vm, nf);
          goto error;
        }
        sp = result_slot;
        if (is_gen) {
          Value g = make_generator(vm, fn, nf);
          if (g.is_null()) goto error;
          PUSH(g);
          DISPATCH();
        }
        SAVE();
        if (!enter_frame(vm, nf)) {
          release_frame(vm, nf);
          goto error;
        }
        f = nf;
        LOAD_FRAME();
        if (vm.heap().should_collect()) [[unlikely]] {
          SAVE();
          if (!vm.safepoint()) {
            ++ip;  // reported at the callee's first instruction, as CPython's RESUME
            goto error;
          }
        }
        DISPATCH();
      }
      if (is_native_function(callable)) {
        NativeFunctionObject* nfn = as_native(callable);
        if (!nfn->self.is_null()) {
          // A builtin method taken as a value: put its receiver in the callable slot.
          args[-1] = nfn->self;
          --args;
          ++nargs;
          ++npos;
        }
        if (nfn->new_of && nfn->self.is_null() && !check_native_new_args(vm, nfn, args, npos)) {
          goto error;
        }
        if (nfn->owner && !nfn->is_classmethod && nfn->self.is_null()) {
          if (npos == 0) {
            vm.raise_fmt(vm.exc.TypeError, "unbound method {}.{}() needs an argument",
                         nfn->owner->name->view(), nfn->name->view());
            goto error;
          }
          if (!vm.isinstance(args[0], nfn->owner)) {
            vm.raise_fmt(vm.exc.TypeError,
                         "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                         nfn->name->view(), nfn->owner->name->view(), vm.type_name(args[0]));
            goto error;
          }
        }
        SAVE();
        // A builtin called from Python counts toward the recursion limit (CPython's
        // _Py_EnterRecursiveCall in its CALL of a builtin).
        if (vm.depth() >= vm.options.recursion_limit) [[unlikely]] {
          vm.raise(vm.exc.RecursionError,
                   "maximum recursion depth exceeded while calling a Python object");
          goto error;
        }
        ++vm.depth_ref();
        Value r = nfn->fn(vm, args, npos, kw);
        --vm.depth_ref();
        if (r.is_null()) {
          if (!vm.has_error()) {
            // A __next__ called directly signals exhaustion as StopIteration.
            vm.raise_stop_iteration(Value::none());
            as_exception(vm.error())->args = vm.empty_tuple();
          }
          goto error;
        }
        sp = result_slot;
        PUSH(r);
        DISPATCH();
      }
      if (is_type(callable)) {
        TypeObject* t = as_type(callable);
        if (t->is_heap_type && t->instance_kind == ObjKind::Instance &&
            type_has_default_new(vm, t) && !metaclass_overrides_call(vm, t)) {
          Value init = lookup_special(vm, t, Slot::Init);
          if (is_function(init) &&
              !(as_function(init)->code->flags & (kGenerator | kCoroutine | kAsyncGenerator))) {
            // Constructor fast path: allocate, then run __init__ as an ordinary frame whose
            // result is replaced by the instance.
            auto* inst = new_instance(vm, t);
            if (!inst) goto error;
            FunctionObject* fn = as_function(init);
            args[-1] = Value::object(inst);
            --args;
            ++npos;
            SAVE();
            Frame* nf = alloc_frame(vm, fn->code, fn, false);
            if (!nf) goto error;
            if (fn->code->simple_args && !kw && npos == fn->code->argcount) {
              Value* dst = nf->localsplus();
              for (size_t i = 0; i < npos; ++i) dst[i] = args[i];
            } else if (!bind_arguments(vm, fn, nf, args, npos, kw)) {
              release_frame(vm, nf);
              goto error;
            }
            nf->flags |= Frame::kInitCall;
            nf->init_self = Value::object(inst);
            sp = result_slot;
            SAVE();
            if (!enter_frame(vm, nf)) {
              release_frame(vm, nf);
              goto error;
            }
            f = nf;
            LOAD_FRAME();
            DISPATCH();
          }
        }
      }
      SAVE();
      Value r = vm.call(callable, args, npos, kw);
      if (r.is_null()) goto error;
      sp = result_slot;
      PUSH(r);
      DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
      Value kwargs = (arg & 1) ? POP() : Value::null();
      Value posargs = POP();
      Value callable = POP();
      --sp;  // the NULL slot
      SAVE();
      // The arguments stay reachable from the stack slots just popped only until a collection;
      // none runs while the native depth is raised by the call below.
      Value r = call_with_unpacked(vm, callable, posargs, kwargs);
      if (r.is_null()) goto error;
      PUSH(r);
      DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
      SAVE();
      if (arg == 0) {
        Value e = vm.handled_exception();
        if (e.is_none() || e.is_null()) {
          vm.raise(vm.exc.RuntimeError, "No active exception to reraise");
          goto error;
        }
        vm.set_error(e);
        goto exception_unwind;
      }
      Value cause = arg == 2 ? POP() : Value::null();
      Value exc = POP();
      if (is_type(exc) && vm.is_subtype(as_type(exc), vm.exc.BaseException)) {
        exc = vm.call(exc, nullptr, 0);
        if (exc.is_null()) goto error;
      }
      if (!is_exception(exc)) {
        vm.raise(vm.exc.TypeError, "exceptions must derive from BaseException");
        goto error;
      }
      if (!cause.is_null()) {
        if (cause.is_none()) {
          as_exception(exc)->cause = Value::none();
        } else {
          if (is_type(cause) && vm.is_subtype(as_type(cause), vm.exc.BaseException)) {
            cause = vm.call(cause, nullptr, 0);
            if (cause.is_null()) goto error;
          }
          if (!is_exception(cause)) {
            vm.raise(vm.exc.TypeError, "exception causes must derive from BaseException");
            goto error;
          }
          as_exception(exc)->cause = cause;
        }
        as_exception(exc)->suppress_context = true;
      }
      vm.raise_value(exc);
      goto error;
    }
    TARGET(PUSH_EXC_INFO) {
      Value exc = TOP();
      TOP() = vm.handled_exception();
      PUSH(exc);
      vm.set_handled_exception(exc);
      DISPATCH();
    }
    TARGET(POP_EXCEPT) {
      vm.set_handled_exception(POP());
      DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
      Value t = TOP();
      if (!exception_type_ok(vm, t)) {
        SAVE();
        vm.raise(vm.exc.TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        goto error;
      }
      TOP() = Value::boolean(exc_matches_type(vm, SECOND(), t));
      DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
      Value t = POP();
      Value eg = TOP();
      SAVE();
      if (!exception_type_ok(vm, t)) {
        vm.raise(vm.exc.TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        goto error;
      }
      Value rest = Value::none();
      Value match = exception_group_split(vm, eg, t, true, rest);
      if (match.is_null()) goto error;
      if (match.is_none()) {
        PUSH(Value::none());
        DISPATCH();
      }
      TOP() = rest;
      PUSH(match);
      // The matched group is the exception being handled in the except* body.
      vm.set_handled_exception(match);
      DISPATCH();
    }
    TARGET(MATCH_PATTERN) {
      Value* pattern_args = sp - 1 - arg;
      SAVE();
      Value r = match_pattern(vm, pattern_args[-1], pattern_args, sp[-1]);
      if (r.is_null()) goto error;
      sp -= arg + 1;
      TOP() = r;
      DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
      Value list = POP();
      Value orig = TOP();
      SAVE();
      Value r = prep_reraise_star(vm, orig, list);
      if (r.is_null()) goto error;
      TOP() = r;
      DISPATCH();
    }
    TARGET(RERAISE) {
      Value exc = POP();
      vm.set_error(exc);
      SAVE();
      goto exception_unwind;
    }
    TARGET(WITH_EXCEPT_START) {
      Value exc = sp[-1];
      Value exit_fn = sp[-4];
      Value tb = is_exception(exc) && as_exception(exc)->traceback
                     ? Value::object(as_exception(exc)->traceback)
                     : Value::none();
      Value a[3] = {Value::object(vm.type_of(exc)), exc, tb};
      SAVE();
      Value r = vm.call(exit_fn, a, 3);
      if (r.is_null()) goto error;
      PUSH(r);
      DISPATCH();
    }
    TARGET(BEFORE_WITH) {
      Value mgr = TOP();
      SAVE();
      Value enter = lookup_method_bound(vm, mgr, vm.names.__enter__);
      if (enter.is_null()) {
        if (!vm.has_error()) {
          vm.raise_fmt(vm.exc.TypeError,
                       "'{}' object does not support the context manager protocol",
                       vm.type_name(mgr));
        }
        goto error;
      }
      Value exit_fn = lookup_method_bound(vm, mgr, vm.names.__exit__);
      if (exit_fn.is_null()) {
        if (!vm.has_error()) {
          vm.raise_fmt(
              vm.exc.TypeError,
              "'{}' object does not support the context manager protocol (missed __exit__ method)",
              vm.type_name(mgr));
        }
        goto error;
      }
      TOP() = exit_fn;
      Value r = vm.call(enter, nullptr, 0);
      if (r.is_null()) goto error;
      PUSH(r);
      DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
      Value mgr = TOP();
      SAVE();
      Value enter = lookup_method_bound(vm, mgr, vm.names.__aenter__);
      if (enter.is_null()) {
        if (!vm.has_error()) {
          vm.raise_fmt(vm.exc.TypeError,
                       "'{}' object does not support the asynchronous context manager protocol",
                       vm.type_name(mgr));
        }
        goto error;
      }
      Value exit_fn = lookup_method_bound(vm, mgr, vm.names.__aexit__);
      if (exit_fn.is_null()) {
        if (!vm.has_error()) {
          vm.raise_fmt(vm.exc.TypeError,
                       "'{}' object does not support the asynchronous context manager protocol "
                       "(missed __aexit__ method)",
                       vm.type_name(mgr));
        }
        goto error;
      }
      TOP() = exit_fn;
      Value r = vm.call(enter, nullptr, 0);
      if (r.is_null()) goto error;
      PUSH(r);
      DISPATCH();
    }
    TARGET(YIELD_VALUE) {
      retval = POP();
      goto frame_yield;
    }
    TARGET(ASYNC_GEN_WRAP) {
      // The YIELD_VALUE that follows hands the value to the async generator's consumer, not to
      // the event loop: the flag tells the awaitable driving the frame (async_generator.cpp).
      f->gen->ag_wrapped = true;
      DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
      Value v = TOP();
      if (is_generator(v) && as_generator(v)->flavor != GeneratorObject::Flavor::AsyncGenerator) {
        GeneratorObject* g = as_generator(v);
        if (g->flavor == GeneratorObject::Flavor::Coroutine &&
            !(code->flags & (kCoroutine | kIterableCoroutine))) {
          SAVE();
          vm.raise(vm.exc.TypeError,
                   "cannot 'yield from' a coroutine object in a non-coroutine generator");
          goto error;
        }
        DISPATCH();
      }
      SAVE();
      Value it = py_iter(vm, v);
      if (it.is_null()) goto error;
      TOP() = it;
      DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
      SAVE();
      Value it = get_awaitable(vm, TOP(), arg);
      if (it.is_null()) goto error;
      TOP() = it;
      DISPATCH();
    }
    TARGET(GET_AITER) {
      Value obj = TOP();
      SAVE();
      Value m = type_lookup(vm.type_of(obj), vm.names.__aiter__);
      if (m.is_null()) {
        vm.raise_fmt(vm.exc.TypeError,
                     "'async for' requires an object with __aiter__ method, got {}",
                     vm.type_name(obj));
        goto error;
      }
      Value it = vm.call(m, &obj, 1);
      if (it.is_null()) goto error;
      if (type_lookup(vm.type_of(it), vm.names.__anext__).is_null()) {
        vm.raise_fmt(
            vm.exc.TypeError,
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(it));
        goto error;
      }
      TOP() = it;
      DISPATCH();
    }
    TARGET(GET_ANEXT) {
      Value aiter = TOP();
      SAVE();
      Value m = type_lookup(vm.type_of(aiter), vm.names.__anext__);
      if (m.is_null()) {
        vm.raise_fmt(vm.exc.TypeError,
                     "'async for' requires an iterator with __anext__ method, got {}",
                     vm.type_name(aiter));
        goto error;
      }
      Value aw = vm.call(m, &aiter, 1);
      if (aw.is_null()) goto error;
      Value it = get_awaitable(vm, aw, 0);
      if (it.is_null()) {
        if (vm.error_matches(vm.exc.TypeError)) {
          vm.clear_error();
          vm.raise_fmt(vm.exc.TypeError,
                       "'async for' received an invalid object from __anext__: {}",
                       vm.type_name(aw));
        }
        goto error;
      }
      PUSH(it);
      DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
      // [aiter, exc]: the handler of the __anext__ await, entered without PUSH_EXC_INFO.
      Value exc = POP();
      --sp;  // the async iterator
      if (vm.isinstance(exc, vm.exc.StopAsyncIteration)) DISPATCH();
      vm.set_error(exc);
      SAVE();
      goto exception_unwind;
    }
    TARGET(YIELD_FROM) {
      Value v = POP();
      Value iter = TOP();
      if (is_future(iter)) {
        // `await future`: no iterator object, the future is its own delegate.
        Value out;
        SAVE();
        if (future_await_step(vm, as_future(iter), out)) {
          --ip;
          retval = out;
          goto frame_yield;
        }
        if (out.is_null()) goto error;
        TOP() = out;
        DISPATCH();
      }
      if (is_native_coroutine(iter)) {
        bool returned;
        SAVE();
        Value r =
            native_coroutine_resume(vm, as_native_coroutine(iter), v, Value::null(), returned);
        if (r.is_null()) goto error;
        if (returned) {
          TOP() = r;
          DISPATCH();
        }
        --ip;
        retval = r;
        goto frame_yield;
      }
      if (is_generator(iter)) {
        GeneratorObject* g = as_generator(iter);
        if (g->state == GeneratorObject::State::Closed) {
          if (g->flavor == GeneratorObject::Flavor::Coroutine) {
            SAVE();
            vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
            goto error;
          }
          TOP() = Value::none();
          DISPATCH();
        }
        if (g->state == GeneratorObject::State::Running) {
          SAVE();
          vm.raise_fmt(vm.exc.ValueError, "{} already executing", gen_kind_name(g));
          goto error;
        }
        if (g->state == GeneratorObject::State::Created && !v.is_none()) {
          SAVE();
          vm.raise_fmt(vm.exc.TypeError, "can't send non-None value to a just-started {}",
                       gen_kind_name(g));
          goto error;
        }
        SAVE();
        Frame* gf = g->frame;
        if (g->state == GeneratorObject::State::Suspended) *gf->sp++ = v;
        gf->back = f;
        gf->flags &= static_cast<uint8_t>(~Frame::kEntry);
        g->state = GeneratorObject::State::Running;
        g->outer_handled = vm.handled_exception();
        if (!g->exc_state.is_none()) vm.set_handled_exception(g->exc_state);
        if (!enter_frame(vm, gf)) {
          g->state = GeneratorObject::State::Suspended;
          if (gf->sp > gf->stack_base()) --gf->sp;
          vm.set_handled_exception(g->outer_handled);
          goto error;
        }
        f = gf;
        LOAD_FRAME();
        DISPATCH();
      }
      SAVE();
      Value r;
      if (v.is_none()) {
        Value m = lookup_special(vm, vm.type_of(iter), Slot::Next);
        if (m.is_null()) {
          vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an iterator", vm.type_name(iter));
          goto error;
        }
        r = vm.call(m, &iter, 1);
      } else {
        Value send = py_getattr(vm, iter, vm.names.send);
        if (send.is_null()) goto error;
        r = vm.call(send, &v, 1);
      }
      if (r.is_null()) {
        Value result;
        if (take_stop_iteration_value(vm, result)) {
          TOP() = result;
          DISPATCH();
        }
        if (!vm.has_error()) {
          TOP() = Value::none();
          DISPATCH();
        }
        goto error;
      }
      // The delegate yielded: this frame yields the same value and re-executes YIELD_FROM when
      // resumed.
      --ip;
      retval = r;
      goto frame_yield;
    }

#if !KRAIT_COMPUTED_GOTO
    default:
      vm.raise_fmt(vm.exc.SystemError, "unknown opcode {}", word & 0xff);
      goto error;
  }
}
#else
    }
#endif

frame_return : {
  Frame* done = f;
  GeneratorObject* g = done->gen;
  if (g) {
    g->state = GeneratorObject::State::Closed;
    vm.set_handled_exception(g->outer_handled);
    g->exc_state = Value::none();
  }
  bool bad_init = false;
  if (done->flags & Frame::kInitCall) {
    if (retval.is_none()) {
      retval = done->init_self;
    } else {
      bad_init = true;
    }
  }
  --vm.depth_ref();
  vm.set_current_frame(done->back);
  Frame* caller = done->back;
  bool entry = done->flags & Frame::kEntry;
  if (g) {
    g->frame = nullptr;
    done->back = nullptr;
  }
  release_frame(vm, done);
  if (bad_init) {
    vm.raise_fmt(vm.exc.TypeError, "__init__() should return None, not '{}'", vm.type_name(retval));
    if (entry) {
      how = FrameExit::Error;
      return Value::null();
    }
    f = caller;
    LOAD_FRAME();
    goto error;
  }
  if (entry) {
    how = FrameExit::Return;
    return retval;
  }
  f = caller;
  LOAD_FRAME();
  if (g) {
    // A generator resumed by this loop finished: FOR_ITER ends its loop, YIELD_FROM gets the
    // return value.
    if (instr_opcode(ip[-1]) == Opcode::FOR_ITER) {
      --sp;
      ip = code_start + instr_arg(ip[-1]);
      DISPATCH();
    }
    TOP() = retval;
    DISPATCH();
  }
  PUSH(retval);
  DISPATCH();
}

frame_yield : {
  // Suspend generator frames until one was resumed by FOR_ITER (which takes the value) or by
  // native code (which gets it back from run_frame).
  for (;;) {
    SAVE();
    GeneratorObject* g = f->gen;
    g->state = GeneratorObject::State::Suspended;
    Value inner = vm.handled_exception();
    g->exc_state = inner == g->outer_handled ? Value::none() : inner;
    vm.set_handled_exception(g->outer_handled);
    --vm.depth_ref();
    Frame* caller = f->back;
    vm.set_current_frame(caller);
    f->back = nullptr;
    if (f->flags & Frame::kEntry) {
      f->flags &= static_cast<uint8_t>(~Frame::kEntry);
      how = FrameExit::Yield;
      return retval;
    }
    f = caller;
    LOAD_FRAME();
    if (instr_opcode(ip[-1]) == Opcode::FOR_ITER) {
      PUSH(retval);
      DISPATCH();
    }
    // The caller delegates with YIELD_FROM: it yields too, parked on that instruction.
    --ip;
  }
}

error : add_traceback(vm, vm.error(), code, PC());
exception_unwind : {
  for (;;) {
    uint32_t pc = PC();
    const ExceptionTableEntry* h = find_handler(code, pc);
    if (h) {
      sp = f->stack_base() + h->depth;
      if (h->lasti) PUSH(Value::small_int(pc));
      PUSH(vm.take_error());
      ip = code_start + h->target;
      kwnames = nullptr;
      DISPATCH();
    }
    // No handler here: the frame is finished; the exception moves to the caller.
    Frame* done = f;
    GeneratorObject* g = done->gen;
    if (g) {
      g->state = GeneratorObject::State::Closed;
      vm.set_handled_exception(g->outer_handled);
      g->exc_state = Value::none();
      convert_generator_stop(vm, g);
    }
    --vm.depth_ref();
    Frame* caller = done->back;
    vm.set_current_frame(caller);
    bool entry = done->flags & Frame::kEntry;
    if (g) {
      g->frame = nullptr;
      done->back = nullptr;
    }
    release_frame(vm, done);
    if (entry) {
      how = FrameExit::Error;
      return Value::null();
    }
    f = caller;
    LOAD_FRAME();
    kwnames = nullptr;
    add_traceback(vm, vm.error(), code, PC());
  }
}

#undef LOAD_FRAME
#undef SAVE
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PC
#undef NAME
#undef TARGET
#undef DISPATCH
}

}  // namespace krait
