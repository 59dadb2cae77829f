// Small builtin objects: range, slice, the descriptors (property, staticmethod, classmethod),
// super, and the iterators the VM fast-paths in FOR_ITER.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace krait {

struct ListObject;
struct TupleObject;

// range with int64 bounds (a range whose bounds do not fit raises OverflowError on creation in
// Krait; CPython allows big-int ranges — documented in docs/differences.md).
struct RangeObject : Object {
  RangeObject(TypeObject* t, int64_t a, int64_t b, int64_t s)
      : Object(t, ObjKind::Range), start(a), stop(b), step(s) {}
  int64_t length() const;
  int64_t start, stop, step;
};

struct SliceObject : Object {
  SliceObject(TypeObject* t, Value a, Value b, Value c)
      : Object(t, ObjKind::Slice), start(a), stop(b), step(c) {}
  void trace(GcVisitor& v) const override {
    v.visit(start);
    v.visit(stop);
    v.visit(step);
  }
  Value start, stop, step;
};

struct PropertyObject : Object {
  explicit PropertyObject(TypeObject* t) : Object(t, ObjKind::Property) {}
  void trace(GcVisitor& v) const override {
    v.visit(fget);
    v.visit(fset);
    v.visit(fdel);
    v.visit(doc);
  }
  Value fget = Value::none(), fset = Value::none(), fdel = Value::none(), doc = Value::none();
};

// staticmethod and classmethod wrap one callable.
struct MethodWrapperObject : Object {
  MethodWrapperObject(TypeObject* t, ObjKind k, Value f) : Object(t, k), func(f) {}
  void trace(GcVisitor& v) const override {
    v.visit(func);
    v.visit(reinterpret_cast<const Object*>(dict));
  }
  Value func;
  struct DictObject* dict = nullptr;
};

struct SuperObject : Object {
  SuperObject(TypeObject* t, TypeObject* start, Value o, TypeObject* ot)
      : Object(t, ObjKind::Super), start_type(start), obj(o), obj_type(ot) {}
  void trace(GcVisitor& v) const override;
  TypeObject* start_type;  // the class given to super(): lookup starts after it in the MRO
  Value obj;
  TypeObject* obj_type;
};

// Iterators over ranges, lists and tuples: FOR_ITER runs them without a call.
struct RangeIterObject : Object {
  RangeIterObject(TypeObject* t, int64_t n, int64_t s, int64_t l)
      : Object(t, ObjKind::Iterator), next(n), step(s), remaining(l) {}
  int64_t next, step, remaining;
};

struct SeqIterObject : Object {  // list, tuple, str and __getitem__-protocol iteration
  SeqIterObject(TypeObject* t, Value s) : Object(t, ObjKind::Iterator), seq(s) {}
  void trace(GcVisitor& v) const override { v.visit(seq); }
  Value seq;  // Null once exhausted
  size_t index = 0;
};

}  // namespace krait
