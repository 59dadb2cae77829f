// The `bytes` type: construction, the sequence and comparison protocols, decode/hex/fromhex,
// the search and split family, and printf-style `bytes % args`, mirroring CPython 3.11's
// Objects/bytesobject.c and Objects/bytes_methods.c. The methods bytearray shares with bytes are
// these same functions, registered on both types: `self` may be either (see BSelf), and results
// have self's type. bytearray's own methods (mutation, __init__) are in bytearray_type.cpp.
//
// Byte strings are classified with ASCII rules only (Py_ISSPACE etc.), as CPython does.
#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

#include "runtime/builtin_types_init.h"
#include "runtime/bytearray.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/misc_objects.h"
#include "runtime/number_format.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/str_format.h"
#include "runtime/str_impl.h"
#include "runtime/str_ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

using namespace strimpl;

namespace {

inline BytesObject* as_bytes(Value v) { return static_cast<BytesObject*>(v.as_object()); }

// The `self` of a method bytes and bytearray share: a snapshot of its bytes, taken after the
// arguments are converted (converting may run Python code that resizes a bytearray), and the
// kind of result it produces (bytes methods return bytes, bytearray methods bytearrays).
struct BSelf {
  Value obj;
  bool array;
  const unsigned char* ptr;
  size_t size;
  const unsigned char* data() const { return ptr; }
  std::string_view view() const { return {reinterpret_cast<const char*>(ptr), size}; }
  const BSelf* operator->() const { return this; }
};

inline BSelf self_of(const Value* args) {
  Value v = args[0];
  if (is_bytes(v)) {
    BytesObject* b = as_bytes(v);
    return {v, false, b->data(), b->size};
  }
  ByteArrayObject* b = as_bytearray(v);
  return {v, true, b->bytes(), b->size()};
}

// "bytes.upper" or "bytearray.upper" for messages, by the type of self.
#define QN(args, name) (is_bytes((args)[0]) ? "bytes." name : "bytearray." name)

inline std::string_view bview(Value v) { return as_bytes(v)->view(); }

BytesObject* bytes_alloc(VM& vm, size_t n) {
  auto* b = vm.make_sized<BytesObject>(n + 1, vm.types.bytes, n);
  if (b) b->data()[n] = 0;
  return b;
}

Value bytes_from(VM& vm, std::string_view data) { return vm.new_bytes(data); }

// A result of self's kind holding `data`.
Value make_like(VM& vm, const BSelf& self, std::string_view data) {
  if (!self.array) return bytes_from(vm, data);
  ByteArrayObject* r = bytearray_new(vm, data);
  return r ? Value::object(r) : Value::null();
}

// A result of self's kind with room for `n` bytes, which the caller fills; nullptr on failure.
unsigned char* alloc_like(VM& vm, const BSelf& self, size_t n, Value& out) {
  if (!self.array) {
    BytesObject* r = bytes_alloc(vm, n);
    if (!r) return nullptr;
    out = Value::object(r);
    return r->data();
  }
  if (n > kMaxAllocBytes) {
    vm.raise_memory_error();
    return nullptr;
  }
  ByteArrayObject* r = bytearray_new(vm, "");
  if (!r || !bytearray_resize(vm, r, n)) return nullptr;
  out = Value::object(r);
  return r->bytes();
}

Value same_or_copy(VM& vm, BytesObject* b) {
  if (b->type == vm.types.bytes) return Value::object(b);
  return bytes_from(vm, b->view());
}

// self unchanged: bytes return themselves (an exact copy for subclasses), bytearrays a copy.
Value same_or_copy(VM& vm, const BSelf& self) {
  if (!self.array) return same_or_copy(vm, as_bytes(self.obj));
  return make_like(vm, self, self.view());
}

Value bytes_slice(VM& vm, const BSelf& self, size_t start, size_t end) {
  if (start == 0 && end == self.size) return same_or_copy(vm, self);
  return make_like(vm, self, self.view().substr(start, end - start));
}

// Py_ISSPACE and friends: ASCII only.
inline bool b_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool b_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool b_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool b_alpha(unsigned char c) { return b_lower(c) || b_upper(c); }

bool is_intlike(Value v) { return v.is_small_int() || v.is_bool() || is_bigint(v); }

bool has_index(VM& vm, Value v) {
  return !v.is_double() && !lookup_special(vm, vm.type_of(v), Slot::Index).is_null();
}

// An int (or __index__) argument as int64; `fits` is false for ints beyond int64.
bool index_value(VM& vm, Value v, int64_t& out, bool& fits) {
  Value iv = v;
  if (!is_intlike(v)) {
    iv = py_index(vm, v);
    if (iv.is_null()) return false;
  }
  fits = true;
  if (iv.is_small_int()) {
    out = iv.as_small_int();
  } else if (iv.is_bool()) {
    out = iv.is_true();
  } else {
    fits = bigint_of(iv).to_int64(out);
    if (!fits) out = bigint_of(iv).is_negative() ? INT64_MIN : INT64_MAX;
  }
  return true;
}

// A bytes-like argument: "a bytes-like object is required, not 'str'".
bool arg_bytes(VM& vm, Value v, std::string_view& out) {
  if (!bytes_like(vm, v, out)) {
    vm.raise_fmt(vm.exc.TypeError, "a bytes-like object is required, not '{}'", vm.type_name(v));
    return false;
  }
  return true;
}

// The needle of count/find/index: bytes or an int in range(256).
bool arg_needle(VM& vm, Value v, std::string_view& out, char& byte_buf) {
  if (bytes_like(vm, v, out)) return true;
  if (is_intlike(v) || has_index(vm, v)) {
    int64_t x;
    bool fits;
    if (!index_value(vm, v, x, fits)) return false;
    if (!fits || x < 0 || x > 255) {
      vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");
      return false;
    }
    byte_buf = static_cast<char>(x);
    out = std::string_view(&byte_buf, 1);
    return true;
  }
  vm.raise_fmt(vm.exc.TypeError, "argument should be integer or bytes-like object, not '{}'",
               vm.type_name(v));
  return false;
}

// --- Construction ---

Value bytes_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "bytes.__new__(X): X is not a type object");
  }
  TypeObject* cls = as_type(args[0]);
  if (!vm.is_subtype(cls, vm.types.bytes)) {
    return vm.raise_fmt(vm.exc.TypeError, "bytes.__new__({}): {} is not a subtype of bytes",
                        cls->name->view(), cls->name->view());
  }
  Value a[3];
  if (!bind_keywords(vm, "bytes", {"source", "encoding", "errors"}, args + 1, nargs - 1, kwnames,
                     a)) {
    return Value::null();
  }
  Value src = a[0];
  Value result;
  if (src.is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) {
      return vm.raise(vm.exc.TypeError, !a[1].is_null() ? "encoding without a string argument"
                                                        : "errors without a string argument");
    }
    result = bytes_from(vm, "");
  } else if (!a[1].is_null() || !a[2].is_null()) {
    if (!is_str(src)) {
      return vm.raise(vm.exc.TypeError, !a[1].is_null() ? "encoding without a string argument"
                                                        : "errors without a string argument");
    }
    if (a[1].is_null()) return vm.raise(vm.exc.TypeError, "string argument without an encoding");
    std::string_view encoding, errors;
    if (!arg_codec_name(vm, a[1], "bytes", "encoding", "utf-8", encoding)) return Value::null();
    if (!arg_codec_name(vm, a[2], "bytes", "errors", "strict", errors)) return Value::null();
    result = encode(vm, as_str(src), encoding, errors);
  } else if (is_str(src)) {
    return vm.raise(vm.exc.TypeError, "string argument without an encoding");
  } else if (is_bytes(src)) {
    result = same_or_copy(vm, as_bytes(src));
  } else if (is_bytearray(vm, src)) {
    result = bytes_from(vm, as_bytearray(src)->view());
  } else if (Value m = type_lookup(vm.type_of(src), vm.intern("__bytes__")); !m.is_null()) {
    result = vm.call(m, &src, 1);
    if (result.is_null()) return result;
    if (!is_bytes(result)) {
      return vm.raise_fmt(vm.exc.TypeError, "__bytes__ returned non-bytes (type {})",
                          vm.type_name(result));
    }
  } else if (is_intlike(src) || has_index(vm, src)) {
    int64_t n;
    bool fits;
    if (!index_value(vm, src, n, fits)) return Value::null();
    if (!fits) {
      return vm.raise(vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (n < 0) return vm.raise(vm.exc.ValueError, "negative count");
    if (static_cast<uint64_t>(n) > kMaxAllocBytes) return vm.raise_memory_error();
    BytesObject* b = bytes_alloc(vm, static_cast<size_t>(n));
    if (!b) return Value::null();
    std::memset(b->data(), 0, static_cast<size_t>(n));
    result = Value::object(b);
  } else {
    TypeObject* t = vm.type_of(src);
    if (lookup_special(vm, t, Slot::Iter).is_null() &&
        lookup_special(vm, t, Slot::GetItem).is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "cannot convert '{}' object to bytes", t->name->view());
    }
    ListObject* items = py_list_from_iterable(vm, src);
    if (!items) return Value::null();
    std::string data;
    data.reserve(items->items.size());
    for (Value v : items->items) {
      if (!is_intlike(v) && !has_index(vm, v)) {
        return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                            vm.type_name(v));
      }
      int64_t x;
      bool fits;
      if (!index_value(vm, v, x, fits)) return Value::null();
      if (!fits || x < 0 || x > 255) {
        return vm.raise(vm.exc.ValueError, "bytes must be in range(0, 256)");
      }
      data += static_cast<char>(x);
    }
    result = bytes_from(vm, data);
  }
  if (result.is_null() || cls == vm.types.bytes) return result;
  BytesObject* src_b = as_bytes(result);
  auto* b = vm.make_sized<BytesObject>(src_b->size + 1, cls, src_b->size);
  if (!b) return Value::null();
  std::memcpy(b->data(), src_b->data(), src_b->size + 1);
  return Value::object(b);
}

