// The methods of `float` (vm.types.float_): construction from numbers, text and objects with
// __float__/__index__, the arithmetic and comparison dunders (mixed with ints), rounding and
// truncation to int, formatting, and hex/fromhex/as_integer_ratio/is_integer.
//
// Plain floats are immediate Values; instances of float subclasses are FloatObjects (layout
// Float, number_ops.h), so `self` is always read with float_value(). Mirrors CPython 3.11's
// Objects/floatobject.c.
#include <algorithm>
#include <cctype>
#include <cfloat>
#include <climits>
#include <cmath>
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/bytearray.h"
#include "runtime/number_format.h"
#include "runtime/number_ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace krait {

namespace {

const char* const kBinopNames[] = {"__add__", "__and__", "__floordiv__", "__lshift__",
                                   "__matmul__", "__mul__", "__mod__", "__or__", "__pow__",
                                   "__rshift__", "__sub__", "__truediv__", "__xor__"};
const char* const kRBinopNames[] = {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__",
                                    "__rmatmul__", "__rmul__", "__rmod__", "__ror__",
                                    "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__",
                                    "__rxor__"};
const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

inline bool is_real(Value v) { return is_float_like(v) || is_int_like(v); }

bool check_no_args(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, qualname, kwnames)) return false;
  if (nargs != 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", qualname, nargs - 1);
    return false;
  }
  return true;
}

template <BinOp Op, bool Reflected>
Value float_binop(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  const int op = static_cast<int>(Op);
  if (!check_wrapper_args(vm, Reflected ? kRBinopNames[op] : kBinopNames[op], nargs, kwnames, 1)) {
    return Value::null();
  }
  Value self = args[0], other = args[1];
  if (!is_real(other)) return vm.not_implemented();
  return Reflected ? float_binary_op(vm, other, self, op) : float_binary_op(vm, self, other, op);
}

Value float_divmod_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__divmod__", nargs, kwnames, 1)) return Value::null();
  if (!is_real(args[1])) return vm.not_implemented();
  return float_divmod(vm, args[0], args[1]);
}

Value float_rdivmod_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__rdivmod__", nargs, kwnames, 1)) return Value::null();
  if (!is_real(args[1])) return vm.not_implemented();
  return float_divmod(vm, args[1], args[0]);
}

template <bool Reflected>
Value float_pow_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  const char* name = Reflected ? "__rpow__" : "__pow__";
  if (!check_no_kwargs(vm, name, kwnames)) return Value::null();
  if (nargs < 2 || nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected {} argument{}, got {}", name,
                        nargs < 2 ? "at least 1" : "at most 2", nargs < 2 ? "" : "s", nargs - 1);
  }
  if (!is_real(args[1])) return vm.not_implemented();
  if (nargs == 3 && !args[2].is_none()) {
    return vm.raise(vm.exc.TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers");
  }
  int op = static_cast<int>(BinOp::Pow);
  return Reflected ? float_binary_op(vm, args[1], args[0], op)
                   : float_binary_op(vm, args[0], args[1], op);
}

template <CompareOp Op>
Value float_compare(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, kCompareNames[static_cast<int>(Op)], nargs, kwnames, 1)) {
    return Value::null();
  }
  if (!is_real(args[1])) return vm.not_implemented();
  return Value::boolean(number_compare(args[0], args[1], Op));
}

