// The header of every heap object, and the visitor the collector traces them with.
//
// Each object knows two things about itself: `type`, its Python type (what `type(x)` returns,
// which may be a user subclass), and `kind`, the C++ layout it was allocated with (the "solid
// base" in CPython's terms). Native code switches on `kind` to find its fields; Python semantics
// follow `type`. An instance of `class E(ValueError)` has kind Exception and type E.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace krait {

class VM;
struct TypeObject;
class GcVisitor;

enum class ObjKind : uint8_t {
  Type,
  Str,
  Bytes,
  Int,    // big ints only; small ints are immediate
  Float,  // only used as the layout of float subclasses' instances; plain floats are immediate
  Tuple,
  List,
  Dict,
  Set,  // set and frozenset
  Range,
  Slice,
  Function,
  NativeFunction,
  BoundMethod,
  Code,
  Cell,
  Module,
  Instance,  // instance of a user class with no native base
  Exception,
  Generator,  // generators and coroutines
  Iterator,   // native iterators (list/tuple/str/range/dict/... iterators, enumerate, zip, map...)
  Property,
  StaticMethod,
  ClassMethod,
  Super,
  DictView,
  Future,  // asyncio.Future and asyncio.Task (FutureObject, TaskObject)
  EventLoop,
  Handle,            // asyncio.Handle, asyncio.TimerHandle
  NativeCoroutine,   // coroutine-like objects implemented in C++ (NativeCoroutineObject)
  TaskGroup,         // asyncio.TaskGroup (stdlib/asyncio_taskgroup.cpp)
  Other,             // anything stdlib defines for itself; uses the type's slots only
  MemberDescriptor,  // a __slots__ entry of a class (runtime/member_descriptor.h)
  WeakRef,           // weakref.ref (runtime/weakref.h)
};

struct Object {
  Object(TypeObject* t, ObjKind k) : type(t), kind(k) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  // Report every Value and Object this object references. Precise: the collector frees what is
  // not reached.
  virtual void trace(GcVisitor&) const {}
  // Bytes owned outside the object itself (vector capacity etc.), for the heap's accounting.
  virtual size_t external_size() const { return 0; }
  // Finalisation (CPython's tp_finalize), for objects registered with VM::register_finalizer:
  // when the collector finds one unreachable and needs_finalize() says so, it keeps the object
  // (and what it references) alive for one more cycle and runs finalize() at the end of the
  // collection, once (a generator closes, a task reports it was destroyed pending...).
  virtual bool needs_finalize(VM&) const { return false; }
  // Gives back memory taken from the heap's block allocator (Heap::allocate_block), just
  // before the object is destroyed.
  virtual void free_blocks(class Heap&) {}
  virtual void finalize(VM&) {}

  TypeObject* type;
  ObjKind kind;
  // Bit-fields, so that the header stays 24 bytes.
  bool gc_marked : 1 = false;
  bool gc_finalized : 1 = false;
  bool gc_has_finalizer : 1 = false;  // registered with VM::register_finalizer
  bool scratch : 1 = false;  // a mark natives may use within one call (e.g. gather's dedupe)
  // Values stored inline after an InstanceObject (its class's __slots__); in the header's
  // padding so that it costs nothing.
  uint16_t inline_slots = 0;
  uint32_t gc_size = 0;  // bytes of the allocation, set by the heap
};

static_assert(sizeof(Object) == 24, "the object header is 24 bytes");

class GcVisitor {
 public:
  virtual ~GcVisitor() = default;
  virtual void visit_object(const Object* o) = 0;
  void visit(Value v) {
    if (v.is_object()) visit_object(v.as_object());
  }
  void visit(const Object* o) {
    if (o) visit_object(o);
  }
};

inline bool is_kind(Value v, ObjKind k) {
  return v.is_object() && v.as_object()->kind == k;
}

template <class T>
T* as(Value v) {
  return static_cast<T*>(v.as_object());
}

}  // namespace krait
