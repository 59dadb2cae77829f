// The `math` module, mirroring CPython 3.11's Modules/mathmodule.c: libm wrappers with its
// domain/range error rules, the integer functions on big ints (factorial, gcd, lcm, isqrt,
// comb, perm), exact summation (fsum, Shewchuk's algorithm) and the accurate vector norm
// behind hypot and dist.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <numeric>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/dict.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

// --- Conversions ---

BigInt to_bigint(Value v) {
  if (v.is_small_int()) return BigInt(v.as_small_int());
  if (v.is_bool()) return BigInt(v.is_true() ? 1 : 0);
  return bigint_of(v);
}

bool int_to_double(VM& vm, Value v, double& out) {
  if (v.is_small_int()) {
    out = static_cast<double>(v.as_small_int());
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1.0 : 0.0;
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

// PyFloat_AsDouble: floats, ints, __float__ (which must return a float), then __index__.
bool to_double(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (v.is_small_int() || v.is_bool() || is_bigint(v)) return int_to_double(vm, v, out);
  TypeObject* t = vm.type_of(v);
  Value m = type_lookup(t, vm.names.__float__);
  if (!m.is_null()) {
    Value bound = bind_descriptor(vm, m, v, t);
    if (bound.is_null()) return false;
    Value r = vm.call(bound, nullptr, 0);
    if (r.is_null()) return false;
    if (!r.is_double()) {
      if (vm.isinstance(r, vm.types.float_)) {
        // A float subclass instance: its value through float().
        Value f = vm.call(Value::object(vm.types.float_), {r});
        if (f.is_null()) return false;
        if (f.is_double()) {
          out = f.as_double();
          return true;
        }
      }
      vm.raise_fmt(vm.exc.TypeError, "{}.__float__ returned non-float (type {})", t->name->view(),
                   vm.type_name(r));
      return false;
    }
    out = r.as_double();
    return true;
  }
  if (!type_lookup(t, vm.names.__index__).is_null()) {
    Value i = py_index(vm, v);
    if (i.is_null()) return false;
    return int_to_double(vm, i, out);
  }
  vm.raise_fmt(vm.exc.TypeError, "must be real number, not {}", t->name->view());
  return false;
}

// An int argument through __index__.
bool to_index(VM& vm, Value v, Value& out) {
  out = py_index(vm, v);
  return !out.is_null();
}

// PyLong_FromDouble.
Value int_from_double(VM& vm, double x) {
  if (std::isinf(x))
    return vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(x)) return vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
  if (std::fabs(x) < 9.0e15) return vm.new_int(static_cast<int64_t>(x));
  return vm.new_int(BigInt::from_double(x));
}

// CPython's is_error: errno after a libm call. EDOM is "math domain error"; ERANGE is an
// overflow unless the result is tiny (an underflow, which is not an error).
bool is_error(VM& vm, double r, int err) {
  if (err == EDOM) {
    vm.raise(vm.exc.ValueError, "math domain error");
    return true;
  }
  if (err == ERANGE) {
    if (std::fabs(r) < 1.5) return false;
    vm.raise(vm.exc.OverflowError, "math range error");
    return true;
  }
  return false;
}

// math_1: the result of a one-argument libm function, checked.
Value math_1_result(VM& vm, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return vm.raise(vm.exc.ValueError, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) return vm.raise(vm.exc.OverflowError, "math range error");
    return vm.raise(vm.exc.ValueError, "math domain error");
  }
  return Value::from_double(r);
}

// math_2: errno derived from the result as CPython does.
Value math_2_result(VM& vm, double x, double y, double r) {
  int err = 0;
  if (std::isnan(r)) {
    err = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  } else if (std::isinf(r)) {
    err = std::isfinite(x) && std::isfinite(y) ? ERANGE : 0;
  }
  if (err && is_error(vm, r, err)) return Value::null();
  return Value::from_double(r);
}

// --- libm wrappers with CPython's special cases ---

double m_log(double x, int& err) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    err = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  err = EDOM;
  return NAN;
}

double m_log2(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  err = EDOM;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double m_log10(double x, int& err) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    err = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  err = EDOM;
  return NAN;
}

double m_log1p(double x) {
  // log1p(-0.0) must be -0.0.
  if (x == 0.0) return x;
  return std::log1p(x);
}

