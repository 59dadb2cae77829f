// The abstract object protocols (CPython's Objects/abstract.c and object.c): fast paths for the
// builtin layouts first, then the special methods found on the type, so builtins and user classes
// go through the same rules.
#include "runtime/protocol.h"

#include <cstring>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/member_descriptor.h"
#include "runtime/misc_objects.h"
#include "runtime/module.h"
#include "runtime/number_format.h"
#include "runtime/number_ops.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_ops.h"
#include "runtime/vm_internals.h"

namespace krait {

namespace {

StrObject* slot_name(VM& vm, Slot s) {
  auto& n = vm.names;
  switch (s) {
    case Slot::Repr:
      return n.__repr__;
    case Slot::Str:
      return n.__str__;
    case Slot::Hash:
      return n.__hash__;
    case Slot::Eq:
      return n.__eq__;
    case Slot::Ne:
      return n.__ne__;
    case Slot::Lt:
      return n.__lt__;
    case Slot::Le:
      return n.__le__;
    case Slot::Gt:
      return n.__gt__;
    case Slot::Ge:
      return n.__ge__;
    case Slot::Bool:
      return n.__bool__;
    case Slot::Len:
      return n.__len__;
    case Slot::Iter:
      return n.__iter__;
    case Slot::Next:
      return n.__next__;
    case Slot::GetItem:
      return n.__getitem__;
    case Slot::SetItem:
      return n.__setitem__;
    case Slot::DelItem:
      return n.__delitem__;
    case Slot::Contains:
      return n.__contains__;
    case Slot::Call:
      return n.__call__;
    case Slot::GetAttr:
      return n.__getattr__;
    case Slot::GetAttribute:
      return n.__getattribute__;
    case Slot::SetAttr:
      return n.__setattr__;
    case Slot::DelAttr:
      return n.__delattr__;
    case Slot::Get:
      return n.__get__;
    case Slot::Set:
      return n.__set__;
    case Slot::Delete:
      return n.__delete__;
    case Slot::Init:
      return n.__init__;
    case Slot::New:
      return n.__new__;
    case Slot::Enter:
      return n.__enter__;
    case Slot::Exit:
      return n.__exit__;
    case Slot::Index:
      return n.__index__;
    case Slot::Int:
      return n.__int__;
    case Slot::Float:
      return n.__float__;
    case Slot::Format:
      return n.__format__;
    case Slot::Missing:
      return n.__missing__;
    case Slot::Count:
      break;
  }
  return n.__repr__;
}

const char* binop_symbol(int op) {
  static const char* const symbols[] = {"+", "&",  "//", "<<", "@", "*", "%",
                                        "|", "**", ">>", "-",  "/", "^"};
  static const char* const inplace[] = {
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  return op >= kInplaceOffset ? inplace[op - kInplaceOffset] : symbols[op];
}

StrObject* binop_name(VM& vm, int op, int variant) {
  // variant 0: __op__, 1: __rop__, 2: __iop__
  static const char* const names[] = {"add", "and", "floordiv", "lshift", "matmul",  "mul", "mod",
                                      "or",  "pow", "rshift",   "sub",    "truediv", "xor"};
  static const char* const prefix[] = {"__", "__r", "__i"};
  StrObject*& cached = vm.names.binops[variant][op];
  if (!cached) cached = vm.intern(fmt::format("{}{}__", prefix[variant], names[op]));
  return cached;
}

const char* compare_symbol(CompareOp op) {
  static const char* const s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[static_cast<int>(op)];
}

Slot compare_slot(CompareOp op) {
  static const Slot s[] = {Slot::Lt, Slot::Le, Slot::Eq, Slot::Ne, Slot::Gt, Slot::Ge};
  return s[static_cast<int>(op)];
}

CompareOp swapped(CompareOp op) {
  static const CompareOp s[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
  return s[static_cast<int>(op)];
}

uint64_t type_epoch(VM& vm) {
  return vm.internals().type_version_counter;
}

DictObject* instance_dict(Value obj) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  switch (o->kind) {
    case ObjKind::Instance:
      return static_cast<InstanceObject*>(o)->dict;
    case ObjKind::Exception:
      return static_cast<ExceptionObject*>(o)->dict;
    case ObjKind::Function:
      return static_cast<FunctionObject*>(o)->dict;
    case ObjKind::Module:
      return static_cast<ModuleObject*>(o)->dict;
    case ObjKind::List:
      return static_cast<ListObject*>(o)->dict;
    case ObjKind::Dict:
      return static_cast<DictObject*>(o)->dict;
    case ObjKind::Set:
      return static_cast<SetObject*>(o)->dict;
    case ObjKind::Int:
      return static_cast<IntObject*>(o)->dict;
    case ObjKind::Float:
      return static_cast<FloatObject*>(o)->dict;
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      return static_cast<MethodWrapperObject*>(o)->dict;
    default:
      return nullptr;
  }
}

// The attribute dict of obj, created on demand; nullptr when obj's layout has none.
DictObject* ensure_instance_dict(VM& vm, Value obj) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  if (o->type->no_instance_dict) return nullptr;  // __slots__ without '__dict__'
  DictObject** slot = nullptr;
  switch (o->kind) {
    case ObjKind::Instance:
      if (!o->type->is_heap_type) return nullptr;  // object() has no __dict__
      slot = &static_cast<InstanceObject*>(o)->dict;
      break;
    case ObjKind::Exception:
      slot = &static_cast<ExceptionObject*>(o)->dict;
      break;
    case ObjKind::Function:
      slot = &static_cast<FunctionObject*>(o)->dict;
      break;
    case ObjKind::Module:
      return static_cast<ModuleObject*>(o)->dict;
    case ObjKind::List:
      if (!o->type->is_heap_type) return nullptr;
      slot = &static_cast<ListObject*>(o)->dict;
      break;
    case ObjKind::Dict:
      if (!o->type->is_heap_type) return nullptr;
      slot = &static_cast<DictObject*>(o)->dict;
      break;
    case ObjKind::Set:
      if (!o->type->is_heap_type) return nullptr;
      slot = &static_cast<SetObject*>(o)->dict;
      break;
    case ObjKind::Int:  // instances of int and float subclasses
      if (!o->type->is_heap_type) return nullptr;
      slot = &static_cast<IntObject*>(o)->dict;
      break;
    case ObjKind::Float:
      if (!o->type->is_heap_type) return nullptr;
      slot = &static_cast<FloatObject*>(o)->dict;
      break;
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      slot = &static_cast<MethodWrapperObject*>(o)->dict;
      break;
    default:
      return nullptr;
  }
  if (!*slot) *slot = vm.new_dict();
  return *slot;
}

bool is_data_descriptor(VM& vm, Value attr) {
  if (!attr.is_object()) return false;
  Object* o = attr.as_object();
  if (o->kind == ObjKind::Property || o->kind == ObjKind::MemberDescriptor) return true;
  if (o->kind == ObjKind::Function || o->kind == ObjKind::NativeFunction) return false;
  if (!o->type->is_heap_type) return false;
  return !lookup_special(vm, o->type, Slot::Set).is_null() ||
         !lookup_special(vm, o->type, Slot::Delete).is_null();
}

Value attribute_error(VM& vm, Value obj, StrObject* name) {
  Value e;
  if (is_kind(obj, ObjKind::Module)) {
    Value mname =
        dict_get_str(static_cast<ModuleObject*>(obj.as_object())->dict, vm.names.__name__);
    if (is_str(mname)) {
      e = vm.new_exception(vm.exc.AttributeError, fmt::format("module '{}' has no attribute '{}'",
                                                              str_view(mname), name->view()));
    }
  } else if (is_type(obj)) {
    e = vm.new_exception(vm.exc.AttributeError,
                         fmt::format("type object '{}' has no attribute '{}'",
                                     as_type(obj)->name->view(), name->view()));
  }
  if (e.is_null()) {
    e = vm.new_exception(vm.exc.AttributeError, fmt::format("'{}' object has no attribute '{}'",
                                                            vm.type_name(obj), name->view()));
  }
  if (e.is_null()) return e;
  ExceptionObject* x = as_exception(e);
  if (!x->dict) x->dict = vm.new_dict();
  if (x->dict) {
    dict_set_str(vm, x->dict, vm.intern("name"), Value::object(name));
    dict_set_str(vm, x->dict, vm.intern("obj"), obj);
  }
  vm.set_error(Value::null());
  return vm.raise_value(e);
}

}  // namespace

// --- Lookup ---

Value type_lookup(TypeObject* type, StrObject* name) {
  const TupleObject* mro = type->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    auto* t = static_cast<TypeObject*>(mro->items()[i].as_object());
    Value v = dict_get_str(t->dict, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

Value lookup_special(VM& vm, TypeObject* type, Slot slot) {
  uint64_t epoch = type_epoch(vm);
  if (type->slot_version != epoch) {
    type->slots.fill(Value::from_bits(0));  // 0 bits: "not looked up yet"
    type->slot_version = epoch;
  }
  Value& cached = type->slots[static_cast<size_t>(slot)];
  if (cached.bits() == 0) cached = type_lookup(type, slot_name(vm, slot));
  return cached;
}

Value bind_descriptor(VM& vm, Value attr, Value obj, TypeObject* type) {
  if (!attr.is_object()) return attr;
  Object* o = attr.as_object();
  switch (o->kind) {
    case ObjKind::Function: {
      if (obj.is_null()) return attr;
      auto* m = vm.make<BoundMethodObject>(vm.types.method, attr, obj);
      return m ? Value::object(m) : Value::null();
    }
    case ObjKind::NativeFunction: {
      auto* f = static_cast<NativeFunctionObject*>(o);
      // Only methods of builtin types bind; a builtin function (time.localtime, len) stored
      // in a class stays a plain function, as in CPython.
      if (f->is_static || !f->self.is_null() || !f->owner) return attr;
      Value self = f->is_classmethod ? Value::object(type) : obj;
      if (self.is_null()) return attr;
      auto* b = vm.make<NativeFunctionObject>(vm.types.builtin_function, f->fn, f->name);
      if (!b) return Value::null();
      b->owner = f->owner;
      b->self = self;
      b->data = f->data;
      b->is_classmethod = f->is_classmethod;
      return Value::object(b);
    }
    case ObjKind::StaticMethod:
      return static_cast<MethodWrapperObject*>(o)->func;
    case ObjKind::ClassMethod: {
      auto* m = vm.make<BoundMethodObject>(
          vm.types.method, static_cast<MethodWrapperObject*>(o)->func, Value::object(type));
      return m ? Value::object(m) : Value::null();
    }
    case ObjKind::Property: {
      if (obj.is_null()) return attr;
      auto* p = static_cast<PropertyObject*>(o);
      if (p->fget.is_none()) {
        return vm.raise_fmt(vm.exc.AttributeError, "property object has no getter");
      }
      return vm.call(p->fget, &obj, 1);
    }
    case ObjKind::MemberDescriptor:
      if (obj.is_null()) return attr;
      return member_get(vm, static_cast<MemberDescriptorObject*>(o), obj);
    default:
      break;
  }
  if (!o->type->is_heap_type) return attr;
  Value get = lookup_special(vm, o->type, Slot::Get);
  if (get.is_null()) return attr;
  Value args[3] = {attr, obj.is_null() ? Value::none() : obj, Value::object(type)};
  return vm.call(get, args, 3);
}

Value call_special(VM& vm, Value self, Slot slot, const Value* args, size_t nargs, bool& found) {
  Value meth = lookup_special(vm, vm.type_of(self), slot);
  found = !meth.is_null();
  if (!found) return Value::null();
  if (is_function(meth) || is_native_function(meth)) {
    Value buf[4];
    if (nargs < 4) {
      buf[0] = self;
      for (size_t i = 0; i < nargs; ++i) buf[i + 1] = args[i];
      return vm.call(meth, buf, nargs + 1);
    }
  }
  Value bound = bind_descriptor(vm, meth, self, vm.type_of(self));
  if (bound.is_null()) return bound;
  return vm.call(bound, args, nargs);
}

// --- Attributes ---

static Value type_getattr(VM& vm, TypeObject* type, StrObject* name, bool& absent) {
  absent = false;
  TypeObject* meta = type->type;
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null() && is_data_descriptor(vm, meta_attr)) {
    return bind_descriptor(vm, meta_attr, Value::object(type), meta);
  }
  Value attr = type_lookup(type, name);
  if (!attr.is_null()) {
    if (attr.is_object()) {
      switch (attr.as_object()->kind) {
        case ObjKind::Function:
        case ObjKind::Property:
          return attr;
        case ObjKind::NativeFunction: {
          auto* f = as_native(attr);
          if (f->is_classmethod) return bind_descriptor(vm, attr, Value::object(type), type);
          return attr;
        }
        default:
          return bind_descriptor(vm, attr, Value::null(), type);
      }
    }
    return attr;
  }
  if (!meta_attr.is_null()) return bind_descriptor(vm, meta_attr, Value::object(type), meta);
  absent = true;
  return Value::null();
}

static Value generic_getattr(VM& vm, Value obj, StrObject* name, bool& absent) {
  absent = false;
  if (is_type(obj)) return type_getattr(vm, as_type(obj), name, absent);
  if (is_kind(obj, ObjKind::Super)) {
    Value v = super_getattr(vm, static_cast<SuperObject*>(obj.as_object()), name, absent);
    if (!absent || vm.has_error()) return v;
  }
  TypeObject* type = vm.type_of(obj);
  Value attr = type_lookup(type, name);
  if (!attr.is_null() && is_data_descriptor(vm, attr)) return bind_descriptor(vm, attr, obj, type);
  if (DictObject* d = instance_dict(obj)) {
    Value v = dict_get_str(d, name);
    if (!v.is_null()) return v;
  }
  if (!attr.is_null()) return bind_descriptor(vm, attr, obj, type);
  absent = true;
  return Value::null();
}

static Value getattr_impl(VM& vm, Value obj, StrObject* name, bool raise_absent) {
  TypeObject* type = vm.type_of(obj);
  bool absent = false;
  Value v;
  Value custom = type->is_heap_type ? lookup_special(vm, type, Slot::GetAttribute) : Value::null();
  if (!custom.is_null() && !is_native_function(custom)) {
    Value args[2] = {obj, Value::object(name)};
    v = vm.call(custom, args, 2);
    if (v.is_null() && vm.error_matches(vm.exc.AttributeError)) {
      absent = true;
    }
  } else {
    v = generic_getattr(vm, obj, name, absent);
    // An AttributeError from a descriptor (a property, an unset slot) also falls back to
    // __getattr__, as CPython's slot_tp_getattr_hook does.
    if (v.is_null() && type->is_heap_type && vm.error_matches(vm.exc.AttributeError)) absent = true;
  }
  if (is_kind(obj, ObjKind::BoundMethod) &&
      (absent ? !vm.has_error() : v.is_null() && vm.error_matches(vm.exc.AttributeError))) {
    // CPython's method_getattro: what the method type does not have (its __dict__ included)
    // comes from the function, its error included: f.flag = True is seen through a.f.
    vm.clear_error();
    return getattr_impl(vm, static_cast<BoundMethodObject*>(obj.as_object())->func, name,
                        raise_absent);
  }
  if (!absent) return v;
  if (type->is_heap_type) {
    Value ga = lookup_special(vm, type, Slot::GetAttr);
    if (!ga.is_null()) {
      vm.clear_error();
      Value args[2] = {obj, Value::object(name)};
      Value r = vm.call(ga, args, 2);
      if (r.is_null() && !raise_absent && vm.error_matches(vm.exc.AttributeError)) {
        vm.clear_error();
      }
      return r;
    }
  }
  if (vm.has_error()) {
    if (!raise_absent) vm.clear_error();
    return Value::null();
  }
  if (!raise_absent) return Value::null();
  return attribute_error(vm, obj, name);
}

Value py_getattr(VM& vm, Value obj, StrObject* name) {
  return getattr_impl(vm, obj, name, true);
}

Value py_getattr_opt(VM& vm, Value obj, StrObject* name) {
  Value v = getattr_impl(vm, obj, name, false);
  if (v.is_null() && vm.error_matches(vm.exc.AttributeError)) vm.clear_error();
  return v;
}

static bool bump_if_type(VM& vm, Value obj) {
  if (is_type(obj)) {
    as_type(obj)->version = ++vm.internals().type_version_counter;
    return true;
  }
  return false;
}

static bool generic_setattr(VM& vm, Value obj, StrObject* name, Value v) {
  TypeObject* type = vm.type_of(obj);
  if (is_type(obj)) {
    TypeObject* t = as_type(obj);
    Value meta_attr = type_lookup(t->type, name);
    if (!meta_attr.is_null() && is_kind(meta_attr, ObjKind::Property)) {
      auto* p = static_cast<PropertyObject*>(meta_attr.as_object());
      if (p->fset.is_none()) {
        vm.raise_fmt(vm.exc.AttributeError, "can't set attributes of built-in/extension type '{}'",
                     t->name->view());
        return false;
      }
      Value args[2] = {obj, v};
      return !vm.call(p->fset, args, 2).is_null();
    }
    if (!t->is_heap_type) {
      vm.raise_fmt(vm.exc.TypeError, "cannot set '{}' attribute of immutable type '{}'",
                   name->view(), t->name->view());
      return false;
    }
    if (v.is_null()) {
      int r = dict_delete(vm, t->dict, Value::object(name));
      if (r == 0) {
        vm.raise_fmt(vm.exc.AttributeError, "type object '{}' has no attribute '{}'",
                     t->name->view(), name->view());
      }
      bump_if_type(vm, obj);
      return r == 1;
    }
    dict_set_str(vm, t->dict, name, v);
    bump_if_type(vm, obj);
    return true;
  }
  Value attr = type_lookup(type, name);
  if (!attr.is_null() && attr.is_object()) {
    Object* o = attr.as_object();
    if (o->kind == ObjKind::Property) {
      auto* p = static_cast<PropertyObject*>(o);
      Value f = v.is_null() ? p->fdel : p->fset;
      if (f.is_none()) {
        vm.raise_fmt(vm.exc.AttributeError, "property '{}' of '{}' object has no {}", name->view(),
                     type->name->view(), v.is_null() ? "deleter" : "setter");
        return false;
      }
      if (v.is_null()) return !vm.call(f, &obj, 1).is_null();
      Value args[2] = {obj, v};
      return !vm.call(f, args, 2).is_null();
    }
    if (o->kind == ObjKind::MemberDescriptor)
      return member_set(vm, static_cast<MemberDescriptorObject*>(o), obj, v);
    if (o->type->is_heap_type) {
      Value set = lookup_special(vm, o->type, v.is_null() ? Slot::Delete : Slot::Set);
      if (!set.is_null()) {
        Value args[3] = {attr, obj, v};
        return !vm.call(set, args, v.is_null() ? 2 : 3).is_null();
      }
    }
  }
  if (!attr.is_null()) type->may_shadow_methods = true;
  DictObject* d = ensure_instance_dict(vm, obj);
  if (!d) {
    if (vm.has_error()) return false;
    if (attr.is_null()) {
      vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '{}'", type->name->view(),
                   name->view());
    } else {
      vm.raise_fmt(vm.exc.AttributeError, "'{}' object attribute '{}' is read-only",
                   type->name->view(), name->view());
    }
    return false;
  }
  if (v.is_null()) {
    int r = dict_delete(vm, d, Value::object(name));
    if (r == 0) attribute_error(vm, obj, name);
    return r == 1;
  }
  dict_set_str(vm, d, name, v);
  return true;
}

bool py_setattr(VM& vm, Value obj, StrObject* name, Value v) {
  TypeObject* type = vm.type_of(obj);
  if (type->is_heap_type) {
    Value custom = lookup_special(vm, type, Slot::SetAttr);
    if (!custom.is_null() && !is_native_function(custom)) {
      Value args[3] = {obj, Value::object(name), v};
      return !vm.call(custom, args, 3).is_null();
    }
  }
  return generic_setattr(vm, obj, name, v);
}

bool py_delattr(VM& vm, Value obj, StrObject* name) {
  TypeObject* type = vm.type_of(obj);
  if (type->is_heap_type) {
    Value custom = lookup_special(vm, type, Slot::DelAttr);
    if (!custom.is_null() && !is_native_function(custom)) {
      Value args[2] = {obj, Value::object(name)};
      return !vm.call(custom, args, 2).is_null();
    }
  }
  return generic_setattr(vm, obj, name, Value::null());
}

// Entry points used by object.__getattribute__/__setattr__/__delattr__ natives (type.cpp).
Value object_generic_getattr(VM& vm, Value obj, StrObject* name) {
  bool absent = false;
  Value v = generic_getattr(vm, obj, name, absent);
  if (absent && !vm.has_error()) return attribute_error(vm, obj, name);
  return v;
}
bool object_generic_setattr(VM& vm, Value obj, StrObject* name, Value v) {
  return generic_setattr(vm, obj, name, v);
}

// --- Text ---

Value py_repr(VM& vm, Value v) {
  if (v.is_small_int()) return int_repr(vm, v);
  if (v.is_double()) return float_repr_value(vm, v.as_double());
  if (v.is_none()) return vm.intern_value("None");
  if (v.is_bool()) return vm.intern_value(v.is_true() ? "True" : "False");
  // PyObject_Repr counts toward the recursion limit, as CPython's does.
  if (vm.depth() >= vm.options.recursion_limit) {
    return vm.raise(vm.exc.RecursionError,
                    "maximum recursion depth exceeded while getting the repr of an object");
  }
  bool found;
  ++vm.depth_ref();
  vm.native_depth_ref()++;
  Value r = call_special(vm, v, Slot::Repr, nullptr, 0, found);
  vm.native_depth_ref()--;
  --vm.depth_ref();
  if (!found) return vm.new_str(fmt::format("<{} object>", vm.type_name(v)));
  if (r.is_null()) return r;
  if (!is_str(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__repr__ returned non-string (type {})",
                        vm.type_name(r));
  }
  return r;
}

Value py_str(VM& vm, Value v) {
  if (is_str(v) && vm.type_of(v) == vm.types.str) return v;
  if (v.is_small_int()) return int_repr(vm, v);
  if (v.is_double()) return float_repr_value(vm, v.as_double());
  bool found;
  vm.native_depth_ref()++;
  Value r = call_special(vm, v, Slot::Str, nullptr, 0, found);
  vm.native_depth_ref()--;
  if (!found) return py_repr(vm, v);
  if (r.is_null()) return r;
  if (!is_str(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__str__ returned non-string (type {})", vm.type_name(r));
  }
  return r;
}

Value py_ascii(VM& vm, Value v) {
  Value r = py_repr(vm, v);
  if (r.is_null() || as_str(r)->is_ascii) return r;
  std::string out;
  std::string_view s = str_view(r);
  size_t pos = 0;
  while (pos < s.size()) {
    uint32_t cp = utf8_decode(s, pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp <= 0xff) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp <= 0xffff) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      out += fmt::format("\\U{:08x}", cp);
    }
  }
  return vm.new_str_ascii(out);
}

