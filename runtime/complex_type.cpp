// The `complex` type, after CPython 3.11's Objects/complexobject.c: construction from numbers,
// strings ("1+2j", "(3-4.5e2j)", "inf", "-j") and __complex__; + - * / ** with int, float and
// complex (same formulas, so the same signed zeros, infinities and NaNs); ==, hash, repr and
// format() as CPython. There is no ordering and no // or %: those fall through to the
// protocol's TypeErrors, as in CPython.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/complex.h"
#include "runtime/number_format.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/str_impl.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

namespace krait {

namespace {

struct Cx {
  double real, imag;
};

// --- CPython's _Py_c_* arithmetic (Objects/complexobject.c). `edom` stands for errno == EDOM.

Cx c_sum(Cx a, Cx b) {
  return {a.real + b.real, a.imag + b.imag};
}
Cx c_diff(Cx a, Cx b) {
  return {a.real - b.real, a.imag - b.imag};
}
Cx c_prod(Cx a, Cx b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's algorithm, dividing by whichever part of b is larger in magnitude.
Cx c_quot(Cx a, Cx b, bool& edom) {
  double abs_breal = b.real < 0 ? -b.real : b.real;
  double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      edom = true;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // at least one of b's parts is a NaN
}

Cx c_pow(Cx a, Cx b, bool& edom) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) edom = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Cx c_powu(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Cx c_powi(Cx x, long n, bool& edom) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), edom);
}

// CPython's _Py_c_abs: C99's rules for infinities and NaNs; `overflow` for a finite input
// whose modulus overflows.
double c_abs(Cx z, bool& overflow) {
  overflow = false;
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return NAN;
  }
  double r = std::hypot(z.real, z.imag);
  overflow = !std::isfinite(r);
  return r;
}

// TO_COMPLEX: 1 with `out` set, 0 when `v` is not a number complex arithmetic takes (the
// operation returns NotImplemented), -1 on error (an int too large for a float).
int to_complex(VM& vm, Value v, Cx& out) {
  if (is_complex(vm, v)) {
    out = {as_complex(v)->real, as_complex(v)->imag};
    return 1;
  }
  if (is_float_like(v)) {
    out = {float_value(v), 0.0};
    return 1;
  }
  if (is_int_like(v)) {
    double d;
    if (!int_to_double(vm, v, d)) return -1;
    out = {d, 0.0};
    return 1;
  }
  return 0;
}

inline Cx self_cx(const Value* args) {
  return {as_complex(args[0])->real, as_complex(args[0])->imag};
}

Value make(VM& vm, Cx c) {
  return complex_new(vm, c.real, c.imag);
}

// complex_pow without a modulus.
Value power(VM& vm, Cx a, Cx b) {
  bool edom = false;
  Cx p;
  // A small integral exponent uses repeated multiplication: faster and more accurate.
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    p = c_powi(a, static_cast<long>(b.real), edom);
  } else {
    p = c_pow(a, b, edom);
  }
  if (edom) return vm.raise(vm.exc.ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    return vm.raise(vm.exc.OverflowError, "complex exponentiation");
  }
  return make(vm, p);
}