// CPython's own gamma and lgamma (Lanczos approximation, N=13, g=6.0246...), ported so that
// results match digit for digit rather than depending on the platform's libm.
constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNumCoeffs[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The denominator is x*(x+1)*...*(x+kLanczosN-2).
constexpr double kLanczosDenCoeffs[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
constexpr int kNGammaIntegral = 23;
constexpr double kGammaIntegral[kNGammaIntegral] = {1.0,
                                                    1.0,
                                                    2.0,
                                                    6.0,
                                                    24.0,
                                                    120.0,
                                                    720.0,
                                                    5040.0,
                                                    40320.0,
                                                    362880.0,
                                                    3628800.0,
                                                    39916800.0,
                                                    479001600.0,
                                                    6227020800.0,
                                                    87178291200.0,
                                                    1307674368000.0,
                                                    20922789888000.0,
                                                    355687428096000.0,
                                                    6402373705728000.0,
                                                    121645100408832000.0,
                                                    2432902008176640000.0,
                                                    51090942171709440000.0,
                                                    1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  // For large x, evaluate as a rational function in 1/x to avoid overflow.
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNumCoeffs[i];
      den = den * x + kLanczosDenCoeffs[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNumCoeffs[i];
      den = den / x + kLanczosDenCoeffs[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate near the integers; x finite.
double m_sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));
      break;  // not -sin(pi*(y-1.0)): keeps +0.0
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

double m_tgamma(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    err = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      err = EDOM;
      return NAN;
    }
    if (x <= kNGammaIntegral) return kGammaIntegral[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {  // tgamma(x) ~ 1/x near 0
    double r = 1.0 / x;
    if (std::isinf(r)) err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    err = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  // The error in computing y, for the correction factor (see CPython's comment).
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) err = ERANGE;
  return r;
}

double m_lgamma(double x, int& err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err = EDOM;
      return HUGE_VAL;
    }
    return 0.0;  // lgamma(1) = lgamma(2) = 0.0
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) err = ERANGE;
  return r;
}

// atan2 with C99's special cases handled directly, as CPython's m_atan2.
double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.25 * kPi : 0.75 * kPi, y);
    }
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.0) {
    return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : kPi, y);
  }
  return std::atan2(y, x);
}

// math.log of an int too big for a double: log(m) + log(2) * e with n = m * 2**e.
bool big_log(VM& vm, Value v, double (*f)(double, int&), double& out) {
  const BigInt& b = bigint_of(v);
  if (b.sign() <= 0) {
    vm.raise(vm.exc.ValueError, "math domain error");
    return false;
  }
  size_t bits = b.bit_length();
  size_t shift = bits > 60 ? bits - 60 : 0;
  uint64_t top;
  BigInt::rshift(b, shift).to_uint64(top);
  double m = std::ldexp(static_cast<double>(top), -60);  // in [0.5, 1)
  int err = 0;
  double e = static_cast<double>(shift + 60);
  out = f(m, err) + f(2.0, err) * e;
  return true;
}

// loghelper: math.log/log2/log10 accept huge ints.
bool log_helper(VM& vm, Value arg, double (*f)(double, int&), double& out) {
  if (arg.is_small_int() || arg.is_bool() || is_bigint(arg)) {
    bool positive = arg.is_small_int() ? arg.as_small_int() > 0
                    : arg.is_bool()    ? arg.is_true()
                                       : bigint_of(arg).sign() > 0;
    if (!positive) {
      vm.raise(vm.exc.ValueError, "math domain error");
      return false;
    }
    if (is_bigint(arg)) {
      bool overflow = false;
      double x = bigint_of(arg).to_double(overflow);
      if (overflow) return big_log(vm, arg, f, out);
      int err = 0;
      out = f(x, err);
      return true;
    }
  }
  double x;
  if (!to_double(vm, arg, x)) return false;
  int err = 0;
  double r = f(x, err);
  Value checked = math_1_result(vm, x, r, false);
  if (checked.is_null()) return false;
  out = r;
  return true;
}

// --- One-argument functions ---

