// The methods of `int` and `bool` (vm.types.int_, vm.types.bool_): construction from numbers,
// text and objects, the arithmetic and comparison dunders, formatting, and the int-only
// methods (bit_length, to_bytes, from_bytes, ...).
//
// The arithmetic itself lives in number_ops.cpp; these natives check their operands (returning
// NotImplemented for foreign types, as CPython's long_* slots do) and forward. `self` may be a
// small int, a bool, a big int or an instance of an int subclass (layout Int), so values are
// always read through number_ops.h's int-like accessors. Mirrors Objects/longobject.c and
// Objects/boolobject.c of CPython 3.11.
#include <cmath>
#include <string>
#include <vector>

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

// A method taking no arguments: "int.bit_length() takes no arguments (1 given)".
bool check_no_args(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, qualname, kwnames)) return false;
  if (nargs != 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", qualname, nargs - 1);
    return false;
  }
  return true;
}

// int.__op__(self, other) / int.__rop__(self, other). `KeepBool`: bool's own & | ^ return a
// bool for two bools; int's versions called on bools (int.__and__(True, True)) return 1.
template <BinOp Op, bool Reflected, bool KeepBool = false>
Value int_binop(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  const int op = static_cast<int>(Op);
  if (!check_wrapper_args(vm, Reflected ? kRBinopNames[op] : kBinopNames[op], nargs, kwnames, 1)) {
    return Value::null();
  }
  Value self = args[0], other = args[1];
  if (!is_int_like(other)) return vm.not_implemented();
  Value r = Reflected ? int_binary_op(vm, other, self, op) : int_binary_op(vm, self, other, op);
  if (!KeepBool && r.is_bool()) r = Value::small_int(r.is_true() ? 1 : 0);
  return r;
}

Value int_divmod_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__divmod__", nargs, kwnames, 1)) return Value::null();
  if (!is_int_like(args[1])) return vm.not_implemented();
  return int_divmod(vm, args[0], args[1]);
}

Value int_rdivmod_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__rdivmod__", nargs, kwnames, 1)) return Value::null();
  if (!is_int_like(args[1])) return vm.not_implemented();
  return int_divmod(vm, args[1], args[0]);
}

// __pow__(self, exp, mod=None) and __rpow__(self, base, mod=None): CPython's wrap_ternaryfunc.
template <bool Reflected>
Value int_pow_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  const char* name = Reflected ? "__rpow__" : "__pow__";
  if (!check_no_kwargs(vm, name, kwnames)) return Value::null();
  if (nargs < 2 || nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected {} argument{}, got {}", name,
                        nargs < 2 ? "at least 1" : "at most 2", nargs < 2 ? "" : "s", nargs - 1);
  }
  Value self = args[0], other = args[1];
  if (!is_int_like(other)) return vm.not_implemented();
  Value base = Reflected ? other : self, exp = Reflected ? self : other;
  if (nargs == 3 && !args[2].is_none()) {
    if (!is_int_like(args[2])) return vm.not_implemented();
    return int_pow_mod(vm, base, exp, args[2]);
  }
  return int_binary_op(vm, base, exp, static_cast<int>(BinOp::Pow));
}

template <CompareOp Op>
Value int_compare(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, kCompareNames[static_cast<int>(Op)], nargs, kwnames, 1)) {
    return Value::null();
  }
  // int compares only with ints: int.__eq__(1, 1.0) is NotImplemented (float's reflected
  // method answers), as CPython's long_richcompare.
  if (!is_int_like(args[1])) return vm.not_implemented();
  return Value::boolean(number_compare(args[0], args[1], Op));
}