const char* const kBinopNames[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__pow__"};
const char* const kRBinopNames[] = {"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rpow__"};
enum class Op { Add, Sub, Mul, Div, Pow };

template <Op op, bool Reflected>
Value complex_binop(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  const char* name =
      Reflected ? kRBinopNames[static_cast<int>(op)] : kBinopNames[static_cast<int>(op)];
  if (op == Op::Pow) {
    // __pow__(value, mod=None): a ternary slot wrapper.
    if (kwnames && kwnames->size) {
      return vm.raise_fmt(vm.exc.TypeError, "wrapper {}() takes no keyword arguments", name);
    }
    if (nargs < 2 || nargs > 3) {
      return vm.raise_fmt(vm.exc.TypeError, "expected 1 or 2 arguments, got {}", nargs - 1);
    }
  } else if (!check_wrapper_args(vm, name, nargs, kwnames, 1)) {
    return Value::null();
  }
  Cx a, b;
  int ra = to_complex(vm, Reflected ? args[1] : args[0], a);
  if (ra <= 0) return ra < 0 ? Value::null() : vm.not_implemented();
  int rb = to_complex(vm, Reflected ? args[0] : args[1], b);
  if (rb <= 0) return rb < 0 ? Value::null() : vm.not_implemented();
  switch (op) {
    case Op::Add:
      return make(vm, c_sum(a, b));
    case Op::Sub:
      return make(vm, c_diff(a, b));
    case Op::Mul:
      return make(vm, c_prod(a, b));
    case Op::Div: {
      bool edom = false;
      Cx q = c_quot(a, b, edom);
      if (edom) return vm.raise(vm.exc.ZeroDivisionError, "complex division by zero");
      return make(vm, q);
    }
    case Op::Pow:
      if (nargs == 3 && !args[2].is_none()) {
        return vm.raise(vm.exc.ValueError, "complex modulo");
      }
      return power(vm, a, b);
  }
  return vm.not_implemented();
}

// --- Construction ---

// PyOS_string_to_double(s, &end, NULL) as complex() uses it: the longest prefix of `s` that
// is a float literal (no surrounding spaces, no underscores: the caller removed them). 0 when
// there is none.
size_t float_prefix(std::string_view s, double& out) {
  size_t i = 0, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  auto starts_ci = [&](size_t at, const char* word) {
    size_t len = std::strlen(word);
    if (at + len > n) return false;
    for (size_t k = 0; k < len; ++k) {
      char c = s[at + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != word[k]) return false;
    }
    return true;
  };
  size_t end = 0;
  if (starts_ci(i, "infinity")) {
    end = i + 8;
  } else if (starts_ci(i, "inf") || starts_ci(i, "nan")) {
    end = i + 3;
  } else {
    size_t j = i;
    size_t digits = 0;
    while (j < n && s[j] >= '0' && s[j] <= '9') ++j, ++digits;
    if (j < n && s[j] == '.') {
      ++j;
      while (j < n && s[j] >= '0' && s[j] <= '9') ++j, ++digits;
    }
    if (digits == 0) return 0;
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
      size_t k = j + 1;
      if (k < n && (s[k] == '+' || s[k] == '-')) ++k;
      size_t exp_start = k;
      while (k < n && s[k] >= '0' && s[k] <= '9') ++k;
      if (k > exp_start) j = k;  // "1e" is the number 1 followed by "e"
    }
    end = j;
  }
  auto d = parse_float(s.substr(0, end));
  if (!d) return 0;
  out = *d;
  return end;
}

inline bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// CPython's complex_from_string_inner.
bool parse_complex(std::string_view s, double& x, double& y) {
  size_t i = 0, n = s.size();
  x = y = 0.0;
  while (i < n && is_space(s[i])) ++i;
  bool bracket = false;
  if (i < n && s[i] == '(') {
    bracket = true;
    ++i;
    while (i < n && is_space(s[i])) ++i;
  }
  double z;
  size_t len = float_prefix(s.substr(i), z);
  if (len) {
    i += len;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      // <float><signed-float>j | <float><sign>j
      x = z;
      size_t len2 = float_prefix(s.substr(i), y);
      if (len2) {
        i += len2;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (i >= n || (s[i] != 'j' && s[i] != 'J')) return false;
      ++i;
    } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    // <sign>j | j
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (i >= n || (s[i] != 'j' && s[i] != 'J')) return false;
    ++i;
  }
  while (i < n && is_space(s[i])) ++i;
  if (bracket) {
    if (i >= n || s[i] != ')') return false;
    ++i;
    while (i < n && is_space(s[i])) ++i;
  }
  return i == n;
}

Value complex_from_str(VM& vm, Value str) {
  StrObject* so = as_str(str);
  std::string text = so->is_ascii ? std::string(so->view()) : numeric_text_to_ascii(so->view());
  // _Py_string_to_number_with_underscores: '_' only between digits.
  if (text.find('_') != std::string::npos) {
    std::string stripped;
    char prev = '\0';
    bool ok = true;
    for (char c : text) {
      bool digit = c >= '0' && c <= '9';
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) ok = false;
      } else {
        stripped += c;
        if (prev == '_' && !digit) ok = false;
      }
      prev = c;
    }
    if (prev == '_' || text.find('\0') != std::string::npos) ok = false;
    if (!ok) {
      Value r = py_repr(vm, str);
      if (r.is_null()) return r;
      return vm.raise_fmt(vm.exc.ValueError, "could not convert string to complex: {}",
                          str_view(r));
    }
    text = std::move(stripped);
  }
  double x, y;
  if (!parse_complex(text, x, y)) {
    return vm.raise(vm.exc.ValueError, "complex() arg is a malformed string");
  }
  return complex_new(vm, x, y);
}

