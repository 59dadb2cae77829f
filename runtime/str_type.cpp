// The `str` type: construction, the sequence and comparison protocols, and every str method,
// mirroring CPython 3.11's Objects/unicodeobject.c (results and error messages).
//
// Text is UTF-8 (see str.h). Searching works on bytes: a valid UTF-8 needle can only match a
// valid UTF-8 haystack at a code point boundary, so memchr/memmem find the byte offset and
// only the result is converted to a code point index (free for ASCII strings). Case mapping
// and classification use the generated Unicode 14 tables of unicode_db.h, with ASCII fast
// paths. The hot operations (concatenation, join, split, find, replace, ==, hash) allocate
// their result once, at its final size.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/builtin_types_init.h"
#include "runtime/dict.h"
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
#include "runtime/unicode_db.h"
#include "runtime/vm.h"

namespace krait {

using namespace strimpl;
namespace uni = krait::unicode;

// --- Exported helpers (str_ops.h) ---

StrObject* str_alloc(VM& vm, size_t nbytes, size_t ncodepoints) {
  auto* s = vm.make_sized<StrObject>(nbytes + 1, vm.types.str, nbytes, ncodepoints,
                                     ncodepoints == nbytes);
  if (s) s->data()[nbytes] = '\0';
  return s;
}

Value str_from_utf8(VM& vm, std::string_view utf8, size_t ncodepoints) {
  if (utf8.empty()) return vm.intern_value("");
  if (utf8.size() == 1) return str_from_codepoint(vm, static_cast<unsigned char>(utf8[0]));
  StrObject* s = str_alloc(vm, utf8.size(), ncodepoints);
  if (!s) return Value::null();
  std::memcpy(s->data(), utf8.data(), utf8.size());
  return Value::object(s);
}

Value str_from_utf8(VM& vm, std::string_view utf8) {
  return str_from_utf8(vm, utf8, utf8_count_codepoints(utf8));
}

Value str_substr_bytes(VM& vm, StrObject* s, size_t byte_start, size_t byte_end) {
  if (byte_start == 0 && byte_end == s->byte_size && s->type == vm.types.str) {
    return Value::object(s);
  }
  std::string_view part = s->view().substr(byte_start, byte_end - byte_start);
  size_t n = s->is_ascii ? part.size() : utf8_count_codepoints(part);
  return str_from_utf8(vm, part, n);
}

// A str over `n` bytes of `buffer` starting at `text`.
static StrObject* str_view_of(VM& vm, StrBufferObject* buffer, char* text, size_t n, size_t ncp) {
  auto* s = vm.make_sized<StrObject>(sizeof(StrObject::Outside), vm.types.str, n, ncp, n == ncp);
  if (!s) return nullptr;
  s->out_of_line = true;
  s->outside()->text = text;
  s->outside()->buffer = buffer;
  return s;
}

Value str_concat(VM& vm, StrObject* a, StrObject* b) {
  if (b->byte_size == 0 && a->type == vm.types.str) return Value::object(a);
  if (a->byte_size == 0 && b->type == vm.types.str) return Value::object(b);
  size_t total = a->byte_size + b->byte_size;
  size_t ncp = a->length + b->length;
  // Long results go in a buffer with room to grow: `s += t` in a loop then costs O(len(t))
  // per step (CPython gets this by resizing a string nobody else references).
  constexpr size_t kGrowableMin = 256;
  if (total >= kGrowableMin) {
    if (a->out_of_line) {
      StrBufferObject* buf = a->outside()->buffer;
      char* end = a->data() + a->byte_size;
      if (end == buf->data() + buf->used && buf->capacity - buf->used >= b->byte_size) {
        std::memcpy(end, b->data(), b->byte_size);
        buf->used += b->byte_size;
        StrObject* r = str_view_of(vm, buf, a->data(), total, ncp);
        return r ? Value::object(r) : Value::null();
      }
    }
    size_t capacity = total * 2;
    auto* buf = vm.make_sized<StrBufferObject>(capacity, vm.types.bytes, capacity);
    if (!buf) return Value::null();
    RootScope roots(vm);
    roots.add(Value::object(buf));
    std::memcpy(buf->data(), a->data(), a->byte_size);
    std::memcpy(buf->data() + a->byte_size, b->data(), b->byte_size);
    buf->used = total;
    StrObject* r = str_view_of(vm, buf, buf->data(), total, ncp);
    return r ? Value::object(r) : Value::null();
  }
  StrObject* r = str_alloc(vm, total, ncp);
  if (!r) return Value::null();
  std::memcpy(r->data(), a->data(), a->byte_size);
  std::memcpy(r->data() + a->byte_size, b->data(), b->byte_size);
  return Value::object(r);
}

Value str_from_codepoint(VM& vm, uint32_t cp) {
  if (cp < 0x80) {
    // One object per ASCII character, like CPython's latin-1 singletons: iterating over or
    // indexing ASCII text allocates nothing.
    char c = static_cast<char>(cp);
    return Value::object(vm.intern(std::string_view(&c, 1)));
  }
  std::string buf;
  utf8_append(buf, cp);
  StrObject* s = str_alloc(vm, buf.size(), 1);
  if (!s) return Value::null();
  std::memcpy(s->data(), buf.data(), buf.size());
  return Value::object(s);
}

// str_byte_offset through the VM's cache of the last position found (see StrOffsetCache), for
// the long non-ASCII strings where walking from an end costs.
size_t str_index_offset(VM& vm, const StrObject* s, size_t index) {
  if (s->is_ascii) return index;
  if (s->length < 64) return str_byte_offset(s, index);
  VM::StrOffsetCache& c = vm.str_offset_cache;
  size_t pos =
      c.str == s ? str_byte_offset_from(s, index, c.index, c.byte) : str_byte_offset(s, index);
  if (index < s->length) c = {s, index, pos};
  return pos;
}

Value str_getitem_index(VM& vm, StrObject* s, int64_t i) {
  int64_t len = static_cast<int64_t>(s->length);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return vm.raise(vm.exc.IndexError, "string index out of range");
  if (s->is_ascii) return str_from_codepoint(vm, static_cast<unsigned char>(s->data()[i]));
  size_t pos = str_index_offset(vm, s, static_cast<size_t>(i));
  return str_from_codepoint(vm, utf8_decode(s->view(), pos));
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->byte_size != b->byte_size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->byte_size) == 0;
}

int str_compare(const StrObject* a, const StrObject* b) {
  size_t n = std::min(a->byte_size, b->byte_size);
  int c = n ? std::memcmp(a->data(), b->data(), n) : 0;
  if (c != 0) return c;
  return a->byte_size < b->byte_size ? -1 : a->byte_size > b->byte_size ? 1 : 0;
}

int64_t str_hash(StrObject* s) {
  if (s->hash == -1) s->hash = hash_bytes(s->view());  // hash_bytes never returns -1
  return s->hash;
}

Value str_repr(VM& vm, StrObject* s) {
  std::string_view text = s->view();
  // CPython's unicode_repr: single quotes unless the text has ' and no ".
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      ++pos;
      if (c == quote || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7F) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
      continue;
    }
    size_t start = pos;
    uint32_t cp = utf8_decode(text, pos);
    if (uni::has_flag(cp, uni::kPrintable)) {
      out.append(text.data() + start, pos - start);
    } else if (cp <= 0xFF) {
      out += "\\x";
      out += kHex[cp >> 4];
      out += kHex[cp & 15];
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int k = 3; k >= 0; --k) out += kHex[(cp >> (4 * k)) & 15];
    } else {
      out += "\\U";
      for (int k = 7; k >= 0; --k) out += kHex[(cp >> (4 * k)) & 15];
    }
  }
  out += quote;
  return str_from_utf8(vm, out);
}