Value py_format(VM& vm, Value v, Value spec) {
  if (is_str(v) && is_str(spec) && as_str(spec)->byte_size == 0 && vm.type_of(v) == vm.types.str) {
    return v;
  }
  // f"{x:.2f}", f"{i:5d}": an exact float or small int is formatted here, without looking up
  // and calling its __format__ (which does the same; an empty spec goes there, for str()).
  if ((v.is_double() || v.is_small_int()) && is_str(spec) && as_str(spec)->byte_size != 0) {
    std::string out;
    FormatError error;
    bool ok = v.is_double() ? format_float(v.as_double(), str_view(spec), out, error)
                            : format_int(BigInt(v.as_small_int()), str_view(spec), out, error);
    if (!ok) return raise_format_error(vm, error);
    return vm.new_str(out);
  }
  bool found;
  Value r = call_special(vm, v, Slot::Format, &spec, 1, found);
  if (!found)
    return vm.raise_fmt(vm.exc.TypeError, "unsupported format string passed to {}.__format__",
                        vm.type_name(v));
  if (r.is_null()) return r;
  if (!is_str(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__ must return a str, not {}", vm.type_name(r));
  }
  return r;
}

bool repr_into(VM& vm, Value v, std::string& out) {
  Value r = py_repr(vm, v);
  if (r.is_null()) return false;
  out += str_view(r);
  return true;
}

bool str_into(VM& vm, Value v, std::string& out) {
  Value r = py_str(vm, v);
  if (r.is_null()) return false;
  out += str_view(r);
  return true;
}

// --- Truth, hashing, comparison ---

int py_truthy(VM& vm, Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Object* o = v.as_object();
  if (o->type == vm.types.str) return static_cast<StrObject*>(o)->byte_size != 0;
  if (o->type == vm.types.list) return !static_cast<ListObject*>(o)->items.empty();
  if (o->type == vm.types.tuple) return static_cast<TupleObject*>(o)->size != 0;
  if (o->type == vm.types.dict) return static_cast<DictObject*>(o)->used != 0;
  if (o->kind == ObjKind::Int && o->type == vm.types.int_) return !bigint_of(v).is_zero();
  bool found;
  Value r = call_special(vm, v, Slot::Bool, nullptr, 0, found);
  if (found) {
    if (r.is_null()) return -1;
    if (!r.is_bool()) {
      vm.raise_fmt(vm.exc.TypeError, "__bool__ should return bool, returned {}", vm.type_name(r));
      return -1;
    }
    return r.is_true();
  }
  Value len = lookup_special(vm, o->type, Slot::Len);
  if (len.is_null()) return 1;
  int64_t n;
  if (!py_len(vm, v, n)) return -1;
  return n != 0;
}

bool py_hash(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int() || v.is_double() || v.is_bool()) {
    out = number_hash(v);
    return true;
  }
  if (v.is_none()) {
    out = static_cast<int64_t>(0xFCA86420u);  // stable, unlike CPython's address-based hash
    return true;
  }
  Object* o = v.as_object();
  if (o->kind == ObjKind::Str) {
    auto* s = static_cast<StrObject*>(o);
    if (s->hash == -1) {
      int64_t h = hash_bytes(s->view());
      s->hash = h == -1 ? -2 : h;
    }
    if (o->type == vm.types.str) {
      out = s->hash;
      return true;
    }
  }
  if (o->kind == ObjKind::Int && o->type == vm.types.int_) {
    out = number_hash(v);
    return true;
  }
  TypeObject* t = o->type;
  Value h = lookup_special(vm, t, Slot::Hash);
  if (h.is_none()) {
    vm.raise_fmt(vm.exc.TypeError, "unhashable type: '{}'", t->name->view());
    return false;
  }
  if (h.is_null()) {
    out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(o) >> 4);
    return true;
  }
  bool found;
  Value r = call_special(vm, v, Slot::Hash, nullptr, 0, found);
  if (r.is_null()) return false;
  if (r.is_small_int()) {
    out = r.as_small_int();
    if (out == -1) out = -2;
    return true;
  }
  if (r.is_bool()) {
    out = r.is_true();
    return true;
  }
  if (is_bigint(r)) {
    // CPython's slot_tp_hash: an int that fits a C long is used as is; a bigger one is
    // reduced like the int's own hash.
    int64_t i;
    out = bigint_of(r).to_int64(i) ? (i == -1 ? -2 : i) : number_hash(r);
    return true;
  }
  vm.raise(vm.exc.TypeError, "__hash__ method should return an integer");
  return false;
}

