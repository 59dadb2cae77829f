// `object` and `type`, class creation (C3 linearisation, __build_class__, __init_subclass__,
// __set_name__, __classcell__), instantiation, and the small callable/descriptor types: function,
// builtin function, bound method, property, staticmethod, classmethod, super, cell, code, module,
// and the singletons' types (NoneType, NotImplementedType, ellipsis). Mirrors CPython's
// Objects/typeobject.c, funcobject.c, descrobject.c, classobject.c.
#include "runtime/type.h"

#include <algorithm>
#include <cstring>

#include "runtime/builtin_types_init.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/member_descriptor.h"
#include "runtime/misc_objects.h"
#include "runtime/module.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type_ops.h"
#include "runtime/vm_internals.h"

namespace krait {

// --- trace() of the objects declared in runtime headers without an obvious home ---

void TypeObject::trace(GcVisitor& v) const {
  v.visit(name);
  v.visit(qualname);
  v.visit(base);
  v.visit(bases);
  v.visit(mro);
  v.visit(dict);
  for (Value s : slots) {
    if (s.bits() != 0) v.visit(s);
  }
}

void FunctionObject::trace(GcVisitor& v) const {
  v.visit(code);
  v.visit(globals);
  v.visit(builtins);
  v.visit(defaults);
  v.visit(kwdefaults);
  v.visit(closure);
  v.visit(annotations);
  v.visit(dict);
  v.visit(name);
  v.visit(qualname);
  v.visit(doc);
  v.visit(module);
}

void NativeFunctionObject::trace(GcVisitor& v) const {
  v.visit(name);
  v.visit(owner);
  v.visit(new_of);
  v.visit(self);
  v.visit(data);
}

void CodeObject::trace(GcVisitor& v) const {
  for (Value c : consts) v.visit(c);
  for (StrObject* n : names) v.visit(n);
  for (StrObject* n : localsplus_names) v.visit(n);
  for (const InlineCache& c : caches) {
    if (c.value.is_object() && c.value.bits() != 0) v.visit(c.value);
  }
  v.visit(name);
  v.visit(qualname);
  v.visit(filename);
}

void SuperObject::trace(GcVisitor& v) const {
  v.visit(start_type);
  v.visit(obj);
  v.visit(obj_type);
}

void TracebackObject::trace(GcVisitor& v) const {
  v.visit(next);
  v.visit(code);
}

void ExceptionObject::trace(GcVisitor& v) const {
  v.visit(args);
  v.visit(traceback);
  v.visit(cause);
  v.visit(context);
  v.visit(dict);
  v.visit(extra);
  v.visit(extra2);
}

namespace {

std::string address_of(Value v) {
  return fmt::format("0x{:012x}", reinterpret_cast<uintptr_t>(v.as_object()));
}

Value type_module_name(VM& vm, TypeObject* t) {
  Value m = dict_get_str(t->dict, vm.names.__module__);
  // A builtin type's dict may hold the `__module__` descriptor its instances use (`type`'s
  // does): that is not its own module name.
  if (!m.is_null() && (t->is_heap_type || !is_kind(m, ObjKind::Property))) return m;
  return vm.intern_value("builtins");
}

// "C" for builtins, "mod.C" otherwise, as used in reprs.
std::string type_display_name(VM& vm, TypeObject* t) {
  Value m = type_module_name(vm, t);
  if (is_str(m) && str_view(m) != "builtins") {
    return fmt::format("{}.{}", str_view(m), t->qualname->view());
  }
  return std::string(t->qualname->view());
}

Value self_arg_error(VM& vm, const char* what) {
  return vm.raise_fmt(vm.exc.TypeError, "{}", what);
}

// --- object ---

bool excess_args(size_t nargs, TupleObject* kwnames) {
  return nargs > 1 || (kwnames && kwnames->size);
}

Value object_init_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);
Value object_new_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);

// Whether t's __init__ / __new__ (the cached slot) is something else than `native`.
bool overrides(VM& vm, TypeObject* t, Slot slot, NativeFn native) {
  Value f = lookup_special(vm, t, slot);
  return !(is_native_function(f) && as_native(f)->fn == native);
}

Value object_init_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (excess_args(nargs, kwnames)) {
    TypeObject* t = vm.type_of(args[0]);
    if (overrides(vm, t, Slot::Init, object_init_fn)) {
      return vm.raise(vm.exc.TypeError,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (!overrides(vm, t, Slot::New, object_new_fn)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments", t->name->view());
    }
  }
  return Value::none();
}

Value object_new_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "object.__new__(X): X is not a type object");
  }
  TypeObject* t = as_type(args[0]);
  if (excess_args(nargs, kwnames)) {
    if (overrides(vm, t, Slot::New, object_new_fn)) {
      return vm.raise(vm.exc.TypeError,
                      "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (!overrides(vm, t, Slot::Init, object_init_fn)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments", t->name->view());
    }
  }
  return alloc_instance(vm, t);
}

Value object_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  TypeObject* t = vm.type_of(args[0]);
  return vm.new_str(
      fmt::format("<{} object at {}>", type_display_name(vm, t), address_of(args[0])));
}

Value object_str(VM& vm, const Value* args, size_t, TupleObject*) {
  return py_repr(vm, args[0]);
}

Value object_eq(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  return args[0] == args[1] ? Value::true_() : vm.not_implemented();
}

Value object_ne(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  // CPython: __ne__ delegates to __eq__ and inverts the result unless NotImplemented.
  bool found;
  Value r = call_special(vm, args[0], Slot::Eq, &args[1], 1, found);
  if (r.is_null() || r == vm.not_implemented()) return r;
  int t = py_truthy(vm, r);
  if (t < 0) return Value::null();
  return Value::boolean(!t);
}

Value object_not_implemented(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.not_implemented();
}

Value object_hash(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(args[0].as_object()) >> 4));
}

Value object_format(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_str(args[1])) {
    return vm.raise(vm.exc.TypeError, "format() argument 2 must be str");
  }
  if (as_str(args[1])->byte_size != 0) {
    return vm.raise_fmt(vm.exc.TypeError, "unsupported format string passed to {}.__format__",
                        vm.type_name(args[0]));
  }
  return py_str(vm, args[0]);
}

Value object_getattribute(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "attribute name must be string");
  return object_generic_getattr(vm, args[0], as_str(args[1]));
}

Value object_setattr(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3 || !is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "attribute name must be string");
  StrObject* name = vm.intern(str_view(args[1]));
  if (!object_generic_setattr(vm, args[0], name, args[2])) return Value::null();
  return Value::none();
}

Value object_delattr(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "attribute name must be string");
  StrObject* name = vm.intern(str_view(args[1]));
  if (!object_generic_setattr(vm, args[0], name, Value::null())) return Value::null();
  return Value::none();
}

Value object_init_subclass(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value object_get_class(VM& vm, const Value* args, size_t, TupleObject*) {
  return Value::object(vm.type_of(args[0]));
}

Value object_set_class(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_type(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "__class__ must be set to a class, not '{}' object",
                        vm.type_name(args[1]));
  }
  TypeObject* nt = as_type(args[1]);
  if (!args[0].is_object() || !nt->is_heap_type || !vm.type_of(args[0])->is_heap_type ||
      nt->instance_kind != args[0].as_object()->kind) {
    return vm.raise(
        vm.exc.TypeError,
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  TypeObject* old = args[0].as_object()->type;
  if (old->nslots != nt->nslots || old->slots_owner != nt->slots_owner ||
      old->no_instance_dict != nt->no_instance_dict) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "__class__ assignment: '{}' object layout differs from '{}'",
                        nt->name->view(), old->name->view());
  }
  args[0].as_object()->type = nt;
  return Value::none();
}