Value str_join(VM& vm, StrObject* sep, Value iterable) {
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
  if (n == 0) return vm.intern_value("");
  if (n == 1 && is_str(items[0]) && vm.type_of(items[0]) == vm.types.str) return items[0];
  size_t nbytes = sep->byte_size * (n - 1);
  size_t ncp = sep->length * (n - 1);
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      return vm.raise_fmt(vm.exc.TypeError, "sequence item {}: expected str instance, {} found", i,
                          vm.type_name(items[i]));
    }
    nbytes += as_str(items[i])->byte_size;
    ncp += as_str(items[i])->length;
  }
  StrObject* r = str_alloc(vm, nbytes, ncp);
  if (!r) return Value::null();
  char* out = r->data();
  const char* sep_data = sep->data();
  size_t sep_size = sep->byte_size;
  for (size_t i = 0; i < n; ++i) {
    if (i && sep_size) {
      if (sep_size == 1) {
        *out++ = *sep_data;
      } else {
        std::memcpy(out, sep_data, sep_size);
        out += sep_size;
      }
    }
    StrObject* item = as_str(items[i]);
    std::memcpy(out, item->data(), item->byte_size);
    out += item->byte_size;
  }
  return Value::object(r);
}

Value str_concat_n(VM& vm, const Value* parts, size_t n) {
  size_t nbytes = 0, ncp = 0;
  for (size_t i = 0; i < n; ++i) {
    nbytes += as_str(parts[i])->byte_size;
    ncp += as_str(parts[i])->length;
  }
  if (nbytes == 0) return vm.intern_value("");
  StrObject* r = str_alloc(vm, nbytes, ncp);
  if (!r) return Value::null();
  char* out = r->data();
  for (size_t i = 0; i < n; ++i) {
    StrObject* p = as_str(parts[i]);
    std::memcpy(out, p->data(), p->byte_size);
    out += p->byte_size;
  }
  return Value::object(r);
}

Value str_iter_next(VM& vm, SeqIterObject* it) {
  if (it->seq.is_null()) return Value::null();
  StrObject* s = as_str(it->seq);
  if (it->index >= s->byte_size) {
    it->seq = Value::null();
    return Value::null();
  }
  unsigned char c = static_cast<unsigned char>(s->data()[it->index]);
  if (c < 0x80) {
    ++it->index;
    return str_from_codepoint(vm, c);
  }
  return str_from_codepoint(vm, utf8_decode(s->view(), it->index));
}

namespace {

// --- Small helpers ---

inline StrObject* self_of(const Value* args) {
  return as_str(args[0]);
}

inline Value same_or_copy(VM& vm, StrObject* s) {
  // Methods that change nothing return self when it is an exact str (CPython's
  // unicode_result_unchanged) and an exact copy for subclasses.
  if (s->type == vm.types.str) return Value::object(s);
  return str_from_utf8(vm, s->view(), s->length);
}

std::vector<uint32_t> decode_all(const StrObject* s) {
  std::vector<uint32_t> cps;
  cps.reserve(s->length);
  std::string_view text = s->view();
  size_t pos = 0;
  while (pos < text.size()) cps.push_back(utf8_decode(text, pos));
  return cps;
}

// Code point index of a byte offset.
inline size_t cp_index(const StrObject* s, size_t byte_off) {
  return s->is_ascii ? byte_off : utf8_count_codepoints(s->view().substr(0, byte_off));
}

// "must be str, not int", the message of the C-level str converters.
bool arg_str(VM& vm, Value v, StrObject*& out) {
  if (!is_str(v)) {
    vm.raise_fmt(vm.exc.TypeError, "must be str, not {}", vm.type_name(v));
    return false;
  }
  out = as_str(v);
  return true;
}

inline bool ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

inline bool cp_space(uint32_t cp) {
  return cp < 0x80 ? ascii_space(static_cast<unsigned char>(cp)) : uni::has_flag(cp, uni::kSpace);
}

Value new_int(VM& vm, int64_t v) {
  return vm.new_int(v);
}

// Parses (sub, start=None, end=None) for find/count/index/startswith... and converts start/end
// to byte offsets. Returns false on error. `empty_range` is set when start > end after
// adjustment (nothing can match, not even '').
struct FindArgs {
  Value sub;
  int64_t start = 0, end = INT64_MAX;  // code point indices after adjust_indices
  size_t byte_start = 0, byte_end = 0;
};

bool parse_find_args(VM& vm, const char* name, const Value* args, size_t nargs,
                     TupleObject* kwnames, FindArgs& fa) {
  if (!check_tuple(vm, name, nargs - 1, kwnames, 1, 3)) return false;
  StrObject* s = self_of(args);
  fa.sub = args[1];
  if (nargs > 2 && !arg_slice_index(vm, args[2], fa.start)) return false;
  if (nargs > 3 && !arg_slice_index(vm, args[3], fa.end)) return false;
  adjust_indices(fa.start, fa.end, static_cast<int64_t>(s->length));
  if (fa.start <= fa.end) {
    fa.byte_start = str_index_offset(vm, s, static_cast<size_t>(fa.start));
    fa.byte_end = str_index_offset(vm, s, static_cast<size_t>(fa.end));
  }
  return true;
}

// --- Case mapping ---

// CPython's handle_capital_sigma: U+03A3 lowercases to final sigma (U+03C2) after a cased
// letter (skipping case-ignorables) unless another cased letter follows.
uint32_t lower_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = cps[--j];
    if (!uni::has_flag(c, uni::kCaseIgnorable)) {
      found = true;
      break;
    }
  }
  bool final_sigma = found && uni::has_flag(c, uni::kCased);
  if (final_sigma && i + 1 < cps.size()) {
    size_t k = i + 1;
    for (; k < cps.size(); ++k) {
      c = cps[k];
      if (!uni::has_flag(c, uni::kCaseIgnorable)) break;
    }
    final_sigma = k == cps.size() || !uni::has_flag(c, uni::kCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

int lower_full(const std::vector<uint32_t>& cps, size_t i, uint32_t out[3]) {
  if (cps[i] == 0x3A3) {
    out[0] = lower_sigma(cps, i);
    return 1;
  }
  return uni::to_lower_full(cps[i], out);
}

enum class CaseOp { Lower, Upper, Swap, Title, Capitalize, Fold };

Value case_map(VM& vm, StrObject* s, CaseOp op) {
  std::string_view text = s->view();
  if (s->is_ascii) {
    StrObject* r = str_alloc(vm, text.size(), text.size());
    if (!r) return Value::null();
    char* out = r->data();
    const char* in = text.data();
    size_t n = text.size();
    // The two maps nearly every call wants, eight ASCII bytes at a time: a byte's high bit
    // after adding (0x80 - lo) says c >= lo, after adding (0x7F - hi) says c > hi (bytes are
    // below 0x80, so no sum carries into the next byte); flipping 0x20 changes the case.
    if (op == CaseOp::Lower || op == CaseOp::Fold || op == CaseOp::Upper) {
      const uint64_t ones = 0x0101010101010101ull;
      const unsigned char lo = op == CaseOp::Upper ? 'a' : 'A';
      const uint64_t add_lo = (0x80u - lo) * ones;
      const uint64_t add_hi = (0x7Fu - (lo + 25u)) * ones;
      size_t i = 0;
      for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, in + i, 8);
        uint64_t in_range = (w + add_lo) & ~(w + add_hi) & (0x80 * ones);
        w ^= in_range >> 2;
        std::memcpy(out + i, &w, 8);
      }
      for (; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(in[i]);
        out[i] = static_cast<char>(static_cast<unsigned char>(c - lo) < 26 ? c ^ 0x20 : c);
      }
      return Value::object(r);
    }
    bool prev_cased = false;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      bool lower = c >= 'a' && c <= 'z';
      bool upper = c >= 'A' && c <= 'Z';
      switch (op) {
        case CaseOp::Lower:
        case CaseOp::Fold:
          if (upper) c = static_cast<char>(c + 32);
          break;
        case CaseOp::Upper:
          if (lower) c = static_cast<char>(c - 32);
          break;
        case CaseOp::Swap:
          if (upper)
            c = static_cast<char>(c + 32);
          else if (lower)
            c = static_cast<char>(c - 32);
          break;
        case CaseOp::Title:
          if (prev_cased) {
            if (upper) c = static_cast<char>(c + 32);
          } else if (lower) {
            c = static_cast<char>(c - 32);
          }
          prev_cased = lower || upper;
          break;
        case CaseOp::Capitalize:
          if (i == 0) {
            if (lower) c = static_cast<char>(c - 32);
          } else if (upper) {
            c = static_cast<char>(c + 32);
          }
          break;
      }
      out[i] = c;
    }
    return Value::object(r);
  }
  std::vector<uint32_t> cps = decode_all(s);
  std::string out;
  out.reserve(text.size() + 8);
  size_t ncp = 0;
  uint32_t buf[3];
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    int n = 0;
    switch (op) {
      case CaseOp::Lower:
        n = lower_full(cps, i, buf);
        break;
      case CaseOp::Fold:
        n = uni::to_fold_full(c, buf);
        break;
      case CaseOp::Upper:
        n = uni::to_upper_full(c, buf);
        break;
      case CaseOp::Swap:
        if (uni::has_flag(c, uni::kUpper)) {
          n = lower_full(cps, i, buf);
        } else if (uni::has_flag(c, uni::kLower)) {
          n = uni::to_upper_full(c, buf);
        } else {
          buf[0] = c;
          n = 1;
        }
        break;
      case CaseOp::Title:
        n = prev_cased ? lower_full(cps, i, buf) : uni::to_title_full(c, buf);
        prev_cased = uni::has_flag(c, uni::kCased);
        break;
      case CaseOp::Capitalize:
        // Since 3.8 the first character is title-cased, not upper-cased.
        n = i == 0 ? uni::to_title_full(c, buf) : lower_full(cps, i, buf);
        break;
    }
    for (int k = 0; k < n; ++k) utf8_append(out, buf[k]);
    ncp += static_cast<size_t>(n);
  }
  return str_from_utf8(vm, out, ncp);
}