static Value rich_compare(VM& vm, Value a, Value b, CompareOp op) {
  TypeObject* ta = vm.type_of(a);
  TypeObject* tb = vm.type_of(b);
  bool checked_reverse = false;
  if (ta != tb && vm.is_subtype(tb, ta)) {
    Value m = lookup_special(vm, tb, compare_slot(swapped(op)));
    if (!m.is_null()) {
      checked_reverse = true;
      bool found;
      Value r = call_special(vm, b, compare_slot(swapped(op)), &a, 1, found);
      if (r.is_null() || r != vm.not_implemented()) return r;
    }
  }
  {
    bool found;
    Value r = call_special(vm, a, compare_slot(op), &b, 1, found);
    if (found && (r.is_null() || r != vm.not_implemented())) return r;
  }
  if (!checked_reverse) {
    bool found;
    Value r = call_special(vm, b, compare_slot(swapped(op)), &a, 1, found);
    if (found && (r.is_null() || r != vm.not_implemented())) return r;
  }
  if (op == CompareOp::Eq) return Value::boolean(a == b);
  if (op == CompareOp::Ne) return Value::boolean(a != b);
  return vm.raise_fmt(vm.exc.TypeError, "'{}' not supported between instances of '{}' and '{}'",
                      compare_symbol(op), ta->name->view(), tb->name->view());
}