Value float_neg(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__neg__", nargs, kwnames, 0)) return Value::null();
  return Value::from_double(-float_value(args[0]));
}
Value float_pos(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__pos__", nargs, kwnames, 0)) return Value::null();
  return Value::from_double(float_value(args[0]));
}
Value float_abs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__abs__", nargs, kwnames, 0)) return Value::null();
  return Value::from_double(std::fabs(float_value(args[0])));
}
Value float_bool(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__bool__", nargs, kwnames, 0)) return Value::null();
  return Value::boolean(float_value(args[0]) != 0.0);
}
Value float_hash(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__hash__", nargs, kwnames, 0)) return Value::null();
  return vm.new_int(number_hash(args[0]));
}
Value float_repr_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__repr__", nargs, kwnames, 0)) return Value::null();
  return float_repr_value(vm, float_value(args[0]));
}
Value float_float(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__float__", nargs, kwnames, 0)) return Value::null();
  return Value::from_double(float_value(args[0]));
}
Value float_int(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__int__", nargs, kwnames, 0)) return Value::null();
  return int_from_double(vm, float_value(args[0]));
}
Value float_trunc(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.__trunc__", nargs, kwnames)) return Value::null();
  return int_from_double(vm, float_value(args[0]));
}
Value float_floor(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.__floor__", nargs, kwnames)) return Value::null();
  return int_from_double(vm, std::floor(float_value(args[0])));
}
Value float_ceil(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.__ceil__", nargs, kwnames)) return Value::null();
  return int_from_double(vm, std::ceil(float_value(args[0])));
}
Value float_conjugate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.conjugate", nargs, kwnames)) return Value::null();
  return Value::from_double(float_value(args[0]));
}
Value float_is_integer(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.is_integer", nargs, kwnames)) return Value::null();
  double d = float_value(args[0]);
  return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}
Value float_getnewargs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.__getnewargs__", nargs, kwnames)) return Value::null();
  return vm.new_tuple({Value::from_double(float_value(args[0]))});
}

// round(x) -> int (ties to even); round(x, n) -> float, correctly rounded (float___round__).
Value float_round_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "__round__", kwnames)) return Value::null();
  if (nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "__round__ expected at most 1 argument, got {}",
                        nargs - 1);
  }
  double x = float_value(args[0]);
  if (nargs == 1 || args[1].is_none()) return int_from_double(vm, round_half_even(x));
  Value nd = py_index(vm, args[1]);
  if (nd.is_null()) return nd;
  // PyNumber_AsSsize_t(o, NULL) clamps: huge ndigits mean "keep x" / "round to zero".
  int64_t ndigits;
  if (!int_like_to_int64(nd, ndigits)) {
    ndigits = int_like_to_bigint(nd).is_negative() ? INT64_MIN : INT64_MAX;
  }
  bool overflow = false;
  double r = float_round(x, ndigits, overflow);
  if (overflow) return vm.raise(vm.exc.OverflowError, "rounded value too large to represent");
  return Value::from_double(r);
}

Value float_format(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "float.__format__", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "float.__format__() takes exactly one argument ({} given)", nargs - 1);
  }
  Value self = args[0], spec = args[1];
  if (!is_str(spec)) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__() argument must be str, not {}",
                        arg_type_name(vm, spec));
  }
  std::string_view s = str_view(spec);
  if (s.empty()) {
    if (self.is_double()) return float_repr_value(vm, self.as_double());
    return py_str(vm, self);  // CPython: format(x, '') is str(x)
  }
  std::string out;
  FormatError error;
  if (!format_float(float_value(self), s, out, error, vm.type_name(self))) {
    return raise_format_error(vm, error);
  }
  return vm.new_str(out);
}

Value float_as_integer_ratio(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.as_integer_ratio", nargs, kwnames)) return Value::null();
  double d = float_value(args[0]);
  if (std::isinf(d)) {
    return vm.raise(vm.exc.OverflowError, "cannot convert Infinity to integer ratio");
  }
  if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert NaN to integer ratio");
  int exponent = 0;
  double part = std::frexp(d, &exponent);
  for (int i = 0; i < 300 && part != std::floor(part); ++i) {
    part *= 2.0;
    --exponent;
  }
  BigInt num = BigInt::from_double(part);
  BigInt den(1);
  if (exponent > 0) {
    num = BigInt::lshift(num, static_cast<uint64_t>(exponent));
  } else {
    den = BigInt::lshift(den, static_cast<uint64_t>(-exponent));
  }
  Value n = vm.new_int(std::move(num));
  if (n.is_null()) return n;
  Value q = vm.new_int(std::move(den));
  if (q.is_null()) return q;
  return vm.new_tuple({n, q});
}