// --- Construction and protocols ---

Value str_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1) return vm.raise(vm.exc.TypeError, "str.__new__(): not enough arguments");
  Value cls_v = args[0];
  if (!is_type(cls_v)) {
    return vm.raise_fmt(vm.exc.TypeError, "str.__new__(X): X is not a type object ({})",
                        vm.type_name(cls_v));
  }
  TypeObject* cls = as_type(cls_v);
  if (!vm.is_subtype(cls, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "str.__new__({}): {} is not a subtype of str",
                        cls->name->view(), cls->name->view());
  }
  Value a[3];
  if (!bind_keywords(vm, "str", {"object", "encoding", "errors"}, args + 1, nargs - 1, kwnames,
                     a)) {
    return Value::null();
  }
  Value result;
  if (a[1].is_null() && a[2].is_null()) {
    result = a[0].is_null() ? vm.intern_value("") : py_str(vm, a[0]);
  } else {
    std::string_view encoding, errors;
    if (!arg_codec_name(vm, a[1], "str", "encoding", "utf-8", encoding)) return Value::null();
    if (!arg_codec_name(vm, a[2], "str", "errors", "strict", errors)) return Value::null();
    if (a[0].is_null()) {
      result = vm.intern_value("");
    } else if (is_bytes(a[0])) {
      result = decode(vm, static_cast<BytesObject*>(a[0].as_object())->view(), encoding, errors);
    } else if (is_str(a[0])) {
      return vm.raise(vm.exc.TypeError, "decoding str is not supported");
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "decoding to str: need a bytes-like object, {} found",
                          vm.type_name(a[0]));
    }
  }
  if (result.is_null() || cls == vm.types.str) return result;
  // A subclass instance: the same text in an object of type `cls`.
  StrObject* src = as_str(result);
  auto* s =
      vm.make_sized<StrObject>(src->byte_size + 1, cls, src->byte_size, src->length, src->is_ascii);
  if (!s) return Value::null();
  std::memcpy(s->data(), src->data(), src->byte_size + 1);
  return Value::object(s);
}

Value str_repr_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.__repr__", nargs - 1, kwnames)) return Value::null();
  return str_repr(vm, self_of(args));
}

Value str_str_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.__str__", nargs - 1, kwnames)) return Value::null();
  return same_or_copy(vm, self_of(args));
}

Value str_hash_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.__hash__", nargs - 1, kwnames)) return Value::null();
  return vm.new_int(str_hash(self_of(args)));
}

Value str_len_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.__len__", nargs - 1, kwnames)) return Value::null();
  return new_int(vm, static_cast<int64_t>(self_of(args)->length));
}

template <CompareOp op>
Value str_richcompare(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__eq__", nargs - 1, kwnames)) return Value::null();
  if (!is_str(args[1])) return vm.not_implemented();
  StrObject* a = self_of(args);
  StrObject* b = as_str(args[1]);
  switch (op) {
    case CompareOp::Eq:
      return Value::boolean(str_equal(a, b));
    case CompareOp::Ne:
      return Value::boolean(!str_equal(a, b));
    case CompareOp::Lt:
      return Value::boolean(str_compare(a, b) < 0);
    case CompareOp::Le:
      return Value::boolean(str_compare(a, b) <= 0);
    case CompareOp::Gt:
      return Value::boolean(str_compare(a, b) > 0);
    case CompareOp::Ge:
      return Value::boolean(str_compare(a, b) >= 0);
  }
  return vm.not_implemented();
}

Value str_contains_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__contains__", nargs - 1, kwnames)) return Value::null();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "'in <string>' requires string as left operand, not {}",
                        vm.type_name(args[1]));
  }
  return Value::boolean(find_bytes(self_of(args)->view(), str_view(args[1])) !=
                        std::string_view::npos);
}

Value str_getitem_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__getitem__", nargs - 1, kwnames)) return Value::null();
  StrObject* s = self_of(args);
  Value key = args[1];
  if (key.is_small_int()) return str_getitem_index(vm, s, key.as_small_int());
  if (is_kind(key, ObjKind::Slice)) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key, static_cast<int64_t>(s->length), start, stop, step, n)) {
      return Value::null();
    }
    if (n <= 0) return vm.intern_value("");
    if (step == 1) {
      size_t byte_start = str_index_offset(vm, s, static_cast<size_t>(start));
      return str_substr_bytes(vm, s, byte_start,
                              str_index_offset(vm, s, static_cast<size_t>(stop)));
    }
    if (s->is_ascii) {
      StrObject* r = str_alloc(vm, static_cast<size_t>(n), static_cast<size_t>(n));
      if (!r) return Value::null();
      const char* src = s->data();
      char* out = r->data();
      for (int64_t i = 0, j = start; i < n; ++i, j += step) out[i] = src[j];
      return Value::object(r);
    }
    // Non-ASCII with a step: locate every code point once.
    std::vector<uint32_t> offsets;
    offsets.reserve(s->length + 1);
    std::string_view text = s->view();
    for (size_t pos = 0; pos < text.size(); ++pos) {
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) {
        offsets.push_back(static_cast<uint32_t>(pos));
      }
    }
    offsets.push_back(static_cast<uint32_t>(text.size()));
    std::string out;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      size_t a = offsets[static_cast<size_t>(j)];
      size_t b = offsets[static_cast<size_t>(j) + 1];
      out.append(text.data() + a, b - a);
    }
    return str_from_utf8(vm, out, static_cast<size_t>(n));
  }
  if (key.is_bool() || is_bigint(key) ||
      (!key.is_double() && !lookup_special(vm, vm.type_of(key), Slot::Index).is_null())) {
    Value iv = key.is_bool() ? Value::small_int(key.is_true()) : key;
    if (!iv.is_small_int() && !is_bigint(iv)) {
      iv = py_index(vm, key);
      if (iv.is_null()) return iv;
    }
    int64_t i;
    if (iv.is_small_int()) {
      i = iv.as_small_int();
    } else if (!bigint_of(iv).to_int64(i)) {
      return vm.raise(vm.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return str_getitem_index(vm, s, i);
  }
  return vm.raise_fmt(vm.exc.TypeError, "string indices must be integers, not '{}'",
                      vm.type_name(key));
}

Value str_iter_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.__iter__", nargs - 1, kwnames)) return Value::null();
  auto* it = vm.make<SeqIterObject>(vm.types.str_iterator, args[0]);
  return it ? Value::object(it) : Value::null();
}

