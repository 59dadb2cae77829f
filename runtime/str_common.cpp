// Shared internals of str and bytes (see str_impl.h): argument checks with CPython's wording,
// index arguments, byte search, bytes repr, and the utf-8 / ascii / latin-1 codecs with the
// strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape and
// surrogatepass error handlers (CPython's Objects/unicodeobject.c and Python/codecs.c).
#include <cstring>

#include "runtime/int_object.h"
#include "runtime/protocol.h"
#include "runtime/str_impl.h"
#include "runtime/str_ops.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"

namespace krait::strimpl {

// --- Argument checks ---

namespace {

size_t kw_count(TupleObject* kwnames) {
  return kwnames ? kwnames->size : 0;
}

const char* plural(size_t n) {
  return n == 1 ? "" : "s";
}

}  // namespace

bool check_noargs(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames) {
  if (kw_count(kwnames)) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs != 0) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", qualname, nargs);
    return false;
  }
  return true;
}

bool check_onearg(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames) {
  if (kw_count(kwnames)) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs != 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly one argument ({} given)", qualname, nargs);
    return false;
  }
  return true;
}

bool check_clinic(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames, size_t min,
                  size_t max) {
  if (kw_count(kwnames)) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  // The clinic message names the method without its type: "center expected ...".
  const char* dot = std::strrchr(qualname, '.');
  const char* name = dot ? dot + 1 : qualname;
  if (min == max) {
    vm.raise_fmt(vm.exc.TypeError, "{} expected {} argument{}, got {}", name, min, plural(min),
                 nargs);
  } else if (nargs < min) {
    vm.raise_fmt(vm.exc.TypeError, "{} expected at least {} argument{}, got {}", name, min,
                 plural(min), nargs);
  } else {
    vm.raise_fmt(vm.exc.TypeError, "{} expected at most {} argument{}, got {}", name, max,
                 plural(max), nargs);
  }
  return false;
}

bool check_tuple(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames, size_t min,
                 size_t max) {
  if (kw_count(kwnames)) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", qualname);
    return false;
  }
  // PyArg_ParseTuple's count messages name the method without its type.
  const char* dot = std::strrchr(qualname, '.');
  const char* name = dot ? dot + 1 : qualname;
  if (nargs < min) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes at least {} argument{} ({} given)", name, min,
                 plural(min), nargs);
    return false;
  }
  if (nargs > max) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} argument{} ({} given)", name, max,
                 plural(max), nargs);
    return false;
  }
  return true;
}

bool bind_keywords(VM& vm, const char* name, std::initializer_list<const char*> params,
                   const Value* args, size_t nargs, TupleObject* kwnames, Value* out) {
  size_t n = params.size();
  size_t nkw = kw_count(kwnames);
  for (size_t i = 0; i < n; ++i) out[i] = Value::null();
  if (nargs + nkw > n) {
    // vgetargskeywords: the positional count wins the wording when only positionals are given.
    if (nkw == 0) {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} argument{} ({} given)", name, n,
                   plural(n), nargs);
    } else if (nargs == 0) {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} keyword argument{} ({} given)", name, n,
                   plural(n), nkw);
    } else {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} argument{} ({} given)", name, n,
                   plural(n), nargs + nkw);
    }
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = str_view(kwnames->items()[k]);
    size_t idx = n;
    size_t i = 0;
    for (const char* p : params) {
      if (key == p) {
        idx = i;
        break;
      }
      ++i;
    }
    if (idx == n) {
      vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key, name);
      return false;
    }
    if (!out[idx].is_null()) {
      vm.raise_fmt(vm.exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                   name, key, idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  return true;
}

// --- Integer arguments ---

namespace {

// An int Value (small, big or bool) as int64; false if it does not fit.
bool int_value_to_int64(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
    return true;
  }
  return bigint_of(v).to_int64(out);
}

bool is_intlike(Value v) {
  return v.is_small_int() || v.is_bool() || is_bigint(v);
}

}  // namespace