// Whether complex() takes `v` as a number: complex, or a type with __float__ or __index__.
bool numeric_arg(VM& vm, Value v) {
  if (is_int_like(v) || is_float_like(v) || is_complex(vm, v)) return true;
  TypeObject* t = vm.type_of(v);
  return !lookup_special(vm, t, Slot::Float).is_null() ||
         !lookup_special(vm, t, Slot::Index).is_null();
}

// CPython's complex_new_impl.
Value complex_new_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "complex.__new__(X): X is not a type object");
  }
  TypeObject* cls = as_type(args[0]);
  if (!vm.is_subtype(cls, vm.types.complex)) {
    return vm.raise_fmt(vm.exc.TypeError, "complex.__new__({}): {} is not a subtype of complex",
                        cls->name->view(), cls->name->view());
  }
  Value a[2];
  if (!strimpl::bind_keywords(vm, "complex", {"real", "imag"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  Value r = a[0].is_null() ? Value::small_int(0) : a[0];
  Value i = a[1];
  if (is_complex(vm, r) && i.is_null()) return r;
  if (is_str(r)) {
    if (!i.is_null()) {
      return vm.raise(vm.exc.TypeError, "complex() can't take second arg if first is a string");
    }
    return complex_from_str(vm, r);
  }
  if (!i.is_null() && is_str(i)) {
    return vm.raise(vm.exc.TypeError, "complex() second arg can't be a string");
  }
  // __complex__ first (complex itself has one, returning self).
  if (!is_complex(vm, r)) {
    Value m = type_lookup(vm.type_of(r), vm.intern("__complex__"));
    if (!m.is_null()) {
      Value c = vm.call(m, &r, 1);
      if (c.is_null()) return c;
      if (!is_complex(vm, c)) {
        return vm.raise_fmt(vm.exc.TypeError, "__complex__ returned non-complex (type {})",
                            vm.type_name(c));
      }
      r = c;
    }
  }
  if (!numeric_arg(vm, r)) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name(r));
  }
  if (!i.is_null() && !numeric_arg(vm, i)) {
    return vm.raise_fmt(vm.exc.TypeError, "complex() second argument must be a number, not '{}'",
                        vm.type_name(i));
  }
  Cx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(vm, r)) {
    cr = {as_complex(r)->real, as_complex(r)->imag};
    cr_is_complex = true;
  } else if (!py_to_double(vm, r, cr.real)) {
    return Value::null();
  }
  if (i.is_null()) {
    ci.real = cr.imag;
  } else if (is_complex(vm, i)) {
    ci = {as_complex(i)->real, as_complex(i)->imag};
    ci_is_complex = true;
  } else if (!py_to_double(vm, i, ci.real)) {
    return Value::null();
  }
  // Parts that are themselves complex contribute across: complex(1j, 1j) == -1+1j.
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && !i.is_null()) ci.real += cr.imag;
  return complex_new(vm, cr.real, ci.real);
}

// --- Protocols ---

std::string complex_repr_text(double re, double im) {
  // No parentheses when the real part is +0.0: "2j", but "(-0+2j)" and "(1+nanj)".
  if (re == 0.0 && !std::signbit(re)) return double_to_string(im, 'r', 0) + "j";
  return "(" + double_to_string(re, 'r', 0) + double_to_string(im, 'r', 0, kFloatSign) + "j)";
}

Value complex_repr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__repr__", nargs, kwnames, 0)) return Value::null();
  Cx c = self_cx(args);
  return vm.new_str_ascii(complex_repr_text(c.real, c.imag));
}

Value complex_hash(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__hash__", nargs, kwnames, 0)) return Value::null();
  Cx c = self_cx(args);
  uint64_t hr = static_cast<uint64_t>(number_hash(Value::from_double(c.real)));
  uint64_t hi = static_cast<uint64_t>(number_hash(Value::from_double(c.imag)));
  // hash(x + 0j) == hash(x): the imaginary part's hash is 0 then.
  uint64_t combined = hr + 1000003u * hi;
  if (combined == static_cast<uint64_t>(-1)) combined = static_cast<uint64_t>(-2);
  return vm.new_int(static_cast<int64_t>(combined));
}