// --- Protocols ---

Value bytes_repr_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes.__repr__", nargs - 1, kwnames)) return Value::null();
  return vm.new_str_ascii(bytes_repr(as_bytes(args[0])->view()));
}

Value bytes_hash_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes.__hash__", nargs - 1, kwnames)) return Value::null();
  BytesObject* b = as_bytes(args[0]);
  // The same function as str: hash(b'abc') == hash('abc'), as in CPython.
  if (b->hash == -1) b->hash = hash_bytes(b->view());
  return vm.new_int(b->hash);
}

Value bytes_len_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, QN(args, "__len__"), nargs - 1, kwnames)) return Value::null();
  return vm.new_int(static_cast<int64_t>(self_of(args)->size));
}

// bytes and bytearray compare with each other by content (CPython compares any two buffers).
template <CompareOp op>
Value bytes_richcompare(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "__eq__"), nargs - 1, kwnames)) return Value::null();
  std::string_view other;
  if (!bytes_like(vm, args[1], other)) return vm.not_implemented();
  int c = self_of(args)->view().compare(other);
  switch (op) {
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return vm.not_implemented();
}

Value bytes_contains_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "__contains__"), nargs - 1, kwnames)) return Value::null();
  Value v = args[1];
  if (is_intlike(v) || has_index(vm, v)) {
    int64_t x;
    bool fits;
    if (!index_value(vm, v, x, fits)) return Value::null();
    if (!fits || x < 0 || x > 255) return vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");
    std::string_view s = self_of(args)->view();
    return Value::boolean(!s.empty() && std::memchr(s.data(), static_cast<int>(x), s.size()));
  }
  std::string_view needle;
  if (!arg_bytes(vm, v, needle)) return Value::null();
  return Value::boolean(find_bytes(self_of(args)->view(), needle) != std::string_view::npos);
}

Value bytes_getitem_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "__getitem__"), nargs - 1, kwnames)) return Value::null();
  bool array = !is_bytes(args[0]);
  Value key = args[1];
  if (is_kind(key, ObjKind::Slice)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key, static_cast<int64_t>(self_of(args)->size), start, stop, step, n)) {
      return Value::null();
    }
    BSelf b = self_of(args);
    if (n <= 0) return make_like(vm, b, "");
    if (step == 1) return bytes_slice(vm, b, static_cast<size_t>(start), static_cast<size_t>(stop));
    Value r;
    unsigned char* out = alloc_like(vm, b, static_cast<size_t>(n), r);
    if (!out) return Value::null();
    for (int64_t i = 0, j = start; i < n; ++i, j += step) out[i] = b->data()[j];
    return r;
  }
  if (is_intlike(key) || has_index(vm, key)) {
    int64_t i;
    bool fits;
    if (!index_value(vm, key, i, fits)) return Value::null();
    if (!fits) return vm.raise(vm.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    BSelf b = self_of(args);
    int64_t len = static_cast<int64_t>(b->size);
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
      return vm.raise(vm.exc.IndexError,
                      array ? "bytearray index out of range" : "index out of range");
    }
    return Value::small_int(b->data()[i]);
  }
  return vm.raise_fmt(vm.exc.TypeError, "{} indices must be integers or slices, not {}",
                      array ? "bytearray" : "byte", vm.type_name(key));
}

Value bytes_add_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "__add__"), nargs - 1, kwnames)) return Value::null();
  Value other = args[1];
  std::string_view ov;
  if (!bytes_like(vm, other, ov)) {
    TypeObject* t = vm.type_of(other);
    if (t->is_heap_type && !type_lookup(t, vm.intern("__radd__")).is_null()) {
      return vm.not_implemented();
    }
    return vm.raise_fmt(vm.exc.TypeError, "can't concat {} to {}", t->name->view(),
                        vm.type_name(args[0]));
  }
  BSelf a = self_of(args);
  if (!a.array) {
    if (ov.empty()) return same_or_copy(vm, a);
    if (a->size == 0 && is_bytes(other)) return same_or_copy(vm, as_bytes(other));
  }
  Value r;
  unsigned char* out = alloc_like(vm, a, a->size + ov.size(), r);
  if (!out) return Value::null();
  if (a->size) std::memcpy(out, a->data(), a->size);
  if (!ov.empty()) std::memcpy(out + a->size, ov.data(), ov.size());
  return r;
}