Value object_get_dict(VM& vm, const Value* args, size_t, TupleObject*) {
  Value obj = args[0];
  if (is_type(obj)) return Value::object(as_type(obj)->dict);
  // Python code may now put any name in the instance dict.
  vm.type_of(obj)->may_shadow_methods = true;
  DictObject** slot = nullptr;
  if (obj.is_object() && !obj.as_object()->type->no_instance_dict) {
    Object* o = obj.as_object();
    switch (o->kind) {
      case ObjKind::Instance:
        if (o->type->is_heap_type) slot = &static_cast<InstanceObject*>(o)->dict;
        break;
      case ObjKind::Exception:
        slot = &static_cast<ExceptionObject*>(o)->dict;
        break;
      case ObjKind::Function:
        slot = &static_cast<FunctionObject*>(o)->dict;
        break;
      case ObjKind::Module:
        return Value::object(static_cast<ModuleObject*>(o)->dict);
      case ObjKind::List:
        if (o->type->is_heap_type) slot = &static_cast<ListObject*>(o)->dict;
        break;
      case ObjKind::Dict:
        if (o->type->is_heap_type) slot = &static_cast<DictObject*>(o)->dict;
        break;
      case ObjKind::Int:
        if (o->type->is_heap_type) slot = &static_cast<IntObject*>(o)->dict;
        break;
      case ObjKind::Float:
        if (o->type->is_heap_type) slot = &static_cast<FloatObject*>(o)->dict;
        break;
      default:
        break;
    }
  }
  if (!slot) {
    return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '__dict__'",
                        vm.type_name(obj));
  }
  if (!*slot) *slot = vm.new_dict();
  return *slot ? Value::object(*slot) : Value::null();
}

Value object_dir(VM& vm, const Value* args, size_t, TupleObject*) {
  DictObject* result = vm.new_dict();
  if (!result) return Value::null();
  auto add_keys = [&](DictObject* d) {
    if (!d) return;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, pos, k, v)) dict_set(vm, result, k, Value::none());
  };
  Value obj = args[0];
  if (is_type(obj)) {
    TupleObject* mro = as_type(obj)->mro;
    for (size_t i = 0; i < mro->size; ++i) add_keys(as_type(mro->items()[i])->dict);
  } else {
    Value d = object_get_dict(vm, args, 1, nullptr);
    if (d.is_null()) {
      vm.clear_error();
    } else {
      add_keys(as_dict(d));
    }
    TupleObject* mro = vm.type_of(obj)->mro;
    for (size_t i = 0; i < mro->size; ++i) add_keys(as_type(mro->items()[i])->dict);
  }
  ListObject* l = vm.new_list(result->used);
  if (!l) return Value::null();
  size_t pos = 0;
  Value k, v;
  while (dict_next(result, pos, k, v)) l->items.push_back(k);
  return Value::object(l);
}

// --- type ---

Value type_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  TypeObject* t = as_type(args[0]);
  return vm.new_str(fmt::format("<class '{}'>", type_display_name(vm, t)));
}

Value type_call_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0]))
    return self_arg_error(vm, "descriptor '__call__' requires a 'type' object");
  return type_call(vm, as_type(args[0]), args + 1, nargs - 1, kwnames);
}

Value type_new_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  // type.__new__(meta, name, bases, ns, **kw) and type(x).
  if (nargs < 1 || !is_type(args[0]))
    return vm.raise(vm.exc.TypeError, "type.__new__(X): X is not a type object");
  TypeObject* meta = as_type(args[0]);
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs == 2 && nkw == 0 && meta == vm.types.type) return Value::object(vm.type_of(args[1]));
  if (nargs != 4) return vm.raise(vm.exc.TypeError, "type() takes 1 or 3 arguments");
  return type_new(vm, meta, args[1], args[2], args[3], kwnames, args + nargs);
}

Value type_init_fn(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value type_get_name(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_type(args[0])->name);
}
Value type_set_name(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "can only assign string to {}.__name__, not '{}'",
                        as_type(args[0])->name->view(), vm.type_name(args[1]));
  }
  as_type(args[0])->name = vm.intern(str_view(args[1]));
  return Value::none();
}
Value type_get_qualname(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_type(args[0])->qualname);
}
Value type_set_qualname(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_str(args[1])) return vm.raise(vm.exc.TypeError, "can only assign string to __qualname__");
  as_type(args[0])->qualname = vm.intern(str_view(args[1]));
  return Value::none();
}
Value type_get_module(VM& vm, const Value* args, size_t, TupleObject*) {
  return type_module_name(vm, as_type(args[0]));
}
Value type_set_module(VM& vm, const Value* args, size_t, TupleObject*) {
  TypeObject* t = as_type(args[0]);
  if (!t->is_heap_type) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "cannot set '__module__' attribute of immutable type '{}'",
                        t->name->view());
  }
  dict_set_str(vm, t->dict, vm.names.__module__, args[1]);
  return Value::none();
}
Value callable_call(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return vm.call(args[0], args + 1, nargs - 1, kwnames);
}
Value type_get_mro(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_type(args[0])->mro);
}
Value type_mro_fn(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* mro = as_type(args[0])->mro;
  ListObject* l = vm.new_list(mro->size);
  if (!l) return Value::null();
  for (size_t i = 0; i < mro->size; ++i) l->items.push_back(mro->items()[i]);
  return Value::object(l);
}
// type.__subclasses__(): the classes that list this one among their bases, oldest first (the
// order CPython's tp_subclasses keeps). Krait keeps no list per class: the heap is scanned, as
// this is asked for rarely (plugin registries); a class nothing refers to any more shows until
// it is collected, as in CPython, where classes live in reference cycles.
Value type_subclasses(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = as_type(args[0]);
  if ((kwnames && kwnames->size) || nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "{}.__subclasses__() takes no arguments ({} given)",
                        t->name->view(), nargs - 1 + (kwnames ? kwnames->size : 0));
  }
  std::vector<Value> found;
  vm.heap().for_each_object([&](Object* o) {
    if (o->kind != ObjKind::Type || o == t) return;
    TupleObject* bases = static_cast<TypeObject*>(o)->bases;
    if (!bases) return;
    for (size_t i = 0; i < bases->size; ++i) {
      if (bases->items()[i] == Value::object(t)) {
        found.push_back(Value::object(o));
        break;
      }
    }
  });
  ListObject* l = vm.new_list(found.size());
  if (!l) return Value::null();
  l->items.assign(found.rbegin(), found.rend());  // the heap lists newest first
  return Value::object(l);
}
Value type_get_bases(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_type(args[0])->bases);
}
Value type_get_base(VM&, const Value* args, size_t, TupleObject*) {
  TypeObject* b = as_type(args[0])->base;
  return b ? Value::object(b) : Value::none();
}
Value type_get_doc(VM& vm, const Value* args, size_t, TupleObject*) {
  Value d = dict_get_str(as_type(args[0])->dict, vm.names.__doc__);
  return d.is_null() ? Value::none() : d;
}
Value type_set_doc(VM& vm, const Value* args, size_t, TupleObject*) {
  TypeObject* t = as_type(args[0]);
  if (!t->is_heap_type) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot set '__doc__' attribute of immutable type '{}'",
                        t->name->view());
  }
  if (args[1].is_null()) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "cannot delete '__doc__' attribute of immutable type '{}'",
                        t->name->view());
  }
  dict_set_str(vm, t->dict, vm.names.__doc__, args[1]);
  t->version = ++vm.internals().type_version_counter;
  return Value::none();
}
Value type_get_dict(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_type(args[0])->dict);
}
Value type_subclasscheck(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_type(args[1]))
    return vm.raise(vm.exc.TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(vm.is_subtype(as_type(args[1]), as_type(args[0])));
}
Value type_instancecheck(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  return Value::boolean(vm.isinstance(args[1], as_type(args[0])));
}
Value type_prepare(VM& vm, const Value*, size_t, TupleObject*) {
  DictObject* d = vm.new_dict();
  return d ? Value::object(d) : Value::null();
}

// --- function, builtin function, bound method ---

