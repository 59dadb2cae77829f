// The `_weakref` module: the weakref.ref type (CPython's _PyWeakref_RefType: call, hash and
// equality through the referent, __callback__, repr) and getweakrefcount/getweakrefs. The rest
// of `weakref` (proxies, weak dictionaries and sets, finalize) is Python (stdlib/py/weakref.py).
#include <fmt/format.h>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "runtime/weakref.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

WeakRefObject* as_ref(Value v) {
  return static_cast<WeakRefObject*>(v.as_object());
}

// Objects CPython gives a weak reference list: functions, classes, sets, generators, methods,
// modules, code, asyncio futures and tasks, and instances of classes defined in Python (except
// those of int/str/bytes/tuple subclasses and classes whose __slots__ leave __weakref__ out).
bool weakrefable(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Object* o = v.as_object();
  TypeObject* t = o->type;
  switch (o->kind) {
    case ObjKind::Function:
    case ObjKind::Type:
    case ObjKind::Set:
    case ObjKind::Generator:
    case ObjKind::BoundMethod:
    case ObjKind::Module:
    case ObjKind::Code:
    case ObjKind::Future:
      return !t->no_weakref;
    case ObjKind::Int:
    case ObjKind::Float:
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::Tuple:
      return false;
    default:
      (void)vm;
      return t->is_heap_type && !t->no_weakref;
  }
}

Value ref_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "ref() takes no keyword arguments");
  if (nargs < 2 || nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "__new__ expected at most 2 arguments, got {}",
                        nargs - 1);
  }
  Value obj = args[1];
  if (!weakrefable(vm, obj)) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot create weak reference to '{}' object",
                        vm.type_name(obj));
  }
  Value callback = nargs == 3 ? args[2] : Value::none();
  auto* r = vm.make<WeakRefObject>(as_type(args[0]), obj.as_object(), callback);
  if (!r) return Value::null();
  vm.register_weakref(r);
  return Value::object(r);
}

Value ref_init(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value ref_call(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "weakref", nargs - 1, kwnames, 0, 0)) return Value::null();
  Object* o = as_ref(args[0])->referent;
  return o ? Value::object(o) : Value::none();
}

Value ref_callback(VM&, const Value* args, size_t, TupleObject*) {
  return as_ref(args[0])->callback;
}

Value ref_hash(VM& vm, const Value* args, size_t, TupleObject*) {
  WeakRefObject* r = as_ref(args[0]);
  if (r->hash != -1) return vm.new_int(r->hash);
  if (!r->referent) return vm.raise(vm.exc.TypeError, "weak object has gone away");
  int64_t h = 0;
  if (!py_hash(vm, Value::object(r->referent), h)) return Value::null();
  r->hash = h;
  return vm.new_int(h);
}

// Two live references compare as their referents do; otherwise by identity.
Value ref_compare(VM& vm, const Value* args, bool equal) {
  if (!is_kind(args[1], ObjKind::WeakRef)) return vm.not_implemented();
  WeakRefObject* a = as_ref(args[0]);
  WeakRefObject* b = as_ref(args[1]);
  if (!a->referent || !b->referent) return Value::boolean((a == b) == equal);
  return py_compare(vm, Value::object(a->referent), Value::object(b->referent),
                    equal ? CompareOp::Eq : CompareOp::Ne);
}
Value ref_eq(VM& vm, const Value* args, size_t, TupleObject*) {
  return ref_compare(vm, args, true);
}
Value ref_ne(VM& vm, const Value* args, size_t, TupleObject*) {
  return ref_compare(vm, args, false);
}

Value ref_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  WeakRefObject* r = as_ref(args[0]);
  if (!r->referent)
    return vm.new_str(fmt::format("<weakref at {:#x}; dead>", reinterpret_cast<uintptr_t>(r)));
  Value target = Value::object(r->referent);
  std::string text =
      fmt::format("<weakref at {:#x}; to '{}' at {:#x}", reinterpret_cast<uintptr_t>(r),
                  vm.type_name(target), reinterpret_cast<uintptr_t>(r->referent));
  Value name = py_getattr_opt(vm, target, vm.names.__name__);
  if (name.is_null() && vm.has_error()) return name;
  if (!name.is_null() && is_str(name)) text += fmt::format(" ({})", str_view(name));
  text += '>';
  return vm.new_str(text);
}

Value getweakrefcount(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "getweakrefcount", nargs, kwnames)) return Value::null();
  int64_t n = 0;
  if (args[0].is_object()) {
    for (WeakRefObject* r : vm.weakrefs()) n += r->referent == args[0].as_object();
  }
  return vm.new_int(n);
}

Value getweakrefs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "getweakrefs", nargs, kwnames)) return Value::null();
  ListObject* out = vm.new_list();
  if (!out) return Value::null();
  if (args[0].is_object()) {
    for (WeakRefObject* r : vm.weakrefs())
      if (r->referent == args[0].as_object()) out->items.push_back(Value::object(r));
  }
  return Value::object(out);
}

}  // namespace

Value weakref_native_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("_weakref");
  if (!m) return Value::null();
  TypeObject* t = vm.new_builtin_type("ReferenceType", nullptr, ObjKind::WeakRef);
  if (!t) return Value::null();
  t->is_basetype = false;
  vm.add_methods(t, {{"__new__", ref_new, MethodDef::kStatic},
                     {"__init__", ref_init},
                     {"__call__", ref_call},
                     {"__hash__", ref_hash},
                     {"__eq__", ref_eq},
                     {"__ne__", ref_ne},
                     {"__repr__", ref_repr}});
  vm.add_property(t, "__callback__", ref_callback);
  vm.add_attr(t, "__module__", vm.new_str("weakref"));
  dict_set_str(vm, m->dict, vm.intern("ref"), Value::object(t));
  dict_set_str(vm, m->dict, vm.intern("ReferenceType"), Value::object(t));
  if (!add_function(vm, m->dict, "getweakrefcount", getweakrefcount) ||
      !add_function(vm, m->dict, "getweakrefs", getweakrefs)) {
    return Value::null();
  }
  return Value::object(m);
}

}  // namespace krait