#define KRAIT_MATH_FUNC1(name, expr, can_overflow)                                   \
  Value math_##name(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) { \
    if (!check_one_arg(vm, "math." #name, nargs, kwnames)) return Value::null();     \
    double x;                                                                        \
    if (!to_double(vm, args[0], x)) return Value::null();                            \
    return math_1_result(vm, x, (expr), can_overflow);                               \
  }

KRAIT_MATH_FUNC1(acos, std::acos(x), false)
KRAIT_MATH_FUNC1(acosh, std::acosh(x), false)
KRAIT_MATH_FUNC1(asin, std::asin(x), false)
KRAIT_MATH_FUNC1(asinh, std::asinh(x), false)
KRAIT_MATH_FUNC1(atan, std::atan(x), false)
KRAIT_MATH_FUNC1(atanh, std::atanh(x), false)
KRAIT_MATH_FUNC1(cbrt, std::cbrt(x), false)
KRAIT_MATH_FUNC1(cos, std::cos(x), false)
KRAIT_MATH_FUNC1(cosh, std::cosh(x), true)
KRAIT_MATH_FUNC1(exp, std::exp(x), true)
KRAIT_MATH_FUNC1(exp2, std::exp2(x), true)
KRAIT_MATH_FUNC1(expm1, std::expm1(x), true)
KRAIT_MATH_FUNC1(fabs, std::fabs(x), false)
KRAIT_MATH_FUNC1(log1p, m_log1p(x), false)
KRAIT_MATH_FUNC1(sin, std::sin(x), false)
KRAIT_MATH_FUNC1(sinh, std::sinh(x), true)
KRAIT_MATH_FUNC1(sqrt, std::sqrt(x), false)
KRAIT_MATH_FUNC1(tan, std::tan(x), false)
KRAIT_MATH_FUNC1(tanh, std::tanh(x), false)
#undef KRAIT_MATH_FUNC1

// degrees and radians are plain products, unchecked as in CPython.
Value math_degrees(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.degrees", nargs, kwnames)) return Value::null();
  double x;
  if (!to_double(vm, args[0], x)) return Value::null();
  return Value::from_double(x * (180.0 / M_PI));
}

Value math_radians(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.radians", nargs, kwnames)) return Value::null();
  double x;
  if (!to_double(vm, args[0], x)) return Value::null();
  return Value::from_double(x * (M_PI / 180.0));
}

// FUNC1A: errno-based checks only (erf, erfc, gamma, lgamma).
#define KRAIT_MATH_FUNC1A(name, expr)                                                \
  Value math_##name(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) { \
    if (!check_one_arg(vm, "math." #name, nargs, kwnames)) return Value::null();     \
    double x;                                                                        \
    if (!to_double(vm, args[0], x)) return Value::null();                            \
    int err = 0;                                                                     \
    double r = (expr);                                                               \
    if (err && is_error(vm, r, err)) return Value::null();                           \
    return Value::from_double(r);                                                    \
  }

KRAIT_MATH_FUNC1A(erf, std::erf(x))
KRAIT_MATH_FUNC1A(erfc, std::erfc(x))
KRAIT_MATH_FUNC1A(gamma, m_tgamma(x, err))
KRAIT_MATH_FUNC1A(lgamma, m_lgamma(x, err))
#undef KRAIT_MATH_FUNC1A

#define KRAIT_MATH_LOG(name, fn)                                                     \
  Value math_##name(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) { \
    if (!check_one_arg(vm, "math." #name, nargs, kwnames)) return Value::null();     \
    double r;                                                                        \
    if (!log_helper(vm, args[0], fn, r)) return Value::null();                       \
    return Value::from_double(r);                                                    \
  }

KRAIT_MATH_LOG(log2, m_log2)
KRAIT_MATH_LOG(log10, m_log10)
#undef KRAIT_MATH_LOG

Value math_log(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return vm.raise(vm.exc.TypeError, "math.log requires 1 to 2 arguments");
  double num;
  if (!log_helper(vm, args[0], m_log, num)) return Value::null();
  if (nargs == 1) return Value::from_double(num);
  double den;
  if (!log_helper(vm, args[1], m_log, den)) return Value::null();
  if (den == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "float division by zero");
  return Value::from_double(num / den);
}

// --- Two-argument float functions ---

// Keywords are refused with the qualified name ("math.pow() takes no keyword arguments"), the
// argument count with the bare one ("pow expected 2 arguments, got 1"), as CPython's
// METH_FASTCALL functions do.
bool math_positional(VM& vm, const char* name, size_t nargs, TupleObject* kwnames, size_t min,
                     size_t max) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "math.{}() takes no keyword arguments", name);
    return false;
  }
  return check_positional(vm, name, nargs, nullptr, min, max);
}