// bytes only: bytearray has its own (bytearray_type.cpp), with CPython's in-place repeat.
Value bytes_mul_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytes.__mul__", nargs - 1, kwnames)) return Value::null();
  Value count = args[1];
  if (!is_intlike(count) && !has_index(vm, count)) return vm.not_implemented();
  int64_t n;
  bool fits;
  if (!index_value(vm, count, n, fits)) return Value::null();
  if (!fits) return vm.raise(vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  BSelf b = self_of(args);
  if (n <= 0 || b->size == 0) return make_like(vm, b, "");
  if (n == 1) return same_or_copy(vm, b);
  if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / b->size) {
    return vm.raise(vm.exc.OverflowError, "repeated bytes are too long");
  }
  size_t total = b->size * static_cast<size_t>(n);
  if (total > kMaxAllocBytes) return vm.raise_memory_error();
  Value r;
  unsigned char* out = alloc_like(vm, b, total, r);
  if (!out) return Value::null();
  std::memcpy(out, b->data(), b->size);
  size_t done = b->size;
  while (done < total) {
    size_t chunk = std::min(done, total - done);
    std::memcpy(out + done, out, chunk);
    done += chunk;
  }
  return r;
}

Value bytes_iter_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes.__iter__", nargs - 1, kwnames)) return Value::null();
  auto* it = vm.make<SeqIterObject>(vm.types.bytes_iterator, args[0]);
  return it ? Value::object(it) : Value::null();
}

Value bytes_iter_next_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes_iterator.__next__", nargs - 1, kwnames)) return Value::null();
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::null();
  BytesObject* b = as_bytes(it->seq);
  if (it->index >= b->size) {
    it->seq = Value::null();
    return Value::null();
  }
  return Value::small_int(b->data()[it->index++]);
}

Value bytes_iter_iter_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes_iterator.__iter__", nargs - 1, kwnames)) return Value::null();
  return args[0];
}

Value bytes_iter_length_hint_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes_iterator.__length_hint__", nargs - 1, kwnames)) {
    return Value::null();
  }
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  size_t size = as_bytes(it->seq)->size;
  return vm.new_int(static_cast<int64_t>(size - std::min(it->index, size)));
}

// --- decode / hex / fromhex ---