Value str_iter_next_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str_ascii_iterator.__next__", nargs - 1, kwnames)) return Value::null();
  return str_iter_next(vm, static_cast<SeqIterObject*>(args[0].as_object()));
}

Value str_iter_iter_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str_ascii_iterator.__iter__", nargs - 1, kwnames)) return Value::null();
  return args[0];
}

Value str_iter_length_hint_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str_ascii_iterator.__length_hint__", nargs - 1, kwnames)) {
    return Value::null();
  }
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  StrObject* s = as_str(it->seq);
  size_t left = s->byte_size - std::min(it->index, s->byte_size);
  if (!s->is_ascii) left = utf8_count_codepoints(s->view().substr(s->byte_size - left));
  return new_int(vm, static_cast<int64_t>(left));
}

// A user class with its own reflected method gets its chance (CPython tries the other
// operand's nb_ slot before the sequence concat/repeat); builtin types never handle str.
bool defers_to(VM& vm, Value other, const char* rname) {
  TypeObject* t = vm.type_of(other);
  return t->is_heap_type && !type_lookup(t, vm.intern(rname)).is_null();
}

Value str_add_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__add__", nargs - 1, kwnames)) return Value::null();
  if (is_str(args[1])) return str_concat(vm, self_of(args), as_str(args[1]));
  if (defers_to(vm, args[1], "__radd__")) return vm.not_implemented();
  return vm.raise_fmt(vm.exc.TypeError, "can only concatenate str (not \"{}\") to str",
                      vm.type_name(args[1]));
}

Value str_repeat(VM& vm, StrObject* s, Value count) {
  if (!count.is_small_int() && !count.is_bool() && !is_bigint(count)) {
    if (count.is_double() || lookup_special(vm, vm.type_of(count), Slot::Index).is_null()) {
      return vm.not_implemented();
    }
  }
  int64_t n;
  if (count.is_small_int()) {
    n = count.as_small_int();
  } else {
    Value iv = count.is_bool() ? Value::small_int(count.is_true()) : count;
    if (!iv.is_small_int() && !is_bigint(iv)) {
      iv = py_index(vm, count);
      if (iv.is_null()) return iv;
    }
    if (iv.is_small_int()) {
      n = iv.as_small_int();
    } else if (!bigint_of(iv).to_int64(n)) {
      return vm.raise(vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
  }
  if (n <= 0 || s->byte_size == 0) return vm.intern_value("");
  if (n == 1) return same_or_copy(vm, s);
  if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / s->byte_size) {
    return vm.raise(vm.exc.OverflowError, "repeated string is too long");
  }
  size_t total = s->byte_size * static_cast<size_t>(n);
  // Refuse absurd sizes up front: malloc would fail anyway, and sanitizers abort on them.
  if (total > kMaxAllocBytes) return vm.raise_memory_error();
  StrObject* r = str_alloc(vm, total, s->length * static_cast<size_t>(n));
  if (!r) return Value::null();
  char* out = r->data();
  if (s->byte_size == 1) {
    std::memset(out, s->data()[0], total);
  } else {
    std::memcpy(out, s->data(), s->byte_size);
    size_t done = s->byte_size;
    while (done < total) {
      size_t chunk = std::min(done, total - done);
      std::memcpy(out + done, out, chunk);
      done += chunk;
    }
  }
  return Value::object(r);
}

Value str_mul_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__mul__", nargs - 1, kwnames)) return Value::null();
  return str_repeat(vm, self_of(args), args[1]);
}

Value str_mod_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__mod__", nargs - 1, kwnames)) return Value::null();
  return str_percent_format(vm, self_of(args), args[1]);
}

Value str_format_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.__format__", nargs - 1, kwnames)) return Value::null();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__() argument must be str, not {}",
                        vm.type_name(args[1]));
  }
  StrObject* s = self_of(args);
  if (as_str(args[1])->byte_size == 0) return same_or_copy(vm, s);
  std::string out;
  FormatError err;
  if (!format_str(s->view(), str_view(args[1]), out, err, "str")) {
    TypeObject* t = err.kind == NumErrorKind::OverflowError ? vm.exc.OverflowError
                    : err.kind == NumErrorKind::MemoryError ? vm.exc.MemoryError
                                                            : vm.exc.ValueError;
    return vm.raise(t, err.message);
  }
  return str_from_utf8(vm, out);
}

// --- Searching ---

Value find_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, const char* name,
                bool reverse, bool raise_missing) {
  FindArgs fa;
  if (!parse_find_args(vm, name, args, nargs, kwnames, fa)) return Value::null();
  StrObject* sub;
  if (!arg_str(vm, fa.sub, sub)) return Value::null();
  StrObject* s = self_of(args);
  int64_t result = -1;
  if (fa.end - fa.start >= static_cast<int64_t>(sub->length)) {
    std::string_view hay = s->view().substr(fa.byte_start, fa.byte_end - fa.byte_start);
    size_t at = reverse ? rfind_bytes(hay, sub->view()) : find_bytes(hay, sub->view());
    if (at != std::string_view::npos) {
      result = fa.start +
               static_cast<int64_t>(s->is_ascii ? at : utf8_count_codepoints(hay.substr(0, at)));
    }
  }
  if (result < 0 && raise_missing) return vm.raise(vm.exc.ValueError, "substring not found");
  return new_int(vm, result);
}

Value str_find(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return find_impl(vm, a, n, k, "str.find", false, false);
}
Value str_rfind(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return find_impl(vm, a, n, k, "str.rfind", true, false);
}
Value str_index(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return find_impl(vm, a, n, k, "str.index", false, true);
}
Value str_rindex(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return find_impl(vm, a, n, k, "str.rindex", true, true);
}

Value str_count(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  FindArgs fa;
  if (!parse_find_args(vm, "str.count", args, nargs, kwnames, fa)) return Value::null();
  StrObject* sub;
  if (!arg_str(vm, fa.sub, sub)) return Value::null();
  if (fa.end - fa.start < static_cast<int64_t>(sub->length)) return Value::small_int(0);
  if (sub->byte_size == 0) return new_int(vm, fa.end - fa.start + 1);
  std::string_view hay = self_of(args)->view().substr(fa.byte_start, fa.byte_end - fa.byte_start);
  return new_int(vm, static_cast<int64_t>(count_bytes(hay, sub->view())));
}

Value tailmatch_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                     const char* qualname, bool suffix) {
  FindArgs fa;
  if (!parse_find_args(vm, qualname, args, nargs, kwnames, fa)) return Value::null();
  const char* name = std::strchr(qualname, '.') + 1;
  StrObject* s = self_of(args);
  auto match = [&](StrObject* sub) {
    // CPython's tailmatch: end - len(sub) < start means no match, even for ''.
    if (fa.end - static_cast<int64_t>(sub->length) < fa.start) return false;
    if (sub->byte_size == 0) return true;
    size_t avail = fa.byte_end - fa.byte_start;
    if (sub->byte_size > avail) return false;
    size_t at = suffix ? fa.byte_end - sub->byte_size : fa.byte_start;
    return std::memcmp(s->data() + at, sub->data(), sub->byte_size) == 0;
  };
  if (is_tuple(fa.sub)) {
    TupleObject* t = as_tuple(fa.sub);
    for (size_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items()[i])) {
        return vm.raise_fmt(vm.exc.TypeError, "tuple for {} must only contain str, not {}", name,
                            vm.type_name(t->items()[i]));
      }
      if (match(as_str(t->items()[i]))) return Value::true_();
    }
    return Value::false_();
  }
  if (!is_str(fa.sub)) {
    return vm.raise_fmt(vm.exc.TypeError, "{} first arg must be str or a tuple of str, not {}",
                        name, vm.type_name(fa.sub));
  }
  return Value::boolean(match(as_str(fa.sub)));
}

Value str_startswith(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return tailmatch_impl(vm, a, n, k, "str.startswith", false);
}
Value str_endswith(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return tailmatch_impl(vm, a, n, k, "str.endswith", true);
}

// --- Classification ---