Value py_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (is_builtin_number(a) && is_builtin_number(b)) return Value::boolean(number_compare(a, b, op));
  if (is_str(a) && is_str(b) && vm.type_of(a) == vm.types.str && vm.type_of(b) == vm.types.str) {
    int c = str_view(a).compare(str_view(b));
    switch (op) {
      case CompareOp::Lt:
        return Value::boolean(c < 0);
      case CompareOp::Le:
        return Value::boolean(c <= 0);
      case CompareOp::Eq:
        return Value::boolean(c == 0);
      case CompareOp::Ne:
        return Value::boolean(c != 0);
      case CompareOp::Gt:
        return Value::boolean(c > 0);
      case CompareOp::Ge:
        return Value::boolean(c >= 0);
    }
  }
  if (vm.native_depth() > 200) {
    return vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded in comparison");
  }
  vm.native_depth_ref()++;
  Value r = rich_compare(vm, a, b, op);
  vm.native_depth_ref()--;
  return r;
}

int py_compare_bool(VM& vm, Value a, Value b, CompareOp op) {
  Value r = py_compare(vm, a, b, op);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true();
  return py_truthy(vm, r);
}

int py_equal(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (is_str(a) && is_str(b)) {
    auto* x = as_str(a);
    auto* y = as_str(b);
    if (x->type == vm.types.str && y->type == vm.types.str) return str_equal(x, y);
  }
  return py_compare_bool(vm, a, b, CompareOp::Eq);
}