Value bytes_decode(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[2];
  if (!bind_keywords(vm, "decode", {"encoding", "errors"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  std::string_view encoding, errors;
  if (!arg_codec_name(vm, a[0], "decode", "encoding", "utf-8", encoding)) return Value::null();
  if (!arg_codec_name(vm, a[1], "decode", "errors", "strict", errors)) return Value::null();
  return decode(vm, self_of(args)->view(), encoding, errors);
}

Value bytes_hex(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[2];
  if (!bind_keywords(vm, "hex", {"sep", "bytes_per_sep"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  char sep = 0;
  if (!a[0].is_null()) {
    std::string_view sv;
    if (is_str(a[0])) {
      if (as_str(a[0])->length != 1) return vm.raise(vm.exc.ValueError, "sep must be length 1.");
      sv = str_view(a[0]);
      if (sv.size() != 1) return vm.raise(vm.exc.ValueError, "sep must be ASCII.");
    } else if (bytes_like(vm, a[0], sv)) {
      if (sv.size() != 1) return vm.raise(vm.exc.ValueError, "sep must be length 1.");
    } else {
      int64_t n;
      if (!py_len(vm, a[0], n)) return Value::null();
      return vm.raise(vm.exc.TypeError, "sep must be str or bytes.");
    }
    sep = sv[0];
  }
  int64_t per = 1;
  if (!a[1].is_null() && !arg_int(vm, a[1], per)) return Value::null();
  std::string_view data = self_of(args)->view();
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 3);
  size_t n = data.size();
  size_t group = per < 0 ? size_t{0} - static_cast<size_t>(per) : static_cast<size_t>(per);
  for (size_t i = 0; i < n; ++i) {
    if (sep && group && i > 0) {
      // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return vm.new_str_ascii(out);
}

Value bytes_fromhex(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  // A classmethod: args[0] is the class.
  bool array = is_type(args[0]) && as_type(args[0]) == vm.types.bytearray;
  if (!check_onearg(vm, array ? "bytearray.fromhex" : "bytes.fromhex", nargs - 1, kwnames)) {
    return Value::null();
  }
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "fromhex() argument must be str, not {}",
                        vm.type_name(args[1]));
  }
  StrObject* s = as_str(args[1]);
  std::string_view text = s->view();
  std::string out;
  auto hexval = [](unsigned char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  auto bad = [&](size_t byte_pos) {
    size_t pos = s->is_ascii ? byte_pos : utf8_count_codepoints(text.substr(0, byte_pos));
    return vm.raise_fmt(vm.exc.ValueError,
                        "non-hexadecimal number found in fromhex() arg at position {}", pos);
  };
  size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (b_space(c)) {
      ++i;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0) return bad(i);
    if (i + 1 >= n) return bad(i + 1);
    int lo = hexval(static_cast<unsigned char>(text[i + 1]));
    if (lo < 0) return bad(i + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  Value r = bytes_from(vm, out);
  if (r.is_null() || !is_type(args[0]) || as_type(args[0]) == vm.types.bytes) return r;
  return vm.call(args[0], &r, 1);  // a subclass: cls(result), as CPython does
}

// --- Searching ---

struct BFindArgs {
  std::string_view needle;
  char byte_buf;
  int64_t start = 0, end = INT64_MAX;
};

bool parse_bfind(VM& vm, const char* name, const Value* args, size_t nargs, TupleObject* kwnames,
                 BFindArgs& fa, bool needle_required = true) {
  if (!check_tuple(vm, name, nargs - 1, kwnames, 1, 3)) return false;
  if (nargs > 2 && !arg_slice_index(vm, args[2], fa.start)) return false;
  if (nargs > 3 && !arg_slice_index(vm, args[3], fa.end)) return false;
  if (needle_required && !arg_needle(vm, args[1], fa.needle, fa.byte_buf)) return false;
  adjust_indices(fa.start, fa.end, static_cast<int64_t>(self_of(args)->size));
  return true;
}

Value bfind_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, const char* name,
                 bool reverse, bool raise_missing) {
  BFindArgs fa;
  if (!parse_bfind(vm, name, args, nargs, kwnames, fa)) return Value::null();
  int64_t result = -1;
  if (fa.end - fa.start >= static_cast<int64_t>(fa.needle.size())) {
    std::string_view hay = self_of(args)->view().substr(static_cast<size_t>(fa.start),
                                                        static_cast<size_t>(fa.end - fa.start));
    size_t at = reverse ? rfind_bytes(hay, fa.needle) : find_bytes(hay, fa.needle);
    if (at != std::string_view::npos) result = fa.start + static_cast<int64_t>(at);
  }
  if (result < 0 && raise_missing) return vm.raise(vm.exc.ValueError, "subsection not found");
  return vm.new_int(result);
}

Value bytes_find(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bfind_impl(vm, a, n, k, QN(a, "find"), false, false);
}
Value bytes_rfind(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bfind_impl(vm, a, n, k, QN(a, "rfind"), true, false);
}
Value bytes_index(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bfind_impl(vm, a, n, k, QN(a, "index"), false, true);
}
Value bytes_rindex(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bfind_impl(vm, a, n, k, QN(a, "rindex"), true, true);
}

Value bytes_count(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  BFindArgs fa;
  if (!parse_bfind(vm, QN(args, "count"), args, nargs, kwnames, fa)) return Value::null();
  if (fa.end - fa.start < static_cast<int64_t>(fa.needle.size())) return Value::small_int(0);
  if (fa.needle.empty()) return vm.new_int(fa.end - fa.start + 1);
  std::string_view hay = self_of(args)->view().substr(static_cast<size_t>(fa.start),
                                                      static_cast<size_t>(fa.end - fa.start));
  return vm.new_int(static_cast<int64_t>(count_bytes(hay, fa.needle)));
}

Value btailmatch(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                 const char* qualname, bool suffix) {
  BFindArgs fa;
  if (!parse_bfind(vm, qualname, args, nargs, kwnames, fa, false)) return Value::null();
  const char* name = std::strchr(qualname, '.') + 1;
  std::string_view s = self_of(args)->view();
  auto match = [&](std::string_view sub) {
    if (fa.end - static_cast<int64_t>(sub.size()) < fa.start) return false;
    size_t at = suffix ? static_cast<size_t>(fa.end) - sub.size() : static_cast<size_t>(fa.start);
    return sub.empty() || std::memcmp(s.data() + at, sub.data(), sub.size()) == 0;
  };
  Value sub = args[1];
  if (is_tuple(sub)) {
    TupleObject* t = as_tuple(sub);
    for (size_t i = 0; i < t->size; ++i) {
      std::string_view item;
      if (!arg_bytes(vm, t->items()[i], item)) return Value::null();
      if (match(item)) return Value::true_();
    }
    return Value::false_();
  }
  std::string_view subv;
  if (!bytes_like(vm, sub, subv)) {
    return vm.raise_fmt(vm.exc.TypeError, "{} first arg must be bytes or a tuple of bytes, not {}",
                        name, vm.type_name(sub));
  }
  return Value::boolean(match(subv));
}

Value bytes_startswith(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return btailmatch(vm, a, n, k, QN(a, "startswith"), false);
}
Value bytes_endswith(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return btailmatch(vm, a, n, k, QN(a, "endswith"), true);
}

// --- join / split / strip / replace / partition ---

Value bytes_join(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "join"), nargs - 1, kwnames)) return Value::null();
  Value iterable = args[1];
  const Value* items;
  size_t n;
  ListObject* tmp = nullptr;
  if (is_list(iterable)) {
    items = as_list(iterable)->items.data();
    n = as_list(iterable)->items.size();
  } else if (is_tuple(iterable)) {
    items = as_tuple(iterable)->items();
    n = as_tuple(iterable)->size;
  } else {
    TypeObject* t = vm.type_of(iterable);
    if (lookup_special(vm, t, Slot::Iter).is_null() &&
        lookup_special(vm, t, Slot::GetItem).is_null()) {
      return vm.raise(vm.exc.TypeError, "can only join an iterable");
    }
    tmp = py_list_from_iterable(vm, iterable);
    if (!tmp) return Value::null();
    items = tmp->items.data();
    n = tmp->items.size();
  }
  BSelf sep = self_of(args);
  if (n == 0) return make_like(vm, sep, "");
  if (n == 1 && !sep.array && is_bytes(items[0]) && vm.type_of(items[0]) == vm.types.bytes) {
    return items[0];
  }
  size_t total = sep->size * (n - 1);
  for (size_t i = 0; i < n; ++i) {
    std::string_view item;
    if (!bytes_like(vm, items[i], item)) {
      return vm.raise_fmt(vm.exc.TypeError,
                          "sequence item {}: expected a bytes-like object, {} found", i,
                          vm.type_name(items[i]));
    }
    total += item.size();
  }
  if (total > kMaxAllocBytes) return vm.raise_memory_error();
  Value r;
  unsigned char* out = alloc_like(vm, sep, total, r);
  if (!out) return Value::null();
  for (size_t i = 0; i < n; ++i) {
    if (i && sep->size) {
      std::memcpy(out, sep->data(), sep->size);
      out += sep->size;
    }
    std::string_view item;
    bytes_like(vm, items[i], item);
    if (!item.empty()) std::memcpy(out, item.data(), item.size());
    out += item.size();
  }
  return r;
}

Value bsplit_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                  const char* name, bool reverse) {
  Value a[2];
  if (!bind_keywords(vm, name, {"sep", "maxsplit"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !arg_ssize(vm, a[1], maxsplit)) return Value::null();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  BSelf b = self_of(args);
  std::string_view text = b->view();
  size_t n = text.size();
  ListObject* list = vm.new_list();
  if (!list) return Value::null();
  Value result = Value::object(list);
  auto push = [&](size_t from, size_t to) {
    Value v = bytes_slice(vm, b, from, to);
    if (v.is_null()) return false;
    list->items.push_back(v);
    return true;
  };
  auto sp = [&](size_t i) { return b_space(static_cast<unsigned char>(text[i])); };
  if (a[0].is_null() || a[0].is_none()) {
    if (!reverse) {
      size_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && sp(i)) ++i;
        if (i == n) break;
        size_t j = i;
        while (i < n && !sp(i)) ++i;
        if (!push(j, i)) return Value::null();
      }
      if (i < n) {
        while (i < n && sp(i)) ++i;
        if (i != n && !push(i, n)) return Value::null();
      }
      return result;
    }
    size_t i = n;
    while (maxsplit-- > 0) {
      while (i > 0 && sp(i - 1)) --i;
      if (i == 0) break;
      size_t j = i;
      while (i > 0 && !sp(i - 1)) --i;
      if (!push(i, j)) return Value::null();
    }
    if (i > 0) {
      while (i > 0 && sp(i - 1)) --i;
      if (i > 0 && !push(0, i)) return Value::null();
    }
    std::reverse(list->items.begin(), list->items.end());
    return result;
  }
  std::string_view sep;
  if (!arg_bytes(vm, a[0], sep)) return Value::null();
  if (sep.empty()) return vm.raise(vm.exc.ValueError, "empty separator");
  if (!reverse) {
    size_t pos = 0;
    while (maxsplit-- > 0) {
      size_t at = find_bytes(text, sep, pos);
      if (at == std::string_view::npos) break;
      if (!push(pos, at)) return Value::null();
      pos = at + sep.size();
    }
    if (!push(pos, n)) return Value::null();
    return result;
  }
  size_t end = n;
  while (maxsplit-- > 0) {
    size_t at = rfind_bytes(text.substr(0, end), sep);
    if (at == std::string_view::npos) break;
    if (!push(at + sep.size(), end)) return Value::null();
    end = at;
  }
  if (!push(0, end)) return Value::null();
  std::reverse(list->items.begin(), list->items.end());
  return result;
}

Value bytes_split(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bsplit_impl(vm, a, n, k, "split", false);
}
Value bytes_rsplit(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bsplit_impl(vm, a, n, k, "rsplit", true);
}

Value bstrip_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                  const char* qualname, bool left, bool right) {
  if (!check_clinic(vm, qualname, nargs - 1, kwnames, 0, 1)) return Value::null();
  BSelf b = self_of(args);
  std::string_view text = b->view();
  bool table[256] = {};
  if (nargs < 2 || args[1].is_none()) {
    for (int c = 0; c < 256; ++c) table[c] = b_space(static_cast<unsigned char>(c));
  } else {
    std::string_view chars;
    if (!arg_bytes(vm, args[1], chars)) return Value::null();
    for (char c : chars) table[static_cast<unsigned char>(c)] = true;
  }
  size_t begin = 0, end = text.size();
  if (left) {
    while (begin < end && table[static_cast<unsigned char>(text[begin])]) ++begin;
  }
  if (right) {
    while (end > begin && table[static_cast<unsigned char>(text[end - 1])]) --end;
  }
  return bytes_slice(vm, b, begin, end);
}

Value bytes_strip(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bstrip_impl(vm, a, n, k, QN(a, "strip"), true, true);
}
Value bytes_lstrip(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bstrip_impl(vm, a, n, k, QN(a, "lstrip"), true, false);
}
Value bytes_rstrip(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bstrip_impl(vm, a, n, k, QN(a, "rstrip"), false, true);
}

Value bytes_replace(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_clinic(vm, QN(args, "replace"), nargs - 1, kwnames, 2, 3)) return Value::null();
  std::string_view from, to;
  if (!arg_bytes(vm, args[1], from) || !arg_bytes(vm, args[2], to)) return Value::null();
  int64_t maxcount = -1;
  if (nargs > 3 && !arg_ssize(vm, args[3], maxcount)) return Value::null();
  // __index__ may have resized a bytearray argument: view them again.
  bytes_like(vm, args[1], from);
  bytes_like(vm, args[2], to);
  BSelf b = self_of(args);
  std::string_view text = b->view();
  if (maxcount == 0) return same_or_copy(vm, b);
  std::string out;
  if (from.empty()) {
    int64_t slots = static_cast<int64_t>(text.size()) + 1;
    int64_t k = maxcount < 0 ? slots : std::min(maxcount, slots);
    if (to.empty()) return same_or_copy(vm, b);
    size_t pos = 0;
    for (int64_t i = 0; i < k; ++i) {
      out += to;
      if (pos < text.size()) out += text[pos++];
    }
    out.append(text.substr(pos));
    return make_like(vm, b, out);
  }
  size_t count = count_bytes(text, from, maxcount);
  if (count == 0) return same_or_copy(vm, b);
  out.reserve(text.size() - count * from.size() + count * to.size());
  size_t pos = 0;
  for (size_t i = 0; i < count; ++i) {
    size_t at = find_bytes(text, from, pos);
    out.append(text.substr(pos, at - pos));
    out += to;
    pos = at + from.size();
  }
  out.append(text.substr(pos));
  return make_like(vm, b, out);
}

