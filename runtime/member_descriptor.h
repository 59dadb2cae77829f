// member_descriptor.h — the descriptors a class's __slots__ puts in its dict. Each one reads and
// writes one value stored inline after the instance (InstanceObject::slots()), so instances of
// slotted classes need no attribute dict.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct StrObject;

struct MemberDescriptorObject : Object {
  MemberDescriptorObject(TypeObject* t, TypeObject* owner_type, StrObject* slot_name, uint16_t i)
      : Object(t, ObjKind::MemberDescriptor), owner(owner_type), name(slot_name), index(i) {}
  void trace(GcVisitor& v) const override;
  TypeObject* owner;  // __objclass__
  StrObject* name;
  uint16_t index;  // into InstanceObject::slots()
};

// obj.<slot>: AttributeError while unset, TypeError when obj is not an instance of the owner.
Value member_get(VM& vm, MemberDescriptorObject* m, Value obj);
// obj.<slot> = v, or `del obj.<slot>` when v is Null. False with an exception pending.
bool member_set(VM& vm, MemberDescriptorObject* m, Value obj, Value v);

}  // namespace krait