// --- Numbers ---

Value py_binary_op(VM& vm, Value a, Value b, int op) {
  int base_op = op >= kInplaceOffset ? op - kInplaceOffset : op;
  if (is_builtin_number(a) && is_builtin_number(b)) {
    Value r = (a.is_double() || b.is_double()) ? float_binary_op(vm, a, b, base_op)
                                               : int_binary_op(vm, a, b, base_op);
    if (r.is_null() || r != vm.not_implemented()) return r;
  }
  if (base_op == static_cast<int>(BinOp::Add) && is_str(a) && is_str(b)) {
    return str_concat(vm, as_str(a), as_str(b));
  }
  TypeObject* ta = vm.type_of(a);
  TypeObject* tb = vm.type_of(b);
  if (op >= kInplaceOffset) {
    Value m = type_lookup(ta, binop_name(vm, base_op, 2));
    if (!m.is_null()) {
      Value args[2] = {a, b};
      Value r = vm.call(m, args, 2);
      if (r.is_null() || r != vm.not_implemented()) return r;
    }
  }
  Value fa = type_lookup(ta, binop_name(vm, base_op, 0));
  Value fb = ta == tb ? Value::null() : type_lookup(tb, binop_name(vm, base_op, 1));
  if (!fb.is_null() && !fa.is_null() && vm.is_subtype(tb, ta) && fa != fb) {
    Value args[2] = {b, a};
    Value r = vm.call(fb, args, 2);
    if (r.is_null() || r != vm.not_implemented()) return r;
    fb = Value::null();
  }
  if (!fa.is_null()) {
    Value args[2] = {a, b};
    Value r = vm.call(fa, args, 2);
    if (r.is_null() || r != vm.not_implemented()) return r;
  }
  if (!fb.is_null()) {
    Value args[2] = {b, a};
    Value r = vm.call(fb, args, 2);
    if (r.is_null() || r != vm.not_implemented()) return r;
  }
  // CPython's sequence fallbacks give these more specific messages.
  if (base_op == static_cast<int>(BinOp::Add) &&
      (ta == vm.types.str || ta == vm.types.list || ta == vm.types.tuple || ta == vm.types.bytes)) {
    return vm.raise_fmt(vm.exc.TypeError, "can only concatenate {} (not \"{}\") to {}",
                        ta->name->view(), tb->name->view(), ta->name->view());
  }
  if (base_op == static_cast<int>(BinOp::Mul)) {
    auto is_seq = [&](TypeObject* t) {
      return t == vm.types.str || t == vm.types.list || t == vm.types.tuple || t == vm.types.bytes;
    };
    if (is_seq(ta) && !is_int_value(b)) {
      return vm.raise_fmt(vm.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                          tb->name->view());
    }
    if (is_seq(tb) && !is_int_value(a)) {
      return vm.raise_fmt(vm.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                          ta->name->view());
    }
  }
  if (base_op == static_cast<int>(BinOp::Pow)) {
    return vm.raise_fmt(vm.exc.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'",
                        op >= kInplaceOffset ? "**=" : "** or pow()", ta->name->view(),
                        tb->name->view());
  }
  return vm.raise_fmt(vm.exc.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'",
                      binop_symbol(op), ta->name->view(), tb->name->view());
}

