// `type`: classes, both the builtin ones and those a script defines.
//
// Attribute lookup walks `mro`. Each type has a `version` that changes whenever its dict or the
// dict of any type in its MRO changes; inline caches and the special-method cache below compare
// it to know whether what they remember is still true.
#pragma once

#include <array>
#include <cstdint>

#include "runtime/object.h"

namespace krait {

struct StrObject;
struct TupleObject;
struct DictObject;

// Special methods the VM looks up often; cached per type.
enum class Slot : uint8_t {
  Repr,
  Str,
  Hash,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
  Bool,
  Len,
  Iter,
  Next,
  GetItem,
  SetItem,
  DelItem,
  Contains,
  Call,
  GetAttr,
  GetAttribute,
  SetAttr,
  DelAttr,
  Get,
  Set,
  Delete,
  Init,
  New,
  Enter,
  Exit,
  Index,
  Int,
  Float,
  Format,
  Missing,
  Count
};

struct TypeObject : Object {
  TypeObject(TypeObject* meta, ObjKind layout)
      : Object(meta, ObjKind::Type), instance_kind(layout) {}
  void trace(GcVisitor& v) const override;

  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  TypeObject* base = nullptr;  // __base__: the solid base
  TupleObject* bases = nullptr;
  TupleObject* mro = nullptr;
  DictObject* dict = nullptr;
  ObjKind instance_kind;      // layout of instances
  bool is_heap_type = false;  // defined by a script (attributes may be set)
  bool is_basetype = true;    // may be subclassed
  // Set once an instance's attribute dict may hold a name the class also defines (or the dict
  // was handed to Python code): method calls must then check the instance dict first.
  bool may_shadow_methods = false;
  // __slots__: instances have no attribute dict (unless a base or '__dict__' gives one), and
  // nslots values stored inline (InstanceObject layouts), the last of them added by
  // slots_owner (the most derived class in the MRO that declared non-empty __slots__).
  bool no_instance_dict = false;
  bool no_weakref = false;  // __slots__ without '__weakref__': weakref.ref() refuses instances
  uint16_t nslots = 0;
  TypeObject* slots_owner = nullptr;
  uint64_t version = 0;
  // Special-method cache: valid while slot_version == version.
  uint64_t slot_version = ~uint64_t(0);
  std::array<Value, static_cast<size_t>(Slot::Count)> slots{};
};

inline bool is_type(Value v) {
  return is_kind(v, ObjKind::Type);
}
inline TypeObject* as_type(Value v) {
  return static_cast<TypeObject*>(v.as_object());
}

}  // namespace krait