template <bool (*Pred)(uint32_t)>
Value classify_all(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                   const char* qualname) {
  if (!check_noargs(vm, qualname, nargs - 1, kwnames)) return Value::null();
  StrObject* s = self_of(args);
  if (s->byte_size == 0) return Value::false_();
  std::string_view text = s->view();
  size_t pos = 0;
  while (pos < text.size()) {
    if (!Pred(utf8_decode(text, pos))) return Value::false_();
  }
  return Value::true_();
}

bool pred_alpha(uint32_t c) {
  return uni::has_flag(c, uni::kAlpha);
}
bool pred_decimal(uint32_t c) {
  return uni::has_flag(c, uni::kDecimal);
}
bool pred_digit(uint32_t c) {
  return uni::has_flag(c, uni::kDigit);
}
bool pred_numeric(uint32_t c) {
  return uni::has_flag(c, uni::kNumeric);
}
bool pred_space(uint32_t c) {
  return cp_space(c);
}
bool pred_alnum(uint32_t c) {
  return uni::has_flag(c, uni::kAlpha | uni::kDecimal | uni::kDigit | uni::kNumeric);
}

Value str_isalpha(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return classify_all<pred_alpha>(vm, a, n, k, "str.isalpha");
}
Value str_isdecimal(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return classify_all<pred_decimal>(vm, a, n, k, "str.isdecimal");
}
Value str_isdigit(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return classify_all<pred_digit>(vm, a, n, k, "str.isdigit");
}
Value str_isnumeric(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return classify_all<pred_numeric>(vm, a, n, k, "str.isnumeric");
}
Value str_isspace(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return classify_all<pred_space>(vm, a, n, k, "str.isspace");
}
Value str_isalnum(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return classify_all<pred_alnum>(vm, a, n, k, "str.isalnum");
}

Value str_isascii(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.isascii", nargs - 1, kwnames)) return Value::null();
  return Value::boolean(self_of(args)->is_ascii);
}

Value str_isprintable(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.isprintable", nargs - 1, kwnames)) return Value::null();
  std::string_view text = self_of(args)->view();
  size_t pos = 0;
  while (pos < text.size()) {
    if (!uni::has_flag(utf8_decode(text, pos), uni::kPrintable)) return Value::false_();
  }
  return Value::true_();
}

Value str_isidentifier(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.isidentifier", nargs - 1, kwnames)) return Value::null();
  std::string_view text = self_of(args)->view();
  if (text.empty()) return Value::false_();
  size_t pos = 0;
  uint32_t first = utf8_decode(text, pos);
  if (first != '_' && !uni::has_flag(first, uni::kXidStart)) return Value::false_();
  while (pos < text.size()) {
    if (!uni::has_flag(utf8_decode(text, pos), uni::kXidContinue)) return Value::false_();
  }
  return Value::true_();
}

Value str_islower(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.islower", nargs - 1, kwnames)) return Value::null();
  std::string_view text = self_of(args)->view();
  bool cased = false;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t c = utf8_decode(text, pos);
    if (uni::has_flag(c, uni::kUpper | uni::kTitle)) return Value::false_();
    if (!cased && uni::has_flag(c, uni::kLower)) cased = true;
  }
  return Value::boolean(cased);
}

Value str_isupper(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.isupper", nargs - 1, kwnames)) return Value::null();
  std::string_view text = self_of(args)->view();
  bool cased = false;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t c = utf8_decode(text, pos);
    if (uni::has_flag(c, uni::kLower | uni::kTitle)) return Value::false_();
    if (!cased && uni::has_flag(c, uni::kUpper)) cased = true;
  }
  return Value::boolean(cased);
}

Value str_istitle(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.istitle", nargs - 1, kwnames)) return Value::null();
  std::string_view text = self_of(args)->view();
  bool cased = false;
  bool prev_cased = false;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t c = utf8_decode(text, pos);
    if (uni::has_flag(c, uni::kUpper | uni::kTitle)) {
      if (prev_cased) return Value::false_();
      prev_cased = cased = true;
    } else if (uni::has_flag(c, uni::kLower)) {
      if (!prev_cased) return Value::false_();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

// --- Case methods ---

Value case_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                  const char* qualname, CaseOp op) {
  if (!check_noargs(vm, qualname, nargs - 1, kwnames)) return Value::null();
  StrObject* s = self_of(args);
  if (s->byte_size == 0) return vm.intern_value("");
  return case_map(vm, s, op);
}

Value str_lower(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return case_method(vm, a, n, k, "str.lower", CaseOp::Lower);
}
Value str_upper(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return case_method(vm, a, n, k, "str.upper", CaseOp::Upper);
}
Value str_swapcase(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return case_method(vm, a, n, k, "str.swapcase", CaseOp::Swap);
}
Value str_title(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return case_method(vm, a, n, k, "str.title", CaseOp::Title);
}
Value str_capitalize(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return case_method(vm, a, n, k, "str.capitalize", CaseOp::Capitalize);
}
Value str_casefold(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return case_method(vm, a, n, k, "str.casefold", CaseOp::Fold);
}

// --- Padding ---

// Returns s with `left` and `right` fill characters around it.
Value pad(VM& vm, StrObject* s, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return same_or_copy(vm, s);
  if (static_cast<uint64_t>(left) + static_cast<uint64_t>(right) > kMaxAllocBytes) {
    return vm.raise_memory_error();
  }
  std::string fill_utf8;
  utf8_append(fill_utf8, fill);
  size_t fw = fill_utf8.size();
  size_t total = s->byte_size + fw * static_cast<size_t>(left + right);
  if (total > kMaxAllocBytes) return vm.raise_memory_error();
  StrObject* r = str_alloc(vm, total, s->length + static_cast<size_t>(left + right));
  if (!r) return Value::null();
  char* out = r->data();
  auto put_fill = [&](int64_t n) {
    if (fw == 1) {
      std::memset(out, fill_utf8[0], static_cast<size_t>(n));
      out += n;
    } else {
      for (int64_t i = 0; i < n; ++i) {
        std::memcpy(out, fill_utf8.data(), fw);
        out += fw;
      }
    }
  };
  put_fill(left);
  std::memcpy(out, s->data(), s->byte_size);
  out += s->byte_size;
  put_fill(right);
  return Value::object(r);
}

bool parse_width_fill(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                      const char* qualname, int64_t& width, uint32_t& fill) {
  if (!check_clinic(vm, qualname, nargs - 1, kwnames, 1, 2)) return false;
  if (!arg_ssize(vm, args[1], width)) return false;
  fill = ' ';
  if (nargs > 2) {
    if (!is_str(args[2])) {
      vm.raise_fmt(vm.exc.TypeError, "The fill character must be a unicode character, not {}",
                   vm.type_name(args[2]));
      return false;
    }
    StrObject* f = as_str(args[2]);
    if (f->length != 1) {
      vm.raise(vm.exc.TypeError, "The fill character must be exactly one character long");
      return false;
    }
    size_t pos = 0;
    fill = utf8_decode(f->view(), pos);
  }
  return true;
}

Value str_center(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  int64_t width;
  uint32_t fill;
  if (!parse_width_fill(vm, args, nargs, kwnames, "str.center", width, fill)) return Value::null();
  StrObject* s = self_of(args);
  int64_t len = static_cast<int64_t>(s->length);
  if (width <= len) return same_or_copy(vm, s);
  int64_t marg = width - len;
  // CPython's pad(): the odd extra space goes left only when width is odd too.
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(vm, s, left, marg - left, fill);
}

Value str_ljust(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  int64_t width;
  uint32_t fill;
  if (!parse_width_fill(vm, args, nargs, kwnames, "str.ljust", width, fill)) return Value::null();
  StrObject* s = self_of(args);
  if (width <= static_cast<int64_t>(s->length)) return same_or_copy(vm, s);  // no overflow below
  return pad(vm, s, 0, width - static_cast<int64_t>(s->length), fill);
}

Value str_rjust(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  int64_t width;
  uint32_t fill;
  if (!parse_width_fill(vm, args, nargs, kwnames, "str.rjust", width, fill)) return Value::null();
  StrObject* s = self_of(args);
  if (width <= static_cast<int64_t>(s->length)) return same_or_copy(vm, s);  // no overflow below
  return pad(vm, s, width - static_cast<int64_t>(s->length), 0, fill);
}

Value str_zfill(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.zfill", nargs - 1, kwnames)) return Value::null();
  int64_t width;
  if (!arg_ssize(vm, args[1], width)) return Value::null();
  StrObject* s = self_of(args);
  int64_t len = static_cast<int64_t>(s->length);
  if (width <= len) return same_or_copy(vm, s);
  Value padded = pad(vm, s, width - len, 0, '0');
  if (padded.is_null()) return padded;
  StrObject* r = as_str(padded);
  // A sign moves to the front: "-42".zfill(5) == "-0042".
  char* d = r->data();
  size_t fill = static_cast<size_t>(width - len);
  if (s->byte_size && (d[fill] == '+' || d[fill] == '-')) {
    d[0] = d[fill];
    d[fill] = '0';
  }
  return padded;
}

Value str_expandtabs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[1];
  if (!bind_keywords(vm, "expandtabs", {"tabsize"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  int64_t tabsize = 8;
  if (!a[0].is_null() && !arg_int(vm, a[0], tabsize)) return Value::null();
  StrObject* s = self_of(args);
  if (s->view().find('\t') == std::string_view::npos) return same_or_copy(vm, s);
  std::string out;
  std::string_view text = s->view();
  int64_t col = 0;
  size_t ncp = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c == '\t') {
      ++pos;
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        if (out.size() + static_cast<size_t>(incr) > kMaxAllocBytes) {
          return vm.raise_memory_error();
        }
        out.append(static_cast<size_t>(incr), ' ');
        col += incr;
        ncp += static_cast<size_t>(incr);
      }
      continue;
    }
    size_t start = pos;
    utf8_decode(text, pos);
    out.append(text.data() + start, pos - start);
    ++ncp;
    ++col;
    if (c == '\n' || c == '\r') col = 0;
  }
  return str_from_utf8(vm, out, ncp);
}

