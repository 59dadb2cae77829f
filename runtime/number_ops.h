// Arithmetic on the builtin numbers (int, bool, float): what `a + b`, `a < b`, `hash(a)`,
// `-a`, `repr(a)` mean when both operands are ints or floats. The VM's fast paths and the
// protocols (protocol.cpp) call these once they know the operands are builtin numbers; the
// int and float types (int_type.cpp, float_type.cpp) build their dunder methods on them.
//
// Semantics and messages mirror CPython 3.11's Objects/longobject.c and floatobject.c. Ints
// are small-int immediates when they fit 48 bits and IntObjects (BigInt) otherwise; every
// int result goes through VM::new_int so the representation stays canonical.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/int_object.h"
#include "runtime/protocol.h"

namespace krait {

// The instance layout of float subclasses (ObjKind::Float); plain floats are immediate.
// (Defined here because no shared header has it; `dict` is for instances of user subclasses
// once type.cpp allows subclassing float.)
struct FloatObject : Object {
  FloatObject(TypeObject* t, double v) : Object(t, ObjKind::Float), value(v) {}
  void trace(GcVisitor& v) const override { v.visit(reinterpret_cast<const Object*>(dict)); }
  double value;
  struct DictObject* dict = nullptr;
};

// --- Classification and extraction (no VM needed, never fail). ---

// int, bool, big int, or an instance of an int subclass (layout Int).
inline bool is_int_like(Value v) {
  return v.is_small_int() || v.is_bool() || is_kind(v, ObjKind::Int);
}
// float or an instance of a float subclass (layout Float).
inline bool is_float_like(Value v) {
  return v.is_double() || is_kind(v, ObjKind::Float);
}
// The double of a float-like value (the caller checked is_float_like).
inline double float_value(Value v) {
  return v.is_double() ? v.as_double() : static_cast<FloatObject*>(v.as_object())->value;
}
// True (and sets `out`) when an int-like value fits int64: small ints, bools, and IntObjects
// whose value fits (int subclass instances may hold small values).
bool int_like_to_int64(Value v, int64_t& out);
// The value of an int-like as a BigInt (a copy).
BigInt int_like_to_bigint(Value v);

// --- The operations the VM and protocol.cpp call. ---

// Both operands int-like: `a op b` for op in BinOp (0..12, no in-place offset), with CPython's
// results and errors. MatMul returns NotImplemented. bool & | ^ bool gives a bool.
Value int_binary_op(VM& vm, Value a, Value b, int op);
// Both operands numbers, at least one a float: float arithmetic as CPython. Bitwise ops and @
// return NotImplemented. A negative base to a fractional power is a complex number in CPython;
// Krait has no complex type, so that raises ValueError "complex results are not supported"
// (listed in docs/differences.md).
Value float_binary_op(VM& vm, Value a, Value b, int op);
// Exactly the builtin numeric layouts: small int, bool, float, big int of exact type int.
bool is_builtin_number(Value v);
// Rich comparison of two int-like/float-like values (any mix), exact like CPython: an int and
// a float compare by their exact values, NaN is unordered and unequal to everything.
bool number_compare(Value a, Value b, CompareOp op);
bool number_equal(Value a, Value b);
// hash() of an int-like/float-like value: ints modulo 2**61-1, integral floats like the equal
// int, -1 -> -2. NaN hashes to 0 (CPython 3.11 hashes NaN by object identity, which an
// immediate float has not).
int64_t number_hash(Value v);
// Unary operators on int-like/float-like values (results are exact int / float).
Value number_negative(VM& vm, Value v);
Value number_positive(VM& vm, Value v);
Value number_invert(VM& vm, Value v);  // int-like only; the caller checks
Value number_abs(VM& vm, Value v);
// str()/repr() of an int-like (bool -> "True"/"False"), with CPython 3.11's limit of 4300
// decimal digits (ValueError beyond).
Value int_repr(VM& vm, Value v);
// repr() of a float as a str Value.
Value float_repr_value(VM& vm, double d);
// float(int) correctly rounded; OverflowError "int too large to convert to float".
bool int_to_double(VM& vm, Value v, double& out);

// --- Extras for the builtins (pow, divmod, round) and the int/float types. ---

// divmod(a, b) for two int-likes / for numbers with at least one float: a (q, r) tuple.
Value int_divmod(VM& vm, Value a, Value b);
Value float_divmod(VM& vm, Value a, Value b);
// pow(base, exp, mod) for three int-likes, with CPython's errors ("pow() 3rd argument cannot
// be 0", "base is not invertible for the given modulus").
Value int_pow_mod(VM& vm, Value base, Value exp, Value mod);
// An int Value from a double: truncation toward zero, with "cannot convert float infinity to
// integer" (OverflowError) / "cannot convert float NaN to integer" (ValueError).
Value int_from_double(VM& vm, double d);
// An exact int with the value of an int-like (bool -> 0/1, subclass instance -> plain int).
Value int_exact(VM& vm, Value v);

// --- Helpers shared by int_type.cpp and float_type.cpp. ---

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode
// decimal digits their ASCII digit, and the first other non-ASCII character ends the text as
// '?', so that int()/float() parse only ASCII.
std::string numeric_text_to_ascii(std::string_view utf8);
// A slot wrapper's argument check (CPython's wrap_binaryfunc & co): no keywords ("wrapper
// __add__() takes no keyword arguments"), exactly `expected` arguments after self ("expected 1
// argument, got 0").
bool check_wrapper_args(VM& vm, const char* name, size_t nargs, TupleObject* kwnames,
                        size_t expected);
// repr(v) cut to 200 code points, as CPython's "%.200R" in error messages; false on error.
bool repr_for_message(VM& vm, Value v, std::string& out);
// The type name Argument Clinic puts in "argument must be str, not X": "None" for None.
inline std::string_view arg_type_name(VM& vm, Value v) {
  return v.is_none() ? std::string_view("None") : vm.type_name(v);
}
// Raises the exception a number_format.h FormatError describes; returns Null.
struct FormatError;
Value raise_format_error(VM& vm, const FormatError& error);

// CPython 3.11's default sys.int_max_str_digits: int<->str conversions in a base that is not a
// power of two refuse more digits than this.
inline constexpr size_t kIntMaxStrDigits = 4300;

}  // namespace krait