Value function_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  FunctionObject* f = as_function(args[0]);
  return vm.new_str(fmt::format("<function {} at {}>", f->qualname->view(), address_of(args[0])));
}
Value function_get(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_none()) return args[0];
  auto* m = vm.make<BoundMethodObject>(vm.types.method, args[0], args[1]);
  return m ? Value::object(m) : Value::null();
}
Value function_get_name(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_function(args[0])->name);
}
Value function_set_name(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "__name__ must be set to a string object");
  as_function(args[0])->name = vm.intern(str_view(args[1]));
  return Value::none();
}
Value function_get_qualname(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_function(args[0])->qualname);
}
Value function_set_qualname(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "__qualname__ must be set to a string object");
  as_function(args[0])->qualname = vm.intern(str_view(args[1]));
  return Value::none();
}
Value function_get_doc(VM&, const Value* args, size_t, TupleObject*) {
  return as_function(args[0])->doc;
}
Value function_set_doc(VM&, const Value* args, size_t, TupleObject*) {
  as_function(args[0])->doc = args[1];
  return Value::none();
}
Value function_get_module(VM&, const Value* args, size_t, TupleObject*) {
  return as_function(args[0])->module;
}
Value function_set_module(VM&, const Value* args, size_t, TupleObject*) {
  as_function(args[0])->module = args[1];
  return Value::none();
}
Value function_get_defaults(VM&, const Value* args, size_t, TupleObject*) {
  TupleObject* d = as_function(args[0])->defaults;
  return d ? Value::object(d) : Value::none();
}
Value function_set_defaults(VM& vm, const Value* args, size_t, TupleObject*) {
  if (args[1].is_none()) {
    as_function(args[0])->defaults = nullptr;
  } else if (is_tuple(args[1])) {
    as_function(args[0])->defaults = as_tuple(args[1]);
  } else {
    return vm.raise(vm.exc.TypeError, "__defaults__ must be set to a tuple object");
  }
  return Value::none();
}
Value function_get_kwdefaults(VM&, const Value* args, size_t, TupleObject*) {
  DictObject* d = as_function(args[0])->kwdefaults;
  return d ? Value::object(d) : Value::none();
}
Value function_get_code(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_function(args[0])->code);
}
Value function_get_globals(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_function(args[0])->globals);
}
Value function_get_closure(VM&, const Value* args, size_t, TupleObject*) {
  TupleObject* c = as_function(args[0])->closure;
  return c ? Value::object(c) : Value::none();
}
Value function_get_annotations(VM& vm, const Value* args, size_t, TupleObject*) {
  FunctionObject* f = as_function(args[0]);
  if (!f->annotations) f->annotations = vm.new_dict();
  return f->annotations ? Value::object(f->annotations) : Value::null();
}
Value function_set_annotations(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_dict(args[1]))
    return vm.raise(vm.exc.TypeError, "__annotations__ must be set to a dict object");
  as_function(args[0])->annotations = as_dict(args[1]);
  return Value::none();
}

Value native_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  NativeFunctionObject* f = as_native(args[0]);
  if (!f->self.is_null() && !is_kind(f->self, ObjKind::Module)) {
    return vm.new_str(fmt::format("<built-in method {} of {} object at {}>", f->name->view(),
                                  vm.type_name(f->self),
                                  address_of(f->self.is_object() ? f->self : args[0])));
  }
  if (f->owner) {
    return vm.new_str(
        fmt::format("<method '{}' of '{}' objects>", f->name->view(), f->owner->name->view()));
  }
  return vm.new_str(fmt::format("<built-in function {}>", f->name->view()));
}
Value native_get_name(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(as_native(args[0])->name);
}
Value native_get_qualname(VM& vm, const Value* args, size_t, TupleObject*) {
  NativeFunctionObject* f = as_native(args[0]);
  if (f->owner) return vm.new_str(fmt::format("{}.{}", f->owner->name->view(), f->name->view()));
  return Value::object(f->name);
}
Value native_get_self(VM&, const Value* args, size_t, TupleObject*) {
  NativeFunctionObject* f = as_native(args[0]);
  return f->self.is_null() ? Value::none() : f->self;
}
Value native_get_doc(VM& vm, const Value* args, size_t, TupleObject*) {
  NativeFunctionObject* f = as_native(args[0]);
  return f->doc ? vm.new_str(f->doc) : Value::none();
}
Value native_get(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_none()) return args[0];
  return bind_descriptor(vm, args[0], args[1], vm.type_of(args[1]));
}

BoundMethodObject* as_method(Value v) {
  return static_cast<BoundMethodObject*>(v.as_object());
}

Value method_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  BoundMethodObject* m = as_method(args[0]);
  Value name = py_getattr_opt(vm, m->func, vm.names.__qualname__);
  if (name.is_null()) name = py_getattr_opt(vm, m->func, vm.names.__name__);
  std::string self_repr;
  if (!repr_into(vm, m->self, self_repr)) return Value::null();
  return vm.new_str(
      fmt::format("<bound method {} of {}>", is_str(name) ? str_view(name) : "?", self_repr));
}
Value method_get_func(VM&, const Value* args, size_t, TupleObject*) {
  return as_method(args[0])->func;
}
Value method_get_self(VM&, const Value* args, size_t, TupleObject*) {
  return as_method(args[0])->self;
}
Value method_get_name(VM& vm, const Value* args, size_t, TupleObject*) {
  return py_getattr(vm, as_method(args[0])->func, vm.names.__name__);
}
Value method_get_qualname(VM& vm, const Value* args, size_t, TupleObject*) {
  return py_getattr(vm, as_method(args[0])->func, vm.names.__qualname__);
}
Value method_get_doc(VM& vm, const Value* args, size_t, TupleObject*) {
  return py_getattr(vm, as_method(args[0])->func, vm.names.__doc__);
}
Value method_eq(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!is_kind(args[1], ObjKind::BoundMethod)) return vm.not_implemented();
  BoundMethodObject* a = as_method(args[0]);
  BoundMethodObject* b = as_method(args[1]);
  return Value::boolean(a->func == b->func && a->self == b->self);
}
Value method_hash(VM& vm, const Value* args, size_t, TupleObject*) {
  BoundMethodObject* m = as_method(args[0]);
  int64_t a = 0, b = 0;
  if (!py_hash(vm, m->func, a)) return Value::null();
  b = static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->self.as_object()) >> 4);
  return vm.new_int((a ^ b) & 0x7fffffffffff);
}
Value method_getattr(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  // Unknown attributes of a bound method come from its function (CPython's method_getattro).
  if (nargs != 2 || !is_str(args[1]))
    return vm.raise(vm.exc.TypeError, "attribute name must be string");
  return py_getattr(vm, as_method(args[0])->func, vm.intern(str_view(args[1])));
}

// --- property, staticmethod, classmethod ---

PropertyObject* as_property(Value v) {
  return static_cast<PropertyObject*>(v.as_object());
}

Value property_new(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* p = vm.make<PropertyObject>(as_type(args[0]));
  return p ? Value::object(p) : Value::null();
}
Value property_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const NativeArgSpec spec("property", "fget=None, fset=None, fdel=None, doc=None");
  Value a[4];
  if (!spec.bind(vm, args + 1, nargs - 1, kwnames, a)) return Value::null();
  PropertyObject* p = as_property(args[0]);
  p->fget = a[0].is_null() ? Value::none() : a[0];
  p->fset = a[1].is_null() ? Value::none() : a[1];
  p->fdel = a[2].is_null() ? Value::none() : a[2];
  p->doc = a[3].is_null() ? Value::none() : a[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = py_getattr_opt(vm, p->fget, vm.names.__doc__);
    if (!d.is_null()) p->doc = d;
  }
  return Value::none();
}
Value property_copy(VM& vm, PropertyObject* src, int which, Value f) {
  auto* p = vm.make<PropertyObject>(src->type);
  if (!p) return Value::null();
  p->fget = which == 0 ? f : src->fget;
  p->fset = which == 1 ? f : src->fset;
  p->fdel = which == 2 ? f : src->fdel;
  p->doc = src->doc;
  if (which == 0 && p->doc.is_none()) {
    Value d = py_getattr_opt(vm, f, vm.names.__doc__);
    if (!d.is_null()) p->doc = d;
  }
  return Value::object(p);
}
Value property_getter(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "getter() takes exactly one argument");
  return property_copy(vm, as_property(args[0]), 0, args[1]);
}
Value property_setter(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "setter() takes exactly one argument");
  return property_copy(vm, as_property(args[0]), 1, args[1]);
}
Value property_deleter(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "deleter() takes exactly one argument");
  return property_copy(vm, as_property(args[0]), 2, args[1]);
}
Value property_get(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_none()) return args[0];
  return bind_descriptor(vm, args[0], args[1], vm.type_of(args[1]));
}
Value property_set(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3) return vm.raise(vm.exc.TypeError, "expected 2 arguments");
  PropertyObject* p = as_property(args[0]);
  if (p->fset.is_none()) return vm.raise(vm.exc.AttributeError, "can't set attribute");
  Value a[2] = {args[1], args[2]};
  Value r = vm.call(p->fset, a, 2);
  return r.is_null() ? r : Value::none();
}
Value property_fget(VM&, const Value* args, size_t, TupleObject*) {
  return as_property(args[0])->fget;
}
Value property_fset(VM&, const Value* args, size_t, TupleObject*) {
  return as_property(args[0])->fset;
}
Value property_fdel(VM&, const Value* args, size_t, TupleObject*) {
  return as_property(args[0])->fdel;
}
Value property_doc(VM&, const Value* args, size_t, TupleObject*) {
  return as_property(args[0])->doc;
}