bool two_doubles(VM& vm, const char* name, const Value* args, size_t nargs, TupleObject* kwnames,
                 double& x, double& y) {
  if (!math_positional(vm, name, nargs, kwnames, 2, 2)) return false;
  return to_double(vm, args[0], x) && to_double(vm, args[1], y);
}

Value math_atan2(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  double y, x;
  if (!two_doubles(vm, "atan2", args, nargs, kwnames, y, x)) return Value::null();
  return math_2_result(vm, y, x, m_atan2(y, x));
}

Value math_copysign(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  double x, y;
  if (!two_doubles(vm, "copysign", args, nargs, kwnames, x, y)) return Value::null();
  return math_2_result(vm, x, y, std::copysign(x, y));
}

Value math_remainder(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  double x, y;
  if (!two_doubles(vm, "remainder", args, nargs, kwnames, x, y)) return Value::null();
  if (std::isnan(x)) return Value::from_double(x);
  if (std::isnan(y)) return Value::from_double(y);
  if (std::isinf(x) || y == 0.0) return vm.raise(vm.exc.ValueError, "math domain error");
  if (std::isinf(y)) return Value::from_double(x);
  return Value::from_double(std::remainder(x, y));
}

Value math_nextafter(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  double x, y;
  if (!two_doubles(vm, "nextafter", args, nargs, kwnames, x, y)) return Value::null();
  return Value::from_double(std::nextafter(x, y));
}

Value math_fmod(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  double x, y;
  if (!two_doubles(vm, "fmod", args, nargs, kwnames, x, y)) return Value::null();
  // fmod(x, +/-inf) is x for finite x.
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  int err = std::isnan(r) && !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  if (err && is_error(vm, r, err)) return Value::null();
  return Value::from_double(r);
}

Value math_pow(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  double x, y;
  if (!two_doubles(vm, "pow", args, nargs, kwnames, x, y)) return Value::null();
  double r = 0.0;
  int err = 0;
  // IEEE special values directly, as CPython does (C99 Annex F semantics).
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;  // nan**0 = 1
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;  // 1**nan = 1
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) {
        r = odd_y ? x : std::fabs(x);
      } else if (y == 0.0) {
        r = 1.0;
      } else {
        r = odd_y ? std::copysign(0.0, x) : 0.0;
      }
    } else {  // y is infinite
      if (std::fabs(x) == 1.0) {
        r = 1.0;
      } else if (y > 0.0 && std::fabs(x) > 1.0) {
        r = y;
      } else if (y < 0.0 && std::fabs(x) < 1.0) {
        r = -y;
      } else {
        r = 0.0;
      }
    }
  } else {
    r = std::pow(x, y);
    // NaN only from (-ve)**(non-integer); infinity from 0**negative or an overflow.
    if (std::isnan(r)) {
      err = EDOM;
    } else if (std::isinf(r)) {
      err = x == 0.0 ? EDOM : ERANGE;
    }
  }
  if (err && is_error(vm, r, err)) return Value::null();
  return Value::from_double(r);
}

Value math_ldexp(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!math_positional(vm, "ldexp", nargs, kwnames, 2, 2)) return Value::null();
  double x;
  if (!to_double(vm, args[0], x)) return Value::null();
  Value i = args[1];
  if (!i.is_small_int() && !i.is_bool() && !is_bigint(i)) {
    return vm.raise(vm.exc.TypeError, "Expected an int as second argument to ldexp.");
  }
  int64_t exp;
  if (i.is_small_int()) {
    exp = i.as_small_int();
  } else if (i.is_bool()) {
    exp = i.is_true();
  } else {
    exp = bigint_of(i).is_negative() ? INT64_MIN : INT64_MAX;
  }
  double r;
  int err = 0;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;  // NaNs, zeros and infinities are returned unchanged
  } else if (exp > INT32_MAX) {
    r = std::copysign(HUGE_VAL, x);
    err = ERANGE;
  } else if (exp < INT32_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(exp));
    if (std::isinf(r)) err = ERANGE;
  }
  if (err && is_error(vm, r, err)) return Value::null();
  return Value::from_double(r);
}