Value bpartition_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                      const char* qualname, bool reverse) {
  if (!check_onearg(vm, qualname, nargs - 1, kwnames)) return Value::null();
  std::string_view sep;
  if (!arg_bytes(vm, args[1], sep)) return Value::null();
  if (sep.empty()) return vm.raise(vm.exc.ValueError, "empty separator");
  BSelf b = self_of(args);
  std::string_view text = b->view();
  size_t at = reverse ? rfind_bytes(text, sep) : find_bytes(text, sep);
  if (at == std::string_view::npos) {
    // A bytearray's parts are all new objects; bytes share the empty one.
    Value whole = same_or_copy(vm, b);
    Value empty = make_like(vm, b, "");
    Value empty2 = b.array ? make_like(vm, b, "") : empty;
    if (whole.is_null() || empty.is_null() || empty2.is_null()) return Value::null();
    return reverse ? vm.new_tuple({empty, empty2, whole}) : vm.new_tuple({whole, empty, empty2});
  }
  Value before = bytes_slice(vm, b, 0, at);
  // bytes return the separator object itself (CPython's stringlib_partition); bytearray a copy.
  Value mid = b.array ? make_like(vm, b, sep) : args[1];
  Value after = bytes_slice(vm, b, at + sep.size(), text.size());
  if (before.is_null() || mid.is_null() || after.is_null()) return Value::null();
  return vm.new_tuple({before, mid, after});
}

Value bytes_partition(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bpartition_impl(vm, a, n, k, QN(a, "partition"), false);
}
Value bytes_rpartition(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bpartition_impl(vm, a, n, k, QN(a, "rpartition"), true);
}

Value bytes_removeprefix(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "removeprefix"), nargs - 1, kwnames)) return Value::null();
  std::string_view p;
  if (!arg_bytes(vm, args[1], p)) return Value::null();
  BSelf b = self_of(args);
  if (!p.empty() && b->view().substr(0, p.size()) == p) return bytes_slice(vm, b, p.size(), b->size);
  return same_or_copy(vm, b);
}

Value bytes_removesuffix(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "removesuffix"), nargs - 1, kwnames)) return Value::null();
  std::string_view p;
  if (!arg_bytes(vm, args[1], p)) return Value::null();
  BSelf b = self_of(args);
  std::string_view t = b->view();
  if (!p.empty() && t.size() >= p.size() && t.substr(t.size() - p.size()) == p) {
    return bytes_slice(vm, b, 0, t.size() - p.size());
  }
  return same_or_copy(vm, b);
}

// --- Case and classification (ASCII) ---

template <unsigned char (*Map)(unsigned char)>
Value bytes_map(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, const char* qualname) {
  if (!check_noargs(vm, qualname, nargs - 1, kwnames)) return Value::null();
  BSelf b = self_of(args);
  Value r;
  unsigned char* out = alloc_like(vm, b, b->size, r);
  if (!out) return Value::null();
  for (size_t i = 0; i < b->size; ++i) out[i] = Map(b->data()[i]);
  return r;
}

unsigned char map_upper(unsigned char c) { return b_lower(c) ? static_cast<unsigned char>(c - 32) : c; }
unsigned char map_lower(unsigned char c) { return b_upper(c) ? static_cast<unsigned char>(c + 32) : c; }
unsigned char map_swap(unsigned char c) {
  return b_lower(c) ? static_cast<unsigned char>(c - 32) : b_upper(c) ? static_cast<unsigned char>(c + 32) : c;
}

Value bytes_upper(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_map<map_upper>(vm, a, n, k, QN(a, "upper"));
}
Value bytes_lower(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_map<map_lower>(vm, a, n, k, QN(a, "lower"));
}
Value bytes_swapcase(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_map<map_swap>(vm, a, n, k, QN(a, "swapcase"));
}

template <bool (*Pred)(unsigned char)>
Value bytes_is(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, const char* qualname) {
  if (!check_noargs(vm, qualname, nargs - 1, kwnames)) return Value::null();
  BSelf b = self_of(args);
  if (b->size == 0) return Value::false_();
  for (size_t i = 0; i < b->size; ++i) {
    if (!Pred(b->data()[i])) return Value::false_();
  }
  return Value::true_();
}

bool p_alnum(unsigned char c) { return b_alpha(c) || b_digit(c); }

Value bytes_isdigit(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_is<b_digit>(vm, a, n, k, QN(a, "isdigit"));
}
Value bytes_isalpha(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_is<b_alpha>(vm, a, n, k, QN(a, "isalpha"));
}
Value bytes_isalnum(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_is<p_alnum>(vm, a, n, k, QN(a, "isalnum"));
}
Value bytes_isspace(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_is<b_space>(vm, a, n, k, QN(a, "isspace"));
}