template <ObjKind K>
Value wrapper_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, K == ObjKind::StaticMethod ? "staticmethod" : "classmethod", kwnames)) {
    return Value::null();
  }
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected 1 argument, got {}",
                        K == ObjKind::StaticMethod ? "staticmethod" : "classmethod", nargs - 1);
  }
  auto* w = vm.make<MethodWrapperObject>(as_type(args[0]), K, args[1]);
  return w ? Value::object(w) : Value::null();
}
Value wrapper_init(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}
Value wrapper_func(VM&, const Value* args, size_t, TupleObject*) {
  return static_cast<MethodWrapperObject*>(args[0].as_object())->func;
}
// CPython's sm_repr/cm_repr: <staticmethod(<function f at ...>)>.
Value wrapper_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* w = static_cast<MethodWrapperObject*>(args[0].as_object());
  Value inner = py_repr(vm, w->func);
  if (inner.is_null()) return inner;
  const char* kind = w->kind == ObjKind::StaticMethod ? "staticmethod" : "classmethod";
  return vm.new_str(fmt::format("<{}({})>", kind, str_view(inner)));
}
Value wrapper_get(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  Value obj = nargs > 1 ? args[1] : Value::none();
  TypeObject* t = nargs > 2 && is_type(args[2]) ? as_type(args[2]) : vm.type_of(obj);
  return bind_descriptor(vm, args[0], obj.is_none() ? Value::null() : obj, t);
}
Value staticmethod_call(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return vm.call(static_cast<MethodWrapperObject*>(args[0].as_object())->func, args + 1, nargs - 1,
                 kwnames);
}

// --- super ---

Value super_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  TypeObject* start = nullptr;
  Value obj = Value::null();
  if (nargs == 1) {
    // Zero-argument form: the calling function's first argument and its __class__ cell.
    Frame* f = vm.current_frame();
    if (!f || !f->code || f->code->argcount == 0) {
      return vm.raise(vm.exc.RuntimeError, "super(): no arguments");
    }
    CodeObject* code = f->code;
    obj = f->localsplus()[0];
    if (is_kind(obj, ObjKind::Cell)) obj = static_cast<CellObject*>(obj.as_object())->value;
    if (obj.is_null()) return vm.raise(vm.exc.RuntimeError, "super(): arg[0] deleted");
    for (uint32_t i = 0; i < code->nlocalsplus; ++i) {
      if (code->localsplus_names[i] == vm.names.__class__ &&
          (code->unit->localsplus_kinds[i] & kLocalKindFree)) {
        Value cell = f->localsplus()[i];
        if (!is_kind(cell, ObjKind::Cell)) break;
        Value cls = static_cast<CellObject*>(cell.as_object())->value;
        if (cls.is_null()) return vm.raise(vm.exc.RuntimeError, "super(): empty __class__ cell");
        if (!is_type(cls)) return vm.raise(vm.exc.RuntimeError, "super(): __class__ is not a type");
        start = as_type(cls);
        break;
      }
    }
    if (!start) return vm.raise(vm.exc.RuntimeError, "super(): __class__ cell not found");
  } else {
    if (!is_type(args[1])) {
      return vm.raise_fmt(vm.exc.TypeError, "super() argument 1 must be a type, not {}",
                          vm.type_name(args[1]));
    }
    start = as_type(args[1]);
    obj = nargs > 2 ? args[2] : Value::none();
  }
  TypeObject* obj_type = nullptr;
  if (!obj.is_none()) {
    if (is_type(obj) && vm.is_subtype(as_type(obj), start)) {
      obj_type = as_type(obj);
    } else if (vm.isinstance(obj, start)) {
      obj_type = vm.type_of(obj);
    } else {
      return vm.raise(vm.exc.TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
    }
  }
  auto* s = vm.make<SuperObject>(vm.types.super, start, obj, obj_type);
  return s ? Value::object(s) : Value::null();
}

Value super_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* s = static_cast<SuperObject*>(args[0].as_object());
  if (s->obj_type) {
    return vm.new_str(fmt::format("<super: <class '{}'>, <{} object>>", s->start_type->name->view(),
                                  s->obj_type->name->view()));
  }
  return vm.new_str(fmt::format("<super: <class '{}'>, NULL>", s->start_type->name->view()));
}

// --- cell, code, module, singletons ---

Value cell_contents(VM& vm, const Value* args, size_t, TupleObject*) {
  Value v = static_cast<CellObject*>(args[0].as_object())->value;
  if (v.is_null()) return vm.raise(vm.exc.ValueError, "Cell is empty");
  return v;
}
Value code_name(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(static_cast<CodeObject*>(args[0].as_object())->name);
}
Value code_filename(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(static_cast<CodeObject*>(args[0].as_object())->filename);
}
Value code_firstlineno(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<CodeObject*>(args[0].as_object())->unit->first_line);
}
Value code_flags(VM& vm, const Value* args, size_t, TupleObject*) {
  // Krait's own flags (above CPython's) stay hidden.
  return vm.new_int(static_cast<CodeObject*>(args[0].as_object())->flags & 0xFFFFFFu);
}
Value code_qualname(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(static_cast<CodeObject*>(args[0].as_object())->qualname);
}
Value code_argcount(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<CodeObject*>(args[0].as_object())->argcount);
}
Value code_posonlyargcount(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<CodeObject*>(args[0].as_object())->unit->posonlyargcount);
}
Value code_kwonlyargcount(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<CodeObject*>(args[0].as_object())->unit->kwonlyargcount);
}
Value code_varnames(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* c = static_cast<CodeObject*>(args[0].as_object());
  std::vector<Value> names;
  for (size_t i = 0; i < c->nlocalsplus; ++i) {
    if (c->unit->localsplus_kinds[i] & kLocalKindLocal)
      names.push_back(Value::object(c->localsplus_names[i]));
  }
  TupleObject* t = vm.new_tuple(names.size());
  if (!t) return Value::null();
  for (size_t i = 0; i < names.size(); ++i) t->items()[i] = names[i];
  return Value::object(t);
}
Value code_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* c = static_cast<CodeObject*>(args[0].as_object());
  return vm.new_str(fmt::format("<code object {} at {}, file \"{}\", line {}>", c->name->view(),
                                address_of(args[0]), c->filename->view(), c->unit->first_line));
}

Value module_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* m = static_cast<ModuleObject*>(args[0].as_object());
  Value name = dict_get_str(m->dict, vm.names.__name__);
  Value file = dict_get_str(m->dict, vm.names.__file__);
  std::string_view n = is_str(name) ? str_view(name) : "?";
  if (is_str(file)) return vm.new_str(fmt::format("<module '{}' from '{}'>", n, str_view(file)));
  // A module made by types.ModuleType has a __spec__ of None and no origin to show.
  Value spec = dict_get_str(m->dict, vm.names.__spec__);
  if (!spec.is_null() && spec.is_none()) return vm.new_str(fmt::format("<module '{}'>", n));
  return vm.new_str(fmt::format("<module '{}' (built-in)>", n));
}

// module(name, doc=None), i.e. types.ModuleType.
Value module_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  Value name = nargs > 1 ? args[1] : Value::null();
  Value doc = nargs > 2 ? args[2] : Value::none();
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = str_view(kwnames->items()[i]);
    if (k == "name") {
      name = args[nargs + i];
    } else if (k == "doc") {
      doc = args[nargs + i];
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "module() got an unexpected keyword argument '{}'", k);
    }
  }
  if (nargs > 3)
    return vm.raise_fmt(vm.exc.TypeError, "module() takes at most 2 arguments ({} given)",
                        nargs - 1);
  if (name.is_null()) {
    return vm.raise(vm.exc.TypeError, "module() missing required argument 'name' (pos 1)");
  }
  if (!is_str(name)) {
    return vm.raise_fmt(vm.exc.TypeError, "module() argument 'name' must be str, not {}",
                        vm.type_name(name));
  }
  ModuleObject* m = vm.new_module(str_view(name));
  if (!m) return Value::null();
  dict_set_str(vm, m->dict, vm.names.__doc__, doc);
  dict_set_str(vm, m->dict, vm.names.__package__, Value::none());
  dict_set_str(vm, m->dict, vm.names.__loader__, Value::none());
  dict_set_str(vm, m->dict, vm.names.__spec__, Value::none());
  if (is_type(args[0]) && as_type(args[0]) != vm.types.module) m->type = as_type(args[0]);
  return Value::object(m);
}