static Value unary(VM& vm, Value v, StrObject* name, const char* symbol) {
  Value m = type_lookup(vm.type_of(v), name);
  if (m.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "bad operand type for unary {}: '{}'", symbol,
                        vm.type_name(v));
  }
  return vm.call(m, &v, 1);
}

Value py_negative(VM& vm, Value v) {
  if (is_builtin_number(v)) return number_negative(vm, v);
  return unary(vm, v, vm.names.__neg__, "-");
}
Value py_positive(VM& vm, Value v) {
  if (is_builtin_number(v)) return number_positive(vm, v);
  return unary(vm, v, vm.names.__pos__, "+");
}
Value py_invert(VM& vm, Value v) {
  if (is_builtin_number(v) && !v.is_double()) return number_invert(vm, v);
  return unary(vm, v, vm.names.__invert__, "~");
}
Value py_abs(VM& vm, Value v) {
  if (is_builtin_number(v)) return number_abs(vm, v);
  Value m = type_lookup(vm.type_of(v), vm.names.__abs__);
  if (m.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "bad operand type for abs(): '{}'", vm.type_name(v));
  }
  return vm.call(m, &v, 1);
}

// --- Containers ---

Value py_getitem(VM& vm, Value obj, Value key) {
  if (obj.is_object()) {
    Object* o = obj.as_object();
    if (o->type == vm.types.list && key.is_small_int()) {
      auto& items = static_cast<ListObject*>(o)->items;
      int64_t i = key.as_small_int();
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i < 0 || i >= static_cast<int64_t>(items.size())) {
        return vm.raise(vm.exc.IndexError, "list index out of range");
      }
      return items[static_cast<size_t>(i)];
    }
    if (o->type == vm.types.tuple && key.is_small_int()) {
      auto* t = static_cast<TupleObject*>(o);
      int64_t i = key.as_small_int();
      if (i < 0) i += static_cast<int64_t>(t->size);
      if (i < 0 || i >= static_cast<int64_t>(t->size)) {
        return vm.raise(vm.exc.IndexError, "tuple index out of range");
      }
      return t->items()[i];
    }
    if (o->type == vm.types.str && key.is_small_int()) {
      return str_getitem_index(vm, static_cast<StrObject*>(o), key.as_small_int());
    }
    if (o->type == vm.types.dict) {
      Value out;
      int r = dict_lookup(vm, static_cast<DictObject*>(o), key, out);
      if (r == 1) return out;
      if (r < 0) return Value::null();
      Value e = vm.new_exception_args(vm.exc.KeyError, {key});
      if (e.is_null()) return e;
      return vm.raise_value(e);
    }
  }
  bool found;
  Value r = call_special(vm, obj, Slot::GetItem, &key, 1, found);
  if (found) return r;
  if (is_type(obj)) {
    Value cg = type_lookup(as_type(obj), vm.names.__class_getitem__);
    if (!cg.is_null()) {
      Value f = bind_descriptor(vm, cg, obj, as_type(obj));
      if (f.is_null()) return f;
      return vm.call(f, &key, 1);
    }
    return vm.raise_fmt(vm.exc.TypeError, "type '{}' is not subscriptable",
                        as_type(obj)->name->view());
  }
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not subscriptable", vm.type_name(obj));
}

