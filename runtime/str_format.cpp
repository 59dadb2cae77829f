// `str % args` and `str.format` / `str.format_map` (see str_format.h).
//
// The percent formatter follows CPython 3.11's PyUnicode_Format step by step (argument
// cursor, mapping keys, '*' widths, "h"/"l"/"L" prefixes) so that every error is the one
// CPython reports, in the same order. The format() parser is a port of
// Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, field_name_split and
// auto-numbering, two levels of nested specs). Both scan UTF-8 bytes: all the syntax is ASCII,
// and UTF-8 continuation bytes never look like ASCII.
#include <climits>
#include <cstring>
#include <string>

#include "runtime/int_object.h"
#include "runtime/number_format.h"
#include "runtime/protocol.h"
#include "runtime/str_format.h"
#include "runtime/str_ops.h"
#include "runtime/tuple.h"
#include "runtime/unicode_db.h"
#include "runtime/vm.h"

namespace krait {

namespace {

Value raise_format_error(VM& vm, const FormatError& err) {
  switch (err.kind) {
    case NumErrorKind::OverflowError: return vm.raise(vm.exc.OverflowError, err.message);
    case NumErrorKind::MemoryError: return vm.raise_memory_error();
    default: return vm.raise(vm.exc.ValueError, err.message);
  }
}

bool is_intlike(Value v) { return v.is_small_int() || v.is_bool() || is_bigint(v); }

BigInt to_bigint(Value v) {
  if (v.is_small_int()) return BigInt(v.as_small_int());
  if (v.is_bool()) return BigInt(v.is_true() ? 1 : 0);
  return bigint_of(v);
}

bool has_special(VM& vm, Value v, Slot slot) {
  return !lookup_special(vm, vm.type_of(v), slot).is_null();
}

// --- printf-style ---

struct PercentState {
  Value args;  // the tuple, the single argument, or the value of the last %(key)
  int64_t arglen;
  int64_t argidx;
};

Value next_arg(VM& vm, PercentState& st) {
  if (st.argidx < st.arglen) {
    int64_t i = st.argidx++;
    if (st.arglen < 0) return st.args;
    return as_tuple(st.args)->items()[i];
  }
  return vm.raise(vm.exc.TypeError, "not enough arguments for format string");
}

// The int behind %d/%i/%u (int(v)) or %o/%x/%X (operator.index(v)); CPython's mainformatlong.
bool percent_int_arg(VM& vm, Value v, char conv, BigInt& out) {
  if (is_intlike(v)) {
    out = to_bigint(v);
    return true;
  }
  bool index_only = conv == 'o' || conv == 'x' || conv == 'X';
  if (v.is_double() && !index_only) {
    double d = v.as_double();
    if (std::isnan(d)) {
      vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
      return false;
    }
    if (std::isinf(d)) {
      vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
      return false;
    }
    out = BigInt::from_double(d);
    return true;
  }
  Value iv = Value::null();
  if (!v.is_double() && has_special(vm, v, Slot::Index)) {
    iv = py_index(vm, v);
    if (iv.is_null()) return false;
  } else if (!index_only && has_special(vm, v, Slot::Int)) {
    iv = vm.call_method(v, vm.names.__int__, {});
    if (iv.is_null()) return false;
    if (!is_intlike(iv)) {
      vm.raise_fmt(vm.exc.TypeError, "__int__ returned non-int (type {})", vm.type_name(iv));
      return false;
    }
  }
  if (iv.is_null()) {
    if (index_only) {
      vm.raise_fmt(vm.exc.TypeError, "%{} format: an integer is required, not {}", conv,
                   vm.type_name(v));
    } else {
      vm.raise_fmt(vm.exc.TypeError, "%{} format: a real number is required, not {}", conv,
                   vm.type_name(v));
    }
    return false;
  }
  out = to_bigint(iv);
  return true;
}

bool percent_float_arg(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (is_intlike(v)) {
    bool overflow = false;
    out = v.is_small_int() ? static_cast<double>(v.as_small_int())
          : v.is_bool()    ? (v.is_true() ? 1.0 : 0.0)
                           : bigint_of(v).to_double(overflow);
    if (overflow) {
      vm.raise(vm.exc.OverflowError, "int too large to convert to float");
      return false;
    }
    return true;
  }
  if (!has_special(vm, v, Slot::Float) && !has_special(vm, v, Slot::Index)) {
    vm.raise_fmt(vm.exc.TypeError, "must be real number, not {}", vm.type_name(v));
    return false;
  }
  return py_to_double(vm, v, out);
}

// %c: an int code point or a one-character str.
bool percent_char_arg(VM& vm, Value v, uint32_t& out) {
  if (is_str(v)) {
    if (as_str(v)->length == 1) {
      size_t p = 0;
      out = utf8_decode(str_view(v), p);
      return true;
    }
  } else {
    Value iv = v;
    if (!is_intlike(v) && !v.is_double() && has_special(vm, v, Slot::Index)) {
      iv = py_index(vm, v);
      if (iv.is_null()) return false;
    }
    if (is_intlike(iv)) {
      int64_t x;
      bool fits = iv.is_small_int() ? (x = iv.as_small_int(), true)
                  : iv.is_bool()    ? (x = iv.is_true(), true)
                                    : bigint_of(iv).to_int64(x);
      if (!fits || x < 0 || x > 0x10FFFF) {
        vm.raise(vm.exc.OverflowError, "%c arg not in range(0x110000)");
        return false;
      }
      out = static_cast<uint32_t>(x);
      return true;
    }
  }
  vm.raise(vm.exc.TypeError, "%c requires int or char");
  return false;
}

// A '*' width or precision argument: it must be an int (PyLong_Check).
bool star_arg(VM& vm, PercentState& st, bool is_precision, int64_t& out) {
  Value v = next_arg(vm, st);
  if (v.is_null()) return false;
  if (!is_intlike(v)) {
    vm.raise(vm.exc.TypeError, "* wants int");
    return false;
  }
  BigInt b = to_bigint(v);
  if (is_precision) {
    if (!b.to_int64(out) || out > INT_MAX || out < INT_MIN) {
      vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
      return false;
    }
  } else if (!b.to_int64(out)) {
    vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

}  // namespace

Value str_percent_format(VM& vm, StrObject* fmt, Value args) {
  std::string_view f = fmt->view();
  size_t n = f.size();
  PercentState st;
  st.args = args;
  if (is_tuple(args)) {
    st.arglen = static_cast<int64_t>(as_tuple(args)->size);
    st.argidx = 0;
  } else {
    st.arglen = -1;
    st.argidx = -2;
  }
  // PyMapping_Check: anything with __getitem__ that is not a tuple or str may serve %(key)s.
  Value dict = Value::null();
  if (!is_tuple(args) && !is_str(args) && args.is_object() && has_special(vm, args, Slot::GetItem)) {
    dict = args;
  }
  std::string out;
  out.reserve(n + 16);
  std::string piece;
  size_t pos = 0;
  auto incomplete = [&] { return vm.raise(vm.exc.ValueError, "incomplete format"); };
  while (pos < n) {
    const void* pct = std::memchr(f.data() + pos, '%', n - pos);
    if (!pct) {
      out.append(f.data() + pos, n - pos);
      break;
    }
    size_t at = static_cast<size_t>(static_cast<const char*>(pct) - f.data());
    out.append(f.data() + pos, at - pos);
    pos = at + 1;
    if (pos >= n) return incomplete();
    if (f[pos] == '%') {
      out += '%';
      ++pos;
      continue;
    }
    if (f[pos] == '(') {
      if (dict.is_null()) return vm.raise(vm.exc.TypeError, "format requires a mapping");
      size_t keystart = pos + 1;
      int depth = 1;
      size_t q = keystart;
      for (; q < n; ++q) {
        if (f[q] == ')') {
          if (--depth == 0) break;
        } else if (f[q] == '(') {
          ++depth;
        }
      }
      if (q >= n) return vm.raise(vm.exc.ValueError, "incomplete format key");
      Value key = str_from_utf8(vm, f.substr(keystart, q - keystart));
      if (key.is_null()) return key;
      Value v = py_getitem(vm, dict, key);
      if (v.is_null()) return v;
      st.args = v;
      st.arglen = -1;
      st.argidx = -2;
      pos = q + 1;
    }
    PercentSpec spec;
    for (; pos < n; ++pos) {
      char c = f[pos];
      if (c == '-') spec.left_adjust = true;
      else if (c == '+') spec.plus_sign = true;
      else if (c == ' ') spec.space_sign = true;
      else if (c == '#') spec.alternate = true;
      else if (c == '0') spec.zero_pad = true;
      else break;
    }
    if (pos >= n) return incomplete();
    if (f[pos] == '*') {
      int64_t w;
      if (!star_arg(vm, st, false, w)) return Value::null();
      if (w < 0) {
        spec.left_adjust = true;
        w = w == INT64_MIN ? INT64_MAX : -w;
      }
      spec.width = w;
      ++pos;
    } else if (f[pos] >= '0' && f[pos] <= '9') {
      int64_t w = 0;
      for (; pos < n && f[pos] >= '0' && f[pos] <= '9'; ++pos) {
        int d = f[pos] - '0';
        if (w > (INT64_MAX - d) / 10) return vm.raise(vm.exc.ValueError, "width too big");
        w = w * 10 + d;
      }
      spec.width = w;
    }
    if (pos < n && f[pos] == '.') {
      spec.precision = 0;
      ++pos;
      if (pos < n && f[pos] == '*') {
        int64_t p;
        if (!star_arg(vm, st, true, p)) return Value::null();
        spec.precision = p < 0 ? 0 : p;
        ++pos;
      } else {
        int64_t p = 0;
        for (; pos < n && f[pos] >= '0' && f[pos] <= '9'; ++pos) {
          int d = f[pos] - '0';
          if (p > (INT_MAX - d) / 10) return vm.raise(vm.exc.ValueError, "precision too big");
          p = p * 10 + d;
        }
        spec.precision = p;
      }
    }
    if (pos < n && (f[pos] == 'h' || f[pos] == 'l' || f[pos] == 'L')) ++pos;
    if (pos >= n) return incomplete();
    // CPython would try to allocate the padding and fail; refuse before building it.
    if (spec.width > INT32_MAX) return vm.raise_memory_error();
    size_t conv_at = pos;
    uint32_t conv = utf8_decode(f, pos);
    Value v = next_arg(vm, st);
    if (v.is_null()) return v;
    spec.conversion = conv < 0x80 ? static_cast<char>(conv) : '?';
    FormatError err;
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        Value text;
        if (conv == 's') {
          text = (is_str(v) && vm.type_of(v) == vm.types.str) ? v : py_str(vm, v);
        } else {
          text = conv == 'r' ? py_repr(vm, v) : py_ascii(vm, v);
        }
        if (text.is_null()) return text;
        if (spec.width < 0 && spec.precision < 0) {
          out += str_view(text);
        } else {
          percent_format_str(str_view(text), spec, piece);
          out += piece;
        }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        if (v.is_small_int() && spec.width < 0 && spec.precision < 0 && !spec.plus_sign &&
            !spec.space_sign && (conv == 'd' || conv == 'i' || conv == 'u')) {
          out += std::to_string(v.as_small_int());
          break;
        }
        BigInt b;
        if (!percent_int_arg(vm, v, static_cast<char>(conv), b)) return Value::null();
        if (!percent_format_int(b, spec, piece, err)) return raise_format_error(vm, err);
        out += piece;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (!percent_float_arg(vm, v, d)) return Value::null();
        if (!percent_format_float(d, spec, piece, err)) return raise_format_error(vm, err);
        out += piece;
        break;
      }
      case 'c': {
        uint32_t ch;
        if (!percent_char_arg(vm, v, ch)) return Value::null();
        std::string one;
        utf8_append(one, ch);
        if (spec.width < 0 && spec.precision < 0) {
          out += one;
        } else {
          percent_format_str(one, spec, piece);
          out += piece;
        }
        break;
      }
      default: {
        size_t index = utf8_count_codepoints(f.substr(0, conv_at));
        return vm.raise_fmt(vm.exc.ValueError,
                            "unsupported format character '{}' ({:#x}) at index {}",
                            (conv >= 32 && conv <= 126) ? static_cast<char>(conv) : '?', conv,
                            index);
      }
    }
    if (!dict.is_null() && st.argidx < st.arglen) {
      return vm.raise(vm.exc.TypeError, "not all arguments converted during string formatting");
    }
  }
  if (st.argidx < st.arglen && dict.is_null()) {
    return vm.raise(vm.exc.TypeError, "not all arguments converted during string formatting");
  }
  if (out.size() == n && fmt->type == vm.types.str && out == f) return Value::object(fmt);
  return str_from_utf8(vm, out);
}

// --- str.format ---

namespace {

struct FormatArgs {
  const Value* args = nullptr;  // positional arguments; null for format_map
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;  // keyword names for format(); their values follow args
  Value mapping = Value::null();  // format_map's mapping
  enum { kInit, kAuto, kManual } auto_state = kInit;
  int64_t auto_next = 0;
};

Value raise_key_error(VM& vm, Value key) {
  Value e = vm.new_exception_args(vm.exc.KeyError, {key});
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

// get_integer: the decimal value of `s`, -1 when empty or not all decimal digits, -2 on
// overflow (ValueError raised).
int64_t get_integer(VM& vm, std::string_view s) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    int d = unicode::decimal_value(utf8_decode(s, pos));
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) {
      vm.raise(vm.exc.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

Value get_field_object(VM& vm, std::string_view field, FormatArgs& fa) {
  // field_name_split: the part before the first '.' or '['.
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view first = field.substr(0, i);
  int64_t index = get_integer(vm, first);
  if (index == -2) return Value::null();
  bool empty = first.empty();
  bool numeric = empty || index != -1;
  if (numeric) {
    if (fa.auto_state == FormatArgs::kInit) {
      fa.auto_state = empty ? FormatArgs::kAuto : FormatArgs::kManual;
    }
    if (fa.auto_state == FormatArgs::kManual && empty) {
      return vm.raise(vm.exc.ValueError,
                      "cannot switch from manual field specification to automatic field "
                      "numbering");
    }
    if (fa.auto_state == FormatArgs::kAuto && !empty) {
      return vm.raise(vm.exc.ValueError,
                      "cannot switch from automatic field numbering to manual field "
                      "specification");
    }
    if (empty) index = fa.auto_next++;
  }
  Value obj;
  if (index == -1) {
    Value key = str_from_utf8(vm, first);
    if (key.is_null()) return key;
    if (!fa.mapping.is_null()) {
      obj = py_getitem(vm, fa.mapping, key);
      if (obj.is_null()) return obj;
    } else {
      obj = Value::null();
      if (fa.kwnames) {
        for (size_t k = 0; k < fa.kwnames->size; ++k) {
          if (str_view(fa.kwnames->items()[k]) == first) {
            obj = fa.args[fa.nargs + k];
            break;
          }
        }
      }
      if (obj.is_null()) return raise_key_error(vm, key);
    }
  } else {
    if (!fa.args) {
      return vm.raise(vm.exc.ValueError, "Format string contains positional fields");
    }
    if (static_cast<uint64_t>(index) >= fa.nargs) {
      return vm.raise_fmt(vm.exc.IndexError,
                          "Replacement index {} out of range for positional args tuple", index);
    }
    obj = fa.args[index];
  }
  // The rest: .attr and [key] accessors.
  while (i < field.size()) {
    char c = field[i++];
    std::string_view name;
    bool is_attr;
    if (c == '.') {
      is_attr = true;
      size_t start = i;
      while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
      name = field.substr(start, i - start);
    } else if (c == '[') {
      is_attr = false;
      size_t start = i;
      while (i < field.size() && field[i] != ']') ++i;
      if (i >= field.size()) return vm.raise(vm.exc.ValueError, "Missing ']' in format string");
      name = field.substr(start, i - start);
      ++i;  // the ']'
    } else {
      return vm.raise(vm.exc.ValueError,
                      "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.empty()) return vm.raise(vm.exc.ValueError, "Empty attribute in format string");
    if (is_attr) {
      obj = py_getattr(vm, obj, vm.intern(name));
    } else {
      int64_t idx = get_integer(vm, name);
      if (idx == -2) return Value::null();
      Value key = idx == -1 ? str_from_utf8(vm, name) : vm.new_int(idx);
      if (key.is_null()) return key;
      obj = py_getitem(vm, obj, key);
    }
    if (obj.is_null()) return obj;
  }
  return obj;
}

bool build_string(VM& vm, std::string_view input, FormatArgs& fa, int depth, std::string& out);

bool render_field(VM& vm, std::string_view field, uint32_t conversion, std::string_view spec,
                  bool spec_needs_expanding, FormatArgs& fa, int depth, std::string& out) {
  Value obj = get_field_object(vm, field, fa);
  if (obj.is_null()) return false;
  if (conversion) {
    switch (conversion) {
      case 'r': obj = py_repr(vm, obj); break;
      case 's': obj = py_str(vm, obj); break;
      case 'a': obj = py_ascii(vm, obj); break;
      default:
        if (conversion > 32 && conversion < 127) {
          vm.raise_fmt(vm.exc.ValueError, "Unknown conversion specifier {}",
                       static_cast<char>(conversion));
        } else {
          vm.raise_fmt(vm.exc.ValueError, "Unknown conversion specifier \\x{:x}", conversion);
        }
        return false;
    }
    if (obj.is_null()) return false;
  }
  std::string expanded;
  if (spec_needs_expanding) {
    if (!build_string(vm, spec, fa, depth - 1, expanded)) return false;
    spec = expanded;
  }
  if (spec.empty() && is_str(obj) && vm.type_of(obj) == vm.types.str) {
    out += str_view(obj);
    return true;
  }
  if (spec.empty() && obj.is_small_int()) {
    out += std::to_string(obj.as_small_int());
    return true;
  }
  Value spec_v = spec.empty() ? vm.intern_value("") : str_from_utf8(vm, spec);
  if (spec_v.is_null()) return false;
  Value r = py_format(vm, obj, spec_v);
  if (r.is_null()) return false;
  out += str_view(r);
  return true;
}

bool build_string(VM& vm, std::string_view s, FormatArgs& fa, int depth, std::string& out) {
  if (depth <= 0) {
    vm.raise(vm.exc.ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t pos = 0, n = s.size();
  while (pos < n) {
    // Literal text up to the next brace (MarkupIterator_next).
    size_t start = pos;
    char c = 0;
    while (pos < n) {
      c = s[pos++];
      if (c == '{' || c == '}') break;
      c = 0;
    }
    bool at_end = pos >= n;
    if (c == '}' && (at_end || s[pos] != '}')) {
      vm.raise(vm.exc.ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (at_end && c == '{') {
      vm.raise(vm.exc.ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (c == 0) {
      out.append(s.data() + start, pos - start);
      break;
    }
    if (s[pos] == c) {
      // An escaped brace: literal text including one brace.
      out.append(s.data() + start, pos - start);
      ++pos;
      continue;
    }
    out.append(s.data() + start, pos - 1 - start);
    // parse_field: the field name ends at '}', ':' or '!' ('[...]' may contain them).
    size_t name_start = pos;
    char e = 0;
    while (pos < n) {
      e = s[pos++];
      if (e == '{') {
        vm.raise(vm.exc.ValueError, "unexpected '{' in field name");
        return false;
      }
      if (e == '[') {
        while (pos < n && s[pos] != ']') ++pos;
        e = 0;
        continue;
      }
      if (e == '}' || e == ':' || e == '!') break;
      e = 0;
    }
    std::string_view field = s.substr(name_start, pos - 1 - name_start);
    uint32_t conversion = 0;
    std::string_view spec;
    bool expand = false;
    if (e == '!' || e == ':') {
      if (e == '!') {
        if (pos >= n) {
          vm.raise(vm.exc.ValueError, "end of string while looking for conversion specifier");
          return false;
        }
        conversion = utf8_decode(s, pos);
        if (pos < n) {
          char d = s[pos++];
          if (d == '}') {
            if (!render_field(vm, field, conversion, spec, false, fa, depth, out)) return false;
            continue;
          }
          if (d != ':') {
            vm.raise(vm.exc.ValueError, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      size_t spec_start = pos;
      int count = 1;
      bool closed = false;
      while (pos < n) {
        char d = s[pos++];
        if (d == '{') {
          expand = true;
          ++count;
        } else if (d == '}') {
          if (--count == 0) {
            closed = true;
            break;
          }
        }
      }
      if (!closed) {
        vm.raise(vm.exc.ValueError, "unmatched '{' in format spec");
        return false;
      }
      spec = s.substr(spec_start, pos - 1 - spec_start);
    } else if (e != '}') {
      vm.raise(vm.exc.ValueError, "expected '}' before end of string");
      return false;
    }
    if (!render_field(vm, field, conversion, spec, expand, fa, depth, out)) return false;
  }
  return true;
}

}  // namespace

Value str_format_call(VM& vm, StrObject* fmt, const Value* args, size_t nargs,
                      TupleObject* kwnames) {
  FormatArgs fa;
  fa.args = args;
  fa.nargs = nargs;
  fa.kwnames = kwnames && kwnames->size ? kwnames : nullptr;
  std::string out;
  out.reserve(fmt->byte_size + 16);
  if (!build_string(vm, fmt->view(), fa, 2, out)) return Value::null();
  return str_from_utf8(vm, out);
}

Value str_format_mapping(VM& vm, StrObject* fmt, Value mapping) {
  FormatArgs fa;
  fa.mapping = mapping;
  std::string out;
  out.reserve(fmt->byte_size + 16);
  if (!build_string(vm, fmt->view(), fa, 2, out)) return Value::null();
  return str_from_utf8(vm, out);
}

}  // namespace krait