// method(function, instance), i.e. types.MethodType.
Value method_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "method() takes no keyword arguments");
  if (nargs != 3)
    return vm.raise_fmt(vm.exc.TypeError, "method expected 2 arguments, got {}", nargs - 1);
  if (!py_callable(vm, args[1]))
    return vm.raise(vm.exc.TypeError, "first argument must be callable");
  if (args[2].is_none()) return vm.raise(vm.exc.TypeError, "instance must not be None");
  auto* m = vm.make<BoundMethodObject>(vm.types.method, args[1], args[2]);
  return m ? Value::object(m) : Value::null();
}

TracebackObject* as_tb(Value v) {
  return static_cast<TracebackObject*>(v.as_object());
}
Value tb_lineno(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(as_tb(args[0])->lineno);
}
Value tb_lasti(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(as_tb(args[0])->pc) * 2);
}
Value tb_next(VM&, const Value* args, size_t, TupleObject*) {
  TracebackObject* n = as_tb(args[0])->next;
  return n ? Value::object(n) : Value::none();
}
Value tb_frame(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

Value none_repr(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.intern_value("None");
}
Value none_bool(VM&, const Value*, size_t, TupleObject*) {
  return Value::false_();
}
Value none_new(VM& vm, const Value*, size_t nargs, TupleObject* kw) {
  if (nargs > 1 || (kw && kw->size))
    return vm.raise(vm.exc.TypeError, "NoneType takes no arguments");
  return Value::none();
}
Value notimpl_repr(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.intern_value("NotImplemented");
}
Value ellipsis_repr(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.intern_value("Ellipsis");
}

// --- C3 linearisation ---

bool c3_merge(VM& vm, std::vector<std::vector<TypeObject*>>& seqs, std::vector<TypeObject*>& out,
              TupleObject* bases) {
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any |= !s.empty();
    if (!any) return true;
    TypeObject* candidate = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* c = s.front();
      bool in_tail = false;
      for (auto& t : seqs) {
        for (size_t i = 1; i < t.size(); ++i) {
          if (t[i] == c) in_tail = true;
        }
      }
      if (!in_tail) {
        candidate = c;
        break;
      }
    }
    if (!candidate) {
      // CPython's set_mro_error: the heads of the sequences that could not be merged.
      (void)bases;
      std::vector<TypeObject*> heads;
      for (auto& s : seqs) {
        if (s.empty()) continue;
        if (std::find(heads.begin(), heads.end(), s.front()) == heads.end())
          heads.push_back(s.front());
      }
      std::string names;
      for (size_t i = 0; i < heads.size(); ++i) {
        if (i) names += ", ";
        names += heads[i]->name->view();
      }
      vm.raise_fmt(vm.exc.TypeError,
                   "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
      return false;
    }
    out.push_back(candidate);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
  }
}

}  // namespace

// --- Public entry points ---

InstanceObject* new_instance(VM& vm, TypeObject* t) {
  if (!t->nslots) return vm.make<InstanceObject>(t);
  auto* o = vm.make_sized<InstanceObject>(t->nslots * sizeof(Value), t);
  if (!o) return nullptr;
  o->inline_slots = t->nslots;
  for (uint16_t i = 0; i < t->nslots; ++i) o->slots()[i] = Value::null();
  return o;
}

bool check_native_new_args(VM& vm, const NativeFunctionObject* new_fn, const Value* args,
                           size_t nargs) {
  TypeObject* type = new_fn->new_of;
  if (nargs < 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}.__new__(): not enough arguments", type->name->view());
    return false;
  }
  if (!is_type(args[0])) {
    vm.raise_fmt(vm.exc.TypeError, "{}.__new__(X): X is not a type object ({})", type->name->view(),
                 vm.type_name(args[0]));
    return false;
  }
  TypeObject* subtype = as_type(args[0]);
  if (!vm.is_subtype(subtype, type)) {
    vm.raise_fmt(vm.exc.TypeError, "{}.__new__({}): {} is not a subtype of {}", type->name->view(),
                 subtype->name->view(), subtype->name->view(), type->name->view());
    return false;
  }
  // The nearest class whose __new__ is not written in Python (CPython: tp_new != slot_tp_new)
  // must use this very __new__, which is what knows how to lay out its instances: object.__new__
  // cannot make a list, nor BaseException.__new__ an OSError.
  for (TypeObject* t = subtype; t; t = t->base) {
    Value n = type_lookup(t, vm.names.__new__);
    if (!is_native_function(n) || !as_native(n)->new_of) continue;
    if (as_native(n)->fn == new_fn->fn) return true;
    vm.raise_fmt(vm.exc.TypeError, "{}.__new__({}) is not safe, use {}.__new__()",
                 type->name->view(), subtype->name->view(), t->name->view());
    return false;
  }
  return true;
}

Value alloc_instance(VM& vm, TypeObject* t) {
  switch (t->instance_kind) {
    case ObjKind::Instance: {
      auto* o = new_instance(vm, t);
      return o ? Value::object(o) : Value::null();
    }
    case ObjKind::Exception: {
      auto* e = vm.make<ExceptionObject>(t);
      if (!e) return Value::null();
      e->args = vm.empty_tuple();
      return Value::object(e);
    }
    case ObjKind::List: {
      auto* l = vm.make<ListObject>(t);
      return l ? Value::object(l) : Value::null();
    }
    case ObjKind::Dict: {
      auto* d = vm.make<DictObject>(t);
      return d ? Value::object(d) : Value::null();
    }
    case ObjKind::Set: {
      auto* s = vm.make<SetObject>(t);
      return s ? Value::object(s) : Value::null();
    }
    default:
      return vm.raise_fmt(vm.exc.TypeError, "object.__new__({}) is not safe, use {}.__new__()",
                          t->name->view(), t->base ? t->base->name->view() : "object");
  }
}

bool type_has_default_new(VM& vm, TypeObject* type) {
  Value n = lookup_special(vm, type, Slot::New);
  return is_native_function(n) && as_native(n)->fn == object_new_fn;
}

bool metaclass_overrides_call(VM& vm, TypeObject* t) {
  TypeObject* meta = vm.type_of(Value::object(t));
  return meta != vm.types.type && overrides(vm, meta, Slot::Call, type_call_fn);
}

Value type_call(VM& vm, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs == 1 && nkw == 0) {
    if (type == vm.types.type) return Value::object(vm.type_of(args[0]));
    // str(x) is str.__new__(str, x), which is str(x) with nothing to initialise after it.
    if (type == vm.types.str) return py_str(vm, args[0]);
  }
  Value new_fn = lookup_special(vm, type, Slot::New);
  if (new_fn.is_null())
    return vm.raise_fmt(vm.exc.TypeError, "cannot create '{}' instances", type->name->view());
  if (is_kind(new_fn, ObjKind::StaticMethod))
    new_fn = static_cast<MethodWrapperObject*>(new_fn.as_object())->func;
  // (type or instance, *args, **kwargs) on the stack for the usual few arguments.
  Value small[8];
  std::vector<Value> large;
  Value* buf = small;
  if (nargs + nkw + 1 > std::size(small)) {
    large.resize(nargs + nkw + 1);
    buf = large.data();
  }
  buf[0] = Value::object(type);
  for (size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
  Value obj = vm.call(new_fn, buf, nargs + 1, kwnames);
  if (obj.is_null()) return obj;
  if (!vm.isinstance(obj, type)) return obj;
  Value init = lookup_special(vm, vm.type_of(obj), Slot::Init);
  if (init.is_null()) return obj;
  // object.__init__ only checks for excess arguments, which __new__ has already let through
  // (object.__new__ refuses them itself when neither method is overridden).
  if (is_native_function(init) && as_native(init)->fn == object_init_fn) return obj;
  buf[0] = obj;
  Value r = vm.call(init, buf, nargs + 1, kwnames);
  if (r.is_null()) return r;
  if (!r.is_none()) {
    return vm.raise_fmt(vm.exc.TypeError, "__init__() should return None, not '{}'",
                        vm.type_name(r));
  }
  return obj;
}