bool arg_ssize(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  Value iv = v;
  if (!is_intlike(v)) {
    if (v.is_double() || lookup_special(vm, vm.type_of(v), Slot::Index).is_null()) {
      vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                   vm.type_name(v));
      return false;
    }
    iv = py_index(vm, v);
    if (iv.is_null()) return false;
  }
  if (!int_value_to_int64(iv, out)) {
    vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool arg_int(VM& vm, Value v, int64_t& out) {
  if (!arg_ssize(vm, v, out)) {
    if (vm.error_matches(vm.exc.OverflowError)) {
      vm.clear_error();
      vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
    }
    return false;
  }
  if (out > INT32_MAX || out < INT32_MIN) {
    vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
    return false;
  }
  return true;
}

bool arg_slice_index(VM& vm, Value v, int64_t& out) {
  if (v.is_null() || v.is_none()) return true;
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  Value iv = v;
  if (!is_intlike(v)) {
    if (v.is_double() || lookup_special(vm, vm.type_of(v), Slot::Index).is_null()) {
      vm.raise(vm.exc.TypeError,
               "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    iv = py_index(vm, v);
    if (iv.is_null()) return false;
  }
  if (!int_value_to_int64(iv, out)) {
    // _PyEval_SliceIndex clamps out-of-range ints instead of failing.
    out = bigint_of(iv).is_negative() ? INT64_MIN : INT64_MAX;
  }
  return true;
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// --- Byte search ---

size_t find_bytes(std::string_view hay, std::string_view needle, size_t from) {
  if (from > hay.size()) return std::string_view::npos;
  size_t m = needle.size();
  if (m == 0) return from;
  if (m > hay.size() - from) return std::string_view::npos;
  const char* base = hay.data();
  const void* p;
  if (m == 1) {
    p = std::memchr(base + from, needle[0], hay.size() - from);
  } else if (m <= 8 || hay.size() - from <= 256) {
    // glibc's memmem sets up a two-way search on every call, which costs more than the whole
    // search of a short needle or haystack: scan for the first byte, then compare. Bounded:
    // at most 8 bytes compared per candidate, or a haystack of 256 bytes.
    const char* at = base + from;
    const char* last = base + hay.size() - m;  // the last possible start
    char first = needle[0];
    p = nullptr;
    while (at <= last) {
      at = static_cast<const char*>(std::memchr(at, first, static_cast<size_t>(last - at) + 1));
      if (!at) break;
      if (std::memcmp(at + 1, needle.data() + 1, m - 1) == 0) {
        p = at;
        break;
      }
      ++at;
    }
  } else {
    p = memmem(base + from, hay.size() - from, needle.data(), m);
  }
  return p ? static_cast<size_t>(static_cast<const char*>(p) - base) : std::string_view::npos;
}

size_t rfind_bytes(std::string_view hay, std::string_view needle) {
  size_t n = hay.size();
  size_t m = needle.size();
  if (m == 0) return n;
  if (m > n) return std::string_view::npos;
  const char* base = hay.data();
  size_t limit = n - m + 1;  // candidate starts are [0, limit)
  while (limit > 0) {
    const void* p = memrchr(base, needle[0], limit);
    if (!p) break;
    size_t i = static_cast<size_t>(static_cast<const char*>(p) - base);
    if (std::memcmp(base + i, needle.data(), m) == 0) return i;
    limit = i;
  }
  return std::string_view::npos;
}

size_t count_bytes(std::string_view hay, std::string_view needle, int64_t max) {
  size_t count = 0;
  size_t m = needle.size();
  if (m == 0) {
    // The empty string occurs between every pair of characters; the caller converts for str.
    count = hay.size() + 1;
    return max >= 0 && count > static_cast<size_t>(max) ? static_cast<size_t>(max) : count;
  }
  size_t pos = 0;
  while (max < 0 || count < static_cast<size_t>(max)) {
    size_t at = find_bytes(hay, needle, pos);
    if (at == std::string_view::npos) break;
    ++count;
    pos = at + m;
  }
  return count;
}

// --- bytes repr ---

std::string bytes_repr(std::string_view data) {
  // CPython's bytes_repr: single quotes unless the data has ' and no ".
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() + 3);
  out += 'b';
  out += quote;
  for (unsigned char c : data) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

// --- Codecs ---

Codec codec_from_name(std::string_view name) {
  // The spellings nearly every call uses, without normalising.
  if (name == "utf-8" || name == "utf8" || name == "UTF-8") return Codec::Utf8;
  if (name == "ascii") return Codec::Ascii;
  // encodings.normalize_encoding: lower case, runs of punctuation become one '_', trimmed.
  std::string norm;
  bool pending_sep = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
      if (pending_sep && !norm.empty()) norm += '_';
      pending_sep = false;
      norm += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      if (pending_sep && !norm.empty()) norm += '_';
      pending_sep = false;
      norm += static_cast<char>(c - 'A' + 'a');
    } else {
      pending_sep = true;
    }
  }
  // The aliases of Lib/encodings/aliases.py for the three codecs Krait implements.
  static const char* const kUtf8[] = {"utf_8",     "utf8",      "u8",     "utf",
                                      "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char* const kAscii[] = {
      "ascii",    "646",     "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
      "cp367",    "csascii", "ibm367",         "iso646_us",      "iso_646.irv_1991",
      "iso_ir_6", "us",      "us_ascii"};
  static const char* const kLatin1[] = {"latin_1",   "latin1",    "latin",       "l1",
                                        "8859",      "cp819",     "csisolatin1", "ibm819",
                                        "iso8859",   "iso8859_1", "iso_8859_1",  "iso_8859_1_1987",
                                        "iso_ir_100"};
  for (const char* a : kUtf8)
    if (norm == a) return Codec::Utf8;
  for (const char* a : kAscii)
    if (norm == a) return Codec::Ascii;
  for (const char* a : kLatin1)
    if (norm == a) return Codec::Latin1;
  static const std::pair<const char*, Codec> kUtf16And32[] = {
      {"utf_16", Codec::Utf16},
      {"utf16", Codec::Utf16},
      {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16Le},
      {"utf_16le", Codec::Utf16Le},
      {"unicodelittleunmarked", Codec::Utf16Le},
      {"utf_16_be", Codec::Utf16Be},
      {"utf_16be", Codec::Utf16Be},
      {"unicodebigunmarked", Codec::Utf16Be},
      {"utf_32", Codec::Utf32},
      {"utf32", Codec::Utf32},
      {"u32", Codec::Utf32},
      {"utf_32_le", Codec::Utf32Le},
      {"utf_32le", Codec::Utf32Le},
      {"utf_32_be", Codec::Utf32Be},
      {"utf_32be", Codec::Utf32Be}};
  for (const auto& [alias, codec] : kUtf16And32)
    if (norm == alias) return codec;
  return Codec::Unknown;
}

namespace {

const char* codec_display_name(Codec c) {
  switch (c) {
    case Codec::Utf8:
      return "utf-8";
    case Codec::Ascii:
      return "ascii";
    case Codec::Latin1:
      return "latin-1";
    case Codec::Utf16:
      return "utf-16";
    case Codec::Utf16Le:
      return "utf-16-le";
    case Codec::Utf16Be:
      return "utf-16-be";
    case Codec::Utf32:
      return "utf-32";
    case Codec::Utf32Le:
      return "utf-32-le";
    case Codec::Utf32Be:
      return "utf-32-be";
    default:
      return "?";
  }
}

enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  SurrogateEscape,
  SurrogatePass,
  Unknown
};

Handler handler_from_name(std::string_view e) {
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

Value unknown_handler(VM& vm, std::string_view errors) {
  return vm.raise_fmt(vm.exc.LookupError, "unknown error handler name '{}'", errors);
}

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  out += prefix;
  for (int i = digits - 1; i >= 0; --i) out += kHex[(v >> (4 * i)) & 15];
}

// Raises UnicodeDecodeError(encoding, object, start, end, reason) as CPython's codecs do: the
// exception's __str__ renders CPython's message from these fields.
Value decode_error(VM& vm, Codec codec, std::string_view data, size_t start, size_t end,
                   const char* reason) {
  Value enc = vm.new_str_ascii(codec_display_name(codec));
  Value obj = vm.new_bytes(data);
  Value why = vm.new_str_ascii(reason);
  if (enc.is_null() || obj.is_null() || why.is_null()) return Value::null();
  Value e = vm.new_exception_args(vm.exc.UnicodeDecodeError,
                                  {enc, obj, vm.new_int(static_cast<int64_t>(start)),
                                   vm.new_int(static_cast<int64_t>(end)), why});
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

// Applies a decode error handler to data[start:end). False with an exception pending when the
// handler is strict/unknown or cannot handle these bytes.
bool handle_decode_error(VM& vm, Codec codec, Handler h, std::string_view errors,
                         std::string_view data, size_t start, size_t end, const char* reason,
                         std::string& out) {
  switch (h) {
    case Handler::Ignore:
      return true;
    case Handler::Replace:
      utf8_append(out, 0xFFFD);
      return true;
    case Handler::BackslashReplace:
      for (size_t i = start; i < end; ++i) {
        append_hex(out, "\\x", static_cast<unsigned char>(data[i]), 2);
      }
      return true;
    case Handler::SurrogateEscape:
      for (size_t i = start; i < end; ++i) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        if (b < 128) {
          decode_error(vm, codec, data, start, end, reason);
          return false;
        }
      }
      for (size_t i = start; i < end; ++i) {
        utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[i]));
      }
      return true;
    case Handler::Unknown:
      unknown_handler(vm, errors);
      return false;
    default:
      decode_error(vm, codec, data, start, end, reason);
      return false;
  }
}

