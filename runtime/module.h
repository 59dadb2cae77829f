// Modules and plain instances of user classes: both are a dict of attributes.
#pragma once

#include "runtime/object.h"

namespace krait {

struct DictObject;
struct StrObject;

struct ModuleObject : Object {
  ModuleObject(TypeObject* t, DictObject* d) : Object(t, ObjKind::Module), dict(d) {}
  void trace(GcVisitor& v) const override { v.visit(reinterpret_cast<Object*>(dict)); }
  DictObject* dict;
};

struct InstanceObject : Object {
  explicit InstanceObject(TypeObject* t) : Object(t, ObjKind::Instance) {}
  void trace(GcVisitor& v) const override { v.visit(reinterpret_cast<Object*>(dict)); }
  DictObject* dict = nullptr;  // created on first attribute store
};

}  // namespace krait
