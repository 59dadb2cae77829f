// Big ints: the heap form of `int` for values outside the 48-bit immediate range.
#pragma once

#include "runtime/bigint.h"
#include "runtime/object.h"

namespace krait {

struct IntObject : Object {
  IntObject(TypeObject* t, BigInt v) : Object(t, ObjKind::Int), value(std::move(v)) {}
  size_t external_size() const override {
    return value.magnitude().capacity() * sizeof(BigInt::Limb);
  }
  BigInt value;
};

inline bool is_bigint(Value v) {
  return is_kind(v, ObjKind::Int);
}
inline const BigInt& bigint_of(Value v) {
  return static_cast<IntObject*>(v.as_object())->value;
}

}  // namespace krait
