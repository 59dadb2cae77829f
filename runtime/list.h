// `list`: a growable array of Values. Instances of list subclasses carry an attribute dict.
#pragma once

#include <vector>

#include "runtime/object.h"

namespace krait {

struct DictObject;

struct ListObject : Object {
  explicit ListObject(TypeObject* t) : Object(t, ObjKind::List) {}
  void trace(GcVisitor& v) const override;
  size_t external_size() const override { return items.capacity() * sizeof(Value); }

  std::vector<Value> items;
  DictObject* dict = nullptr;  // only for subclass instances
};

inline bool is_list(Value v) {
  return is_kind(v, ObjKind::List);
}
inline ListObject* as_list(Value v) {
  return static_cast<ListObject*>(v.as_object());
}

}  // namespace krait