inline bool is_cont(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

Value decode_utf8(VM& vm, std::string_view data, std::string_view errors) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  // Fast path: valid UTF-8 without surrogates is copied as is.
  std::string out;
  bool have_out = false;
  Handler h = Handler::Strict;
  bool handler_known = false;
  size_t pos = 0;
  size_t copied = 0;  // data[copied:pos) is valid and not yet appended to out
  while (pos < n) {
    // Skip ASCII eight bytes at a time.
    while (pos + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + pos, 8);
      if (w & 0x8080808080808080ull) break;
      pos += 8;
    }
    if (pos >= n) break;
    unsigned char c = p[pos];
    if (c < 0x80) {
      ++pos;
      continue;
    }
    size_t len = 0;  // length of a valid sequence at pos, or 0 for an error
    size_t err_end = pos + 1;
    const char* reason = "invalid start byte";
    size_t avail = n - pos;
    if (c < 0xC2) {
      // continuation byte or overlong 2-byte lead
    } else if (c < 0xE0) {
      if (avail < 2) {
        reason = "unexpected end of data";
        err_end = n;
      } else if (!is_cont(p[pos + 1])) {
        reason = "invalid continuation byte";
      } else {
        len = 2;
      }
    } else if (c < 0xF0) {
      reason = "invalid continuation byte";
      if (avail < 2) {
        reason = "unexpected end of data";
        err_end = n;
      } else {
        unsigned char c2 = p[pos + 1];
        bool surrogate = c == 0xED && c2 >= 0xA0 && is_cont(c2);
        bool bad2 = !is_cont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED);
        if (surrogate && avail >= 3 && is_cont(p[pos + 2])) {
          // A surrogate: only the surrogatepass handler lets it through.
          if (!handler_known) {
            h = handler_from_name(errors);
            handler_known = true;
          }
          if (h == Handler::SurrogatePass) len = 3;
        } else if (bad2) {
          // invalid continuation at the second byte
        } else if (avail < 3) {
          reason = "unexpected end of data";
          err_end = n;
        } else if (!is_cont(p[pos + 2])) {
          err_end = pos + 2;
        } else {
          len = 3;
        }
      }
    } else if (c < 0xF5) {
      reason = "invalid continuation byte";
      if (avail < 2) {
        reason = "unexpected end of data";
        err_end = n;
      } else {
        unsigned char c2 = p[pos + 1];
        if (!is_cont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4)) {
          // invalid second byte
        } else if (avail < 3) {
          reason = "unexpected end of data";
          err_end = n;
        } else if (!is_cont(p[pos + 2])) {
          err_end = pos + 2;
        } else if (avail < 4) {
          reason = "unexpected end of data";
          err_end = n;
        } else if (!is_cont(p[pos + 3])) {
          err_end = pos + 3;
        } else {
          len = 4;
        }
      }
    }
    if (len) {
      pos += len;
      continue;
    }
    if (!handler_known) {
      h = handler_from_name(errors);
      handler_known = true;
    }
    if (h == Handler::Strict) return decode_error(vm, Codec::Utf8, data, pos, err_end, reason);
    have_out = true;
    out.append(data.data() + copied, pos - copied);
    if (!handle_decode_error(vm, Codec::Utf8, h, errors, data, pos, err_end, reason, out)) {
      return Value::null();
    }
    pos = err_end;
    copied = pos;
  }
  if (!have_out) return str_from_utf8(vm, data);
  out.append(data.data() + copied, n - copied);
  return str_from_utf8(vm, out);
}

