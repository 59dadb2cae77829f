// Classes and the objects that make them work: creating a class (`class` statements,
// type(name, bases, dict)), instantiating one, and the descriptors attribute lookup binds.
#pragma once

#include "runtime/misc_objects.h"
#include "runtime/vm.h"

namespace krait {

struct FunctionObject;
struct TupleObject;

// builtins.__build_class__(func, name, *bases, metaclass=None, **kwds).
Value builtin_build_class(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);
// type(name, bases, dict) with `meta` as the metaclass.
Value type_new(VM& vm, TypeObject* meta, Value name, Value bases, Value ns, TupleObject* kwnames,
               const Value* kwvalues);
// Calling a class: __new__ then __init__ (the generic path; the dispatch loop has a faster one).
Value type_call(VM& vm, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames);
// Whether calling the class `t` must go through its metaclass's own __call__ (a metaclass that
// overrides type.__call__), instead of type_call.
bool metaclass_overrides_call(VM& vm, TypeObject* t);
// Allocates a bare instance of a class whose layout is `type->instance_kind` (object.__new__).
Value alloc_instance(VM& vm, TypeObject* type);
// The checks CPython's tp_new_wrapper makes when a builtin type's __new__ is called directly
// (T.__new__(S, ...)): S must be a type, a subtype of T, and one whose instances T.__new__ can
// make (its nearest __new__ written in C++ is T's). False with TypeError pending.
bool check_native_new_args(VM& vm, const NativeFunctionObject* new_fn, const Value* args,
                           size_t nargs);
// Whether calling `type` may skip __new__ (it is object.__new__) and whether its __init__ is
// object.__init__; used by the dispatch loop's constructor fast path.
bool type_has_default_new(VM& vm, TypeObject* type);
// Attribute lookup through super().
Value super_getattr(VM& vm, SuperObject* s, StrObject* name, bool& absent);
// object.__getattribute__ / __setattr__ semantics, bypassing overrides (protocol.cpp).
Value object_generic_getattr(VM& vm, Value obj, StrObject* name);
bool object_generic_setattr(VM& vm, Value obj, StrObject* name, Value v);
// The class body runner, defined by the interpreter: runs `body` with `ns` as its locals
// mapping and returns what the body returned (the __class__ cell or None).
Value run_class_body(VM& vm, FunctionObject* body, Value ns);

}  // namespace krait