Value int_neg(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__neg__", nargs, kwnames, 0)) return Value::null();
  return number_negative(vm, args[0]);
}
Value int_pos(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__pos__", nargs, kwnames, 0)) return Value::null();
  return int_exact(vm, args[0]);
}
Value int_abs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__abs__", nargs, kwnames, 0)) return Value::null();
  return number_abs(vm, args[0]);
}
Value int_invert(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__invert__", nargs, kwnames, 0)) return Value::null();
  return number_invert(vm, args[0]);
}
Value int_bool(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__bool__", nargs, kwnames, 0)) return Value::null();
  int64_t x;
  if (int_like_to_int64(args[0], x)) return Value::boolean(x != 0);
  return Value::boolean(!int_like_to_bigint(args[0]).is_zero());
}
Value int_hash(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__hash__", nargs, kwnames, 0)) return Value::null();
  return vm.new_int(number_hash(args[0]));
}
Value int_repr_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__repr__", nargs, kwnames, 0)) return Value::null();
  return int_repr(vm, args[0]);
}
// __int__, __index__, __trunc__, __floor__, __ceil__, conjugate, and the real/numerator
// properties: the value as an exact int.
template <const char* const* Name>
Value int_self(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, *Name, nargs, kwnames, 0)) return Value::null();
  return int_exact(vm, args[0]);
}
const char* const kIntName = "__int__";
const char* const kIndexName = "__index__";
const char* const kTruncName = "__trunc__";
const char* const kFloorName = "__floor__";
const char* const kCeilName = "__ceil__";

Value int_float(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__float__", nargs, kwnames, 0)) return Value::null();
  double d;
  if (!int_to_double(vm, args[0], d)) return Value::null();
  return Value::from_double(d);
}

Value int_conjugate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "int.conjugate", nargs, kwnames)) return Value::null();
  return int_exact(vm, args[0]);
}

Value int_getnewargs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "int.__getnewargs__", nargs, kwnames)) return Value::null();
  Value v = int_exact(vm, args[0]);
  if (v.is_null()) return v;
  return vm.new_tuple({v});
}

// round(int, ndigits): ints are returned unchanged for ndigits >= 0; otherwise rounded to a
// multiple of 10**-ndigits, ties to even (CPython's long_round / _PyLong_DivmodNear).
Value int_round(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "__round__", kwnames)) return Value::null();
  if (nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "__round__ expected at most 1 argument, got {}",
                        nargs - 1);
  }
  Value self = args[0];
  if (nargs == 1) return int_exact(vm, self);
  Value nd = py_index(vm, args[1]);
  if (nd.is_null()) return nd;
  BigInt ndigits = int_like_to_bigint(nd);
  if (!ndigits.is_negative()) return int_exact(vm, self);
  BigInt x = int_like_to_bigint(self);
  // |x| < 10**(k-1) <= 10**k / 2 rounds to 0; skip computing an enormous power of ten.
  BigInt k = ndigits.neg();
  uint64_t ku;
  if (!k.to_uint64(ku) || ku > x.decimal_digits_upper()) return Value::small_int(0);
  BigInt p = BigInt::pow(BigInt(10), ku);
  BigInt q, r;
  BigInt::divmod_floor(x, p, q, r);
  int c = BigInt::lshift(r, 1).compare(p);
  if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
  return vm.new_int(q * p);
}

Value int_format(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "int.__format__", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "int.__format__() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  Value self = args[0], spec = args[1];
  if (!is_str(spec)) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__() argument must be str, not {}",
                        arg_type_name(vm, spec));
  }
  std::string_view s = str_view(spec);
  if (s.empty()) {
    // CPython: an empty spec is str(self) (so bool gives "True", a subclass its own __str__).
    if (is_builtin_number(self) && !self.is_bool()) return int_repr(vm, self);
    return py_str(vm, self);
  }
  std::string out;
  FormatError error;
  if (!format_int(int_like_to_bigint(self), s, out, error, vm.type_name(self))) {
    return raise_format_error(vm, error);
  }
  return vm.new_str(out);
}