Value bytes_isascii(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, QN(args, "isascii"), nargs - 1, kwnames)) return Value::null();
  return Value::boolean(utf8_is_ascii(self_of(args)->view()));
}

// islower/isupper: at least one cased byte and none of the other case.
Value bytes_case_check(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                       const char* qualname, bool want_lower) {
  if (!check_noargs(vm, qualname, nargs - 1, kwnames)) return Value::null();
  BSelf b = self_of(args);
  bool cased = false;
  for (size_t i = 0; i < b->size; ++i) {
    unsigned char c = b->data()[i];
    if (want_lower ? b_upper(c) : b_lower(c)) return Value::false_();
    if (want_lower ? b_lower(c) : b_upper(c)) cased = true;
  }
  return Value::boolean(cased);
}

Value bytes_islower(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_case_check(vm, a, n, k, QN(a, "islower"), true);
}
Value bytes_isupper(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bytes_case_check(vm, a, n, k, QN(a, "isupper"), false);
}

// --- Padding, tabs, title case, lines, translation ---

// The fill byte of center/ljust/rjust: a bytes-like object of length 1.
bool arg_fillchar(VM& vm, const char* name, Value v, char& out) {
  std::string_view f;
  if (!bytes_like(vm, v, f) || f.size() != 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() argument 2 must be a byte string of length 1, not {}",
                 name, vm.type_name(v));
    return false;
  }
  out = f[0];
  return true;
}

// self padded to `width` with `left` fill bytes before it (CPython's stringlib pad()).
Value bpad(VM& vm, const BSelf& b, int64_t width, int64_t left, char fill) {
  if (width <= static_cast<int64_t>(b->size)) return same_or_copy(vm, b);
  if (static_cast<uint64_t>(width) > kMaxAllocBytes) return vm.raise_memory_error();
  size_t right = static_cast<size_t>(width) - b->size - static_cast<size_t>(left);
  Value r;
  unsigned char* out = alloc_like(vm, b, static_cast<size_t>(width), r);
  if (!out) return Value::null();
  std::memset(out, fill, static_cast<size_t>(left));
  if (b->size) std::memcpy(out + left, b->data(), b->size);
  std::memset(out + left + b->size, fill, right);
  return r;
}

enum class Justify { Left, Right, Center };

Value bjust_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                 const char* qualname, Justify how) {
  if (!check_clinic(vm, qualname, nargs - 1, kwnames, 1, 2)) return Value::null();
  int64_t width;
  if (!arg_ssize(vm, args[1], width)) return Value::null();
  char fill = ' ';
  if (nargs > 2 && !arg_fillchar(vm, std::strchr(qualname, '.') + 1, args[2], fill)) {
    return Value::null();
  }
  BSelf b = self_of(args);
  int64_t len = static_cast<int64_t>(b->size);
  if (width <= len) return same_or_copy(vm, b);
  int64_t marg = width - len;
  int64_t left = how == Justify::Left    ? 0
                 : how == Justify::Right ? marg
                                         : marg / 2 + (marg & width & 1);
  return bpad(vm, b, width, left, fill);
}

Value bytes_ljust(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bjust_impl(vm, a, n, k, QN(a, "ljust"), Justify::Left);
}
Value bytes_rjust(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bjust_impl(vm, a, n, k, QN(a, "rjust"), Justify::Right);
}
Value bytes_center(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return bjust_impl(vm, a, n, k, QN(a, "center"), Justify::Center);
}

Value bytes_zfill(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "zfill"), nargs - 1, kwnames)) return Value::null();
  int64_t width;
  if (!arg_ssize(vm, args[1], width)) return Value::null();
  BSelf b = self_of(args);
  int64_t len = static_cast<int64_t>(b->size);
  if (width <= len) return same_or_copy(vm, b);
  Value r = bpad(vm, b, width, width - len, '0');
  if (r.is_null()) return r;
  unsigned char* p = is_bytes(r) ? as_bytes(r)->data() : as_bytearray(r)->bytes();
  size_t fill = static_cast<size_t>(width - len);
  if (p[fill] == '+' || p[fill] == '-') {  // the sign moves in front of the zeros
    p[0] = p[fill];
    p[fill] = '0';
  }
  return r;
}

