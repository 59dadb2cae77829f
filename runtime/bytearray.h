// `bytearray`: a mutable byte string. Its bytes live in a growable buffer outside the object
// (unlike bytes, whose data is inline), so item and slice assignment, append and += work in place.
//
// Instances use ObjKind::Other (the layout enum is shared, and bytearray needs no fast paths in
// the dispatch loop), so they are recognised by type. bytearray is not subclassable in Krait yet.
//
// The methods bytearray shares with bytes (find, split, upper, decode, ...) are implemented once
// in bytes_type.cpp, on either type; the mutating ones are in bytearray_type.cpp.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace krait {

struct ByteArrayObject : Object {
  explicit ByteArrayObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  size_t external_size() const override { return data.capacity(); }
  std::string_view view() const { return data; }
  unsigned char* bytes() { return reinterpret_cast<unsigned char*>(data.data()); }
  size_t size() const { return data.size(); }

  std::string data;
};

inline bool is_bytearray(const VM& vm, Value v) {
  return v.is_object() && v.as_object()->kind == ObjKind::Other &&
         v.as_object()->type == vm.types.bytearray;
}
inline ByteArrayObject* as_bytearray(Value v) {
  return static_cast<ByteArrayObject*>(v.as_object());
}

// bytes or bytearray: what CPython's buffer protocol accepts among Krait's types. `out` views the
// object's current bytes, valid until Python code runs (which may resize a bytearray).
inline bool bytes_like(const VM& vm, Value v, std::string_view& out) {
  if (is_bytes(v)) {
    out = static_cast<BytesObject*>(v.as_object())->view();
    return true;
  }
  if (is_bytearray(vm, v)) {
    out = as_bytearray(v)->view();
    return true;
  }
  return false;
}

// A new bytearray holding `data`; nullptr with MemoryError pending.
ByteArrayObject* bytearray_new(VM& vm, std::string_view data);
// Resizes the buffer, accounting growth against the memory limit. False with MemoryError.
bool bytearray_resize(VM& vm, ByteArrayObject* b, size_t n);

}  // namespace krait
