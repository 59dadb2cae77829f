// `tuple`: an immutable array of Values stored inline after the header.
#pragma once

#include "runtime/object.h"

namespace krait {

struct TupleObject : Object {
  TupleObject(TypeObject* t, size_t n) : Object(t, ObjKind::Tuple), size(n) {
    for (size_t i = 0; i < n; ++i) items()[i] = Value::none();
  }
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value get(size_t i) const { return items()[i]; }
  void trace(GcVisitor& v) const override {
    for (size_t i = 0; i < size; ++i) v.visit(items()[i]);
  }

  size_t size;
  int64_t hash = -1;
};

inline bool is_tuple(Value v) {
  return is_kind(v, ObjKind::Tuple);
}
inline TupleObject* as_tuple(Value v) {
  return static_cast<TupleObject*>(v.as_object());
}

}  // namespace krait