// type_new_slots / type_new_descriptors: the layout __slots__ gives instances of `t` (values
// stored inline, no attribute dict unless a base has one or '__dict__' is listed) and a member
// descriptor in the class dict for each new slot.
static bool apply_slots(VM& vm, TypeObject* t, DictObject* ns) {
  // The bases' slots: those of the most derived slotted base; the others must be its bases.
  TypeObject* owner = nullptr;
  uint16_t inherited = 0;
  bool base_has_dict = false;
  bool base_has_weakref = false;
  TupleObject* bases = t->bases;
  for (size_t i = 0; i < bases->size; ++i) {
    TypeObject* b = as_type(bases->items()[i]);
    if (b->is_heap_type && !b->no_weakref) base_has_weakref = true;
    if ((b->is_heap_type && !b->no_instance_dict) || b->instance_kind == ObjKind::Exception)
      base_has_dict = true;
    if (!b->nslots) continue;
    if (owner && !vm.is_subtype(owner, b->slots_owner)) {
      if (!vm.is_subtype(b->slots_owner, owner)) {
        vm.raise(vm.exc.TypeError, "multiple bases have instance lay-out conflict");
        return false;
      }
    }
    if (!owner || b->nslots > inherited) {
      owner = b->slots_owner;
      inherited = b->nslots;
    }
  }
  if (inherited && t->instance_kind != ObjKind::Instance) {
    // Slot values live after an InstanceObject; a native layout has no room for them.
    vm.raise(vm.exc.TypeError, "multiple bases have instance lay-out conflict");
    return false;
  }
  t->nslots = inherited;
  t->slots_owner = owner;
  Value slots = dict_get_str(ns, vm.names.__slots__);
  if (slots.is_null()) return true;

  std::vector<Value> items;
  if (is_str(slots)) {
    items.push_back(slots);
  } else {
    Value it = py_iter(vm, slots);
    if (it.is_null()) return false;
    RootScope roots(vm);
    roots.add(it);
    for (;;) {
      Value item = py_next(vm, it);
      if (item.is_null()) {
        if (vm.has_error()) return false;
        break;
      }
      roots.add(item);
      items.push_back(item);
    }
  }
  bool add_dict = false;
  bool add_weakref = false;
  std::vector<std::string> names;
  for (Value item : items) {
    if (!is_str(item)) {
      vm.raise_fmt(vm.exc.TypeError, "__slots__ items must be strings, not '{}'",
                   vm.type_name(item));
      return false;
    }
    Value ok = vm.call_method(item, vm.intern("isidentifier"), {});
    if (ok.is_null()) return false;
    if (!ok.is_true()) {
      vm.raise(vm.exc.TypeError, "__slots__ must be identifiers");
      return false;
    }
    std::string name(str_view(item));
    if (name == "__dict__") {
      if (base_has_dict || add_dict) {
        vm.raise(vm.exc.TypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      add_dict = true;
      continue;
    }
    if (name == "__weakref__") {
      if (base_has_weakref || add_weakref) {
        vm.raise(vm.exc.TypeError,
                 "__weakref__ slot disallowed: either we already got one, or "
                 "__itemsize__ != 0");
        return false;
      }
      add_weakref = true;
      continue;
    }
    // _Py_Mangle: private names get the class name (without its leading underscores).
    std::string_view cls = t->name->view();
    size_t skip = cls.find_first_not_of('_');
    if (name.size() > 2 && name.starts_with("__") && !name.ends_with("__") &&
        skip != std::string_view::npos)
      name = "_" + std::string(cls.substr(skip)) + name;
    if (!dict_get_str(ns, vm.intern(name)).is_null()) {
      vm.raise_fmt(vm.exc.ValueError, "'{}' in __slots__ conflicts with class variable", name);
      return false;
    }
    names.push_back(std::move(name));
  }
  t->no_instance_dict = !add_dict && !base_has_dict;
  t->no_weakref = !add_weakref && !base_has_weakref;
  if (names.empty()) return true;
  switch (t->instance_kind) {
    case ObjKind::Instance:
      break;
    case ObjKind::Int:
    case ObjKind::Float:
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::Tuple:
      vm.raise_fmt(vm.exc.TypeError, "nonempty __slots__ not supported for subtype of '{}'",
                   t->base->name->view());
      return false;
    default:
      // Layouts with a native part (list, dict, set, exceptions): the slots' values live in
      // the attribute dict, as attributes.
      t->no_instance_dict = false;
      return true;
  }
  std::sort(names.begin(), names.end());
  if (inherited + names.size() > UINT16_MAX) {
    vm.raise(vm.exc.TypeError, "too many __slots__");
    return false;
  }
  for (const std::string& name : names) {
    auto* m = vm.make<MemberDescriptorObject>(vm.types.member_descriptor, t, vm.intern(name),
                                              static_cast<uint16_t>(t->nslots));
    if (!m) return false;
    dict_set_str(vm, t->dict, m->name, Value::object(m));
    ++t->nslots;
  }
  t->slots_owner = t;
  return true;
}

Value type_new(VM& vm, TypeObject* meta, Value name, Value bases_v, Value ns, TupleObject* kwnames,
               const Value* kwvalues) {
  if (!is_str(name)) {
    return vm.raise_fmt(vm.exc.TypeError, "type.__new__() argument 1 must be str, not {}",
                        vm.type_name(name));
  }
  if (!is_tuple(bases_v)) {
    return vm.raise_fmt(vm.exc.TypeError, "type.__new__() argument 2 must be tuple, not {}",
                        vm.type_name(bases_v));
  }
  if (!is_dict(ns)) {
    return vm.raise_fmt(vm.exc.TypeError, "type.__new__() argument 3 must be dict, not {}",
                        vm.type_name(ns));
  }
  TupleObject* bases = as_tuple(bases_v);
  if (bases->size == 0) {
    bases = vm.new_tuple(1);
    if (!bases) return Value::null();
    bases->items()[0] = Value::object(vm.types.object);
  }
  // The layout of instances: that of the one base with a native layout (CPython's best_base).
  TypeObject* solid = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    Value b = bases->items()[i];
    if (!is_type(b)) return vm.raise(vm.exc.TypeError, "bases must be types");
    TypeObject* bt = as_type(b);
    if (!bt->is_basetype) {
      return vm.raise_fmt(vm.exc.TypeError, "type '{}' is not an acceptable base type",
                          bt->name->view());
    }
    for (size_t j = 0; j < i; ++j) {
      if (bases->items()[j] == b) {
        return vm.raise_fmt(vm.exc.TypeError, "duplicate base class {}", bt->name->view());
      }
    }
    if (bt->instance_kind != ObjKind::Instance) {
      if (solid && solid->instance_kind != bt->instance_kind) {
        return vm.raise(vm.exc.TypeError, "multiple bases have instance lay-out conflict");
      }
      if (!solid) solid = bt;
    }
  }
  switch (solid ? solid->instance_kind : ObjKind::Instance) {
    case ObjKind::Instance:
    case ObjKind::Exception:
    case ObjKind::List:
    case ObjKind::Dict:
    case ObjKind::Set:
    case ObjKind::Int:
    case ObjKind::Float:
    case ObjKind::Str:  // instances of these three have no attribute dict (yet)
    case ObjKind::Bytes:
    case ObjKind::Tuple:
    case ObjKind::Type:
      break;  // metaclasses
    default:
      return vm.raise_fmt(vm.exc.TypeError, "subclassing '{}' is not supported by Krait yet",
                          solid->name->view());
  }

  // C3: merge the bases' MROs and the list of bases.
  std::vector<std::vector<TypeObject*>> seqs;
  for (size_t i = 0; i < bases->size; ++i) {
    TupleObject* m = as_type(bases->items()[i])->mro;
    std::vector<TypeObject*> s;
    for (size_t j = 0; j < m->size; ++j) s.push_back(as_type(m->items()[j]));
    seqs.push_back(std::move(s));
  }
  std::vector<TypeObject*> base_list;
  for (size_t i = 0; i < bases->size; ++i) base_list.push_back(as_type(bases->items()[i]));
  seqs.push_back(base_list);
  std::vector<TypeObject*> merged;
  if (!c3_merge(vm, seqs, merged, bases)) return Value::null();

  auto* t = vm.make<TypeObject>(meta, solid ? solid->instance_kind : ObjKind::Instance);
  if (!t) return Value::null();
  t->is_heap_type = true;
  t->name = vm.intern(str_view(name));
  t->qualname = t->name;
  t->bases = bases;
  t->base = solid ? solid : as_type(bases->items()[0]);
  if (!solid && t->base->instance_kind != ObjKind::Instance) t->base = vm.types.object;
  t->mro = vm.new_tuple(merged.size() + 1);
  if (!t->mro) return Value::null();
  t->mro->items()[0] = Value::object(t);
  for (size_t i = 0; i < merged.size(); ++i) t->mro->items()[i + 1] = Value::object(merged[i]);
  t->dict = vm.new_dict();
  if (!t->dict) return Value::null();

  DictObject* src = as_dict(ns);
  Value classcell = Value::null();
  size_t pos = 0;
  Value k, v;
  while (dict_next(src, pos, k, v)) {
    if (is_str(k)) {
      std::string_view key = str_view(k);
      if (key == "__qualname__") {
        if (!is_str(v)) {
          return vm.raise_fmt(vm.exc.TypeError, "type __qualname__ must be a str, not {}",
                              vm.type_name(v));
        }
        t->qualname = vm.intern(str_view(v));
        continue;
      }
      if (key == "__classcell__") {
        classcell = v;
        continue;
      }
      // __new__ is implicitly a staticmethod; __init_subclass__ and __class_getitem__ are
      // implicitly classmethods (CPython's type_new_set_attrs).
      if ((key == "__init_subclass__" || key == "__class_getitem__") && is_function(v)) {
        auto* w = vm.make<MethodWrapperObject>(vm.types.classmethod, ObjKind::ClassMethod, v);
        if (!w) return Value::null();
        v = Value::object(w);
      } else if (key == "__new__" && is_function(v)) {
        auto* w = vm.make<MethodWrapperObject>(vm.types.staticmethod, ObjKind::StaticMethod, v);
        if (!w) return Value::null();
        v = Value::object(w);
      }
      dict_set_str(vm, t->dict, vm.intern(key), v);
    } else if (!dict_set(vm, t->dict, k, v)) {
      return Value::null();
    }
  }
  if (!apply_slots(vm, t, src)) return Value::null();
  if (dict_get_str(t->dict, vm.names.__doc__).is_null()) {
    dict_set_str(vm, t->dict, vm.names.__doc__, Value::none());
  }
  // A class that defines __eq__ but not __hash__ is unhashable (CPython's inherit_slots rule).
  if (!dict_get_str(t->dict, vm.names.__eq__).is_null() &&
      dict_get_str(t->dict, vm.names.__hash__).is_null()) {
    dict_set_str(vm, t->dict, vm.names.__hash__, Value::none());
  }
  if (dict_get_str(t->dict, vm.names.__module__).is_null()) {
    Frame* f = vm.current_frame();
    if (f && f->globals) {
      Value mod = dict_get_str(f->globals, vm.names.__name__);
      if (!mod.is_null()) dict_set_str(vm, t->dict, vm.names.__module__, mod);
    }
  }
  if (!classcell.is_null()) {
    if (!is_kind(classcell, ObjKind::Cell)) {
      return vm.raise_fmt(vm.exc.TypeError, "__classcell__ must be a nonlocal cell, not {}",
                          vm.type_name(classcell));
    }
    static_cast<CellObject*>(classcell.as_object())->value = Value::object(t);
  }
  t->version = ++vm.internals().type_version_counter;
  Value tv = Value::object(t);

  // __set_name__ on the attributes, then the parent's __init_subclass__(**kwargs).
  {
    std::vector<std::pair<Value, Value>> attrs;
    pos = 0;
    while (dict_next(t->dict, pos, k, v)) attrs.emplace_back(k, v);
    for (auto& [key, val] : attrs) {
      if (!val.is_object()) continue;
      Value set_name = type_lookup(vm.type_of(val), vm.names.__set_name__);
      if (set_name.is_null()) continue;
      Value a[3] = {val, tv, key};
      if (vm.call(set_name, a, 3).is_null()) return Value::null();
    }
  }
  {
    auto* sup = vm.make<SuperObject>(vm.types.super, t, tv, t);
    if (!sup) return Value::null();
    Value init_sub = py_getattr(vm, Value::object(sup), vm.names.__init_subclass__);
    if (init_sub.is_null()) return init_sub;
    size_t nkw = kwnames ? kwnames->size : 0;
    if (vm.call(init_sub, kwvalues, 0, nkw ? kwnames : nullptr).is_null()) return Value::null();
  }
  return tv;
}

Value super_getattr(VM& vm, SuperObject* s, StrObject* name, bool& absent) {
  absent = false;
  if (s->obj_type && name != vm.names.__class__) {
    TupleObject* mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro->size && mro->items()[i].as_object() != s->start_type) ++i;
    for (++i; i < mro->size; ++i) {
      auto* t = as_type(mro->items()[i]);
      Value v = dict_get_str(t->dict, name);
      if (v.is_null()) continue;
      Value obj = s->obj == Value::object(s->obj_type) ? Value::null() : s->obj;
      if (is_native_function(v) && as_native(v)->is_static) return v;
      if (obj.is_null()) {
        // super(C, cls): classmethods bind to cls, functions stay unbound.
        if (is_kind(v, ObjKind::ClassMethod) ||
            (is_native_function(v) && as_native(v)->is_classmethod)) {
          return bind_descriptor(vm, v, s->obj, s->obj_type);
        }
        if (is_kind(v, ObjKind::StaticMethod))
          return bind_descriptor(vm, v, Value::null(), s->obj_type);
        return v;
      }
      return bind_descriptor(vm, v, obj, s->obj_type);
    }
  }
  absent = true;
  return Value::null();
}

