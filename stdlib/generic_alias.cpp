// PEP 585 and PEP 604 on the builtin classes: `list[int]` (a types.GenericAlias) and
// `int | None` (a types.UnionType). The alias types are written in Python (stdlib/py/types.py);
// these natives give the builtin classes the methods that build them.
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

Value types_attr(VM& vm, const char* name) {
  Value types = vm.import_module("types");
  if (types.is_null()) return types;
  return py_getattr(vm, types, vm.intern(name));
}

// cls.__class_getitem__(item) -> types.GenericAlias(cls, item)
Value class_getitem(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames || nargs != 2)
    return vm.raise(vm.exc.TypeError, "__class_getitem__ expects one argument");
  Value alias = types_attr(vm, "GenericAlias");
  if (alias.is_null()) return alias;
  return vm.call(alias, {args[0], args[1]});
}

// type.__or__ / __ror__: a union when the other operand can be in one, else NotImplemented.
Value union_with(VM& vm, Value left, Value right, Value other) {
  Value unionable = types_attr(vm, "_unionable");
  if (unionable.is_null()) return unionable;
  Value ok = vm.call(unionable, {other});
  if (ok.is_null()) return ok;
  if (!ok.is_true()) return vm.not_implemented();
  Value make = types_attr(vm, "_union_or");
  if (make.is_null()) return make;
  return vm.call(make, {left, right});
}

Value type_or(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "__or__ expects one argument");
  return union_with(vm, args[0], args[1], args[1]);
}

Value type_ror(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "__ror__ expects one argument");
  return union_with(vm, args[1], args[0], args[1]);
}

}  // namespace

void install_generic_aliases(VM& vm) {
  for (TypeObject* t : {vm.types.list, vm.types.dict, vm.types.tuple, vm.types.set,
                        vm.types.frozenset, vm.types.type, vm.types.enumerate}) {
    vm.add_methods(t, {{"__class_getitem__", class_getitem, MethodDef::kClass}});
  }
  vm.add_methods(vm.types.type, {{"__or__", type_or}, {"__ror__", type_ror}});
}

}  // namespace krait
