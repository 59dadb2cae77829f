// Arithmetic, comparison, hashing and conversion of the builtin numbers (see number_ops.h), and
// the numeric protocol functions of protocol.h (py_index, py_to_double, ...).
//
// Every int operation tries the int64 path first (both operands small ints or bools, checked
// with __builtin_*_overflow) and falls back to BigInt; results go through VM::new_int so a value
// that fits 48 bits is always an immediate. Mirrors CPython 3.11 Objects/longobject.c (long_add,
// long_pow, long_lshift, long_richcompare...) and Objects/floatobject.c (float_pow,
// float_richcompare, float_hash...).
#include "runtime/number_ops.h"

#include <fmt/format.h>

#include <cfloat>
#include <climits>
#include <cmath>
#include <string>

#include "runtime/complex.h"
#include "runtime/number_format.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/unicode_db.h"

namespace krait {

namespace {

// Results larger than this many bits are refused with MemoryError up front: CPython would try
// the allocation (and fail, or run for hours); we must never let std::vector throw.
constexpr uint64_t kMaxIntBits = uint64_t{1} << 34;  // 2 GiB of limbs

inline bool small_value(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
    return true;
  }
  return false;
}

// False (MemoryError pending) when an int of `bits` bits may not be built.
bool reserve_bits(VM& vm, uint64_t bits) {
  if (bits > kMaxIntBits || vm.heap().would_exceed(bits / 8)) {
    vm.raise_memory_error();
    return false;
  }
  return true;
}

inline int bit_length64(int64_t x) {
  uint64_t m = x < 0 ? uint64_t(0) - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
  return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

Value zero_division(VM& vm, const char* msg) { return vm.raise(vm.exc.ZeroDivisionError, msg); }

// CPython's float_pow, with errno's ERANGE detected from the result (finite inputs, infinite
// output). Raises for 0.0 ** negative; a negative base to a fractional power gives a complex.
Value double_pow(VM& vm, double iv, double iw) {
  if (iw == 0.0) return Value::from_double(1.0);
  if (std::isnan(iv)) return Value::from_double(iw == 0.0 ? 1.0 : iv);
  if (std::isnan(iw)) return Value::from_double(iv == 1.0 ? 1.0 : iw);
  auto is_odd_integer = [](double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; };
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0) return Value::from_double(1.0);
    if ((iw > 0.0) == (av > 1.0)) return Value::from_double(std::fabs(iw));
    return Value::from_double(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return Value::from_double(odd ? iv : std::fabs(iv));
    return Value::from_double(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return zero_division(vm, "0.0 cannot be raised to a negative power");
    return Value::from_double(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // Negative numbers raised to fractional powers become complex, as in CPython.
      return complex_power(vm, iv, 0.0, iw, 0.0);
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return Value::from_double(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) {
    // PyErr_SetFromErrno(OverflowError) with ERANGE: args (34, 'Numerical result out of range').
    Value msg = vm.new_str_ascii("Numerical result out of range");
    if (msg.is_null()) return msg;
    Value e = vm.new_exception_args(vm.exc.OverflowError, {Value::small_int(34), msg});
    if (e.is_null()) return e;
    return vm.raise_value(e);
  }
  return Value::from_double(negate ? -r : r);
}

// A float operand of a mixed operation: floats as they are, ints converted exactly-rounded.
inline bool operand_double(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (is_float_like(v)) {
    out = float_value(v);
    return true;
  }
  return int_to_double(vm, v, out);
}

// base ** exp for ints with exp >= 0 (exp given as a BigInt; it may be huge).
Value int_pow_nonneg(VM& vm, const BigInt& base, const BigInt& exp) {
  if (exp.is_zero()) return Value::small_int(1);
  int64_t b;
  if (base.to_int64(b) && b >= -1 && b <= 1) {
    if (b == -1) return Value::small_int(exp.is_odd() ? -1 : 1);
    return Value::small_int(b);
  }
  uint64_t e;
  if (!exp.to_uint64(e)) {
    vm.raise_memory_error();
    return Value::null();
  }
  // The result has at least (bits(base) - 1) * e + 1 bits.
  uint64_t bl = base.bit_length();
  uint64_t bits;
  if (__builtin_mul_overflow(bl - 1, e, &bits) || !reserve_bits(vm, bits + 1)) {
    if (!vm.has_error()) vm.raise_memory_error();
    return Value::null();
  }
  return vm.new_int(BigInt::pow(base, e));
}

Value small_pow(VM& vm, Value a, Value b, int64_t x, int64_t y) {
  if (y < 0) return float_binary_op(vm, a, b, static_cast<int>(BinOp::Pow));
  if (x == 0) return Value::small_int(y == 0 ? 1 : 0);
  if (x == 1) return Value::small_int(1);
  if (x == -1) return Value::small_int((y & 1) ? -1 : 1);
  // Square-and-multiply in int64 until something overflows.
  int64_t result = 1, base = x, e = y;
  bool overflow = false;
  while (true) {
    if (e & 1) {
      if (__builtin_mul_overflow(result, base, &result)) {
        overflow = true;
        break;
      }
    }
    e >>= 1;
    if (e == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) {
      overflow = true;
      break;
    }
  }
  if (!overflow) return vm.new_int(result);
  return int_pow_nonneg(vm, BigInt(x), BigInt(y));
}

Value small_int_op(VM& vm, Value a, Value b, int64_t x, int64_t y, int op) {
  switch (static_cast<BinOp>(op)) {
    case BinOp::Add: return vm.new_int(x + y);  // 48-bit operands: no int64 overflow
    case BinOp::Sub: return vm.new_int(x - y);
    case BinOp::Mul: {
      int64_t r;
      if (!__builtin_mul_overflow(x, y, &r)) return vm.new_int(r);
      return vm.new_int(BigInt(x) * BigInt(y));
    }
    case BinOp::FloorDiv:
      if (y == 0) return zero_division(vm, "integer division or modulo by zero");
      return vm.new_int(py_floordiv(x, y));
    case BinOp::Mod:
      if (y == 0) return zero_division(vm, "integer modulo by zero");
      return vm.new_int(py_mod(x, y));
    case BinOp::TrueDiv:
      if (y == 0) return zero_division(vm, "division by zero");
      // Both fit 53 bits, so the conversions are exact and the quotient correctly rounded.
      return Value::from_double(static_cast<double>(x) / static_cast<double>(y));
    case BinOp::Pow: return small_pow(vm, a, b, x, y);
    case BinOp::LShift: {
      if (y < 0) return vm.raise(vm.exc.ValueError, "negative shift count");
      if (x == 0) return Value::small_int(0);
      if (y < 64 - bit_length64(x)) return vm.new_int(x * (int64_t{1} << y));
      if (!reserve_bits(vm, static_cast<uint64_t>(bit_length64(x)) + static_cast<uint64_t>(y))) {
        return Value::null();
      }
      return vm.new_int(BigInt::lshift(BigInt(x), static_cast<uint64_t>(y)));
    }
    case BinOp::RShift:
      if (y < 0) return vm.raise(vm.exc.ValueError, "negative shift count");
      if (y >= 63) return Value::small_int(x < 0 ? -1 : 0);
      return Value::small_int(x >> y);  // arithmetic shift floors, as Python
    case BinOp::And:
      if (a.is_bool() && b.is_bool()) return Value::boolean((x & y) != 0);
      return Value::small_int(x & y);
    case BinOp::Or:
      if (a.is_bool() && b.is_bool()) return Value::boolean((x | y) != 0);
      return Value::small_int(x | y);
    case BinOp::Xor:
      if (a.is_bool() && b.is_bool()) return Value::boolean((x ^ y) != 0);
      return Value::small_int(x ^ y);
    case BinOp::MatMul: break;
  }
  return vm.not_implemented();
}

Value big_int_op(VM& vm, Value a, Value b, int op) {
  if (static_cast<BinOp>(op) == BinOp::MatMul) return vm.not_implemented();
  BigInt x = int_like_to_bigint(a);
  BigInt y = int_like_to_bigint(b);
  switch (static_cast<BinOp>(op)) {
    case BinOp::Add: return vm.new_int(x + y);
    case BinOp::Sub: return vm.new_int(x - y);
    case BinOp::Mul:
      if (!reserve_bits(vm, uint64_t{x.bit_length()} + y.bit_length())) return Value::null();
      return vm.new_int(x * y);
    case BinOp::FloorDiv: {
      auto q = BigInt::floordiv(x, y);
      if (!q) return zero_division(vm, "integer division or modulo by zero");
      return vm.new_int(std::move(*q));
    }
    case BinOp::Mod: {
      auto r = BigInt::mod(x, y);
      if (!r) return zero_division(vm, "integer modulo by zero");
      return vm.new_int(std::move(*r));
    }
    case BinOp::TrueDiv: {
      if (y.is_zero()) return zero_division(vm, "division by zero");
      bool overflow = false;
      double d = BigInt::true_divide(x, y, overflow);
      if (overflow) {
        return vm.raise(vm.exc.OverflowError, "integer division result too large for a float");
      }
      return Value::from_double(d);
    }
    case BinOp::Pow:
      // A negative exponent makes it float_pow(float(a), float(b)), as CPython's long_pow.
      if (y.is_negative()) return float_binary_op(vm, a, b, op);
      return int_pow_nonneg(vm, x, y);
    case BinOp::LShift: {
      if (y.is_negative()) return vm.raise(vm.exc.ValueError, "negative shift count");
      if (x.is_zero()) return Value::small_int(0);
      int64_t n;
      if (!y.to_int64(n)) return vm.raise(vm.exc.OverflowError, "too many digits in integer");
      if (!reserve_bits(vm, uint64_t{x.bit_length()} + static_cast<uint64_t>(n))) {
        return Value::null();
      }
      return vm.new_int(BigInt::lshift(x, static_cast<uint64_t>(n)));
    }
    case BinOp::RShift: {
      if (y.is_negative()) return vm.raise(vm.exc.ValueError, "negative shift count");
      uint64_t n;
      if (!y.to_uint64(n) || n >= x.bit_length() + 1) {
        return Value::small_int(x.is_negative() ? -1 : 0);
      }
      return vm.new_int(BigInt::rshift(x, n));
    }
    case BinOp::And: return vm.new_int(x & y);
    case BinOp::Or: return vm.new_int(x | y);
    case BinOp::Xor: return vm.new_int(x ^ y);
    case BinOp::MatMul: break;
  }
  return vm.not_implemented();
}

// Compares an int-like with a finite or infinite double exactly: -1, 0, 1, or 2 when the
// double is NaN (unordered). CPython's float_richcompare does the same with frexp/modf.
int compare_int_double(Value i, double f) {
  if (std::isnan(f)) return 2;
  int64_t x;
  if (int_like_to_int64(i, x) && x >= -(int64_t{1} << 53) && x <= (int64_t{1} << 53)) {
    double d = static_cast<double>(x);  // exact
    return d < f ? -1 : (d > f ? 1 : 0);
  }
  if (std::isinf(f)) return f > 0 ? -1 : 1;
  BigInt big = int_like_to_bigint(i);
  double t = std::trunc(f);
  int c = big.compare(BigInt::from_double(t));
  if (c != 0) return c;
  double frac = f - t;
  return frac > 0.0 ? -1 : (frac < 0.0 ? 1 : 0);
}

inline bool apply_compare(int c, CompareOp op) {
  if (c == 2) return op == CompareOp::Ne;  // NaN: only != holds
  switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}

}  // namespace

// --- Extraction ---

bool int_like_to_int64(Value v, int64_t& out) {
  if (small_value(v, out)) return true;
  if (is_kind(v, ObjKind::Int)) return bigint_of(v).to_int64(out);
  return false;
}

BigInt int_like_to_bigint(Value v) {
  if (v.is_small_int()) return BigInt(v.as_small_int());
  if (v.is_bool()) return BigInt(v.is_true() ? 1 : 0);
  return bigint_of(v);
}

// --- Binary operations ---

Value int_binary_op(VM& vm, Value a, Value b, int op) {
  int64_t x, y;
  if (small_value(a, x) && small_value(b, y)) return small_int_op(vm, a, b, x, y, op);
  return big_int_op(vm, a, b, op);
}

Value float_binary_op(VM& vm, Value a, Value b, int op) {
  switch (static_cast<BinOp>(op)) {
    case BinOp::Add: case BinOp::Sub: case BinOp::Mul: case BinOp::TrueDiv:
    case BinOp::FloorDiv: case BinOp::Mod: case BinOp::Pow: break;
    default: return vm.not_implemented();  // float has no bitwise operators nor @
  }
  double x, y;
  if (!operand_double(vm, a, x) || !operand_double(vm, b, y)) return Value::null();
  switch (static_cast<BinOp>(op)) {
    case BinOp::Add: return Value::from_double(x + y);
    case BinOp::Sub: return Value::from_double(x - y);
    case BinOp::Mul: return Value::from_double(x * y);
    case BinOp::TrueDiv:
      if (y == 0.0) return zero_division(vm, "float division by zero");
      return Value::from_double(x / y);
    case BinOp::FloorDiv:
      if (y == 0.0) return zero_division(vm, "float floor division by zero");
      return Value::from_double(py_float_floordiv(x, y));
    case BinOp::Mod:
      if (y == 0.0) return zero_division(vm, "float modulo");
      return Value::from_double(py_float_mod(x, y));
    case BinOp::Pow: return double_pow(vm, x, y);
    default: break;
  }
  return vm.not_implemented();
}

Value int_divmod(VM& vm, Value a, Value b) {
  int64_t x, y;
  if (small_value(a, x) && small_value(b, y)) {
    if (y == 0) return zero_division(vm, "integer division or modulo by zero");
    return vm.new_tuple({vm.new_int(py_floordiv(x, y)), vm.new_int(py_mod(x, y))});
  }
  BigInt q, r;
  if (!BigInt::divmod_floor(int_like_to_bigint(a), int_like_to_bigint(b), q, r)) {
    return zero_division(vm, "integer division or modulo by zero");
  }
  Value qv = vm.new_int(std::move(q));
  if (qv.is_null()) return qv;
  Value rv = vm.new_int(std::move(r));
  if (rv.is_null()) return rv;
  return vm.new_tuple({qv, rv});
}

Value float_divmod(VM& vm, Value a, Value b) {
  double x, y;
  if (!operand_double(vm, a, x) || !operand_double(vm, b, y)) return Value::null();
  if (y == 0.0) return zero_division(vm, "float divmod()");
  double q, r;
  py_float_divmod(x, y, q, r);
  return vm.new_tuple({Value::from_double(q), Value::from_double(r)});
}

Value int_pow_mod(VM& vm, Value base, Value exp, Value mod) {
  int64_t b, e, m;
  if (small_value(base, b) && small_value(exp, e) && small_value(mod, m) && e >= 0 && m != 0) {
    // |m| < 2**47, so products of residues fit comfortably in 128 bits.
    int64_t am = m < 0 ? -m : m;
    __int128 r = 1 % am, x = py_mod(b, am);
    while (e > 0) {
      if (e & 1) r = r * x % am;
      x = x * x % am;
      e >>= 1;
    }
    int64_t res = static_cast<int64_t>(r);
    if (m < 0 && res != 0) res += m;
    return vm.new_int(res);
  }
  BigInt out;
  switch (BigInt::pow_mod(int_like_to_bigint(base), int_like_to_bigint(exp),
                          int_like_to_bigint(mod), out)) {
    case BigInt::PowModStatus::Ok: return vm.new_int(std::move(out));
    case BigInt::PowModStatus::ZeroModulus:
      return vm.raise(vm.exc.ValueError, "pow() 3rd argument cannot be 0");
    case BigInt::PowModStatus::NotInvertible:
      return vm.raise(vm.exc.ValueError, "base is not invertible for the given modulus");
  }
  return Value::null();
}

// --- Classification, comparison, hashing ---

bool is_builtin_number(Value v) {
  if (v.is_small_int() || v.is_double() || v.is_bool()) return true;
  // Big ints of exact type int: the only non-heap type with the Int layout (bool is immediate).
  return is_kind(v, ObjKind::Int) && !v.as_object()->type->is_heap_type;
}

bool number_compare(Value a, Value b, CompareOp op) {
  if (both_small_ints(a, b)) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    return apply_compare(x < y ? -1 : (x > y ? 1 : 0), op);
  }
  bool fa = is_float_like(a), fb = is_float_like(b);
  if (fa && fb) {
    double x = float_value(a), y = float_value(b);
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      case CompareOp::Ge: return x >= y;
    }
    return false;
  }
  int c;
  if (fa) {
    c = compare_int_double(b, float_value(a));
    if (c != 2) c = -c;
  } else if (fb) {
    c = compare_int_double(a, float_value(b));
  } else {
    int64_t x, y;
    if (int_like_to_int64(a, x) && int_like_to_int64(b, y)) {
      c = x < y ? -1 : (x > y ? 1 : 0);
    } else {
      c = int_like_to_bigint(a).compare(int_like_to_bigint(b));
    }
  }
  return apply_compare(c, op);
}

bool number_equal(Value a, Value b) { return number_compare(a, b, CompareOp::Eq); }

int64_t number_hash(Value v) {
  if (v.is_small_int()) return hash_int64(v.as_small_int());
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (is_float_like(v)) {
    double d = float_value(v);
    return std::isnan(d) ? 0 : hash_double(d);
  }
  if (is_kind(v, ObjKind::Int)) return bigint_of(v).python_hash();
  return 0;
}

// --- Unary operations ---

Value int_exact(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (v.as_object()->type == vm.types.int_) return v;
  return vm.new_int(bigint_of(v));
}

Value number_negative(VM& vm, Value v) {
  int64_t x;
  if (small_value(v, x)) return vm.new_int(-x);
  if (is_float_like(v)) return Value::from_double(-float_value(v));
  if (is_kind(v, ObjKind::Int)) return vm.new_int(bigint_of(v).neg());
  return vm.raise_fmt(vm.exc.TypeError, "bad operand type for unary -: '{}'", vm.type_name(v));
}

Value number_positive(VM& vm, Value v) {
  if (is_int_like(v)) return int_exact(vm, v);
  if (is_float_like(v)) return Value::from_double(float_value(v));
  return vm.raise_fmt(vm.exc.TypeError, "bad operand type for unary +: '{}'", vm.type_name(v));
}

Value number_invert(VM& vm, Value v) {
  int64_t x;
  if (small_value(v, x)) return Value::small_int(~x);  // ~x stays within 48 bits
  if (is_kind(v, ObjKind::Int)) return vm.new_int(bigint_of(v).invert());
  return vm.raise_fmt(vm.exc.TypeError, "bad operand type for unary ~: '{}'", vm.type_name(v));
}

Value number_abs(VM& vm, Value v) {
  int64_t x;
  if (small_value(v, x)) return vm.new_int(x < 0 ? -x : x);
  if (is_float_like(v)) return Value::from_double(std::fabs(float_value(v)));
  if (is_kind(v, ObjKind::Int)) {
    const BigInt& b = bigint_of(v);
    if (!b.is_negative()) return int_exact(vm, v);
    return vm.new_int(b.abs());
  }
  return vm.raise_fmt(vm.exc.TypeError, "bad operand type for abs(): '{}'", vm.type_name(v));
}

// --- Text ---

Value int_repr(VM& vm, Value v) {
  if (v.is_bool()) return vm.intern_value(v.is_true() ? "True" : "False");
  if (v.is_small_int()) {
    fmt::format_int f(v.as_small_int());
    return vm.new_str_ascii(std::string_view(f.data(), f.size()));
  }
  const BigInt& b = bigint_of(v);
  // CPython 3.11 refuses decimal strings of more than sys.int_max_str_digits digits.
  bool too_long = b.decimal_digits_upper() > kIntMaxStrDigits + 1;
  std::string s;
  if (!too_long) {
    s = b.to_string(10);
    too_long = s.size() - (b.is_negative() ? 1 : 0) > kIntMaxStrDigits;
  }
  if (too_long) {
    return vm.raise_fmt(vm.exc.ValueError,
                        "Exceeds the limit ({} digits) for integer string conversion; use "
                        "sys.set_int_max_str_digits() to increase the limit",
                        kIntMaxStrDigits);
  }
  return vm.new_str_ascii(s);
}

Value float_repr_value(VM& vm, double d) { return vm.new_str_ascii(float_repr(d)); }

// --- Conversions ---

bool int_to_double(VM& vm, Value v, double& out) {
  int64_t x;
  if (small_value(v, x)) {
    out = static_cast<double>(x);
    return true;
  }
  bool overflow = false;
  out = bigint_of(v).to_double(overflow);
  if (overflow) {
    vm.raise(vm.exc.OverflowError, "int too large to convert to float");
    return false;
  }
  return true;
}

Value int_from_double(VM& vm, double d) {
  if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) {
    return vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
  }
  if (d > -9.2e18 && d < 9.2e18) return vm.new_int(static_cast<int64_t>(d));  // truncates
  return vm.new_int(BigInt::from_double(d));
}