Value int_bit_length(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "int.bit_length", nargs, kwnames)) return Value::null();
  int64_t x;
  if (int_like_to_int64(args[0], x)) {
    uint64_t m = x < 0 ? uint64_t(0) - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return Value::small_int(m == 0 ? 0 : 64 - __builtin_clzll(m));
  }
  return vm.new_int(static_cast<int64_t>(int_like_to_bigint(args[0]).bit_length()));
}

Value int_bit_count(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "int.bit_count", nargs, kwnames)) return Value::null();
  int64_t x;
  if (int_like_to_int64(args[0], x)) {
    uint64_t m = x < 0 ? uint64_t(0) - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return Value::small_int(__builtin_popcountll(m));
  }
  return vm.new_int(static_cast<int64_t>(int_like_to_bigint(args[0]).bit_count()));
}

Value int_as_integer_ratio(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "int.as_integer_ratio", nargs, kwnames)) return Value::null();
  Value v = int_exact(vm, args[0]);
  if (v.is_null()) return v;
  return vm.new_tuple({v, Value::small_int(1)});
}

// byteorder and signed of to_bytes/from_bytes. Null byteorder means the default 'big'.
bool parse_byteorder(VM& vm, const char* fname, Value v, bool& little) {
  if (v.is_null()) {
    little = false;
    return true;
  }
  if (!is_str(v)) {
    vm.raise_fmt(vm.exc.TypeError, "{}() argument 'byteorder' must be str, not {}", fname,
                 arg_type_name(vm, v));
    return false;
  }
  std::string_view s = str_view(v);
  if (s == "little") {
    little = true;
  } else if (s == "big") {
    little = false;
  } else {
    vm.raise(vm.exc.ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value int_to_bytes(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const NativeArgSpec spec("to_bytes", "length=1, byteorder=None, *, signed=False");
  Value a[3];
  if (!spec.bind(vm, args + 1, nargs - 1, kwnames, a)) return Value::null();
  int64_t length = 1;
  if (!a[0].is_null() && !py_index_int64(vm, a[0], length)) return Value::null();
  if (length < 0) return vm.raise(vm.exc.ValueError, "length argument must be non-negative");
  bool little;
  if (!parse_byteorder(vm, "to_bytes", a[1], little)) return Value::null();
  bool is_signed = false;
  if (!a[2].is_null()) {
    int t = py_truthy(vm, a[2]);
    if (t < 0) return Value::null();
    is_signed = t != 0;
  }
  BigInt x = int_like_to_bigint(args[0]);
  if (x.is_negative() && !is_signed) {
    return vm.raise(vm.exc.OverflowError, "can't convert negative int to unsigned");
  }
  if (static_cast<uint64_t>(length) > (uint64_t{1} << 31) ||
      vm.heap().would_exceed(static_cast<size_t>(length))) {
    // Refuse before the byte vector is allocated (CPython would raise MemoryError too).
    return vm.raise_memory_error();
  }
  std::vector<uint8_t> out;
  if (!x.to_bytes(static_cast<size_t>(length), little, is_signed, out)) {
    return vm.raise(vm.exc.OverflowError, "int too big to convert");
  }
  if (out.empty()) return vm.new_bytes(std::string_view("", 0));  // memcpy wants non-null
  return vm.new_bytes(std::string_view(reinterpret_cast<const char*>(out.data()), out.size()));
}

// The bytes of from_bytes' first argument: bytes, or an iterable of ints in range(256)
// (CPython's PyBytes_FromObject).
bool bytes_argument(VM& vm, Value v, std::string& out) {
  std::string_view data;
  if (bytes_like(vm, v, data)) {
    out.assign(data);
    return true;
  }
  if (is_str(v)) {
    vm.raise(vm.exc.TypeError, "cannot convert 'str' object to bytes");
    return false;
  }
  Value it = py_iter(vm, v);
  if (it.is_null()) {
    if (vm.error_matches(vm.exc.TypeError)) {
      vm.clear_error();
      vm.raise_fmt(vm.exc.TypeError, "cannot convert '{}' object to bytes", vm.type_name(v));
    }
    return false;
  }
  while (true) {
    Value item = py_next(vm, it);
    if (item.is_null()) return !vm.has_error();
    int64_t byte;
    if (!py_index_int64(vm, item, byte)) return false;
    if (byte < 0 || byte > 255) {
      vm.raise(vm.exc.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    out.push_back(static_cast<char>(byte));
  }
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod: a subclass gets
// cls(result), as CPython.
Value int_from_bytes(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const NativeArgSpec spec("from_bytes", "bytes, byteorder=None, *, signed=False");
  Value a[3];
  if (!spec.bind(vm, args + 1, nargs - 1, kwnames, a)) return Value::null();
  bool little;
  if (!parse_byteorder(vm, "from_bytes", a[1], little)) return Value::null();
  bool is_signed = false;
  if (!a[2].is_null()) {
    int t = py_truthy(vm, a[2]);
    if (t < 0) return Value::null();
    is_signed = t != 0;
  }
  std::string data;
  if (!bytes_argument(vm, a[0], data)) return Value::null();
  Value r = vm.new_int(BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()),
                                          data.size(), little, is_signed));
  if (r.is_null()) return r;
  Value cls = args[0];
  if (is_type(cls) && as_type(cls) != vm.types.int_) return vm.call(cls, {r});
  return r;
}

// Properties.
Value int_prop_self(VM& vm, const Value* args, size_t, TupleObject*) {
  return int_exact(vm, args[0]);
}
Value int_prop_zero(VM&, const Value*, size_t, TupleObject*) { return Value::small_int(0); }
Value int_prop_one(VM&, const Value*, size_t, TupleObject*) { return Value::small_int(1); }

// int(text, base): BigInt's parser with CPython's messages. `original` is the str/bytes for the
// message.
Value int_from_text(VM& vm, Value original, std::string_view text, int base) {
  BigInt::ParseError err = BigInt::ParseError::None;
  size_t ndigits = 0;
  auto r = BigInt::from_string(text, base, &err, kIntMaxStrDigits, &ndigits);
  if (r) return vm.new_int(std::move(*r));
  if (err == BigInt::ParseError::TooManyDigits) {
    return vm.raise_fmt(vm.exc.ValueError,
                        "Exceeds the limit ({} digits) for integer string conversion: value has "
                        "{} digits; use sys.set_int_max_str_digits() to increase the limit",
                        kIntMaxStrDigits, ndigits);
  }
  std::string repr;
  if (!repr_for_message(vm, original, repr)) return Value::null();
  return vm.raise_fmt(vm.exc.ValueError, "invalid literal for int() with base {}: {}", base, repr);
}

Value int_from_str_or_bytes(VM& vm, Value x, int base) {
  if (is_str(x)) {
    StrObject* s = as_str(x);
    if (s->is_ascii) return int_from_text(vm, x, s->view(), base);
    return int_from_text(vm, x, numeric_text_to_ascii(s->view()), base);
  }
  if (is_bytearray(vm, x)) {
    // CPython parses (and reports errors with the repr of) a bytes copy.
    x = vm.new_bytes(as_bytearray(x)->view());
    if (x.is_null()) return x;
  }
  return int_from_text(vm, x, static_cast<BytesObject*>(x.as_object())->view(), base);
}

// Calls a special method found by name (for __trunc__, which has no Slot). Null when absent
// with no exception pending.
Value call_named_special(VM& vm, Value obj, const char* name, bool& found) {
  Value m = type_lookup(vm.type_of(obj), vm.intern(name));
  found = !m.is_null();
  if (!found) return Value::null();
  return vm.call(m, {obj});
}

// CPython's PyNumber_Long: int(x) without a base.
Value int_from_object(VM& vm, Value x) {
  if (is_int_like(x)) return int_exact(vm, x);
  if (x.is_double()) return int_from_double(vm, x.as_double());
  if (is_str(x) || is_bytes(x) || is_bytearray(vm, x)) return int_from_str_or_bytes(vm, x, 10);
  bool found;
  Value r = call_special(vm, x, Slot::Int, nullptr, 0, found);
  if (found) {
    if (r.is_null()) return r;
    if (!is_int_like(r)) {
      return vm.raise_fmt(vm.exc.TypeError, "__int__ returned non-int (type {})",
                          vm.type_name(r));
    }
    return int_exact(vm, r);
  }
  if (!lookup_special(vm, vm.type_of(x), Slot::Index).is_null()) return py_index(vm, x);
  r = call_named_special(vm, x, "__trunc__", found);
  if (found) {
    if (r.is_null()) return r;
    if (is_int_like(r)) return int_exact(vm, r);
    if (lookup_special(vm, vm.type_of(r), Slot::Index).is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "__trunc__ returned non-Integral (type {})",
                          vm.type_name(r));
    }
    return py_index(vm, r);
  }
  return vm.raise_fmt(vm.exc.TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '{}'",
                      vm.type_name(x));
}

// int.__new__(cls, x=0, /, base=10)
Value int_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "int.__new__(X): X is not a type object");
  }
  TypeObject* cls = as_type(args[0]);
  if (!vm.is_subtype(cls, vm.types.int_)) {
    return vm.raise_fmt(vm.exc.TypeError, "int.__new__({}): {} is not a subtype of int",
                        cls->name->view(), cls->name->view());
  }
  if (cls == vm.types.bool_) {
    return vm.raise(vm.exc.TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
  }
  size_t npos = nargs - 1;
  size_t nkw = kwnames ? kwnames->size : 0;
  if (npos + nkw > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "int() takes at most 2 arguments ({} given)",
                        npos + nkw);
  }
  Value x = npos >= 1 ? args[1] : Value::null();
  Value base = npos >= 2 ? args[2] : Value::null();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = str_view(kwnames->items()[k]);
    if (key != "base") {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for int()", key);
    }
    base = args[nargs + k];
  }
  Value result;
  if (x.is_null()) {
    if (!base.is_null()) return vm.raise(vm.exc.TypeError, "int() missing string argument");
    result = Value::small_int(0);
  } else if (base.is_null()) {
    result = int_from_object(vm, x);
  } else {
    Value bi = py_index(vm, base);
    if (bi.is_null()) return bi;
    int64_t b;
    if (!int_like_to_int64(bi, b)) b = -1;
    if (b != 0 && (b < 2 || b > 36)) {
      return vm.raise(vm.exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (!is_str(x) && !is_bytes(x) && !is_bytearray(vm, x)) {
      return vm.raise(vm.exc.TypeError, "int() can't convert non-string with explicit base");
    }
    result = int_from_str_or_bytes(vm, x, static_cast<int>(b));
  }
  if (result.is_null() || cls == vm.types.int_) return result;
  // A subclass: an IntObject of that type with the value (CPython's long_subtype_new).
  auto* o = vm.make<IntObject>(cls, int_like_to_bigint(result));
  return o ? Value::object(o) : Value::null();
}

// --- bool ---

// bool.__new__(cls, x=False, /)
Value bool_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "bool.__new__(X): X is not a type object");
  }
  TypeObject* cls = as_type(args[0]);
  if (cls != vm.types.bool_) {
    return vm.raise_fmt(vm.exc.TypeError, "bool.__new__({}): {} is not a subtype of bool",
                        cls->name->view(), cls->name->view());
  }
  if (!check_no_kwargs(vm, "bool", kwnames)) return Value::null();
  if (nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "bool expected at most 1 argument, got {}", nargs - 1);
  }
  if (nargs == 1) return Value::false_();
  int t = py_truthy(vm, args[1]);
  if (t < 0) return Value::null();
  return Value::boolean(t != 0);
}