Value builtin_build_class(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 2) return vm.raise(vm.exc.TypeError, "__build_class__: not enough arguments");
  if (!is_function(args[0]))
    return vm.raise(vm.exc.TypeError, "__build_class__: func must be a function");
  if (!is_str(args[1])) return vm.raise(vm.exc.TypeError, "__build_class__: name is not a string");
  TupleObject* bases = vm.new_tuple(nargs - 2);
  if (!bases) return Value::null();
  for (size_t i = 2; i < nargs; ++i) bases->items()[i - 2] = args[i];
  // PEP 560: a base that is not a class may replace itself by the tuple its __mro_entries__
  // returns (CPython's update_bases); the original bases are then kept as __orig_bases__.
  TupleObject* orig_bases = bases;
  {
    std::vector<Value> updated;
    bool changed = false;
    for (size_t i = 0; i < orig_bases->size; ++i) {
      Value b = orig_bases->items()[i];
      Value meth = is_type(b) ? Value::null() : py_getattr_opt(vm, b, vm.names.__mro_entries__);
      if (vm.has_error()) return Value::null();
      if (meth.is_null()) {
        updated.push_back(b);
        continue;
      }
      Value arg = Value::object(orig_bases);
      Value r = vm.call(meth, &arg, 1, nullptr);
      if (r.is_null()) return r;
      if (!is_tuple(r)) return vm.raise(vm.exc.TypeError, "__mro_entries__ must return a tuple");
      for (size_t j = 0; j < as_tuple(r)->size; ++j) updated.push_back(as_tuple(r)->items()[j]);
      changed = true;
    }
    if (changed) {
      bases = vm.new_tuple(updated.size());
      if (!bases) return Value::null();
      for (size_t i = 0; i < updated.size(); ++i) bases->items()[i] = updated[i];
    }
  }

  // Split off metaclass=; the other keywords go to the metaclass and __init_subclass__.
  Value meta = Value::null();
  std::vector<Value> kwv;
  std::vector<Value> kwn;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    if (kwnames->items()[i].as_object() == vm.names.metaclass ||
        str_view(kwnames->items()[i]) == "metaclass") {
      meta = args[nargs + i];
    } else {
      kwn.push_back(kwnames->items()[i]);
      kwv.push_back(args[nargs + i]);
    }
  }
  bool explicit_meta = !meta.is_null();
  if (!explicit_meta)
    meta =
        bases->size ? Value::object(vm.type_of(bases->items()[0])) : Value::object(vm.types.type);
  // The most derived metaclass of all bases (CPython's _PyType_CalculateMetaclass).
  if (is_type(meta)) {
    TypeObject* winner = as_type(meta);
    for (size_t i = 0; i < bases->size; ++i) {
      TypeObject* bt = vm.type_of(bases->items()[i]);
      if (vm.is_subtype(winner, bt)) continue;
      if (vm.is_subtype(bt, winner)) {
        winner = bt;
        continue;
      }
      return vm.raise(vm.exc.TypeError,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                      "subclass of the metaclasses of all its bases");
    }
    meta = Value::object(winner);
  }
  TupleObject* kwnames2 = nullptr;
  if (!kwn.empty()) {
    kwnames2 = vm.new_tuple(kwn.size());
    if (!kwnames2) return Value::null();
    for (size_t i = 0; i < kwn.size(); ++i) kwnames2->items()[i] = kwn[i];
  }

  Value ns;
  Value prepare = py_getattr_opt(vm, meta, vm.names.__prepare__);
  if (vm.has_error()) return Value::null();
  if (!prepare.is_null()) {
    std::vector<Value> pa = {args[1], Value::object(bases)};
    pa.insert(pa.end(), kwv.begin(), kwv.end());
    ns = vm.call(prepare, pa.data(), 2, kwnames2);
    if (ns.is_null()) return ns;
  } else {
    DictObject* d = vm.new_dict();
    if (!d) return Value::null();
    ns = Value::object(d);
  }
  Value cell = run_class_body(vm, as_function(args[0]), ns);
  if (cell.is_null()) return cell;
  if (bases != orig_bases &&
      !py_setitem(vm, ns, Value::object(vm.intern("__orig_bases__")), Value::object(orig_bases))) {
    return Value::null();
  }
  std::vector<Value> ca = {args[1], Value::object(bases), ns};
  ca.insert(ca.end(), kwv.begin(), kwv.end());
  Value cls = vm.call(meta, ca.data(), 3, kwnames2);
  if (cls.is_null()) return cls;
  if (is_kind(cell, ObjKind::Cell) && is_type(cls)) {
    auto* c = static_cast<CellObject*>(cell.as_object());
    if (c->value.is_null()) c->value = cls;
  }
  return cls;
}