Value decode_ascii_latin1(VM& vm, Codec codec, std::string_view data, std::string_view errors) {
  std::string out;
  out.reserve(data.size());
  Handler h = Handler::Strict;
  bool handler_known = false;
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (codec == Codec::Latin1) {
      utf8_append(out, c);
    } else {
      if (!handler_known) {
        h = handler_from_name(errors);
        handler_known = true;
      }
      if (!handle_decode_error(vm, codec, h, errors, data, i, i + 1, "ordinal not in range(128)",
                               out)) {
        return Value::null();
      }
    }
  }
  return str_from_utf8(vm, out);
}

Value encode_error(VM& vm, Codec codec, const StrObject* s, const std::vector<uint32_t>& run,
                   size_t start, const char* reason) {
  Value enc = vm.new_str_ascii(codec_display_name(codec));
  Value why = vm.new_str_ascii(reason);
  if (enc.is_null() || why.is_null()) return Value::null();
  Value e = vm.new_exception_args(vm.exc.UnicodeEncodeError,
                                  {enc, Value::object(s), vm.new_int(static_cast<int64_t>(start)),
                                   vm.new_int(static_cast<int64_t>(start + run.size())), why});
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

// Applies an encode error handler to a run of unencodable code points starting at code point
// index `start`.
bool handle_encode_error(VM& vm, Codec codec, Handler h, std::string_view errors,
                         const StrObject* s, const std::vector<uint32_t>& run, size_t start,
                         const char* reason, std::string& out) {
  switch (h) {
    case Handler::Ignore:
      return true;
    case Handler::Replace:
      out.append(run.size(), '?');
      return true;
    case Handler::BackslashReplace:
      for (uint32_t ch : run) {
        if (ch <= 0xFF) {
          append_hex(out, "\\x", ch, 2);
        } else if (ch <= 0xFFFF) {
          append_hex(out, "\\u", ch, 4);
        } else {
          append_hex(out, "\\U", ch, 8);
        }
      }
      return true;
    case Handler::XmlCharRefReplace:
      for (uint32_t ch : run) out += fmt::format("&#{};", ch);
      return true;
    case Handler::SurrogateEscape:
      for (uint32_t ch : run) {
        if (ch < 0xDC80 || ch > 0xDCFF) {
          encode_error(vm, codec, s, run, start, reason);
          return false;
        }
      }
      for (uint32_t ch : run) out += static_cast<char>(ch - 0xDC00);
      return true;
    case Handler::SurrogatePass:
      if (codec == Codec::Utf8) {
        bool all_surrogates = true;
        for (uint32_t ch : run) all_surrogates &= ch >= 0xD800 && ch <= 0xDFFF;
        if (all_surrogates) {
          for (uint32_t ch : run) utf8_append(out, ch);
          return true;
        }
      }
      encode_error(vm, codec, s, run, start, reason);
      return false;
    case Handler::Unknown:
      unknown_handler(vm, errors);
      return false;
    default:
      encode_error(vm, codec, s, run, start, reason);
      return false;
  }
}

// --- UTF-16 and UTF-32 ---

bool is_wide_codec(Codec c) {
  return c >= Codec::Utf16 && c <= Codec::Utf32Be;
}
size_t unit_size(Codec c) {
  return c >= Codec::Utf32 ? 4 : 2;
}
// The plain codecs write a byte order mark and read one; without it they use the machine's
// order, little-endian here as on every platform CPython's tests run on.
bool has_bom(Codec c) {
  return c == Codec::Utf16 || c == Codec::Utf32;
}
bool is_big_endian(Codec c) {
  return c == Codec::Utf16Be || c == Codec::Utf32Be;
}

uint32_t read_unit(const unsigned char* p, size_t size, bool big) {
  uint32_t v = 0;
  for (size_t i = 0; i < size; ++i) v |= uint32_t{p[big ? size - 1 - i : i]} << (8 * i);
  return v;
}

void write_unit(std::string& out, uint32_t v, size_t size, bool big) {
  for (size_t i = 0; i < size; ++i) {
    size_t shift = 8 * (big ? size - 1 - i : i);
    out += static_cast<char>((v >> shift) & 0xFF);
  }
}

Value decode_wide(VM& vm, Codec codec, std::string_view data, std::string_view errors) {
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  size_t u = unit_size(codec);
  bool big = is_big_endian(codec);
  size_t pos = 0;
  if (has_bom(codec) && n >= u) {
    if (read_unit(p, u, false) == 0xFEFF) {
      pos = u;
    } else if (read_unit(p, u, true) == 0xFEFF) {
      pos = u;
      big = true;
    }
  }
  // Errors name the byte order read (CPython's plain decoders delegate to the -le/-be ones).
  if (has_bom(codec)) {
    codec =
        u == 4 ? (big ? Codec::Utf32Be : Codec::Utf32Le) : (big ? Codec::Utf16Be : Codec::Utf16Le);
  }
  Handler h = handler_from_name(errors);
  std::string out;
  out.reserve(n);
  auto fail = [&](size_t start, size_t end, const char* reason) {
    if (h == Handler::Strict) {
      decode_error(vm, codec, data, start, end, reason);
      return false;
    }
    return handle_decode_error(vm, codec, h, errors, data, start, end, reason, out);
  };
  while (pos < n) {
    if (n - pos < u) {
      if (!fail(pos, n, "truncated data")) return Value::null();
      break;
    }
    uint32_t c = read_unit(p + pos, u, big);
    bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    if (u == 4) {
      if (c > 0x10FFFF) {
        if (!fail(pos, pos + 4, "code point not in range(0x110000)")) return Value::null();
      } else if (surrogate && h != Handler::SurrogatePass) {
        if (!fail(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)"))
          return Value::null();
      } else {
        utf8_append(out, c);
      }
      pos += 4;
      continue;
    }
    if (!surrogate) {
      utf8_append(out, c);
      pos += 2;
    } else if (c >= 0xDC00) {
      if (h == Handler::SurrogatePass) {
        utf8_append(out, c);
      } else if (!fail(pos, pos + 2, "illegal encoding")) {
        return Value::null();
      }
      pos += 2;
    } else if (n - pos < 4) {
      if (h == Handler::SurrogatePass && n - pos == 2) {
        utf8_append(out, c);
        pos += 2;
        continue;
      }
      if (!fail(pos, n, "unexpected end of data")) return Value::null();
      break;
    } else if (uint32_t low = read_unit(p + pos + 2, 2, big); low >= 0xDC00 && low <= 0xDFFF) {
      utf8_append(out, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
      pos += 4;
    } else {
      if (h == Handler::SurrogatePass) {
        utf8_append(out, c);
      } else if (!fail(pos, pos + 2, "illegal UTF-16 surrogate")) {
        return Value::null();
      }
      pos += 2;
    }
  }
  return str_from_utf8(vm, out);
}

// Only surrogates cannot be encoded. A handler's replacement text is itself encoded in the
// codec; surrogateescape has no bytes to give back here, so it fails as strict does.
Value encode_wide(VM& vm, Codec codec, const StrObject* s, std::string_view errors) {
  std::string_view text = s->view();
  size_t u = unit_size(codec);
  bool big = is_big_endian(codec);
  std::string out;
  out.reserve(text.size() * u + u);
  if (has_bom(codec)) write_unit(out, 0xFEFF, u, big);
  auto put = [&](uint32_t cp) {
    if (u == 2 && cp >= 0x10000) {
      write_unit(out, 0xD800 + ((cp - 0x10000) >> 10), 2, big);
      write_unit(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, big);
    } else {
      write_unit(out, cp, u, big);
    }
  };
  Handler h = Handler::Strict;
  bool handler_known = false;
  std::vector<uint32_t> run;
  size_t pos = 0;
  size_t index = 0;
  while (pos < text.size()) {
    uint32_t cp = utf8_decode(text, pos);
    if (cp < 0xD800 || cp > 0xDFFF) {
      put(cp);
      ++index;
      continue;
    }
    run.assign(1, cp);
    size_t start = index++;
    while (pos < text.size()) {
      size_t save = pos;
      uint32_t next = utf8_decode(text, pos);
      if (next < 0xD800 || next > 0xDFFF) {
        pos = save;
        break;
      }
      run.push_back(next);
      ++index;
    }
    if (!handler_known) {
      h = handler_from_name(errors);
      handler_known = true;
    }
    const char* reason = "surrogates not allowed";
    if (h == Handler::SurrogatePass) {
      for (uint32_t c : run) write_unit(out, c, u, big);
      continue;
    }
    if (h == Handler::Strict || h == Handler::SurrogateEscape)
      return encode_error(vm, codec, s, run, start, reason);
    std::string replacement;
    if (!handle_encode_error(vm, codec, h, errors, s, run, start, reason, replacement))
      return Value::null();
    for (unsigned char c : replacement) put(c);
  }
  return vm.new_bytes(out);
}

}  // namespace

Value decode(VM& vm, std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = codec_from_name(encoding);
  switch (codec) {
    case Codec::Utf8:
      return decode_utf8(vm, data, errors);
    case Codec::Ascii:
    case Codec::Latin1:
      return decode_ascii_latin1(vm, codec, data, errors);
    case Codec::Unknown:
      return vm.raise_fmt(vm.exc.LookupError, "unknown encoding: {}", encoding);
    default:
      return decode_wide(vm, codec, data, errors);
  }
}

Value encode(VM& vm, const StrObject* s, std::string_view encoding, std::string_view errors) {
  Codec codec = codec_from_name(encoding);
  if (codec == Codec::Unknown) {
    return vm.raise_fmt(vm.exc.LookupError, "unknown encoding: {}", encoding);
  }
  if (is_wide_codec(codec)) return encode_wide(vm, codec, s, errors);
  std::string_view text = s->view();
  if (s->is_ascii) return vm.new_bytes(text);
  // In UTF-8 only surrogates (stored as ED A0..BF xx) cannot be encoded.
  if (codec == Codec::Utf8 && text.find('\xED') == std::string_view::npos) {
    return vm.new_bytes(text);
  }
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  auto bad = [&](uint32_t cp) {
    return cp >= limit || (codec == Codec::Utf8 && cp >= 0xD800 && cp <= 0xDFFF);
  };
  std::string out;
  out.reserve(text.size());
  Handler h = handler_from_name(errors);
  std::vector<uint32_t> run;
  size_t pos = 0;
  size_t index = 0;  // code point index of pos
  while (pos < text.size()) {
    size_t before = pos;
    uint32_t cp = utf8_decode(text, pos);
    if (!bad(cp)) {
      if (codec == Codec::Utf8) {
        out.append(text.data() + before, pos - before);
      } else {
        out += static_cast<char>(cp);
      }
      ++index;
      continue;
    }
    // Collect the run of unencodable characters, as CPython reports them together.
    run.clear();
    run.push_back(cp);
    size_t start = index++;
    while (pos < text.size()) {
      size_t save = pos;
      uint32_t next = utf8_decode(text, pos);
      if (!bad(next)) {
        pos = save;
        break;
      }
      run.push_back(next);
      ++index;
    }
    if (h == Handler::Strict) return encode_error(vm, codec, s, run, start, reason);
    if (!handle_encode_error(vm, codec, h, errors, s, run, start, reason, out))
      return Value::null();
  }
  return vm.new_bytes(out);
}

bool arg_codec_name(VM& vm, Value v, const char* func, const char* param, std::string_view dflt,
                    std::string_view& out) {
  if (v.is_null()) {
    out = dflt;
    return true;
  }
  if (!is_str(v)) {
    vm.raise_fmt(vm.exc.TypeError, "{}() argument '{}' must be str, not {}", func, param,
                 vm.type_name(v));
    return false;
  }
  out = str_view(v);
  return true;
}

}  // namespace krait::strimpl