// float.hex(): CPython's float_hex, 13 hex digits after the point.
Value float_hex(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "float.hex", nargs, kwnames)) return Value::null();
  double x = float_value(args[0]);
  if (std::isnan(x) || std::isinf(x)) return float_repr_value(vm, x);
  if (x == 0.0) return vm.new_str_ascii(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  static const char kHex[] = "0123456789abcdef";
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s = x < 0.0 ? "-0x" : "0x";
  s.push_back(kHex[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  s.push_back('.');
  constexpr int kDigits = (DBL_MANT_DIG + 3 - (DBL_MANT_DIG + 2) % 4 - 1) / 4;  // 13
  for (int i = 0; i < kDigits; ++i) {
    m *= 16.0;
    s.push_back(kHex[static_cast<int>(m)]);
    m -= static_cast<int>(m);
  }
  s += fmt::format("p{}{}", e < 0 ? '-' : '+', e < 0 ? -e : e);
  return vm.new_str_ascii(s);
}

int hex_from_char(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// Case-insensitive prefix match for "inf", "infinity", "nan" (CPython's _Py_parse_inf_or_nan,
// which also takes a sign). Returns the characters consumed, 0 when none matched.
size_t parse_inf_or_nan(std::string_view s, double& out) {
  size_t i = 0;
  bool negate = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
    negate = s[i] == '-';
    ++i;
  }
  auto match = [&](std::string_view word) {
    if (s.size() - i < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
    }
    return true;
  };
  if (match("inf")) {
    i += match("infinity") ? 8 : 3;
    out = negate ? -HUGE_VAL : HUGE_VAL;
    return i;
  }
  if (match("nan")) {
    out = negate ? -NAN : NAN;
    return i + 3;
  }
  return 0;
}

// float.fromhex(s): a port of CPython's float_fromhex (round-half-even on the hex digits).
Value float_fromhex(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "fromhex", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "float.fromhex() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  if (!is_str(args[1])) return vm.raise(vm.exc.TypeError, "bad argument type for built-in operation");
  std::string_view str = str_view(args[1]);
  auto parse_error = [&]() {
    return vm.raise(vm.exc.ValueError, "invalid hexadecimal floating-point string");
  };
  auto overflow_error = [&]() {
    return vm.raise(vm.exc.OverflowError, "hexadecimal value too large to represent as a float");
  };
  size_t s = 0, end = str.size();
  auto at = [&](size_t i) { return i < end ? str[i] : '\0'; };
  while (ascii_space(at(s))) ++s;
  double x = 0.0;
  bool negate = false;
  size_t consumed = parse_inf_or_nan(str.substr(s), x);
  if (consumed) {
    s += consumed;
  } else {
    if (at(s) == '-') {
      negate = true;
      ++s;
    } else if (at(s) == '+') {
      ++s;
    }
    if (at(s) == '0' && (at(s + 1) == 'x' || at(s + 1) == 'X')) s += 2;
    size_t coeff_start = s;
    while (hex_from_char(at(s)) >= 0) ++s;
    size_t point = s;
    size_t coeff_end;
    if (at(s) == '.') {
      ++s;
      while (hex_from_char(at(s)) >= 0) ++s;
      coeff_end = s - 1;
    } else {
      coeff_end = s;
    }
    int64_t ndigits = static_cast<int64_t>(coeff_end - coeff_start);
    int64_t fdigits = static_cast<int64_t>(coeff_end - point);
    if (ndigits == 0) return parse_error();
    constexpr int64_t kLongMax = INT64_MAX, kLongMin = INT64_MIN;
    if (ndigits > std::min<int64_t>(DBL_MIN_EXP - DBL_MANT_DIG - kLongMin / 2,
                                    kLongMax / 2 + 1 - DBL_MAX_EXP) / 4) {
      return vm.raise(vm.exc.ValueError, "hexadecimal string too long to convert");
    }
    int64_t exp = 0;
    if (at(s) == 'p' || at(s) == 'P') {
      ++s;
      size_t exp_start = s;
      if (at(s) == '-' || at(s) == '+') ++s;
      if (!(at(s) >= '0' && at(s) <= '9')) return parse_error();
      while (at(s) >= '0' && at(s) <= '9') ++s;
      // strtol saturates; so do we.
      bool neg_exp = str[exp_start] == '-';
      size_t d = exp_start + (str[exp_start] == '-' || str[exp_start] == '+' ? 1 : 0);
      for (; d < s; ++d) {
        if (exp > (kLongMax - 9) / 10) {
          exp = kLongMax;
          break;
        }
        exp = exp * 10 + (str[d] - '0');
      }
      if (neg_exp) exp = exp == kLongMax ? kLongMin : -exp;
    }
    // The j-th most significant digit, counting from the last (CPython's HEX_DIGIT).
    auto digit_at = [&](int64_t j) {
      size_t pos = j < fdigits ? coeff_end - static_cast<size_t>(j)
                               : coeff_end - 1 - static_cast<size_t>(j);
      return hex_from_char(str[pos]);
    };
    while (ndigits > 0 && digit_at(ndigits - 1) == 0) --ndigits;
    if (ndigits == 0 || exp < kLongMin / 2) {
      x = 0.0;
    } else {
      if (exp > kLongMax / 2) return overflow_error();
      exp -= 4 * fdigits;
      int64_t top_exp = exp + 4 * (ndigits - 1);
      for (int digit = digit_at(ndigits - 1); digit != 0; digit /= 2) ++top_exp;
      if (top_exp < DBL_MIN_EXP - DBL_MANT_DIG) {
        x = 0.0;
      } else {
        if (top_exp > DBL_MAX_EXP) return overflow_error();
        int64_t lsb = std::max<int64_t>(top_exp, DBL_MIN_EXP) - DBL_MANT_DIG;
        x = 0.0;
        if (exp >= lsb) {
          for (int64_t i = ndigits - 1; i >= 0; --i) x = 16.0 * x + digit_at(i);
          x = std::ldexp(x, static_cast<int>(exp));
        } else {
          int half_eps = 1 << static_cast<int>((lsb - exp - 1) % 4);
          int64_t key_digit = (lsb - exp - 1) / 4;
          for (int64_t i = ndigits - 1; i > key_digit; --i) x = 16.0 * x + digit_at(i);
          int digit = digit_at(key_digit);
          x = 16.0 * x + static_cast<double>(digit & (16 - 2 * half_eps));
          if ((digit & half_eps) != 0) {
            bool round_up = false;
            if ((digit & (3 * half_eps - 1)) != 0 ||
                (half_eps == 8 && key_digit + 1 < ndigits && (digit_at(key_digit + 1) & 1) != 0)) {
              round_up = true;
            } else {
              for (int64_t i = key_digit - 1; i >= 0; --i) {
                if (digit_at(i) != 0) {
                  round_up = true;
                  break;
                }
              }
            }
            if (round_up) {
              x += 2 * half_eps;
              if (top_exp == DBL_MAX_EXP &&
                  x == std::ldexp(static_cast<double>(2 * half_eps), DBL_MANT_DIG)) {
                return overflow_error();
              }
            }
          }
          x = std::ldexp(x, static_cast<int>(exp + 4 * key_digit));
        }
      }
    }
  }
  while (ascii_space(at(s))) ++s;
  if (s != end) return parse_error();
  Value result = Value::from_double(negate ? -x : x);
  Value cls = args[0];
  if (is_type(cls) && as_type(cls) != vm.types.float_) return vm.call(cls, {result});
  return result;
}

// float(text): CPython's PyFloat_FromString, with the repr of the argument in the message.
Value float_from_text(VM& vm, Value original, std::string_view text) {
  auto d = parse_float(text);
  if (d) return Value::from_double(*d);
  // CPython's message has the whole repr (no %.200R truncation, unlike int()).
  Value repr = py_repr(vm, original);
  if (repr.is_null()) return repr;
  return vm.raise_fmt(vm.exc.ValueError, "could not convert string to float: {}", str_view(repr));
}

// float(x) for anything but a missing x (CPython's PyNumber_Float / PyFloat_FromString).
Value float_from_object(VM& vm, Value x) {
  if (x.is_double()) return x;
  if (is_float_like(x)) return Value::from_double(float_value(x));
  if (is_int_like(x)) {
    double d;
    if (!int_to_double(vm, x, d)) return Value::null();
    return Value::from_double(d);
  }
  if (is_str(x)) {
    StrObject* s = as_str(x);
    if (s->is_ascii) return float_from_text(vm, x, s->view());
    return float_from_text(vm, x, numeric_text_to_ascii(s->view()));
  }
  if (std::string_view data; bytes_like(vm, x, data)) return float_from_text(vm, x, data);
  TypeObject* t = vm.type_of(x);
  if (!lookup_special(vm, t, Slot::Float).is_null()) {
    bool found;
    Value r = call_special(vm, x, Slot::Float, nullptr, 0, found);
    if (r.is_null()) return r;
    if (!is_float_like(r)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}.__float__ returned non-float (type {})",
                          t->name->view(), vm.type_name(r));
    }
    return Value::from_double(float_value(r));
  }
  if (!lookup_special(vm, t, Slot::Index).is_null()) {
    Value i = py_index(vm, x);
    double d;
    if (i.is_null() || !int_to_double(vm, i, d)) return Value::null();
    return Value::from_double(d);
  }
  return vm.raise_fmt(vm.exc.TypeError,
                      "float() argument must be a string or a real number, not '{}'",
                      t->name->view());
}