Value bool_repr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_wrapper_args(vm, "__repr__", nargs, kwnames, 0)) return Value::null();
  return vm.intern_value(args[0].is_true() ? "True" : "False");
}

}  // namespace

void init_int_type(VM& vm) {
  TypeObject* t = vm.types.int_;
  using B = BinOp;
  vm.add_methods(t, {
      {"__new__", int_new, MethodDef::kStatic},
      {"__repr__", int_repr_method},
      {"__hash__", int_hash},
      {"__bool__", int_bool},
      {"__add__", int_binop<B::Add, false>},
      {"__radd__", int_binop<B::Add, true>},
      {"__sub__", int_binop<B::Sub, false>},
      {"__rsub__", int_binop<B::Sub, true>},
      {"__mul__", int_binop<B::Mul, false>},
      {"__rmul__", int_binop<B::Mul, true>},
      {"__floordiv__", int_binop<B::FloorDiv, false>},
      {"__rfloordiv__", int_binop<B::FloorDiv, true>},
      {"__truediv__", int_binop<B::TrueDiv, false>},
      {"__rtruediv__", int_binop<B::TrueDiv, true>},
      {"__mod__", int_binop<B::Mod, false>},
      {"__rmod__", int_binop<B::Mod, true>},
      {"__divmod__", int_divmod_method},
      {"__rdivmod__", int_rdivmod_method},
      {"__pow__", int_pow_method<false>},
      {"__rpow__", int_pow_method<true>},
      {"__lshift__", int_binop<B::LShift, false>},
      {"__rlshift__", int_binop<B::LShift, true>},
      {"__rshift__", int_binop<B::RShift, false>},
      {"__rrshift__", int_binop<B::RShift, true>},
      {"__and__", int_binop<B::And, false>},
      {"__rand__", int_binop<B::And, true>},
      {"__or__", int_binop<B::Or, false>},
      {"__ror__", int_binop<B::Or, true>},
      {"__xor__", int_binop<B::Xor, false>},
      {"__rxor__", int_binop<B::Xor, true>},
      {"__neg__", int_neg},
      {"__pos__", int_pos},
      {"__abs__", int_abs},
      {"__invert__", int_invert},
      {"__int__", int_self<&kIntName>},
      {"__index__", int_self<&kIndexName>},
      {"__trunc__", int_self<&kTruncName>},
      {"__floor__", int_self<&kFloorName>},
      {"__ceil__", int_self<&kCeilName>},
      {"__float__", int_float},
      {"__round__", int_round},
      {"__eq__", int_compare<CompareOp::Eq>},
      {"__ne__", int_compare<CompareOp::Ne>},
      {"__lt__", int_compare<CompareOp::Lt>},
      {"__le__", int_compare<CompareOp::Le>},
      {"__gt__", int_compare<CompareOp::Gt>},
      {"__ge__", int_compare<CompareOp::Ge>},
      {"__format__", int_format},
      {"__getnewargs__", int_getnewargs},
      {"bit_length", int_bit_length},
      {"bit_count", int_bit_count},
      {"to_bytes", int_to_bytes},
      {"from_bytes", int_from_bytes, MethodDef::kClass},
      {"as_integer_ratio", int_as_integer_ratio},
      {"conjugate", int_conjugate},
  });
  vm.add_property(t, "real", int_prop_self);
  vm.add_property(t, "imag", int_prop_zero);
  vm.add_property(t, "numerator", int_prop_self);
  vm.add_property(t, "denominator", int_prop_one);

  TypeObject* b = vm.types.bool_;
  vm.add_methods(b, {
      {"__new__", bool_new, MethodDef::kStatic},
      {"__repr__", bool_repr},
      {"__and__", int_binop<B::And, false, true>},
      {"__rand__", int_binop<B::And, true, true>},
      {"__or__", int_binop<B::Or, false, true>},
      {"__ror__", int_binop<B::Or, true, true>},
      {"__xor__", int_binop<B::Xor, false, true>},
      {"__rxor__", int_binop<B::Xor, true, true>},
  });
}

}  // namespace krait