template <bool Eq>
Value complex_eq(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, Eq ? "__eq__" : "__ne__", nargs, kwnames, 1)) return Value::null();
  Cx a = self_cx(args);
  Value w = args[1];
  bool equal;
  if (is_int_like(w)) {
    // Compared exactly as a float with the int, when there is no imaginary part.
    if (a.imag != 0.0) {
      equal = false;
    } else {
      return py_compare(vm, Value::from_double(a.real), w, Eq ? CompareOp::Eq : CompareOp::Ne);
    }
  } else if (is_float_like(w)) {
    equal = a.real == float_value(w) && a.imag == 0.0;
  } else if (is_complex(vm, w)) {
    equal = a.real == as_complex(w)->real && a.imag == as_complex(w)->imag;
  } else {
    return vm.not_implemented();
  }
  return Value::boolean(Eq ? equal : !equal);
}

Value complex_neg(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__neg__", nargs, kwnames, 0)) return Value::null();
  Cx c = self_cx(args);
  return complex_new(vm, -c.real, -c.imag);
}

Value complex_pos(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__pos__", nargs, kwnames, 0)) return Value::null();
  return args[0];  // complex is not subclassable in Krait: self is exact
}

Value complex_abs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__abs__", nargs, kwnames, 0)) return Value::null();
  bool overflow;
  double r = c_abs(self_cx(args), overflow);
  if (overflow) return vm.raise(vm.exc.OverflowError, "absolute value too large");
  return Value::from_double(r);
}

Value complex_bool(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__bool__", nargs, kwnames, 0)) return Value::null();
  Cx c = self_cx(args);
  return Value::boolean(c.real != 0.0 || c.imag != 0.0);
}

Value complex_conjugate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "complex.conjugate", kwnames)) return Value::null();
  if (nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "complex.conjugate() takes no arguments ({} given)",
                        nargs - 1);
  }
  Cx c = self_cx(args);
  return complex_new(vm, c.real, -c.imag);
}

Value complex_complex(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "complex.__complex__", kwnames)) return Value::null();
  if (nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "complex.__complex__() takes no arguments ({} given)",
                        nargs - 1);
  }
  return args[0];
}

Value complex_getnewargs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "complex.__getnewargs__", kwnames)) return Value::null();
  if (nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "complex.__getnewargs__() takes no arguments ({} given)",
                        nargs - 1);
  }
  Cx c = self_cx(args);
  return vm.new_tuple({Value::from_double(c.real), Value::from_double(c.imag)});
}

Value complex_real(VM&, const Value* args, size_t, TupleObject*) {
  return Value::from_double(as_complex(args[0])->real);
}
Value complex_imag(VM&, const Value* args, size_t, TupleObject*) {
  return Value::from_double(as_complex(args[0])->imag);
}

// One part of a formatted complex (CPython's calc_number_widths + fill_number without padding):
// the sign, then the digits with thousands separators, then the rest.
void append_part(std::string& out, const std::string& text, char spec_sign, char grouping) {
  std::string_view body = text;
  bool negative = !body.empty() && body[0] == '-';
  if (negative) body.remove_prefix(1);
  if (negative) {
    out += '-';
  } else if (spec_sign == '+' || spec_sign == ' ') {
    out += spec_sign;
  }
  size_t ndigits = 0;
  while (ndigits < body.size() && body[ndigits] >= '0' && body[ndigits] <= '9') ++ndigits;
  for (size_t k = 0; k < ndigits; ++k) {
    if (grouping && k > 0 && (ndigits - k) % 3 == 0) out += grouping;
    out += body[k];
  }
  out.append(body.substr(ndigits));
}