// float.__new__(cls, x=0.0, /)
Value float_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "float.__new__(X): X is not a type object");
  }
  TypeObject* cls = as_type(args[0]);
  if (!vm.is_subtype(cls, vm.types.float_)) {
    return vm.raise_fmt(vm.exc.TypeError, "float.__new__({}): {} is not a subtype of float",
                        cls->name->view(), cls->name->view());
  }
  if (!check_no_kwargs(vm, "float", kwnames)) return Value::null();
  if (nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "float expected at most 1 argument, got {}", nargs - 1);
  }
  Value r = nargs == 1 ? Value::from_double(0.0) : float_from_object(vm, args[1]);
  if (r.is_null() || cls == vm.types.float_) return r;
  auto* o = vm.make<FloatObject>(cls, r.as_double());
  return o ? Value::object(o) : Value::null();
}

Value float_prop_real(VM&, const Value* args, size_t, TupleObject*) {
  return Value::from_double(float_value(args[0]));
}
Value float_prop_imag(VM&, const Value*, size_t, TupleObject*) {
  return Value::from_double(0.0);
}

}  // namespace

void init_float_type(VM& vm) {
  TypeObject* t = vm.types.float_;
  using B = BinOp;
  vm.add_methods(t, {
      {"__new__", float_new, MethodDef::kStatic},
      {"__repr__", float_repr_method},
      {"__hash__", float_hash},
      {"__bool__", float_bool},
      {"__add__", float_binop<B::Add, false>},
      {"__radd__", float_binop<B::Add, true>},
      {"__sub__", float_binop<B::Sub, false>},
      {"__rsub__", float_binop<B::Sub, true>},
      {"__mul__", float_binop<B::Mul, false>},
      {"__rmul__", float_binop<B::Mul, true>},
      {"__floordiv__", float_binop<B::FloorDiv, false>},
      {"__rfloordiv__", float_binop<B::FloorDiv, true>},
      {"__truediv__", float_binop<B::TrueDiv, false>},
      {"__rtruediv__", float_binop<B::TrueDiv, true>},
      {"__mod__", float_binop<B::Mod, false>},
      {"__rmod__", float_binop<B::Mod, true>},
      {"__divmod__", float_divmod_method},
      {"__rdivmod__", float_rdivmod_method},
      {"__pow__", float_pow_method<false>},
      {"__rpow__", float_pow_method<true>},
      {"__neg__", float_neg},
      {"__pos__", float_pos},
      {"__abs__", float_abs},
      {"__int__", float_int},
      {"__float__", float_float},
      {"__trunc__", float_trunc},
      {"__floor__", float_floor},
      {"__ceil__", float_ceil},
      {"__round__", float_round_method},
      {"__eq__", float_compare<CompareOp::Eq>},
      {"__ne__", float_compare<CompareOp::Ne>},
      {"__lt__", float_compare<CompareOp::Lt>},
      {"__le__", float_compare<CompareOp::Le>},
      {"__gt__", float_compare<CompareOp::Gt>},
      {"__ge__", float_compare<CompareOp::Ge>},
      {"__format__", float_format},
      {"__getnewargs__", float_getnewargs},
      {"is_integer", float_is_integer},
      {"as_integer_ratio", float_as_integer_ratio},
      {"conjugate", float_conjugate},
      {"hex", float_hex},
      {"fromhex", float_fromhex, MethodDef::kClass},
  });
  vm.add_property(t, "real", float_prop_real);
  vm.add_property(t, "imag", float_prop_imag);
}

}  // namespace krait