// --- Stripping ---

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                 const char* qualname, int side) {
  if (!check_clinic(vm, qualname, nargs - 1, kwnames, 0, 1)) return Value::null();
  StrObject* s = self_of(args);
  std::string_view text = s->view();
  size_t begin = 0, end = text.size();
  Value chars = nargs > 1 ? args[1] : Value::none();
  if (chars.is_none()) {
    if (s->is_ascii) {
      if (side & kLeft) {
        while (begin < end && ascii_space(static_cast<unsigned char>(text[begin]))) ++begin;
      }
      if (side & kRight) {
        while (end > begin && ascii_space(static_cast<unsigned char>(text[end - 1]))) --end;
      }
    } else {
      if (side & kLeft) {
        while (begin < end) {
          size_t p = begin;
          if (!cp_space(utf8_decode(text, p))) break;
          begin = p;
        }
      }
      if (side & kRight) {
        while (end > begin) {
          size_t p = end - 1;
          while (p > begin && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
          size_t q = p;
          if (!cp_space(utf8_decode(text, q))) break;
          end = p;
        }
      }
    }
  } else if (is_str(chars)) {
    StrObject* set = as_str(chars);
    std::string_view sv = set->view();
    if (set->is_ascii && s->is_ascii) {
      bool table[128] = {};
      for (char c : sv) table[static_cast<unsigned char>(c)] = true;
      if (side & kLeft) {
        while (begin < end && table[static_cast<unsigned char>(text[begin])]) ++begin;
      }
      if (side & kRight) {
        while (end > begin && table[static_cast<unsigned char>(text[end - 1])]) --end;
      }
    } else {
      std::vector<uint32_t> cps = decode_all(set);
      auto in_set = [&](uint32_t c) { return std::find(cps.begin(), cps.end(), c) != cps.end(); };
      if (side & kLeft) {
        while (begin < end) {
          size_t p = begin;
          if (!in_set(utf8_decode(text, p))) break;
          begin = p;
        }
      }
      if (side & kRight) {
        while (end > begin) {
          size_t p = end - 1;
          while (p > begin && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
          size_t q = p;
          if (!in_set(utf8_decode(text, q))) break;
          end = p;
        }
      }
    }
  } else {
    const char* dot = std::strrchr(qualname, '.');
    return vm.raise_fmt(vm.exc.TypeError, "{} arg must be None or str", dot ? dot + 1 : qualname);
  }
  return str_substr_bytes(vm, s, begin, end);
}

Value str_strip(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return strip_impl(vm, a, n, k, "str.strip", kBoth);
}
Value str_lstrip(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return strip_impl(vm, a, n, k, "str.lstrip", kLeft);
}
Value str_rstrip(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return strip_impl(vm, a, n, k, "str.rstrip", kRight);
}

Value str_removeprefix(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.removeprefix", nargs - 1, kwnames)) return Value::null();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "removeprefix() argument must be str, not {}",
                        vm.type_name(args[1]));
  }
  StrObject* s = self_of(args);
  std::string_view p = str_view(args[1]);
  if (!p.empty() && s->view().substr(0, p.size()) == p) {
    return str_substr_bytes(vm, s, p.size(), s->byte_size);
  }
  return same_or_copy(vm, s);
}

Value str_removesuffix(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.removesuffix", nargs - 1, kwnames)) return Value::null();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "removesuffix() argument must be str, not {}",
                        vm.type_name(args[1]));
  }
  StrObject* s = self_of(args);
  std::string_view p = str_view(args[1]);
  std::string_view text = s->view();
  if (!p.empty() && text.size() >= p.size() && text.substr(text.size() - p.size()) == p) {
    return str_substr_bytes(vm, s, 0, text.size() - p.size());
  }
  return same_or_copy(vm, s);
}

// --- Splitting and joining ---

bool list_push(VM& vm, ListObject* list, Value v) {
  if (v.is_null()) return false;
  (void)vm;
  list->items.push_back(v);
  return true;
}

// Room for this many pieces from the start, as stringlib's PREALLOC_SIZE: most splits give
// fewer, and the list then never reallocates.
constexpr size_t kSplitPrealloc = 12;

Value split_whitespace(VM& vm, StrObject* s, int64_t maxsplit, bool reverse) {
  // Mirrors stringlib's split_whitespace/rsplit_whitespace: once maxsplit is reached, the
  // remainder keeps its whitespace on the far side.
  ListObject* list = vm.new_list();
  if (!list) return Value::null();
  list->items.reserve(kSplitPrealloc);
  Value result = Value::object(list);
  std::string_view text = s->view();
  size_t n = text.size();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  // Whether the code point starting at byte i is whitespace; `next` gets its end.
  auto space_at = [&](size_t i, size_t& next) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      next = i + 1;
      return ascii_space(c);
    }
    next = i;
    return cp_space(utf8_decode(text, next));
  };
  size_t next;
  if (!reverse) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n && space_at(i, next)) i = next;
      if (i == n) break;
      size_t j = i;
      while (i < n && !space_at(i, next)) i = next;
      if (!list_push(vm, list, str_substr_bytes(vm, s, j, i))) return Value::null();
    }
    if (i < n) {
      while (i < n && space_at(i, next)) i = next;
      if (i != n && !list_push(vm, list, str_substr_bytes(vm, s, i, n))) return Value::null();
    }
    return result;
  }
  // Scanning backwards: `i` is the end (exclusive) of the unscanned part.
  auto prev_start = [&](size_t p) {
    --p;
    while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    return p;
  };
  size_t i = n;
  while (maxsplit-- > 0) {
    while (i > 0 && space_at(prev_start(i), next)) i = prev_start(i);
    if (i == 0) break;
    size_t j = i;
    while (i > 0 && !space_at(prev_start(i), next)) i = prev_start(i);
    if (!list_push(vm, list, str_substr_bytes(vm, s, i, j))) return Value::null();
  }
  if (i > 0) {
    while (i > 0 && space_at(prev_start(i), next)) i = prev_start(i);
    if (i > 0 && !list_push(vm, list, str_substr_bytes(vm, s, 0, i))) return Value::null();
  }
  std::reverse(list->items.begin(), list->items.end());
  return result;
}