Value math_frexp(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.frexp", nargs, kwnames)) return Value::null();
  double x;
  if (!to_double(vm, args[0], x)) return Value::null();
  int e = 0;
  double m = x;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) m = std::frexp(x, &e);
  return vm.new_tuple({Value::from_double(m), Value::small_int(e)});
}

Value math_modf(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.modf", nargs, kwnames)) return Value::null();
  double x;
  if (!to_double(vm, args[0], x)) return Value::null();
  if (std::isinf(x))
    return vm.new_tuple({Value::from_double(std::copysign(0.0, x)), Value::from_double(x)});
  if (std::isnan(x)) return vm.new_tuple({Value::from_double(x), Value::from_double(x)});
  double ip;
  double frac = std::modf(x, &ip);
  return vm.new_tuple({Value::from_double(frac), Value::from_double(ip)});
}

Value math_ulp(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.ulp", nargs, kwnames)) return Value::null();
  double x;
  if (!to_double(vm, args[0], x)) return Value::null();
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) {
    // x is the largest positive representable float.
    x2 = std::nextafter(x, -HUGE_VAL);
    return Value::from_double(x - x2);
  }
  return Value::from_double(x2 - x);
}

// --- Predicates ---

#define KRAIT_MATH_PRED(name, expr)                                                  \
  Value math_##name(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) { \
    if (!check_one_arg(vm, "math." #name, nargs, kwnames)) return Value::null();     \
    double x;                                                                        \
    if (!to_double(vm, args[0], x)) return Value::null();                            \
    return Value::boolean(expr);                                                     \
  }

KRAIT_MATH_PRED(isnan, std::isnan(x))
KRAIT_MATH_PRED(isinf, std::isinf(x))
KRAIT_MATH_PRED(isfinite, std::isfinite(x))
#undef KRAIT_MATH_PRED

Value math_isclose(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2};
  Value a[4];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(vm, a[0], x) || !to_double(vm, a[1], y)) return Value::null();
  if (!a[2].is_null() && !to_double(vm, a[2], rel_tol)) return Value::null();
  if (!a[3].is_null() && !to_double(vm, a[3], abs_tol)) return Value::null();
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return vm.raise(vm.exc.ValueError, "tolerances must be non-negative");
  }
  if (x == y) return Value::true_();
  if (std::isinf(x) || std::isinf(y)) return Value::false_();
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) ||
                        diff <= abs_tol);
}

// --- Rounding to ints ---

// floor/ceil: exact ints unchanged, floats directly, else __floor__/__ceil__, else via float.
Value round_to_int(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, bool is_floor) {
  if (!check_one_arg(vm, is_floor ? "math.floor" : "math.ceil", nargs, kwnames))
    return Value::null();
  Value v = args[0];
  if (v.is_double()) {
    return int_from_double(vm, is_floor ? std::floor(v.as_double()) : std::ceil(v.as_double()));
  }
  if (v.is_small_int() || is_bigint(v)) return v;
  if (v.is_bool()) return Value::small_int(v.is_true());
  TypeObject* t = vm.type_of(v);
  Value m = type_lookup(t, vm.intern(is_floor ? "__floor__" : "__ceil__"));
  if (!m.is_null()) {
    Value bound = bind_descriptor(vm, m, v, t);
    if (bound.is_null()) return bound;
    return vm.call(bound, nullptr, 0);
  }
  double x;
  if (!to_double(vm, v, x)) return Value::null();
  return int_from_double(vm, is_floor ? std::floor(x) : std::ceil(x));
}

Value math_floor(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return round_to_int(vm, args, nargs, kwnames, true);
}

Value math_ceil(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return round_to_int(vm, args, nargs, kwnames, false);
}

Value math_trunc(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.trunc", nargs, kwnames)) return Value::null();
  Value v = args[0];
  if (v.is_double()) return int_from_double(vm, std::trunc(v.as_double()));
  if (v.is_small_int() || is_bigint(v)) return v;
  if (v.is_bool()) return Value::small_int(v.is_true());
  TypeObject* t = vm.type_of(v);
  Value m = type_lookup(t, vm.intern("__trunc__"));
  if (m.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "type {} doesn't define __trunc__ method",
                        t->name->view());
  }
  Value bound = bind_descriptor(vm, m, v, t);
  if (bound.is_null()) return bound;
  return vm.call(bound, nullptr, 0);
}

