// `set` and `frozenset`: CPython's open-addressing set table (setobject.c), replicated closely
// enough that iteration order matches CPython for ints, so printed sets of ints are identical.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace krait {

struct DictObject;

struct SetEntry {
  int64_t hash;
  Value key;  // Null: empty; `dummy` marks a deleted slot (see set.cpp)
};

struct SetObject : Object {
  explicit SetObject(TypeObject* t) : Object(t, ObjKind::Set) {}
  void trace(GcVisitor& v) const override;
  size_t external_size() const override { return table.capacity() * sizeof(SetEntry); }

  std::vector<SetEntry> table;  // size is a power of two (>= 8) once anything was added
  size_t fill = 0;              // active + dummy
  size_t used = 0;              // active
  size_t finger = 0;            // for pop()
  int64_t hash = -1;            // frozenset hash cache
  DictObject* dict = nullptr;
};

inline bool is_set_like(Value v) {
  return is_kind(v, ObjKind::Set);
}
inline SetObject* as_set(Value v) {
  return static_cast<SetObject*>(v.as_object());
}

// 1/0/-1 as for dicts.
int set_contains(VM& vm, SetObject* s, Value key);
bool set_add(VM& vm, SetObject* s, Value key);
int set_discard(VM& vm, SetObject* s, Value key);
// Iteration in table order; false at the end.
bool set_next(const SetObject* s, size_t& pos, Value& key);

}  // namespace krait