void init_object_and_type(VM& vm) {
  auto& T = vm.types;
  vm.add_methods(T.object, {
                               {"__init__", object_init_fn},
                               {"__new__", object_new_fn, MethodDef::kStatic},
                               {"__repr__", object_repr},
                               {"__str__", object_str},
                               {"__eq__", object_eq},
                               {"__ne__", object_ne},
                               {"__lt__", object_not_implemented},
                               {"__le__", object_not_implemented},
                               {"__gt__", object_not_implemented},
                               {"__ge__", object_not_implemented},
                               {"__hash__", object_hash},
                               {"__format__", object_format},
                               {"__getattribute__", object_getattribute},
                               {"__setattr__", object_setattr},
                               {"__delattr__", object_delattr},
                               {"__init_subclass__", object_init_subclass, MethodDef::kClass},
                               {"__dir__", object_dir},
                           });
  vm.add_property(T.object, "__class__", object_get_class, object_set_class);
  vm.add_property(T.object, "__dict__", object_get_dict);
  vm.add_attr(T.object, "__doc__", vm.new_str("The base class of the class hierarchy."));

  vm.add_methods(T.type, {
                             {"__repr__", type_repr},
                             {"__call__", type_call_fn},
                             {"__new__", type_new_fn, MethodDef::kStatic},
                             {"__init__", type_init_fn},
                             {"mro", type_mro_fn},
                             {"__subclasses__", type_subclasses},
                             {"__subclasscheck__", type_subclasscheck},
                             {"__instancecheck__", type_instancecheck},
                             {"__prepare__", type_prepare, MethodDef::kClass},
                         });
  vm.add_property(T.type, "__name__", type_get_name, type_set_name);
  vm.add_property(T.type, "__qualname__", type_get_qualname, type_set_qualname);
  vm.add_property(T.type, "__module__", type_get_module, type_set_module);
  vm.add_property(T.type, "__mro__", type_get_mro);
  vm.add_property(T.type, "__bases__", type_get_bases);
  vm.add_property(T.type, "__base__", type_get_base);
  vm.add_property(T.type, "__doc__", type_get_doc, type_set_doc);
  vm.add_property(T.type, "__dict__", type_get_dict);

  vm.add_methods(
      T.function,
      {{"__repr__", function_repr}, {"__get__", function_get}, {"__call__", callable_call}});
  vm.add_property(T.function, "__name__", function_get_name, function_set_name);
  vm.add_property(T.function, "__qualname__", function_get_qualname, function_set_qualname);
  vm.add_property(T.function, "__doc__", function_get_doc, function_set_doc);
  vm.add_property(T.function, "__module__", function_get_module, function_set_module);
  vm.add_property(T.function, "__defaults__", function_get_defaults, function_set_defaults);
  vm.add_property(T.function, "__kwdefaults__", function_get_kwdefaults);
  vm.add_property(T.function, "__code__", function_get_code);
  vm.add_property(T.function, "__globals__", function_get_globals);
  vm.add_property(T.function, "__closure__", function_get_closure);
  vm.add_property(T.function, "__annotations__", function_get_annotations,
                  function_set_annotations);

  vm.add_methods(T.builtin_function,
                 {{"__repr__", native_repr}, {"__get__", native_get}, {"__call__", callable_call}});
  vm.add_property(T.builtin_function, "__name__", native_get_name);
  vm.add_property(T.builtin_function, "__qualname__", native_get_qualname);
  vm.add_property(T.builtin_function, "__self__", native_get_self);
  vm.add_property(T.builtin_function, "__doc__", native_get_doc);

  vm.add_methods(T.method, {{"__new__", method_new, MethodDef::kStatic},
                            {"__repr__", method_repr},
                            {"__call__", callable_call},
                            {"__eq__", method_eq},
                            {"__hash__", method_hash},
                            {"__getattr__", method_getattr}});
  vm.add_property(T.method, "__func__", method_get_func);
  vm.add_property(T.method, "__self__", method_get_self);
  vm.add_property(T.method, "__name__", method_get_name);
  vm.add_property(T.method, "__qualname__", method_get_qualname);
  vm.add_property(T.method, "__doc__", method_get_doc);

  vm.add_methods(T.property, {{"__new__", property_new, MethodDef::kStatic},
                              {"__init__", property_init},
                              {"getter", property_getter},
                              {"setter", property_setter},
                              {"deleter", property_deleter},
                              {"__get__", property_get},
                              {"__set__", property_set}});
  vm.add_property(T.property, "fget", property_fget);
  vm.add_property(T.property, "fset", property_fset);
  vm.add_property(T.property, "fdel", property_fdel);
  vm.add_property(T.property, "__doc__", property_doc);

  vm.add_methods(T.staticmethod,
                 {{"__new__", wrapper_new<ObjKind::StaticMethod>, MethodDef::kStatic},
                  {"__init__", wrapper_init},
                  {"__get__", wrapper_get},
                  {"__repr__", wrapper_repr},
                  {"__call__", staticmethod_call}});
  vm.add_property(T.staticmethod, "__func__", wrapper_func);
  vm.add_methods(T.classmethod, {{"__new__", wrapper_new<ObjKind::ClassMethod>, MethodDef::kStatic},
                                 {"__init__", wrapper_init},
                                 {"__get__", wrapper_get},
                                 {"__repr__", wrapper_repr}});
  vm.add_property(T.classmethod, "__func__", wrapper_func);

  vm.add_methods(T.super, {{"__new__", super_new, MethodDef::kStatic},
                           {"__init__", wrapper_init},
                           {"__repr__", super_repr}});
  vm.add_property(T.cell, "cell_contents", cell_contents);
  vm.add_methods(T.code, {{"__repr__", code_repr}});
  vm.add_property(T.code, "co_name", code_name);
  vm.add_property(T.code, "co_filename", code_filename);
  vm.add_property(T.code, "co_firstlineno", code_firstlineno);
  vm.add_property(T.code, "co_argcount", code_argcount);
  vm.add_property(T.code, "co_posonlyargcount", code_posonlyargcount);
  vm.add_property(T.code, "co_kwonlyargcount", code_kwonlyargcount);
  vm.add_property(T.code, "co_flags", code_flags);
  vm.add_property(T.code, "co_qualname", code_qualname);
  vm.add_property(T.code, "co_varnames", code_varnames);
  vm.add_methods(T.module,
                 {{"__repr__", module_repr}, {"__new__", module_new, MethodDef::kStatic}});
  vm.add_property(T.traceback, "tb_lineno", tb_lineno);
  vm.add_property(T.traceback, "tb_lasti", tb_lasti);
  vm.add_property(T.traceback, "tb_next", tb_next);
  vm.add_property(T.traceback, "tb_frame", tb_frame);
  vm.add_methods(T.none_type, {{"__repr__", none_repr},
                               {"__bool__", none_bool},
                               {"__new__", none_new, MethodDef::kStatic}});
  vm.add_methods(T.not_implemented_type, {{"__repr__", notimpl_repr}});
  vm.add_methods(T.ellipsis_type, {{"__repr__", ellipsis_repr}});
}

}  // namespace krait
