// `str` and `bytes`: immutable, with their bytes stored inline after the header (or, for long
// strings built by concatenation, in a shared growable buffer: StrBufferObject).
//
// A str holds UTF-8; `length` counts code points (what Python's len() reports) and `is_ascii`
// lets indexing take the O(1) path for the common case. Hashes are computed once and cached.
// Identifiers and attribute names are interned (one object per distinct text, see
// VM::intern), so dict lookups with interned keys usually succeed on a pointer compare.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace krait {

// The growable storage behind long strings built by concatenation (`s += t` in a loop): a
// string whose text ends where the buffer's used part ends is extended by writing after it, so
// the next string is a new header over the same bytes (Go's append on immutable text) instead
// of a copy of everything. Never seen by Python code.
struct StrBufferObject : Object {
  StrBufferObject(TypeObject* t, size_t cap) : Object(t, ObjKind::Other), capacity(cap) {}
  char* data() { return reinterpret_cast<char*>(this + 1); }
  size_t capacity;
  size_t used = 0;
};

struct StrObject : Object {
  StrObject(TypeObject* t, size_t nbytes, size_t ncodepoints, bool ascii)
      : Object(t, ObjKind::Str), byte_size(nbytes), length(ncodepoints), is_ascii(ascii) {}
  void trace(GcVisitor& v) const override {
    if (out_of_line) v.visit(outside()->buffer);
  }

  // A str's bytes follow its header, or (out_of_line) live in a StrBufferObject.
  struct Outside {
    char* text;
    StrBufferObject* buffer;
  };
  Outside* outside() { return reinterpret_cast<Outside*>(this + 1); }
  const Outside* outside() const { return reinterpret_cast<const Outside*>(this + 1); }
  char* data() { return out_of_line ? outside()->text : reinterpret_cast<char*>(this + 1); }
  const char* data() const {
    return out_of_line ? outside()->text : reinterpret_cast<const char*>(this + 1);
  }
  std::string_view view() const { return {data(), byte_size}; }

  size_t byte_size;
  size_t length;      // in code points
  int64_t hash = -1;  // -1: not computed yet (a real hash of -1 is stored as -2, as CPython)
  bool is_ascii;
  bool interned = false;
  bool out_of_line = false;
};

struct BytesObject : Object {
  BytesObject(TypeObject* t, size_t n) : Object(t, ObjKind::Bytes), size(n) {}
  unsigned char* data() { return reinterpret_cast<unsigned char*>(this + 1); }
  const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(this + 1); }
  std::string_view view() const { return {reinterpret_cast<const char*>(data()), size}; }

  size_t size;
  int64_t hash = -1;
};

inline bool is_str(Value v) {
  return is_kind(v, ObjKind::Str);
}
inline bool is_bytes(Value v) {
  return is_kind(v, ObjKind::Bytes);
}
inline StrObject* as_str(Value v) {
  return static_cast<StrObject*>(v.as_object());
}
inline std::string_view str_view(Value v) {
  return as_str(v)->view();
}

// UTF-8 helpers shared by str methods and the lexer-facing code.
size_t utf8_count_codepoints(std::string_view s);
bool utf8_is_ascii(std::string_view s);
// Byte offset of code point `index` (index <= length). O(1) for ASCII strings.
size_t str_byte_offset(const StrObject* s, size_t index);
// The same, starting from a known (index, byte) position of the same str.
size_t str_byte_offset_from(const StrObject* s, size_t index, size_t known_index,
                            size_t known_byte);
// Decodes the code point at byte offset `pos`, advancing `pos`.
uint32_t utf8_decode(std::string_view s, size_t& pos);
void utf8_append(std::string& out, uint32_t cp);
// CPython's string hash is randomised per process; ours is a fixed siphash-free FNV-1a variant,
// which is allowed: Python code must not depend on str hash values.
int64_t hash_bytes(std::string_view s);

}  // namespace krait