// --- Integer functions ---

// The product of the integers in [lo, hi), by binary splitting so that big multiplications
// have balanced operands.
BigInt range_product(uint64_t lo, uint64_t hi) {
  if (hi <= lo) return BigInt(1);
  if (hi - lo <= 8) {
    // Small ranges: accumulate in 64 bits while it cannot overflow.
    BigInt result(1);
    unsigned __int128 acc = 1;
    for (uint64_t i = lo; i < hi; ++i) {
      unsigned __int128 next = acc * i;
      if (next >> 64) {
        result *= BigInt(static_cast<uint64_t>(acc));
        acc = i;
      } else {
        acc = next;
      }
    }
    result *= BigInt(static_cast<uint64_t>(acc));
    return result;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid, hi);
}

Value factorial_of(VM& vm, Value n) {
  if (n.is_small_int() && n.as_small_int() >= 0 && n.as_small_int() <= 20) {
    int64_t r = 1;
    for (int64_t i = 2; i <= n.as_small_int(); ++i) r *= i;
    return vm.new_int(r);
  }
  BigInt b = to_bigint(n);
  if (b.is_negative())
    return vm.raise(vm.exc.ValueError, "factorial() not defined for negative values");
  int64_t x;
  if (!b.to_int64(x)) {
    return vm.raise(vm.exc.OverflowError,
                    "factorial() argument should not exceed 9223372036854775807");
  }
  // Each factor adds at most 64 bits: refuse what would exceed the VM's memory cap (or any
  // reasonable memory) up front, since a native loop cannot be interrupted.
  if (x > (int64_t{1} << 32) || vm.heap().would_exceed(static_cast<size_t>(x) * 8)) {
    return vm.raise_memory_error();
  }
  return vm.new_int(range_product(2, static_cast<uint64_t>(x) + 1));
}

Value math_factorial(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.factorial", nargs, kwnames)) return Value::null();
  Value n;
  if (!to_index(vm, args[0], n)) return Value::null();
  return factorial_of(vm, n);
}

Value math_gcd(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "math.gcd() takes no keyword arguments");
  if (nargs == 0) return Value::small_int(0);
  Value first;
  if (!to_index(vm, args[0], first)) return Value::null();
  if (nargs == 1) {
    if (first.is_small_int()) return Value::small_int(std::abs(first.as_small_int()));
    return vm.new_int(bigint_of(first).abs());
  }
  BigInt result = to_bigint(first).abs();
  for (size_t i = 1; i < nargs; ++i) {
    Value x;
    if (!to_index(vm, args[i], x)) return Value::null();
    if (x.is_small_int() && result.fits_int64()) {
      int64_t a;
      result.to_int64(a);
      result = BigInt(std::gcd(a, std::abs(x.as_small_int())));
    } else {
      result = BigInt::gcd(result, to_bigint(x));
    }
  }
  return vm.new_int(std::move(result));
}

Value math_lcm(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "math.lcm() takes no keyword arguments");
  if (nargs == 0) return Value::small_int(1);
  Value first;
  if (!to_index(vm, args[0], first)) return Value::null();
  BigInt result = to_bigint(first).abs();
  for (size_t i = 1; i < nargs; ++i) {
    Value x;
    if (!to_index(vm, args[i], x)) return Value::null();
    BigInt b = to_bigint(x).abs();
    if (result.is_zero() || b.is_zero()) {
      result = BigInt(0);
      continue;
    }
    BigInt g = BigInt::gcd(result, b);
    BigInt q, r;
    BigInt::divmod_floor(result, g, q, r);
    result = q * b;
  }
  return vm.new_int(std::move(result));
}

Value math_isqrt(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.isqrt", nargs, kwnames)) return Value::null();
  Value n;
  if (!to_index(vm, args[0], n)) return Value::null();
  std::optional<BigInt> r = BigInt::isqrt(to_bigint(n));
  if (!r) return vm.raise(vm.exc.ValueError, "isqrt() argument must be nonnegative");
  return vm.new_int(std::move(*r));
}