Value bytes_expandtabs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[1];
  if (!bind_keywords(vm, "expandtabs", {"tabsize"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  int64_t tabsize = 8;
  if (!a[0].is_null() && !arg_int(vm, a[0], tabsize)) return Value::null();
  BSelf b = self_of(args);
  std::string out;
  size_t col = 0;
  for (size_t i = 0; i < b->size; ++i) {
    char c = static_cast<char>(b->data()[i]);
    if (c == '\t') {
      if (tabsize > 0) {
        size_t incr = static_cast<size_t>(tabsize) - col % static_cast<size_t>(tabsize);
        if (out.size() + incr > kMaxAllocBytes) return vm.raise_memory_error();
        out.append(incr, ' ');
        col += incr;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return make_like(vm, b, out);
}

Value bytes_capitalize(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, QN(args, "capitalize"), nargs - 1, kwnames)) return Value::null();
  BSelf b = self_of(args);
  Value r;
  unsigned char* out = alloc_like(vm, b, b->size, r);
  if (!out) return Value::null();
  for (size_t i = 0; i < b->size; ++i) {
    unsigned char c = b->data()[i];
    out[i] = i == 0 ? (b_lower(c) ? static_cast<unsigned char>(c - 32) : c)
                    : (b_upper(c) ? static_cast<unsigned char>(c + 32) : c);
  }
  return r;
}

Value bytes_title(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, QN(args, "title"), nargs - 1, kwnames)) return Value::null();
  BSelf b = self_of(args);
  Value r;
  unsigned char* out = alloc_like(vm, b, b->size, r);
  if (!out) return Value::null();
  bool previous_is_cased = false;
  for (size_t i = 0; i < b->size; ++i) {
    unsigned char c = b->data()[i];
    if (b_lower(c)) {
      if (!previous_is_cased) c = static_cast<unsigned char>(c - 32);
      previous_is_cased = true;
    } else if (b_upper(c)) {
      if (previous_is_cased) c = static_cast<unsigned char>(c + 32);
      previous_is_cased = true;
    } else {
      previous_is_cased = false;
    }
    out[i] = c;
  }
  return r;
}

Value bytes_istitle(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, QN(args, "istitle"), nargs - 1, kwnames)) return Value::null();
  BSelf b = self_of(args);
  bool cased = false, previous_is_cased = false;
  for (size_t i = 0; i < b->size; ++i) {
    unsigned char c = b->data()[i];
    if (b_upper(c)) {
      if (previous_is_cased) return Value::false_();
      previous_is_cased = cased = true;
    } else if (b_lower(c)) {
      if (!previous_is_cased) return Value::false_();
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value bytes_splitlines(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[1];
  if (!bind_keywords(vm, "splitlines", {"keepends"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  int64_t keepends = 0;
  if (!a[0].is_null() && !arg_int(vm, a[0], keepends)) return Value::null();
  BSelf b = self_of(args);
  std::string_view text = b->view();
  ListObject* list = vm.new_list();
  if (!list) return Value::null();
  Value result = Value::object(list);
  size_t i = 0, n = text.size();
  while (i < n) {
    size_t j = i;
    while (j < n && text[j] != '\n' && text[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      j += (text[j] == '\r' && j + 1 < n && text[j + 1] == '\n') ? 2 : 1;
      if (keepends) eol = j;
    }
    Value line = bytes_slice(vm, b, i, eol);
    if (line.is_null()) return line;
    list->items.push_back(line);
    i = j;
  }
  return result;
}

Value bytes_translate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const NativeArgSpec spec("translate", "table, /, delete=b''");
  Value a[2];
  if (!spec.bind(vm, args + 1, nargs - 1, kwnames, a)) return Value::null();
  std::string_view table, del;
  if (!a[0].is_none()) {
    if (!arg_bytes(vm, a[0], table)) return Value::null();
    if (table.size() != 256) {
      return vm.raise(vm.exc.ValueError, "translation table must be 256 characters long");
    }
  }
  if (!a[1].is_null() && !arg_bytes(vm, a[1], del)) return Value::null();
  bool deleted[256] = {};
  for (char c : del) deleted[static_cast<unsigned char>(c)] = true;
  BSelf b = self_of(args);
  std::string out;
  out.reserve(b->size);
  for (size_t i = 0; i < b->size; ++i) {
    unsigned char c = b->data()[i];
    if (deleted[c]) continue;
    out += table.empty() ? static_cast<char>(c) : table[c];
  }
  if (!b.array && out == b->view()) return same_or_copy(vm, b);
  return make_like(vm, b, out);
}

// bytes.maketrans(frm, to): a static method returning a 256-byte table (bytes, on either type).
Value bytes_maketrans(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_clinic(vm, "maketrans", nargs, kwnames, 2, 2)) return Value::null();
  std::string_view frm, to;
  if (!arg_bytes(vm, args[0], frm) || !arg_bytes(vm, args[1], to)) return Value::null();
  if (frm.size() != to.size()) {
    return vm.raise(vm.exc.ValueError, "maketrans arguments must have same length");
  }
  char table[256];
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < frm.size(); ++i) table[static_cast<unsigned char>(frm[i])] = to[i];
  return bytes_from(vm, std::string_view(table, 256));
}

Value bytes_bytes_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes.__bytes__", nargs - 1, kwnames)) return Value::null();
  return same_or_copy(vm, as_bytes(args[0]));
}

// --- bytes % args (CPython's _PyBytes_FormatEx) ---

struct BPercentState {
  Value args;
  int64_t arglen;
  int64_t argidx;
};

Value bnext_arg(VM& vm, BPercentState& st) {
  if (st.argidx < st.arglen) {
    int64_t i = st.argidx++;
    if (st.arglen < 0) return st.args;
    return as_tuple(st.args)->items()[i];
  }
  return vm.raise(vm.exc.TypeError, "not enough arguments for format string");
}

Value bytes_mod_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, QN(args, "__mod__"), nargs - 1, kwnames)) return Value::null();
  BSelf self = self_of(args);
  std::string_view f = self.view();
  // Formatting runs Python code (__repr__, __index__...), which could resize a bytearray.
  std::string fcopy;
  if (self.array) f = fcopy = std::string(f);
  Value fargs = args[1];
  BPercentState st{fargs, -1, -2};
  if (is_tuple(fargs)) {
    st.arglen = static_cast<int64_t>(as_tuple(fargs)->size);
    st.argidx = 0;
  }
  Value dict = Value::null();
  if (!is_tuple(fargs) && !is_bytes(fargs) && !is_str(fargs) && fargs.is_object() &&
      !lookup_special(vm, vm.type_of(fargs), Slot::GetItem).is_null()) {
    dict = fargs;
  }
  std::string out, piece;
  size_t pos = 0, n = f.size();
  auto incomplete = [&] { return vm.raise(vm.exc.ValueError, "incomplete format"); };
  while (pos < n) {
    size_t at = f.find('%', pos);
    if (at == std::string_view::npos) {
      out.append(f.substr(pos));
      break;
    }
    out.append(f.substr(pos, at - pos));
    pos = at + 1;
    if (pos >= n) return incomplete();
    if (f[pos] == '%') {
      out += '%';
      ++pos;
      continue;
    }
    if (f[pos] == '(') {
      if (dict.is_null()) return vm.raise(vm.exc.TypeError, "format requires a mapping");
      int depth = 1;
      size_t q = pos + 1;
      for (; q < n; ++q) {
        if (f[q] == ')' && --depth == 0) break;
        if (f[q] == '(') ++depth;
      }
      if (q >= n) return vm.raise(vm.exc.ValueError, "incomplete format key");
      Value key = bytes_from(vm, f.substr(pos + 1, q - pos - 1));
      if (key.is_null()) return key;
      Value v = py_getitem(vm, dict, key);
      if (v.is_null()) return v;
      st = BPercentState{v, -1, -2};
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
    auto star = [&](int64_t& outv) {
      Value v = bnext_arg(vm, st);
      if (v.is_null()) return false;
      if (!is_intlike(v)) {
        vm.raise(vm.exc.TypeError, "* wants int");
        return false;
      }
      int64_t x;
      bool fits;
      index_value(vm, v, x, fits);
      if (!fits) {
        vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
        return false;
      }
      outv = x;
      return true;
    };
    if (f[pos] == '*') {
      int64_t w;
      if (!star(w)) return Value::null();
      if (w < 0) {
        spec.left_adjust = true;
        w = w == INT64_MIN ? INT64_MAX : -w;
      }
      spec.width = w;
      ++pos;
    } else {
      int64_t w = -1;
      for (; pos < n && b_digit(static_cast<unsigned char>(f[pos])); ++pos) {
        int d = f[pos] - '0';
        if (w < 0) w = 0;
        if (w > (INT64_MAX - d) / 10) return vm.raise(vm.exc.ValueError, "width too big");
        w = w * 10 + d;
      }
      spec.width = w;
    }
    if (pos < n && f[pos] == '.') {
      ++pos;
      int64_t p = 0;
      if (pos < n && f[pos] == '*') {
        if (!star(p)) return Value::null();
        if (p < 0) p = 0;
        ++pos;
      } else {
        for (; pos < n && b_digit(static_cast<unsigned char>(f[pos])); ++pos) {
          int d = f[pos] - '0';
          if (p > (INT_MAX - d) / 10) return vm.raise(vm.exc.ValueError, "precision too big");
          p = p * 10 + d;
        }
      }
      spec.precision = p;
    }
    if (pos < n && (f[pos] == 'h' || f[pos] == 'l' || f[pos] == 'L')) ++pos;
    if (pos >= n) return incomplete();
    if (spec.width > INT32_MAX) return vm.raise_memory_error();
    char conv = f[pos++];
    Value v = bnext_arg(vm, st);
    if (v.is_null()) return v;
    spec.conversion = conv;
    switch (conv) {
      case 'r':
      case 'a': {
        Value text = py_ascii(vm, v);
        if (text.is_null()) return text;
        percent_format_str(str_view(text), spec, piece);
        out += piece;
        break;
      }
      case 's':
      case 'b': {
        Value bv = v;
        std::string_view data;
        if (!bytes_like(vm, v, data)) {
          Value m = type_lookup(vm.type_of(v), vm.intern("__bytes__"));
          if (m.is_null()) {
            return vm.raise_fmt(vm.exc.TypeError,
                                "%b requires a bytes-like object, or an object that implements "
                                "__bytes__, not '{}'",
                                vm.type_name(v));
          }
          bv = vm.call(m, &v, 1);
          if (bv.is_null()) return bv;
          if (!is_bytes(bv)) {
            return vm.raise_fmt(vm.exc.TypeError, "__bytes__ returned non-bytes (type {})",
                                vm.type_name(bv));
          }
        }
        // Pad by bytes, not code points: treat the data as Latin-1 for the width logic.
        bytes_like(vm, bv, data);
        int64_t len = static_cast<int64_t>(data.size());
        if (spec.precision >= 0 && len > spec.precision) len = spec.precision;
        int64_t padn = spec.width > len ? spec.width - len : 0;
        if (!spec.left_adjust) out.append(static_cast<size_t>(padn), ' ');
        out.append(data.substr(0, static_cast<size_t>(len)));
        if (spec.left_adjust) out.append(static_cast<size_t>(padn), ' ');
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        // Numbers format exactly as for str; the text is ASCII.
        bool float_conv = conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' ||
                          conv == 'g' || conv == 'G';
        if (float_conv && !v.is_double() && !is_intlike(v) &&
            lookup_special(vm, vm.type_of(v), Slot::Float).is_null() && !has_index(vm, v)) {
          return vm.raise_fmt(vm.exc.TypeError, "float argument required, not {}",
                              vm.type_name(v));
        }
        std::string one = "%";
        if (spec.left_adjust) one += '-';
        if (spec.plus_sign) one += '+';
        if (spec.space_sign) one += ' ';
        if (spec.alternate) one += '#';
        if (spec.zero_pad) one += '0';
        if (spec.width >= 0) one += std::to_string(spec.width);
        if (spec.precision >= 0) one += "." + std::to_string(spec.precision);
        one += conv;
        Value fs = vm.new_str_ascii(one);
        if (fs.is_null()) return fs;
        Value r = str_percent_format(vm, as_str(fs), vm.new_tuple({v}));
        if (r.is_null()) return r;
        out += str_view(r);
        break;
      }
      case 'c': {
        std::string one;
        std::string_view single;
        if (bytes_like(vm, v, single) && single.size() == 1) {
          one = std::string(single);
        } else if (is_intlike(v) || has_index(vm, v)) {
          int64_t x;
          bool fits;
          if (!index_value(vm, v, x, fits)) return Value::null();
          if (!fits || x < 0 || x > 255) {
            return vm.raise(vm.exc.OverflowError, "%c arg not in range(256)");
          }
          one = std::string(1, static_cast<char>(x));
        } else {
          return vm.raise(vm.exc.TypeError,
                          "%c requires an integer in range(256) or a single byte");
        }
        int64_t padn = spec.width > 1 ? spec.width - 1 : 0;
        if (!spec.left_adjust) out.append(static_cast<size_t>(padn), ' ');
        out += one;
        if (spec.left_adjust) out.append(static_cast<size_t>(padn), ' ');
        break;
      }
      default: {
        unsigned char uc = static_cast<unsigned char>(conv);
        return vm.raise_fmt(vm.exc.ValueError,
                            "unsupported format character '{}' ({:#x}) at index {}",
                            (uc >= 32 && uc <= 126) ? conv : '?', uc, pos - 1);
      }
    }
  }
  if (st.argidx < st.arglen && dict.is_null()) {
    return vm.raise(vm.exc.TypeError, "not all arguments converted during bytes formatting");
  }
  return make_like(vm, self, out);
}

