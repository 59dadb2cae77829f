// `complex`: a pair of doubles, immutable, with CPython 3.11's arithmetic
// (Objects/complexobject.c), including its treatment of signed zeros, infinities and NaNs.
//
// Instances use ObjKind::Other (the layout enum is shared; complex needs no dispatch-loop fast
// paths) and are recognised by type. complex is not subclassable in Krait yet.
#pragma once

#include "runtime/object.h"
#include "runtime/vm.h"

namespace krait {

struct ComplexObject : Object {
  ComplexObject(TypeObject* t, double r, double i) : Object(t, ObjKind::Other), real(r), imag(i) {}
  double real, imag;
};

inline bool is_complex(const VM& vm, Value v) {
  return v.is_object() && v.as_object()->kind == ObjKind::Other &&
         v.as_object()->type == vm.types.complex;
}
inline ComplexObject* as_complex(Value v) {
  return static_cast<ComplexObject*>(v.as_object());
}

// A new complex; Null with MemoryError pending.
Value complex_new(VM& vm, double real, double imag);
// (a_re + a_im j) ** (b_re + b_im j) as CPython's complex_pow (no modulus): ZeroDivisionError
// "0.0 to a negative or complex power", OverflowError "complex exponentiation". float ** float
// with a negative base and a fractional exponent comes here, as in CPython.
Value complex_power(VM& vm, double a_re, double a_im, double b_re, double b_im);

}  // namespace krait
