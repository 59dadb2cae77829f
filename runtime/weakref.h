// weakref.h — weak references (weakref.ref). The collector does not follow `referent`; when it
// frees the referent it clears every registered reference to it (VM::clear_dead_weakrefs) and
// then calls their callbacks.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace krait {

struct WeakRefObject : Object {
  WeakRefObject(TypeObject* t, Object* target, Value cb)
      : Object(t, ObjKind::WeakRef), referent(target), callback(cb) {}
  void trace(GcVisitor& v) const override {
    if (callback.bits() != 0) v.visit(callback);
  }
  Object* referent;  // null once the referent is gone
  Value callback;    // None when there is none
  int64_t hash = -1;
};

}  // namespace krait
