// The VM's construction (the builtin type objects, interned names, singletons), allocation
// helpers, the pending exception and the garbage-collection roots. Running code (calls, exec,
// tracebacks) is in interpreter/, which defines the rest of VM's methods.
#include "runtime/vm.h"

#include <algorithm>
#include <cstring>
#include <ctime>

#include "runtime/async_runtime.h"
#include "runtime/builtin_types_init.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/future.h"
#include "runtime/generator.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/misc_objects.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm_internals.h"
#include "runtime/weakref.h"

namespace krait {

namespace {

// The singletons NotImplemented and Ellipsis, and other objects with no fields of their own.
struct PlainObject : Object {
  explicit PlainObject(TypeObject* t) : Object(t, ObjKind::Other) {}
};

}  // namespace

VM::VM(VMOptions opts) : options(opts), m_internals(std::make_unique<Internals>()) {
  m_heap.set_limit(0);  // the limit applies once the core objects exist
  init_core_types();
  init_object_and_type(*this);
  init_int_type(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_str_type(*this);
  init_bytes_type(*this);
  init_bytearray_type(*this);
  init_list_type(*this);
  init_tuple_type(*this);
  init_dict_type(*this);
  init_set_types(*this);
  init_range_slice_types(*this);
  init_exception_types(*this);
  init_generator_types(*this);
  init_member_descriptor_type(*this);
  m_heap.set_limit(options.memory_limit ? m_heap.bytes() + options.memory_limit : 0);
}

VM::~VM() = default;

// --- Types ---

void VM::init_core_types() {
  // `type` and `object` refer to each other; build them by hand, then everything else with
  // new_builtin_type.
  auto* type_t = m_heap.make<TypeObject>(nullptr, ObjKind::Type);
  type_t->type = type_t;
  auto* object_t = m_heap.make<TypeObject>(type_t, ObjKind::Instance);
  types.type = type_t;
  types.object = object_t;

  // Strings need a type before anything can be interned.
  types.str = m_heap.make<TypeObject>(type_t, ObjKind::Str);
  types.dict = m_heap.make<TypeObject>(type_t, ObjKind::Dict);
  types.tuple = m_heap.make<TypeObject>(type_t, ObjKind::Tuple);
  m_empty_tuple = m_heap.make<TupleObject>(types.tuple, 0);

  auto finish = [&](TypeObject* t, std::string_view name, TypeObject* base) {
    t->name = intern(name);
    t->qualname = t->name;
    t->dict = new_dict();
    t->base = base;
    if (base) {
      t->bases = new_tuple(1);
      t->bases->items()[0] = Value::object(base);
      t->mro = new_tuple(base->mro->size + 1);
      t->mro->items()[0] = Value::object(t);
      for (size_t i = 0; i < base->mro->size; ++i) t->mro->items()[i + 1] = base->mro->items()[i];
    } else {
      t->bases = m_empty_tuple;
      t->mro = new_tuple(1);
      t->mro->items()[0] = Value::object(t);
    }
  };
  finish(object_t, "object", nullptr);
  finish(type_t, "type", object_t);
  finish(types.str, "str", object_t);
  finish(types.dict, "dict", object_t);
  finish(types.tuple, "tuple", object_t);

#define KRAIT_INIT_NAME(n) names.n = intern(#n);
  KRAIT_NAMES(KRAIT_INIT_NAME)
#undef KRAIT_INIT_NAME
  names.send = intern("send");
  names.throw_ = intern("throw");
  names.close = intern("close");

  auto T = [&](std::string_view name, TypeObject* base, ObjKind kind) {
    return new_builtin_type(name, base, kind);
  };
  types.none_type = T("NoneType", nullptr, ObjKind::Other);
  types.not_implemented_type = T("NotImplementedType", nullptr, ObjKind::Other);
  types.ellipsis_type = T("ellipsis", nullptr, ObjKind::Other);
  types.int_ = T("int", nullptr, ObjKind::Int);
  types.bool_ = T("bool", types.int_, ObjKind::Int);
  types.float_ = T("float", nullptr, ObjKind::Float);
  types.bytes = T("bytes", nullptr, ObjKind::Bytes);
  types.list = T("list", nullptr, ObjKind::List);
  types.set = T("set", nullptr, ObjKind::Set);
  types.frozenset = T("frozenset", nullptr, ObjKind::Set);
  types.range = T("range", nullptr, ObjKind::Range);
  types.slice = T("slice", nullptr, ObjKind::Slice);
  types.function = T("function", nullptr, ObjKind::Function);
  types.builtin_function = T("builtin_function_or_method", nullptr, ObjKind::NativeFunction);
  types.method = T("method", nullptr, ObjKind::BoundMethod);
  types.code = T("code", nullptr, ObjKind::Code);
  types.cell = T("cell", nullptr, ObjKind::Cell);
  types.module = T("module", nullptr, ObjKind::Module);
  types.generator = T("generator", nullptr, ObjKind::Generator);
  types.coroutine = T("coroutine", nullptr, ObjKind::Generator);
  types.async_generator = T("async_generator", nullptr, ObjKind::Generator);
  types.property = T("property", nullptr, ObjKind::Property);
  types.staticmethod = T("staticmethod", nullptr, ObjKind::StaticMethod);
  types.classmethod = T("classmethod", nullptr, ObjKind::ClassMethod);
  types.super = T("super", nullptr, ObjKind::Super);
  types.traceback = T("traceback", nullptr, ObjKind::Other);
  types.range_iterator = T("range_iterator", nullptr, ObjKind::Iterator);
  types.list_iterator = T("list_iterator", nullptr, ObjKind::Iterator);
  types.tuple_iterator = T("tuple_iterator", nullptr, ObjKind::Iterator);
  types.str_iterator = T("str_ascii_iterator", nullptr, ObjKind::Iterator);
  types.seq_iterator = T("iterator", nullptr, ObjKind::Iterator);
  types.callable_iterator = T("callable_iterator", nullptr, ObjKind::Iterator);
  types.dict_keys = T("dict_keys", nullptr, ObjKind::DictView);
  types.dict_values = T("dict_values", nullptr, ObjKind::DictView);
  types.dict_items = T("dict_items", nullptr, ObjKind::DictView);
  types.dict_keyiterator = T("dict_keyiterator", nullptr, ObjKind::Iterator);
  types.dict_valueiterator = T("dict_valueiterator", nullptr, ObjKind::Iterator);
  types.dict_itemiterator = T("dict_itemiterator", nullptr, ObjKind::Iterator);
  types.set_iterator = T("set_iterator", nullptr, ObjKind::Iterator);
  types.bytes_iterator = T("bytes_iterator", nullptr, ObjKind::Iterator);
  types.enumerate = T("enumerate", nullptr, ObjKind::Iterator);
  types.zip = T("zip", nullptr, ObjKind::Iterator);
  types.map = T("map", nullptr, ObjKind::Iterator);
  types.filter = T("filter", nullptr, ObjKind::Iterator);
  types.reversed = T("reversed", nullptr, ObjKind::Iterator);
  types.list_reverseiterator = T("list_reverseiterator", nullptr, ObjKind::Iterator);
  types.coroutine_wrapper = T("coroutine_wrapper", nullptr, ObjKind::Iterator);
  types.bytearray = T("bytearray", nullptr, ObjKind::Other);
  types.bytearray_iterator = T("bytearray_iterator", nullptr, ObjKind::Iterator);
  types.longrange_iterator = T("longrange_iterator", nullptr, ObjKind::Iterator);
  types.complex = T("complex", nullptr, ObjKind::Other);
  for (TypeObject* t :
       {types.bool_, types.none_type, types.not_implemented_type, types.ellipsis_type, types.range,
        types.slice, types.function, types.builtin_function, types.method, types.code, types.cell,
        types.generator, types.coroutine, types.async_generator, types.traceback}) {
    t->is_basetype = false;
  }

#define KRAIT_INIT_EXC(name, base) exc.name = new_builtin_type(#name, exc.base, ObjKind::Exception);
  KRAIT_EXCEPTION_TYPES(KRAIT_INIT_EXC)
#undef KRAIT_INIT_EXC

  m_not_implemented = Value::object(m_heap.make<PlainObject>(types.not_implemented_type));
  m_ellipsis = Value::object(m_heap.make<PlainObject>(types.ellipsis_type));
  m_modules = new_dict();
}

TypeObject* VM::new_builtin_type(std::string_view name, TypeObject* base, ObjKind kind) {
  if (!base) base = types.object;
  auto* t = m_heap.make<TypeObject>(types.type, kind);
  t->name = intern(name);
  t->qualname = t->name;
  t->base = base;
  t->bases = new_tuple(1);
  t->bases->items()[0] = Value::object(base);
  t->mro = new_tuple(base->mro->size + 1);
  t->mro->items()[0] = Value::object(t);
  for (size_t i = 0; i < base->mro->size; ++i) t->mro->items()[i + 1] = base->mro->items()[i];
  t->dict = new_dict();
  t->version = ++m_internals->type_version_counter;
  return t;
}

void VM::add_methods(TypeObject* type, std::initializer_list<MethodDef> methods) {
  for (const MethodDef& m : methods) {
    NativeFunctionObject* f = new_native(m.name, m.fn);
    if (m.flags & MethodDef::kStatic) {
      f->is_static = true;
      if (std::string_view(m.name) == "__new__") f->new_of = type;
    } else if (m.flags & MethodDef::kClass) {
      f->is_classmethod = true;
      f->owner = type;
    } else {
      f->owner = type;
    }
    dict_set_str(*this, type->dict, intern(m.name), Value::object(f));
  }
  type->version = ++m_internals->type_version_counter;
}

void VM::add_attr(TypeObject* type, std::string_view name, Value v) {
  dict_set_str(*this, type->dict, intern(name), v);
  type->version = ++m_internals->type_version_counter;
}

void VM::add_property(TypeObject* type, std::string_view name, NativeFn getter, NativeFn setter) {
  auto* p = m_heap.make<PropertyObject>(types.property);
  NativeFunctionObject* g = new_native(name, getter);
  g->owner = type;
  p->fget = Value::object(g);
  if (setter) {
    NativeFunctionObject* s = new_native(name, setter);
    s->owner = type;
    p->fset = Value::object(s);
  }
  add_attr(type, name, Value::object(p));
}

TypeObject* VM::type_of(Value v) const {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_small_int()) return types.int_;
  if (v.is_double()) return types.float_;
  if (v.is_none()) return types.none_type;
  if (v.is_bool()) return types.bool_;
  return types.none_type;  // Null never reaches Python code
}

std::string_view VM::type_name(Value v) const {
  return type_of(v)->name->view();
}

bool VM::is_subtype(const TypeObject* a, const TypeObject* b) const {
  if (a == b) return true;
  const TupleObject* mro = a->mro;
  if (!mro) return false;
  for (size_t i = 0; i < mro->size; ++i) {
    if (mro->items()[i].as_object() == b) return true;
  }
  return false;
}

// --- Allocation ---

Value VM::new_str(std::string_view utf8) {
  bool ascii = utf8_is_ascii(utf8);
  size_t n = ascii ? utf8.size() : utf8_count_codepoints(utf8);
  auto* s = make_sized<StrObject>(utf8.size() + 1, types.str, utf8.size(), n, ascii);
  if (!s) return Value::null();
  if (!utf8.empty()) std::memcpy(s->data(), utf8.data(), utf8.size());
  s->data()[utf8.size()] = '\0';
  return Value::object(s);
}

Value VM::new_str_ascii(std::string_view ascii) {
  auto* s = make_sized<StrObject>(ascii.size() + 1, types.str, ascii.size(), ascii.size(), true);
  if (!s) return Value::null();
  if (!ascii.empty()) std::memcpy(s->data(), ascii.data(), ascii.size());
  s->data()[ascii.size()] = '\0';
  return Value::object(s);
}

StrObject* VM::intern(std::string_view utf8) {
  size_t small = utf8.empty() ? 128 : utf8.size() == 1 ? static_cast<unsigned char>(utf8[0]) : 129;
  if (small < 129 && m_small_strs[small]) return m_small_strs[small];
  auto it = m_interned.find(utf8);
  if (it != m_interned.end()) return it->second;
  bool ascii = utf8_is_ascii(utf8);
  size_t n = ascii ? utf8.size() : utf8_count_codepoints(utf8);
  auto* s = m_heap.make_sized<StrObject>(utf8.size() + 1, types.str, utf8.size(), n, ascii);
  if (!utf8.empty()) std::memcpy(s->data(), utf8.data(), utf8.size());
  s->data()[utf8.size()] = '\0';
  s->interned = true;
  m_interned.emplace(s->view(), s);
  if (small < 129) m_small_strs[small] = s;
  return s;
}

Value VM::intern_value(std::string_view utf8) {
  return Value::object(intern(utf8));
}

Value VM::new_int(BigInt b) {
  int64_t i;
  if (b.to_int64(i) && Value::fits_small_int(i)) return Value::small_int(i);
  return new_bigint(std::move(b));
}

Value VM::new_bigint(BigInt b) {
  auto* o = make<IntObject>(types.int_, std::move(b));
  return o ? Value::object(o) : Value::null();
}

Value VM::new_bytes(std::string_view data) {
  auto* b = make_sized<BytesObject>(data.size() + 1, types.bytes, data.size());
  if (!b) return Value::null();
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  b->data()[data.size()] = 0;
  return Value::object(b);
}

TupleObject* VM::new_tuple(size_t n) {
  if (n == 0 && m_empty_tuple) return m_empty_tuple;
  return make_sized<TupleObject>(n * sizeof(Value), types.tuple, n);
}

Value VM::new_tuple(std::initializer_list<Value> items) {
  TupleObject* t = new_tuple(items.size());
  if (!t) return Value::null();
  size_t i = 0;
  for (Value v : items) t->items()[i++] = v;
  return Value::object(t);
}

ListObject* VM::new_list(size_t reserve) {
  ListObject* l = make<ListObject>(types.list);
  if (l && reserve) l->items.reserve(reserve);
  return l;
}

DictObject* VM::new_dict() {
  return make<DictObject>(types.dict);
}

SetObject* VM::new_set(bool frozen) {
  return make<SetObject>(frozen ? types.frozenset : types.set);
}

NativeFunctionObject* VM::new_native(std::string_view name, NativeFn fn) {
  return make<NativeFunctionObject>(types.builtin_function, fn, intern(name));
}

ModuleObject* VM::new_module(std::string_view name) {
  DictObject* d = new_dict();
  if (!d) return nullptr;
  auto* m = make<ModuleObject>(types.module, d);
  if (!m) return nullptr;
  dict_set_str(*this, d, names.__name__, intern_value(name));
  dict_set_str(*this, d, names.__doc__, Value::none());
  return m;
}

// --- Exceptions ---

Value VM::new_exception_args(TypeObject* type, std::initializer_list<Value> args) {
  auto* e = make<ExceptionObject>(type);
  if (!e) return Value::null();
  TupleObject* t = new_tuple(args.size());
  if (!t) return Value::null();
  size_t i = 0;
  for (Value v : args) t->items()[i++] = v;
  e->args = t;
  if (is_subtype(type, exc.StopIteration)) e->extra = args.size() ? *args.begin() : Value::none();
  return Value::object(e);
}

Value VM::new_exception(TypeObject* type, std::string_view msg) {
  Value s = new_str(msg);
  if (s.is_null()) return s;
  return new_exception_args(type, {s});
}

static void attach_context(VM& vm, Value e) {
  // CPython's _PyErr_SetObject: the exception being handled becomes the new one's __context__,
  // unless that would create a cycle.
  Value handled = vm.handled_exception();
  if (!is_exception(e) || !is_exception(handled) || handled == e) return;
  // Break a cycle: if `e` is already in the handled exception's context chain, cut the chain
  // just before it.
  for (Value c = handled; is_exception(c);) {
    Value next = as_exception(c)->context;
    if (next == e) {
      as_exception(c)->context = Value::none();
      break;
    }
    c = next;
  }
  as_exception(e)->context = handled;
}

Value VM::raise(TypeObject* type, std::string_view msg) {
  Value e = new_exception(type, msg);
  if (e.is_null()) return Value::null();  // MemoryError is pending instead
  attach_context(*this, e);
  m_error = e;
  return Value::null();
}

Value VM::raise_value(Value v) {
  if (is_type(v) && is_subtype(as_type(v), exc.BaseException)) {
    Value e = call(v, nullptr, 0);
    if (e.is_null()) return e;
    if (!is_exception(e)) {
      return raise_fmt(exc.TypeError,
                       "calling {} should have returned an instance of BaseException, not {}",
                       as_type(v)->name->view(), type_name(e));
    }
    v = e;
  } else if (!is_exception(v)) {
    return raise(exc.TypeError, "exceptions must derive from BaseException");
  }
  attach_context(*this, v);
  m_error = v;
  return Value::null();
}

Value VM::raise_memory_error() {
  // Preallocated-free path: the instance may itself fail to allocate under the limit, so lift
  // the limit for this one small object.
  size_t limit = m_heap.limit();
  m_heap.set_limit(0);
  Value e = new_exception_args(exc.MemoryError, {});
  m_heap.set_limit(limit);
  m_error = e;
  return Value::null();
}

Value VM::raise_stop_iteration(Value value) {
  Value e = new_exception_args(exc.StopIteration, {value});
  if (e.is_null()) return e;
  m_error = e;
  return Value::null();
}

bool VM::error_matches(const TypeObject* t) const {
  return !m_error.is_null() && is_subtype(type_of(m_error), t);
}

bool VM::repr_enter(const Object* o) {
  for (const Object* p : m_repr_stack) {
    if (p == o) return false;
  }
  m_repr_stack.push_back(o);
  return true;
}

void VM::repr_leave(const Object* o) {
  for (size_t i = m_repr_stack.size(); i-- > 0;) {
    if (m_repr_stack[i] == o) {
      m_repr_stack.erase(m_repr_stack.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

// --- Modules ---

void VM::register_builtin_module(std::string_view name, ModuleInit init) {
  m_module_inits[std::string(name)] = init;
}

std::vector<std::string> VM::builtin_module_names() const {
  std::vector<std::string> names;
  for (const auto& [name, init] : m_module_inits) names.push_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

// --- Garbage collection ---

void VM::trace_roots(GcVisitor& v) {
  v.visit(types.type);  // every builtin type is reachable from the builtins or the types list
  auto visit_type = [&](TypeObject* t) { v.visit(t); };
  TypeObject** begin = reinterpret_cast<TypeObject**>(&types);
  for (size_t i = 0; i < sizeof(types) / sizeof(TypeObject*); ++i) visit_type(begin[i]);
  TypeObject** ebegin = reinterpret_cast<TypeObject**>(&exc);
  for (size_t i = 0; i < sizeof(exc) / sizeof(TypeObject*); ++i) visit_type(ebegin[i]);
  for (auto& [text, s] : m_interned) v.visit(s);
  v.visit(m_builtins);
  v.visit(m_modules);
  v.visit(m_empty_tuple);
  v.visit(m_not_implemented);
  v.visit(m_ellipsis);
  v.visit(m_error);
  v.visit(m_handled);
  for (Value x : m_extra_roots) v.visit(x);
  for (Object* o : m_pending_finalize) v.visit(o);
  for (Object* o : m_weakref_callbacks) v.visit(o);
  if (m_async) m_async->trace(v);
  for (Frame* f = m_frame; f; f = f->back) f->trace(v);
  m_internals->trace(v);
}

void VM::collect_garbage() {
  str_offset_cache = StrOffsetCache();
  m_heap.collect([this](GcVisitor& v) { trace_roots(v); },
                 [this](GcVisitor& v) {
                   // Unreachable objects that still need their finalizer live one more cycle, with
                   // everything they reference, until it has run.
                   size_t first = m_pending_finalize.size();
                   m_heap.for_each_unmarked_finalizable([&](Object* o) {
                     if (!o->gc_finalized && o->needs_finalize(*this)) {
                       o->gc_finalized = true;
                       m_pending_finalize.push_back(o);
                     }
                   });
                   for (size_t i = first; i < m_pending_finalize.size(); ++i)
                     v.visit(m_pending_finalize[i]);
                 },
                 [this] { clear_dead_weakrefs(); });
  run_weakref_callbacks();
  run_pending_finalizers();
}

// Between marking and sweeping: references that are garbage themselves are forgotten; live
// ones whose referent was not reached are cleared (their callbacks are queued).
void VM::clear_dead_weakrefs() {
  size_t kept = 0;
  for (WeakRefObject* r : m_weakrefs) {
    if (!r->gc_marked || !r->referent) continue;
    if (!r->referent->gc_marked) {
      r->referent = nullptr;
      if (!r->callback.is_none()) m_weakref_callbacks.push_back(r);
      continue;
    }
    m_weakrefs[kept++] = r;
  }
  m_weakrefs.resize(kept);
}

void VM::run_weakref_callbacks() {
  if (m_weakref_callbacks.empty() || m_running_finalizers) return;
  m_running_finalizers = true;
  Value saved_error = take_error();
  Value saved_handled = m_handled;
  // Callbacks may allocate and collect: the queue stays a root until each has run.
  for (size_t i = 0; i < m_weakref_callbacks.size(); ++i) {
    WeakRefObject* r = m_weakref_callbacks[i];
    Value cb = r->callback;
    r->callback = Value::none();
    Value arg = Value::object(r);
    if (call(cb, &arg, 1).is_null()) write_unraisable(cb);
  }
  m_weakref_callbacks.clear();
  m_handled = saved_handled;
  m_error = saved_error;
  m_running_finalizers = false;
}

void VM::run_pending_finalizers() {
  if (m_running_finalizers || m_pending_finalize.empty()) return;
  m_running_finalizers = true;
  Value saved_error = take_error();
  Value saved_handled = m_handled;
  // Generators and coroutines first (closing one may finish what a task reports on), then the
  // rest in the order they were found.
  std::stable_partition(m_pending_finalize.begin(), m_pending_finalize.end(),
                        [](Object* o) { return o->kind == ObjKind::Generator; });
  for (size_t i = 0; i < m_pending_finalize.size(); ++i) {
    Object* o = m_pending_finalize[i];
    o->finalize(*this);
    if (has_error()) write_unraisable(Value::object(o));
  }
  m_pending_finalize.clear();
  m_handled = saved_handled;
  m_error = saved_error;
  m_running_finalizers = false;
}

namespace {
double real_monotonic() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
double real_wall() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
}  // namespace

double VM::monotonic() {
  if (!options.virtual_time) return real_monotonic();
  if (m_virtual_now == 0) {
    m_virtual_now = real_monotonic();
    m_virtual_wall_base = real_wall() - m_virtual_now;
  }
  return m_virtual_now;
}

double VM::wall_time() {
  if (!options.virtual_time) return real_wall();
  return monotonic() + m_virtual_wall_base;
}

void VM::advance_virtual_clock(double to) {
  if (!options.virtual_time) return;
  if (to > monotonic()) m_virtual_now = to;
}

AsyncRuntime& VM::ensure_async_runtime() {
  if (!m_async) m_async = std::make_unique<AsyncRuntime>();
  return *m_async;
}

void AsyncRuntime::trace(GcVisitor& v) const {
  v.visit(current_context);
  v.visit(future_type);
  v.visit(task_type);
  v.visit(gathering_future_type);
  v.visit(loop_type);
  v.visit(handle_type);
  v.visit(timer_handle_type);
  v.visit(future_iter_type);
  v.visit(native_coroutine_type);
  v.visit(cancelled_error);
  v.visit(invalid_state_error);
  v.visit(running_loop);
  v.visit(module_dict);
  v.visit(native_dict);
  v.visit(timeout_type);
  v.visit(sleep_future_type);
  v.visit(ready_none);
}

void VM::maybe_collect() {
  if (m_native_depth == 0 && m_heap.should_collect()) collect_garbage();
}

bool VM::check_interrupt() {
  if (!m_heap.take_attention()) return true;
  if (!m_interrupt_requested.exchange(false, std::memory_order_relaxed)) return true;
  if (interrupt_filter && !interrupt_filter(*this)) return true;
  Value e = new_exception_args(exc.KeyboardInterrupt, {});
  if (!e.is_null()) raise_value(e);
  return false;
}

bool VM::safepoint() {
  if (m_heap.attention_requested() && !check_interrupt()) return false;
  if (m_native_depth == 0 && m_heap.should_collect()) collect_garbage();
  return true;
}

}  // namespace krait
