// Modules and plain instances of user classes: both are a dict of attributes.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct DictObject;
struct StrObject;

struct ModuleObject : Object {
  ModuleObject(TypeObject* t, DictObject* d) : Object(t, ObjKind::Module), dict(d) {}
  void trace(GcVisitor& v) const override { v.visit(reinterpret_cast<Object*>(dict)); }
  DictObject* dict;
};

struct InstanceObject : Object {
  explicit InstanceObject(TypeObject* t) : Object(t, ObjKind::Instance) {}
  void trace(GcVisitor& v) const override {
    v.visit(reinterpret_cast<Object*>(dict));
    for (uint16_t i = 0; i < inline_slots; ++i)
      if (slots()[i].bits() != 0) v.visit(slots()[i]);
  }
  // The values of the class's __slots__ (Null while unset), allocated after the object.
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  const Value* slots() const { return reinterpret_cast<const Value*>(this + 1); }
  DictObject* dict = nullptr;  // created on first attribute store
};

// A new instance of a class whose instances are InstanceObjects, with room for its __slots__.
InstanceObject* new_instance(VM& vm, TypeObject* t);

}  // namespace krait
