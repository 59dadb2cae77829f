// Callables and the objects closures are made of: code objects (the runtime form of a compiled
// CodeUnit), Python functions, cells, bound methods and native functions.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "interpreter/code_unit.h"
#include "runtime/object.h"

namespace krait {

struct StrObject;
struct TupleObject;
struct DictObject;
struct TypeObject;

// Inline cache of one attribute/method/global instruction, filled by the VM on first execution.
struct InlineCache {
  uint64_t version = 0;              // type version or dict keys_version the entry is valid for
  uint64_t version2 = 0;             // second dict (builtins) for globals
  Value value;                       // cached attribute/global or method
  int64_t index = -1;                // position in a dict's entries
  uint32_t kind = 0;                 // what the cache holds; meaning depends on the opcode
  uint32_t arg = 0;                  // the instruction's original argument (a name index)
  const TypeObject* type = nullptr;  // the receiver type the entry is valid for
  const Object* owner = nullptr;     // the dict (globals) the entry is valid for
};

struct CodeObject : Object {
  CodeObject(TypeObject* t, std::shared_ptr<const CodeUnit> u)
      : Object(t, ObjKind::Code), unit(std::move(u)) {}
  void trace(GcVisitor& v) const override;
  size_t external_size() const override {
    return code.capacity() * 4 + consts.capacity() * 8 + caches.capacity() * sizeof(InlineCache);
  }

  std::shared_ptr<const CodeUnit> unit;
  std::vector<uint32_t> code;  // the unit's bytecode after the VM's load-time specialisation
  std::vector<Value> consts;
  std::vector<StrObject*> names;             // interned
  std::vector<StrObject*> localsplus_names;  // interned
  std::vector<InlineCache> caches;  // indexed by the rewritten argument of cached instructions
  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  StrObject* filename = nullptr;
  uint32_t nlocalsplus = 0;
  uint32_t nlocals = 0;  // plain locals: the slots before the first cell/free-only slot
  uint32_t ncells = 0;
  uint32_t nfree = 0;
  uint32_t stacksize = 0;
  uint32_t flags = 0;
  uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t total_args = 0;  // argcount + kwonly + varargs + varkw
  // Slots of `localsplus` that MAKE_CELL wraps; for the fast call path, true when none.
  bool simple_args = false;  // no cells among args, no *args/**kw, no kwonly
};

struct CellObject : Object {
  explicit CellObject(TypeObject* t, Value v = Value::null())
      : Object(t, ObjKind::Cell), value(v) {}
  void trace(GcVisitor& v) const override { v.visit(value); }
  Value value;  // Null: empty cell
};

struct FunctionObject : Object {
  FunctionObject(TypeObject* t, CodeObject* c, DictObject* g)
      : Object(t, ObjKind::Function), code(c), globals(g) {}
  void trace(GcVisitor& v) const override;

  CodeObject* code;
  DictObject* globals;
  DictObject* builtins = nullptr;
  TupleObject* defaults = nullptr;
  DictObject* kwdefaults = nullptr;
  TupleObject* closure = nullptr;
  DictObject* annotations = nullptr;
  DictObject* dict = nullptr;
  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  Value doc = Value::none();
  Value module = Value::none();
};

// Native functions receive positional arguments in args[0..nargs) and, when `kwnames` is not
// null, keyword arguments in args[nargs..nargs+len(kwnames)). They return a Value, or Null with
// an exception pending (VM::raise...). A `__next__` may also return Null with no exception
// pending to signal exhaustion without allocating a StopIteration.
using NativeFn = Value (*)(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);

struct NativeFunctionObject : Object {
  NativeFunctionObject(TypeObject* t, NativeFn f, StrObject* n)
      : Object(t, ObjKind::NativeFunction), fn(f), name(n) {}
  void trace(GcVisitor& v) const override;

  NativeFn fn;
  StrObject* name;
  // A method of a builtin type: args[0] must be an instance of `owner` (checked by the VM).
  TypeObject* owner = nullptr;
  Value self = Value::null();  // bound receiver for builtin methods taken as attributes
  Value data = Value::null();  // per-function state for natives that need it
  const char* doc = nullptr;
  bool is_static = false;       // a staticmethod of a builtin type (e.g. str.maketrans, __new__)
  bool is_classmethod = false;  // receives the type as args[0] (e.g. dict.fromkeys)
  // T.__new__ of a builtin type T: args[0] must be T or a subtype whose instances that __new__
  // can make (checked by the VM, as CPython's tp_new_wrapper).
  TypeObject* new_of = nullptr;
};

struct BoundMethodObject : Object {
  BoundMethodObject(TypeObject* t, Value f, Value s)
      : Object(t, ObjKind::BoundMethod), func(f), self(s) {}
  void trace(GcVisitor& v) const override {
    v.visit(func);
    v.visit(self);
  }
  Value func;
  Value self;
};

inline bool is_function(Value v) {
  return is_kind(v, ObjKind::Function);
}
inline FunctionObject* as_function(Value v) {
  return static_cast<FunctionObject*>(v.as_object());
}
inline bool is_native_function(Value v) {
  return is_kind(v, ObjKind::NativeFunction);
}
inline NativeFunctionObject* as_native(Value v) {
  return static_cast<NativeFunctionObject*>(v.as_object());
}

}  // namespace krait