Value split_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, const char* name,
                 bool reverse) {
  Value a[2];
  if (!bind_keywords(vm, name, {"sep", "maxsplit"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !arg_ssize(vm, a[1], maxsplit)) return Value::null();
  StrObject* s = self_of(args);
  if (a[0].is_null() || a[0].is_none()) return split_whitespace(vm, s, maxsplit, reverse);
  if (!is_str(a[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "must be str or None, not {}", vm.type_name(a[0]));
  }
  std::string_view sep = str_view(a[0]);
  if (sep.empty()) return vm.raise(vm.exc.ValueError, "empty separator");
  std::string_view text = s->view();
  ListObject* list = vm.new_list();
  if (!list) return Value::null();
  list->items.reserve(kSplitPrealloc);
  Value result = Value::object(list);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (!reverse) {
    size_t pos = 0;
    while (maxsplit-- > 0) {
      size_t at = find_bytes(text, sep, pos);
      if (at == std::string_view::npos) break;
      if (!list_push(vm, list, str_substr_bytes(vm, s, pos, at))) return Value::null();
      pos = at + sep.size();
    }
    if (pos == 0 && s->type == vm.types.str) {
      list->items.push_back(Value::object(s));
    } else if (!list_push(vm, list, str_substr_bytes(vm, s, pos, text.size()))) {
      return Value::null();
    }
    return result;
  }
  size_t end = text.size();
  while (maxsplit-- > 0) {
    size_t at = rfind_bytes(text.substr(0, end), sep);
    if (at == std::string_view::npos) break;
    if (!list_push(vm, list, str_substr_bytes(vm, s, at + sep.size(), end))) return Value::null();
    end = at;
  }
  if (!list_push(vm, list, str_substr_bytes(vm, s, 0, end))) return Value::null();
  std::reverse(list->items.begin(), list->items.end());
  return result;
}

Value str_split(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return split_impl(vm, a, n, k, "split", false);
}
Value str_rsplit(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return split_impl(vm, a, n, k, "rsplit", true);
}

Value str_splitlines(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[1];
  if (!bind_keywords(vm, "splitlines", {"keepends"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  int64_t keepends = 0;
  if (!a[0].is_null() && !arg_int(vm, a[0], keepends)) return Value::null();
  StrObject* s = self_of(args);
  std::string_view text = s->view();
  ListObject* list = vm.new_list();
  if (!list) return Value::null();
  Value result = Value::object(list);
  size_t i = 0, n = text.size();
  while (i < n) {
    size_t line_start = i;
    size_t eol = n, next = n;
    while (i < n) {
      size_t p = i;
      unsigned char c = static_cast<unsigned char>(text[i]);
      uint32_t cp = c < 0x80 ? (++p, c) : utf8_decode(text, p);
      if (uni::is_linebreak(cp)) {
        eol = i;
        next = p;
        if (cp == '\r' && next < n && text[next] == '\n') ++next;
        break;
      }
      i = p;
    }
    if (line_start == 0 && next == n && eol == n && s->type == vm.types.str) {
      list->items.push_back(Value::object(s));
      break;
    }
    if (!list_push(vm, list, str_substr_bytes(vm, s, line_start, keepends ? next : eol))) {
      return Value::null();
    }
    i = next;
  }
  return result;
}

Value partition_impl(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                     const char* qualname, bool reverse) {
  if (!check_onearg(vm, qualname, nargs - 1, kwnames)) return Value::null();
  StrObject* sep;
  if (!arg_str(vm, args[1], sep)) return Value::null();
  if (sep->byte_size == 0) return vm.raise(vm.exc.ValueError, "empty separator");
  StrObject* s = self_of(args);
  std::string_view text = s->view();
  size_t at = reverse ? rfind_bytes(text, sep->view()) : find_bytes(text, sep->view());
  TupleObject* t = vm.new_tuple(3);
  if (!t) return Value::null();
  Value empty = vm.intern_value("");
  if (at == std::string_view::npos) {
    Value whole = same_or_copy(vm, s);
    if (whole.is_null()) return whole;
    t->items()[0] = reverse ? empty : whole;
    t->items()[1] = empty;
    t->items()[2] = reverse ? whole : empty;
    return Value::object(t);
  }
  Value before = str_substr_bytes(vm, s, 0, at);
  Value after = str_substr_bytes(vm, s, at + sep->byte_size, text.size());
  if (before.is_null() || after.is_null()) return Value::null();
  t->items()[0] = before;
  t->items()[1] =
      sep->type == vm.types.str ? Value::object(sep) : str_from_utf8(vm, sep->view(), sep->length);
  t->items()[2] = after;
  if (t->items()[1].is_null()) return Value::null();
  return Value::object(t);
}

Value str_partition(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return partition_impl(vm, a, n, k, "str.partition", false);
}
Value str_rpartition(VM& vm, const Value* a, size_t n, TupleObject* k) {
  return partition_impl(vm, a, n, k, "str.rpartition", true);
}

Value str_join_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.join", nargs - 1, kwnames)) return Value::null();
  return str_join(vm, self_of(args), args[1]);
}

// --- replace / translate / maketrans ---

Value str_replace(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_clinic(vm, "str.replace", nargs - 1, kwnames, 2, 3)) return Value::null();
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "replace() argument 1 must be str, not {}",
                        vm.type_name(args[1]));
  }
  if (!is_str(args[2])) {
    return vm.raise_fmt(vm.exc.TypeError, "replace() argument 2 must be str, not {}",
                        vm.type_name(args[2]));
  }
  int64_t maxcount = -1;
  if (nargs > 3 && !arg_ssize(vm, args[3], maxcount)) return Value::null();
  StrObject* s = self_of(args);
  StrObject* old_s = as_str(args[1]);
  StrObject* new_s = as_str(args[2]);
  std::string_view text = s->view(), from = old_s->view(), to = new_s->view();
  if (maxcount == 0) return same_or_copy(vm, s);
  if (from.empty()) {
    // Insert `to` before every character and at the end, up to maxcount times.
    int64_t slots = static_cast<int64_t>(s->length) + 1;
    int64_t k = maxcount < 0 ? slots : std::min(maxcount, slots);
    if (to.empty()) return same_or_copy(vm, s);
    size_t total = text.size() + to.size() * static_cast<size_t>(k);
    if (total > kMaxAllocBytes) return vm.raise_memory_error();
    StrObject* r = str_alloc(vm, total, s->length + new_s->length * static_cast<size_t>(k));
    if (!r) return Value::null();
    char* out = r->data();
    size_t pos = 0;
    for (int64_t i = 0; i < k; ++i) {
      std::memcpy(out, to.data(), to.size());
      out += to.size();
      if (pos < text.size()) {
        size_t next = pos;
        utf8_decode(text, next);
        std::memcpy(out, text.data() + pos, next - pos);
        out += next - pos;
        pos = next;
      }
    }
    std::memcpy(out, text.data() + pos, text.size() - pos);
    return Value::object(r);
  }
  size_t count = count_bytes(text, from, maxcount);
  if (count == 0) return same_or_copy(vm, s);
  if (to.size() > from.size() && count > kMaxAllocBytes / (to.size() - from.size())) {
    return vm.raise_memory_error();
  }
  size_t total = text.size() - count * from.size() + count * to.size();
  size_t ncp = s->length - count * old_s->length + count * new_s->length;
  if (total == 0) return vm.intern_value("");
  StrObject* r = str_alloc(vm, total, ncp);
  if (!r) return Value::null();
  char* out = r->data();
  size_t pos = 0;
  for (size_t i = 0; i < count; ++i) {
    size_t at = find_bytes(text, from, pos);
    std::memcpy(out, text.data() + pos, at - pos);
    out += at - pos;
    std::memcpy(out, to.data(), to.size());
    out += to.size();
    pos = at + from.size();
  }
  std::memcpy(out, text.data() + pos, text.size() - pos);
  return Value::object(r);
}

Value str_translate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.translate", nargs - 1, kwnames)) return Value::null();
  StrObject* s = self_of(args);
  Value table = args[1];
  std::string_view text = s->view();
  std::string out;
  out.reserve(text.size());
  size_t ncp = 0;
  size_t pos = 0;
  bool is_plain_dict = is_dict(table) && vm.type_of(table) == vm.types.dict;
  while (pos < text.size()) {
    size_t start = pos;
    uint32_t cp = utf8_decode(text, pos);
    Value key = Value::small_int(cp);
    Value mapped;
    if (is_plain_dict) {
      int r = dict_lookup(vm, as_dict(table), key, mapped);
      if (r < 0) return Value::null();
      if (r == 0) mapped = Value::null();
    } else {
      mapped = py_getitem(vm, table, key);
      if (mapped.is_null()) {
        if (!vm.error_matches(vm.exc.LookupError)) return Value::null();
        vm.clear_error();
      }
    }
    if (mapped.is_null()) {
      out.append(text.data() + start, pos - start);
      ++ncp;
    } else if (mapped.is_none()) {
      // deleted
    } else if (mapped.is_small_int() || mapped.is_bool() || is_bigint(mapped)) {
      int64_t v;
      bool fits = mapped.is_small_int() ? (v = mapped.as_small_int(), true)
                  : mapped.is_bool()    ? (v = mapped.is_true(), true)
                                        : bigint_of(mapped).to_int64(v);
      if (!fits || v < 0 || v > 0x10FFFF) {
        return vm.raise(vm.exc.ValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(out, static_cast<uint32_t>(v));
      ++ncp;
    } else if (is_str(mapped)) {
      out += str_view(mapped);
      ncp += as_str(mapped)->length;
    } else {
      return vm.raise(vm.exc.TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_from_utf8(vm, out, ncp);
}

Value str_maketrans(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  // A static method: no self in args.
  if (!check_clinic(vm, "str.maketrans", nargs, kwnames, 1, 3)) return Value::null();
  DictObject* d = vm.new_dict();
  if (!d) return Value::null();
  Value result = Value::object(d);
  if (nargs == 1) {
    if (!is_dict(args[0])) {
      return vm.raise(vm.exc.TypeError,
                      "if you give only one argument to maketrans it must be a dict");
    }
    size_t it = 0;
    Value k, v;
    while (dict_next(as_dict(args[0]), it, k, v)) {
      if (is_str(k)) {
        if (as_str(k)->length != 1) {
          return vm.raise(vm.exc.ValueError, "string keys in translate table must be of length 1");
        }
        size_t p = 0;
        k = Value::small_int(utf8_decode(str_view(k), p));
      } else if (!(k.is_small_int() || k.is_bool() || is_bigint(k))) {
        return vm.raise(vm.exc.TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(vm, d, k, v)) return Value::null();
    }
    return result;
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (!is_str(args[i])) {
      return vm.raise_fmt(vm.exc.TypeError, "maketrans() argument {} must be str, not {}",
                          i == 0 ? 2 : i + 1, vm.type_name(args[i]));
    }
  }
  StrObject* x = as_str(args[0]);
  StrObject* y = as_str(args[1]);
  if (x->length != y->length) {
    return vm.raise(vm.exc.ValueError, "the first two maketrans arguments must have equal length");
  }
  size_t px = 0, py = 0;
  while (px < x->byte_size) {
    uint32_t a = utf8_decode(x->view(), px);
    uint32_t b = utf8_decode(y->view(), py);
    if (!dict_set(vm, d, Value::small_int(a), Value::small_int(b))) return Value::null();
  }
  if (nargs == 3) {
    StrObject* z = as_str(args[2]);
    size_t pz = 0;
    while (pz < z->byte_size) {
      if (!dict_set(vm, d, Value::small_int(utf8_decode(z->view(), pz)), Value::none())) {
        return Value::null();
      }
    }
  }
  return result;
}

// --- encode / format ---

Value str_encode(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[2];
  if (!bind_keywords(vm, "encode", {"encoding", "errors"}, args + 1, nargs - 1, kwnames, a)) {
    return Value::null();
  }
  std::string_view encoding, errors;
  if (!arg_codec_name(vm, a[0], "encode", "encoding", "utf-8", encoding)) return Value::null();
  if (!arg_codec_name(vm, a[1], "encode", "errors", "strict", errors)) return Value::null();
  return encode(vm, self_of(args), encoding, errors);
}

Value str_format_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return str_format_call(vm, self_of(args), args + 1, nargs - 1, kwnames);
}

Value str_format_map(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "str.format_map", nargs - 1, kwnames)) return Value::null();
  return str_format_mapping(vm, self_of(args), args[1]);
}

Value str_getnewargs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "str.__getnewargs__", nargs - 1, kwnames)) return Value::null();
  Value copy = str_from_utf8(vm, self_of(args)->view(), self_of(args)->length);
  if (copy.is_null()) return copy;
  return vm.new_tuple({copy});
}

}  // namespace