bool py_setitem(VM& vm, Value obj, Value key, Value v) {
  if (obj.is_object()) {
    Object* o = obj.as_object();
    if (o->type == vm.types.list && key.is_small_int()) {
      auto& items = static_cast<ListObject*>(o)->items;
      int64_t i = key.as_small_int();
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i < 0 || i >= static_cast<int64_t>(items.size())) {
        vm.raise(vm.exc.IndexError, "list assignment index out of range");
        return false;
      }
      items[static_cast<size_t>(i)] = v;
      return true;
    }
    if (o->type == vm.types.dict) return dict_set(vm, static_cast<DictObject*>(o), key, v);
  }
  bool found;
  Value args[2] = {key, v};
  Value r = call_special(vm, obj, Slot::SetItem, args, 2, found);
  if (found) return !r.is_null();
  vm.raise_fmt(vm.exc.TypeError, "'{}' object does not support item assignment", vm.type_name(obj));
  return false;
}

bool py_delitem(VM& vm, Value obj, Value key) {
  bool found;
  Value r = call_special(vm, obj, Slot::DelItem, &key, 1, found);
  if (found) return !r.is_null();
  if (lookup_special(vm, vm.type_of(obj), Slot::GetItem).is_null()) {
    vm.raise_fmt(vm.exc.TypeError, "'{}' object does not support item deletion", vm.type_name(obj));
  } else {
    vm.raise_fmt(vm.exc.TypeError, "'{}' object doesn't support item deletion", vm.type_name(obj));
  }
  return false;
}

int py_contains(VM& vm, Value container, Value item) {
  if (container.is_object()) {
    Object* o = container.as_object();
    if (o->type == vm.types.dict) {
      Value out;
      return dict_lookup(vm, static_cast<DictObject*>(o), item, out);
    }
    if (o->type == vm.types.list) {
      auto& items = static_cast<ListObject*>(o)->items;
      for (size_t i = 0; i < items.size(); ++i) {
        int r = py_equal(vm, items[i], item);
        if (r != 0) return r;
      }
      return 0;
    }
  }
  bool found;
  Value r = call_special(vm, container, Slot::Contains, &item, 1, found);
  if (found) {
    if (r.is_null()) return -1;
    return py_truthy(vm, r);
  }
  TypeObject* t = vm.type_of(container);
  if (lookup_special(vm, t, Slot::Iter).is_null() &&
      lookup_special(vm, t, Slot::GetItem).is_null()) {
    vm.raise_fmt(vm.exc.TypeError, "argument of type '{}' is not iterable", t->name->view());
    return -1;
  }
  Value it = py_iter(vm, container);
  if (it.is_null()) return -1;
  for (;;) {
    Value x = py_next(vm, it);
    if (x.is_null()) return vm.has_error() ? -1 : 0;
    int eq = py_equal(vm, x, item);
    if (eq != 0) return eq;
  }
}

bool py_len(VM& vm, Value v, int64_t& out) {
  if (v.is_object()) {
    Object* o = v.as_object();
    switch (o->kind) {
      case ObjKind::Str:
        if (o->type == vm.types.str) {
          out = static_cast<int64_t>(static_cast<StrObject*>(o)->length);
          return true;
        }
        break;
      case ObjKind::List:
        if (o->type == vm.types.list) {
          out = static_cast<int64_t>(static_cast<ListObject*>(o)->items.size());
          return true;
        }
        break;
      case ObjKind::Tuple:
        if (o->type == vm.types.tuple) {
          out = static_cast<int64_t>(static_cast<TupleObject*>(o)->size);
          return true;
        }
        break;
      case ObjKind::Dict:
        if (o->type == vm.types.dict) {
          out = static_cast<int64_t>(static_cast<DictObject*>(o)->used);
          return true;
        }
        break;
      default:
        break;
    }
  }
  bool found;
  Value r = call_special(vm, v, Slot::Len, nullptr, 0, found);
  if (!found) {
    vm.raise_fmt(vm.exc.TypeError, "object of type '{}' has no len()", vm.type_name(v));
    return false;
  }
  if (r.is_null()) return false;
  if (r.is_bool()) r = Value::small_int(r.is_true());
  if (!r.is_small_int()) {
    if (is_bigint(r)) {
      vm.raise(vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    } else {
      vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                   vm.type_name(r));
    }
    return false;
  }
  out = r.as_small_int();
  if (out < 0) {
    vm.raise(vm.exc.ValueError, "__len__() should return >= 0");
    return false;
  }
  return true;
}

Value py_iter(VM& vm, Value v) {
  TypeObject* t = vm.type_of(v);
  Value m = lookup_special(vm, t, Slot::Iter);
  if (m.is_none() || m.is_null()) {
    if (!m.is_none() && !lookup_special(vm, t, Slot::GetItem).is_null()) {
      auto* it = vm.make<SeqIterObject>(vm.types.seq_iterator, v);
      return it ? Value::object(it) : Value::null();
    }
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not iterable", t->name->view());
  }
  Value it;
  if (is_function(m) || is_native_function(m)) {
    it = vm.call(m, &v, 1);
  } else {
    Value b = bind_descriptor(vm, m, v, t);
    if (b.is_null()) return b;
    it = vm.call(b, nullptr, 0);
  }
  if (it.is_null()) return it;
  TypeObject* ti = vm.type_of(it);
  if (lookup_special(vm, ti, Slot::Next).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "iter() returned non-iterator of type '{}'",
                        ti->name->view());
  }
  return it;
}