Value py_index(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (is_int_like(v)) return int_exact(vm, v);
  bool found;
  Value r = call_special(vm, v, Slot::Index, nullptr, 0, found);
  if (!found) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v));
  }
  if (r.is_null()) return r;
  if (!is_int_like(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__index__ returned non-int (type {})",
                        vm.type_name(r));
  }
  // CPython accepts (with a DeprecationWarning) an int subclass instance and converts it.
  return int_exact(vm, r);
}

bool py_index_int64(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  Value i = py_index(vm, v);
  if (i.is_null()) return false;
  if (!int_like_to_int64(i, out)) {
    vm.raise(vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return true;
}

bool py_to_double(VM& vm, Value v, double& out) {
  if (is_float_like(v)) {
    out = float_value(v);
    return true;
  }
  if (is_int_like(v)) return int_to_double(vm, v, out);
  TypeObject* t = vm.type_of(v);
  if (!lookup_special(vm, t, Slot::Float).is_null()) {
    bool found;
    Value r = call_special(vm, v, Slot::Float, nullptr, 0, found);
    if (r.is_null()) return false;
    if (!is_float_like(r)) {
      vm.raise_fmt(vm.exc.TypeError, "{}.__float__ returned non-float (type {})",
                   t->name->view(), vm.type_name(r));
      return false;
    }
    out = float_value(r);
    return true;
  }
  if (!lookup_special(vm, t, Slot::Index).is_null()) {
    Value i = py_index(vm, v);
    return !i.is_null() && int_to_double(vm, i, out);
  }
  vm.raise_fmt(vm.exc.TypeError, "must be real number, not {}", t->name->view());
  return false;
}

bool is_int_value(Value v) { return is_int_like(v); }

bool is_number(VM& vm, Value v) {
  if (is_int_like(v) || is_float_like(v) || is_complex(vm, v)) return true;
  TypeObject* t = vm.type_of(v);
  return !lookup_special(vm, t, Slot::Float).is_null() ||
         !lookup_special(vm, t, Slot::Index).is_null();
}

// --- Helpers for the int and float types ---

std::string numeric_text_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size()) {
    uint32_t cp = utf8_decode(utf8, pos);
    if (cp < 127) {
      out.push_back(static_cast<char>(cp));
    } else if (unicode::has_flag(cp, unicode::kSpace)) {
      out.push_back(' ');
    } else {
      int d = unicode::decimal_value(cp);
      if (d < 0) {
        out.push_back('?');
        break;
      }
      out.push_back(static_cast<char>('0' + d));
    }
  }
  return out;
}

bool check_wrapper_args(VM& vm, const char* name, size_t nargs, TupleObject* kwnames,
                        size_t expected) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "wrapper {}() takes no keyword arguments", name);
    return false;
  }
  if (nargs - 1 != expected) {
    vm.raise_fmt(vm.exc.TypeError, "expected {} argument{}, got {}", expected,
                 expected == 1 ? "" : "s", nargs - 1);
    return false;
  }
  return true;
}

bool repr_for_message(VM& vm, Value v, std::string& out) {
  Value r = py_repr(vm, v);
  if (r.is_null()) return false;
  StrObject* s = as_str(r);
  out.assign(s->view().substr(0, s->length > 200 ? str_byte_offset(s, 200) : s->byte_size));
  return true;
}

Value raise_format_error(VM& vm, const FormatError& error) {
  switch (error.kind) {
    case NumErrorKind::ValueError: return vm.raise(vm.exc.ValueError, error.message);
    case NumErrorKind::OverflowError: return vm.raise(vm.exc.OverflowError, error.message);
    case NumErrorKind::MemoryError: return vm.raise_memory_error();
  }
  return Value::null();
}

}  // namespace krait