// n! / (n-k)! for 0 <= k <= n.
BigInt falling_product(const BigInt& n, uint64_t k) {
  uint64_t small_n;
  if (n.to_uint64(small_n) && small_n < UINT64_MAX) {
    return range_product(small_n - k + 1, small_n + 1);
  }
  BigInt result(1);
  for (uint64_t i = 0; i < k; ++i) result *= n - BigInt(i);
  return result;
}

bool perm_comb_args(VM& vm, Value nv, Value kv, BigInt& n, BigInt& k) {
  Value ni, ki;
  if (!to_index(vm, nv, ni) || !to_index(vm, kv, ki)) return false;
  n = to_bigint(ni);
  k = to_bigint(ki);
  if (n.is_negative()) {
    vm.raise(vm.exc.ValueError, "n must be a non-negative integer");
    return false;
  }
  if (k.is_negative()) {
    vm.raise(vm.exc.ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_perm(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!math_positional(vm, "perm", nargs, kwnames, 1, 2)) return Value::null();
  Value a[2] = {args[0], nargs > 1 ? args[1] : Value::null()};
  if (a[1].is_null() || a[1].is_none()) {
    Value n;
    if (!to_index(vm, a[0], n)) return Value::null();
    return factorial_of(vm, n);
  }
  BigInt n, k;
  if (!perm_comb_args(vm, a[0], a[1], n, k)) return Value::null();
  if (k > n) return Value::small_int(0);
  int64_t k64;
  if (!k.to_int64(k64)) {
    return vm.raise(vm.exc.OverflowError, "k must not exceed 9223372036854775807");
  }
  return vm.new_int(falling_product(n, static_cast<uint64_t>(k64)));
}

Value math_comb(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!math_positional(vm, "comb", nargs, kwnames, 2, 2)) return Value::null();
  const Value* a = args;
  BigInt n, k;
  if (!perm_comb_args(vm, a[0], a[1], n, k)) return Value::null();
  if (k > n) return Value::small_int(0);
  BigInt nk = n - k;
  if (nk < k) k = nk;
  int64_t k64;
  if (!k.to_int64(k64)) {
    return vm.raise(vm.exc.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  }
  // C(n, k) = n (n-1) ... (n-k+1) / k!, each prefix product divisible by its factorial.
  BigInt result(1);
  for (int64_t i = 1; i <= k64; ++i) {
    result *= n - BigInt(k64 - i);
    BigInt q, r;
    BigInt::divmod_floor(result, BigInt(i), q, r);
    result = std::move(q);
  }
  return vm.new_int(std::move(result));
}

Value math_prod(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"prod", {"iterable", "start"}, 1, 1, 1};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value result = a[1].is_null() ? Value::small_int(1) : a[1];
  Value it = py_iter(vm, a[0]);
  if (it.is_null()) return it;
  RootScope roots(vm);
  roots.add(it);
  for (;;) {
    Value item = py_next(vm, it);
    if (item.is_null()) return vm.has_error() ? item : result;
    if (both_small_ints(result, item)) {
      int64_t p;
      if (!__builtin_mul_overflow(result.as_small_int(), item.as_small_int(), &p) &&
          Value::fits_small_int(p)) {
        result = Value::small_int(p);
        continue;
      }
    } else if (result.is_double() && item.is_double()) {
      result = Value::from_double(result.as_double() * item.as_double());
      continue;
    }
    result = py_binary_op(vm, result, item, static_cast<int>(BinOp::Mul));
    if (result.is_null()) return result;
    roots.add(result);
  }
}

// --- Sums and norms ---

Value math_fsum(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "math.fsum", nargs, kwnames)) return Value::null();
  Value it = py_iter(vm, args[0]);
  if (it.is_null()) return it;
  // Shewchuk's algorithm: exact partial sums with non-overlapping mantissas (msum).
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item = py_next(vm, it);
    if (item.is_null()) {
      if (vm.has_error()) return item;
      break;
    }
    double x;
    if (!to_double(vm, item, x)) return Value::null();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an overflow of finite summands, or from a NaN or infinity among them.
        if (std::isfinite(xsave)) {
          return vm.raise(vm.exc.OverflowError, "intermediate overflow in fsum");
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.raise(vm.exc.ValueError, "-inf + inf in fsum");
    return Value::from_double(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up to ...02.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_double(hi);
}

struct DoubleLength {
  double hi, lo;
};

DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double y = (a - x) + b;
  return {x, y};
}

DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  double zz = std::fma(x, y, -z);
  return {z, zz};
}

// CPython 3.11's vector_norm: an accurate sqrt(sum(x*x)) of non-negative coordinates whose
// maximum is `max`, with compensated summation and one differential correction.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: make subnormals normal first.
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : vec) {
    x *= scale;                                  // lossless scaling
    DoubleLength pr = dl_mul(x, x);              // lossless squaring
    DoubleLength sm = dl_fast_sum(csum, pr.hi);  // lossless addition
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);  // differential correction
  return h / scale;
}

Value math_hypot(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "math.hypot() takes no keyword arguments");
  std::vector<double> coords(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!to_double(vm, args[i], x)) return Value::null();
    x = std::fabs(x);
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(coords, max, found_nan));
}

Value math_dist(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!math_positional(vm, "dist", nargs, kwnames, 2, 2)) return Value::null();
  TupleObject* p = py_tuple_from_iterable(vm, args[0]);
  if (!p) return Value::null();
  TupleObject* q = py_tuple_from_iterable(vm, args[1]);
  if (!q) return Value::null();
  if (p->size != q->size) {
    return vm.raise(vm.exc.ValueError, "both points must have the same number of dimensions");
  }
  std::vector<double> diffs(p->size);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p->size; ++i) {
    double px, qx;
    if (!to_double(vm, p->items()[i], px) || !to_double(vm, q->items()[i], qx)) {
      return Value::null();
    }
    double x = std::fabs(px - qx);
    diffs[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(diffs, max, found_nan));
}

}  // namespace

Value math_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("math");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn functions[] = {
      {"acos", math_acos},
      {"acosh", math_acosh},
      {"asin", math_asin},
      {"asinh", math_asinh},
      {"atan", math_atan},
      {"atan2", math_atan2},
      {"atanh", math_atanh},
      {"cbrt", math_cbrt},
      {"ceil", math_ceil},
      {"comb", math_comb},
      {"copysign", math_copysign},
      {"cos", math_cos},
      {"cosh", math_cosh},
      {"degrees", math_degrees},
      {"dist", math_dist},
      {"erf", math_erf},
      {"erfc", math_erfc},
      {"exp", math_exp},
      {"exp2", math_exp2},
      {"expm1", math_expm1},
      {"fabs", math_fabs},
      {"factorial", math_factorial},
      {"floor", math_floor},
      {"fmod", math_fmod},
      {"frexp", math_frexp},
      {"fsum", math_fsum},
      {"gamma", math_gamma},
      {"gcd", math_gcd},
      {"hypot", math_hypot},
      {"isclose", math_isclose},
      {"isfinite", math_isfinite},
      {"isinf", math_isinf},
      {"isnan", math_isnan},
      {"isqrt", math_isqrt},
      {"lcm", math_lcm},
      {"ldexp", math_ldexp},
      {"lgamma", math_lgamma},
      {"log", math_log},
      {"log10", math_log10},
      {"log1p", math_log1p},
      {"log2", math_log2},
      {"modf", math_modf},
      {"nextafter", math_nextafter},
      {"perm", math_perm},
      {"pow", math_pow},
      {"prod", math_prod},
      {"radians", math_radians},
      {"remainder", math_remainder},
      {"sin", math_sin},
      {"sinh", math_sinh},
      {"sqrt", math_sqrt},
      {"tan", math_tan},
      {"tanh", math_tanh},
      {"trunc", math_trunc},
      {"ulp", math_ulp},
  };
  for (const Fn& f : functions) {
    if (!add_function(vm, d, f.name, f.fn)) return Value::null();
  }
  struct Const {
    const char* name;
    double value;
  };
  const Const constants[] = {
      {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", HUGE_VAL}, {"nan", NAN},
  };
  for (const Const& c : constants) {
    if (!dict_set(vm, d, Value::object(vm.intern(c.name)), Value::from_double(c.value))) {
      return Value::null();
    }
  }
  return Value::object(m);
}

}  // namespace krait