Value py_next(VM& vm, Value iter) {
  if (iter.is_object()) {
    Object* o = iter.as_object();
    if (o->type == vm.types.range_iterator) {
      auto* r = static_cast<RangeIterObject*>(o);
      if (r->remaining <= 0) return Value::null();
      int64_t v = r->next;
      r->next += r->step;
      --r->remaining;
      return vm.new_int(v);
    }
    if (o->type == vm.types.list_iterator) {
      auto* it = static_cast<SeqIterObject*>(o);
      if (it->seq.is_null()) return Value::null();
      auto& items = as_list(it->seq)->items;
      if (it->index < items.size()) return items[it->index++];
      it->seq = Value::null();
      return Value::null();
    }
    if (o->kind == ObjKind::Generator) {
      bool returned = false;
      Value r = generator_send(vm, static_cast<GeneratorObject*>(o), Value::none(), returned);
      if (returned) return Value::null();
      return r;
    }
  }
  TypeObject* t = vm.type_of(iter);
  Value m = lookup_special(vm, t, Slot::Next);
  if (m.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an iterator", t->name->view());
  }
  Value r = vm.call(m, &iter, 1);
  if (r.is_null() && vm.error_matches(vm.exc.StopIteration)) vm.clear_error();
  return r;
}

bool py_callable(VM& vm, Value v) {
  if (!v.is_object()) return false;
  switch (v.as_object()->kind) {
    case ObjKind::Function:
    case ObjKind::NativeFunction:
    case ObjKind::BoundMethod:
    case ObjKind::Type:
      return true;
    default:
      break;
  }
  return !lookup_special(vm, vm.type_of(v), Slot::Call).is_null();
}

// --- Native argument binding ---

NativeArgSpec::NativeArgSpec(const char* func_name, const char* params) : m_name(func_name) {
  std::string_view p(params);
  size_t kwonly = std::string_view::npos;
  bool seen_default = false;
  while (!p.empty()) {
    size_t comma = p.find(',');
    std::string_view item = p.substr(0, comma);
    p = comma == std::string_view::npos ? std::string_view() : p.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty()) continue;
    if (item == "/") {
      m_posonly = m_params.size();
      continue;
    }
    if (item == "*") {
      kwonly = m_params.size();
      continue;
    }
    if (item.front() == '*') {
      m_varargs = true;
      kwonly = m_params.size();
      continue;
    }
    size_t eq = item.find('=');
    if (eq != std::string_view::npos) {
      seen_default = true;
      item = item.substr(0, eq);
    } else if (!seen_default && kwonly == std::string_view::npos) {
      m_required = m_params.size() + 1;
    }
    m_params.emplace_back(item);
  }
  m_kwonly_start = kwonly == std::string_view::npos ? m_params.size() : kwonly;
}

bool NativeArgSpec::bind(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                         Value* out) const {
  size_t n = m_params.size();
  for (size_t i = 0; i < n; ++i) out[i] = Value::null();
  if (nargs > m_kwonly_start && !m_varargs) {
    if (m_kwonly_start == m_required) {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes {} positional argument{} but {} {} given", m_name,
                   m_kwonly_start, m_kwonly_start == 1 ? "" : "s", nargs,
                   nargs == 1 ? "was" : "were");
    } else {
      vm.raise_fmt(vm.exc.TypeError,
                   "{}() takes from {} to {} positional arguments but {} {} given", m_name,
                   m_required, m_kwonly_start, nargs, nargs == 1 ? "was" : "were");
    }
    return false;
  }
  for (size_t i = 0; i < nargs && i < m_kwonly_start; ++i) out[i] = args[i];
  if (kwnames) {
    for (size_t k = 0; k < kwnames->size; ++k) {
      std::string_view key = str_view(kwnames->items()[k]);
      size_t idx = n;
      for (size_t i = m_posonly; i < n; ++i) {
        if (m_params[i] == key) {
          idx = i;
          break;
        }
      }
      if (idx == n) {
        vm.raise_fmt(vm.exc.TypeError, "{}() got an unexpected keyword argument '{}'", m_name, key);
        return false;
      }
      if (!out[idx].is_null()) {
        vm.raise_fmt(vm.exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                     m_name, key, idx + 1);
        return false;
      }
      out[idx] = args[nargs + k];
    }
  }
  for (size_t i = 0; i < m_required; ++i) {
    if (out[i].is_null()) {
      if (i < m_posonly) {
        vm.raise_fmt(vm.exc.TypeError, "{}() takes at least {} positional argument{} ({} given)",
                     m_name, m_required, m_required == 1 ? "" : "s", nargs);
      } else {
        vm.raise_fmt(vm.exc.TypeError, "{}() missing required argument '{}' (pos {})", m_name,
                     m_params[i], i + 1);
      }
      return false;
    }
  }
  return true;
}

bool check_no_kwargs(VM& vm, const char* fname, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool check_arg_count(VM& vm, const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0) {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", fname, nargs);
    } else if (min == 1) {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly one argument ({} given)", fname, nargs);
    } else {
      vm.raise_fmt(vm.exc.TypeError, "{} expected {} arguments, got {}", fname, min, nargs);
    }
  } else if (nargs < min) {
    vm.raise_fmt(vm.exc.TypeError, "{} expected at least {} argument{}, got {}", fname, min,
                 min == 1 ? "" : "s", nargs);
  } else {
    vm.raise_fmt(vm.exc.TypeError, "{} expected at most {} argument{}, got {}", fname, max,
                 max == 1 ? "" : "s", nargs);
  }
  return false;
}

}  // namespace krait