Value bytes_getnewargs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytes.__getnewargs__", nargs - 1, kwnames)) return Value::null();
  Value copy = bytes_from(vm, as_bytes(args[0])->view());
  if (copy.is_null()) return copy;
  return vm.new_tuple({copy});
}

}  // namespace

void init_bytes_type(VM& vm) {
  TypeObject* t = vm.types.bytes;
  vm.add_methods(t, {
                        {"__new__", bytes_new, MethodDef::kStatic},
                        {"__repr__", bytes_repr_m},
                        {"__hash__", bytes_hash_m},
                        {"__iter__", bytes_iter_m},
                        {"__getnewargs__", bytes_getnewargs},
                        {"__bytes__", bytes_bytes_m},
                        {"__mul__", bytes_mul_m},
                        {"__rmul__", bytes_mul_m},
                    });
  // What bytearray shares with bytes; each function serves both types.
  for (TypeObject* type : {vm.types.bytes, vm.types.bytearray}) {
    vm.add_methods(type, {
                             {"__eq__", bytes_richcompare<CompareOp::Eq>},
                             {"__ne__", bytes_richcompare<CompareOp::Ne>},
                             {"__lt__", bytes_richcompare<CompareOp::Lt>},
                             {"__le__", bytes_richcompare<CompareOp::Le>},
                             {"__gt__", bytes_richcompare<CompareOp::Gt>},
                             {"__ge__", bytes_richcompare<CompareOp::Ge>},
                             {"__len__", bytes_len_m},
                             {"__contains__", bytes_contains_m},
                             {"__getitem__", bytes_getitem_m},
                             {"__add__", bytes_add_m},
                             {"__mod__", bytes_mod_m},
                             {"decode", bytes_decode},
                             {"hex", bytes_hex},
                             {"fromhex", bytes_fromhex, MethodDef::kClass},
                             {"count", bytes_count},
                             {"find", bytes_find},
                             {"rfind", bytes_rfind},
                             {"index", bytes_index},
                             {"rindex", bytes_rindex},
                             {"startswith", bytes_startswith},
                             {"endswith", bytes_endswith},
                             {"join", bytes_join},
                             {"split", bytes_split},
                             {"rsplit", bytes_rsplit},
                             {"strip", bytes_strip},
                             {"lstrip", bytes_lstrip},
                             {"rstrip", bytes_rstrip},
                             {"replace", bytes_replace},
                             {"partition", bytes_partition},
                             {"rpartition", bytes_rpartition},
                             {"removeprefix", bytes_removeprefix},
                             {"removesuffix", bytes_removesuffix},
                             {"upper", bytes_upper},
                             {"lower", bytes_lower},
                             {"swapcase", bytes_swapcase},
                             {"isdigit", bytes_isdigit},
                             {"isalpha", bytes_isalpha},
                             {"isalnum", bytes_isalnum},
                             {"isspace", bytes_isspace},
                             {"isascii", bytes_isascii},
                             {"islower", bytes_islower},
                             {"isupper", bytes_isupper},
                             {"istitle", bytes_istitle},
                             {"capitalize", bytes_capitalize},
                             {"title", bytes_title},
                             {"center", bytes_center},
                             {"ljust", bytes_ljust},
                             {"rjust", bytes_rjust},
                             {"zfill", bytes_zfill},
                             {"expandtabs", bytes_expandtabs},
                             {"splitlines", bytes_splitlines},
                             {"translate", bytes_translate},
                             {"maketrans", bytes_maketrans, MethodDef::kStatic},
                         });
  }
  vm.add_methods(vm.types.bytes_iterator, {
      {"__next__", bytes_iter_next_m},
      {"__iter__", bytes_iter_iter_m},
      {"__length_hint__", bytes_iter_length_hint_m},
  });
}

}  // namespace krait
