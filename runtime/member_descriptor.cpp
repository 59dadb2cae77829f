// member_descriptor.cpp — __slots__ entries (CPython's PyMemberDescr for T_OBJECT_EX members,
// with its messages).
#include "runtime/member_descriptor.h"

#include <fmt/format.h>

#include "runtime/builtin_types_init.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

void MemberDescriptorObject::trace(GcVisitor& v) const {
  v.visit(owner);
  v.visit(name);
}

// descr_check: the descriptor applies to instances of its class only.
static Value* slot_of(VM& vm, MemberDescriptorObject* m, Value obj) {
  if (!vm.isinstance(obj, m->owner) || !is_kind(obj, ObjKind::Instance) ||
      static_cast<InstanceObject*>(obj.as_object())->inline_slots <= m->index) {
    vm.raise_fmt(vm.exc.TypeError,
                 "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", m->name->view(),
                 m->owner->name->view(), vm.type_name(obj));
    return nullptr;
  }
  return &static_cast<InstanceObject*>(obj.as_object())->slots()[m->index];
}

Value member_get(VM& vm, MemberDescriptorObject* m, Value obj) {
  Value* slot = slot_of(vm, m, obj);
  if (!slot) return Value::null();
  if (slot->is_null()) {
    return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '{}'",
                        vm.type_name(obj), m->name->view());
  }
  return *slot;
}

bool member_set(VM& vm, MemberDescriptorObject* m, Value obj, Value v) {
  Value* slot = slot_of(vm, m, obj);
  if (!slot) return false;
  if (v.is_null() && slot->is_null()) {
    vm.raise(vm.exc.AttributeError, m->name->view());
    return false;
  }
  *slot = v;
  return true;
}

namespace {

MemberDescriptorObject* self_of(Value v) {
  return static_cast<MemberDescriptorObject*>(v.as_object());
}

Value member_descr_get(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "expected 1 or 2 arguments, got {}", nargs - 1);
  }
  if (args[1].is_none()) {
    if (nargs == 3 && !args[2].is_none()) return args[0];
    return vm.raise(vm.exc.TypeError, "__get__(None, None) is invalid");
  }
  return member_get(vm, self_of(args[0]), args[1]);
}

Value member_descr_set(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3) return vm.raise_fmt(vm.exc.TypeError, "expected 2 arguments, got {}", nargs - 1);
  return member_set(vm, self_of(args[0]), args[1], args[2]) ? Value::none() : Value::null();
}

Value member_descr_delete(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  return member_set(vm, self_of(args[0]), args[1], Value::null()) ? Value::none() : Value::null();
}

Value member_descr_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  MemberDescriptorObject* m = self_of(args[0]);
  return vm.new_str(
      fmt::format("<member '{}' of '{}' objects>", m->name->view(), m->owner->name->view()));
}

Value member_descr_name(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(self_of(args[0])->name);
}

Value member_descr_qualname(VM& vm, const Value* args, size_t, TupleObject*) {
  MemberDescriptorObject* m = self_of(args[0]);
  return vm.new_str(fmt::format("{}.{}", m->owner->qualname->view(), m->name->view()));
}

Value member_descr_objclass(VM&, const Value* args, size_t, TupleObject*) {
  return Value::object(self_of(args[0])->owner);
}

Value member_descr_doc(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}

}  // namespace

void init_member_descriptor_type(VM& vm) {
  TypeObject* t = vm.new_builtin_type("member_descriptor", nullptr, ObjKind::MemberDescriptor);
  t->is_basetype = false;
  vm.types.member_descriptor = t;
  vm.add_methods(t, {{"__get__", member_descr_get},
                     {"__set__", member_descr_set},
                     {"__delete__", member_descr_delete},
                     {"__repr__", member_descr_repr}});
  vm.add_property(t, "__name__", member_descr_name);
  vm.add_property(t, "__qualname__", member_descr_qualname);
  vm.add_property(t, "__objclass__", member_descr_objclass);
  vm.add_property(t, "__doc__", member_descr_doc);
}

}  // namespace krait