// CPython's format_complex_internal.
Value complex_format(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "complex.__format__", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "complex.__format__() takes exactly one argument ({} given)", nargs - 1);
  }
  Value spec_v = args[1];
  if (!is_str(spec_v)) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__() argument must be str, not {}",
                        arg_type_name(vm, spec_v));
  }
  std::string_view spec_text = str_view(spec_v);
  if (spec_text.empty()) return py_str(vm, args[0]);
  FormatError error;
  auto spec = parse_format_spec(spec_text, '\0', '>', "complex", error);
  if (!spec) return raise_format_error(vm, error);
  char32_t type = spec->type;
  switch (type) {
    case U'\0':
    case U'e':
    case U'E':
    case U'f':
    case U'F':
    case U'g':
    case U'G':
    case U'n':
      break;
    default: {
      std::string code;
      if (type >= 32 && type < 128) {
        code = std::string(1, static_cast<char>(type));
      } else {
        code = fmt::format("\\x{:x}", static_cast<uint32_t>(type));
      }
      return vm.raise_fmt(vm.exc.ValueError,
                          "Unknown format code '{}' for object of type 'complex'", code);
    }
  }
  if (spec->precision > INT32_MAX) return vm.raise(vm.exc.ValueError, "precision too big");
  if (spec->fill == U'0') {
    return vm.raise(vm.exc.ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (spec->align == '=') {
    return vm.raise(vm.exc.ValueError,
                    "'=' alignment flag is not allowed in complex format specifier");
  }
  Cx c = self_cx(args);
  unsigned flags = 0;
  if (spec->alternate) flags |= kFloatAlt;
  if (spec->no_neg_zero) flags |= kFloatNoNegZero;
  int precision = static_cast<int>(spec->precision);
  int default_precision = 6;
  char code = static_cast<char>(type);
  bool skip_re = false, add_parens = false;
  if (type == U'\0') {
    // Like str(self), but honouring the other fields.
    code = 'r';
    default_precision = 0;
    if (c.real == 0.0 && !std::signbit(c.real)) {
      skip_re = true;
    } else {
      add_parens = true;
    }
  }
  if (code == 'n') code = 'g';  // the C locale: no grouping, '.' as the point
  if (precision < 0) {
    precision = default_precision;
  } else if (code == 'r') {
    code = 'g';
  }
  std::string re_text = double_to_string(c.real, code, precision, flags);
  std::string im_text = double_to_string(c.imag, code, precision, flags);
  std::string body;
  if (add_parens) body += '(';
  if (!skip_re) append_part(body, re_text, spec->sign, spec->grouping);
  append_part(body, im_text, skip_re ? spec->sign : '+', spec->grouping);
  body += 'j';
  if (add_parens) body += ')';
  int64_t width = spec->width;
  int64_t len = static_cast<int64_t>(body.size());
  if (width > len) {
    int64_t pad = width - len;
    int64_t left = spec->align == '>' ? pad : spec->align == '^' ? pad / 2 : 0;
    std::string out;
    append_utf8(out, spec->fill, static_cast<size_t>(left));
    out += body;
    append_utf8(out, spec->fill, static_cast<size_t>(pad - left));
    return vm.new_str(out);
  }
  return vm.new_str_ascii(body);
}

}  // namespace

Value complex_new(VM& vm, double real, double imag) {
  auto* c = vm.make<ComplexObject>(vm.types.complex, real, imag);
  return c ? Value::object(c) : Value::null();
}

Value complex_power(VM& vm, double a_re, double a_im, double b_re, double b_im) {
  return power(vm, {a_re, a_im}, {b_re, b_im});
}

void init_complex_type(VM& vm) {
  TypeObject* t = vm.types.complex;
  vm.add_methods(t, {
                        {"__new__", complex_new_m, MethodDef::kStatic},
                        {"__repr__", complex_repr},
                        {"__hash__", complex_hash},
                        {"__eq__", complex_eq<true>},
                        {"__ne__", complex_eq<false>},
                        {"__add__", complex_binop<Op::Add, false>},
                        {"__radd__", complex_binop<Op::Add, true>},
                        {"__sub__", complex_binop<Op::Sub, false>},
                        {"__rsub__", complex_binop<Op::Sub, true>},
                        {"__mul__", complex_binop<Op::Mul, false>},
                        {"__rmul__", complex_binop<Op::Mul, true>},
                        {"__truediv__", complex_binop<Op::Div, false>},
                        {"__rtruediv__", complex_binop<Op::Div, true>},
                        {"__pow__", complex_binop<Op::Pow, false>},
                        {"__rpow__", complex_binop<Op::Pow, true>},
                        {"__neg__", complex_neg},
                        {"__pos__", complex_pos},
                        {"__abs__", complex_abs},
                        {"__bool__", complex_bool},
                        {"__format__", complex_format},
                        {"__complex__", complex_complex},
                        {"__getnewargs__", complex_getnewargs},
                        {"conjugate", complex_conjugate},
                    });
  vm.add_property(t, "real", complex_real);
  vm.add_property(t, "imag", complex_imag);
}

}  // namespace krait
