// Big ints: the heap form of `int` for values outside the 48-bit immediate range.
#pragma once

#include "runtime/bigint.h"
#include "runtime/object.h"

namespace krait {

// Also the layout of int subclasses' instances (of any value), which may have an attribute dict.
struct IntObject : Object {
  IntObject(TypeObject* t, BigInt v) : Object(t, ObjKind::Int), value(std::move(v)) {}
  size_t external_size() const override {
    return value.magnitude().capacity() * sizeof(BigInt::Limb);
  }
  void trace(GcVisitor& v) const override { v.visit(reinterpret_cast<const Object*>(dict)); }
  BigInt value;
  struct DictObject* dict = nullptr;  // instances of user subclasses only
};

inline bool is_bigint(Value v) {
  return is_kind(v, ObjKind::Int);
}
inline const BigInt& bigint_of(Value v) {
  return static_cast<IntObject*>(v.as_object())->value;
}

}  // namespace krait