void init_str_type(VM& vm) {
  TypeObject* t = vm.types.str;
  vm.add_methods(t, {
                        {"__new__", str_new, MethodDef::kStatic},
                        {"__repr__", str_repr_m},
                        {"__str__", str_str_m},
                        {"__hash__", str_hash_m},
                        {"__eq__", str_richcompare<CompareOp::Eq>},
                        {"__ne__", str_richcompare<CompareOp::Ne>},
                        {"__lt__", str_richcompare<CompareOp::Lt>},
                        {"__le__", str_richcompare<CompareOp::Le>},
                        {"__gt__", str_richcompare<CompareOp::Gt>},
                        {"__ge__", str_richcompare<CompareOp::Ge>},
                        {"__len__", str_len_m},
                        {"__contains__", str_contains_m},
                        {"__getitem__", str_getitem_m},
                        {"__iter__", str_iter_m},
                        {"__add__", str_add_m},
                        {"__mul__", str_mul_m},
                        {"__rmul__", str_mul_m},
                        {"__mod__", str_mod_m},
                        {"__format__", str_format_m},
                        {"__getnewargs__", str_getnewargs},
                        {"capitalize", str_capitalize},
                        {"casefold", str_casefold},
                        {"center", str_center},
                        {"count", str_count},
                        {"encode", str_encode},
                        {"endswith", str_endswith},
                        {"expandtabs", str_expandtabs},
                        {"find", str_find},
                        {"format", str_format_method},
                        {"format_map", str_format_map},
                        {"index", str_index},
                        {"isalnum", str_isalnum},
                        {"isalpha", str_isalpha},
                        {"isascii", str_isascii},
                        {"isdecimal", str_isdecimal},
                        {"isdigit", str_isdigit},
                        {"isidentifier", str_isidentifier},
                        {"islower", str_islower},
                        {"isnumeric", str_isnumeric},
                        {"isprintable", str_isprintable},
                        {"isspace", str_isspace},
                        {"istitle", str_istitle},
                        {"isupper", str_isupper},
                        {"join", str_join_m},
                        {"ljust", str_ljust},
                        {"lower", str_lower},
                        {"lstrip", str_lstrip},
                        {"maketrans", str_maketrans, MethodDef::kStatic},
                        {"partition", str_partition},
                        {"removeprefix", str_removeprefix},
                        {"removesuffix", str_removesuffix},
                        {"replace", str_replace},
                        {"rfind", str_rfind},
                        {"rindex", str_rindex},
                        {"rjust", str_rjust},
                        {"rpartition", str_rpartition},
                        {"rsplit", str_rsplit},
                        {"rstrip", str_rstrip},
                        {"split", str_split},
                        {"splitlines", str_splitlines},
                        {"startswith", str_startswith},
                        {"strip", str_strip},
                        {"swapcase", str_swapcase},
                        {"title", str_title},
                        {"translate", str_translate},
                        {"upper", str_upper},
                        {"zfill", str_zfill},
                    });
  vm.add_methods(vm.types.str_iterator, {
                                            {"__next__", str_iter_next_m},
                                            {"__iter__", str_iter_iter_m},
                                            {"__length_hint__", str_iter_length_hint_m},
                                        });
}

}  // namespace krait
