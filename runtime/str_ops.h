// Fast-path operations on `str` for the VM and the protocols (concatenation, indexing,
// equality, repr, join), plus the allocation helpers the str/bytes implementation shares.
//
// All of these produce exact `str` objects (never a subclass), as CPython's str methods do.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/str.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct SeqIterObject;

// a + b. Returns Null with MemoryError/OverflowError pending on failure.
Value str_concat(VM& vm, StrObject* a, StrObject* b);
// chr(cp) for cp < 0x110000; ASCII characters come from the interned table (no allocation).
Value str_from_codepoint(VM& vm, uint32_t cp);
// s[i] with Python's negative indices; IndexError "string index out of range".
Value str_getitem_index(VM& vm, StrObject* s, int64_t i);
bool str_equal(const StrObject* a, const StrObject* b);
// <0, 0, >0 like memcmp: code point order (UTF-8 byte order is code point order).
int str_compare(const StrObject* a, const StrObject* b);
// The cached hash of a str (computing it on first use).
int64_t str_hash(StrObject* s);
// repr(s) with CPython's quote choice and escapes.
Value str_repr(VM& vm, StrObject* s);
// sep.join(iterable).
Value str_join(VM& vm, StrObject* sep, Value iterable);
// The concatenation of n str Values (BUILD_STRING): one allocation, no recounting.
Value str_concat_n(VM& vm, const Value* parts, size_t n);
// next() of a str iterator (vm.types.str_iterator, a SeqIterObject whose `index` is a BYTE
// offset into the str): the next character, or Null (no exception) when exhausted.
Value str_iter_next(VM& vm, SeqIterObject* it);

// --- Allocation helpers for native code that builds strings. ---
// An exact str with room for `nbytes` bytes of UTF-8 (plus a NUL), to be filled by the caller.
// `ncodepoints` must be the code point count of what is written. nullptr with MemoryError
// pending on failure.
StrObject* str_alloc(VM& vm, size_t nbytes, size_t ncodepoints);
// A new exact str from UTF-8 whose code point count the caller knows (empty -> interned "").
Value str_from_utf8(VM& vm, std::string_view utf8, size_t ncodepoints);
// A new exact str from valid UTF-8 (counts the code points).
Value str_from_utf8(VM& vm, std::string_view utf8);
// s[start:end] by byte offsets at code point boundaries.
Value str_substr_bytes(VM& vm, StrObject* s, size_t byte_start, size_t byte_end);

}  // namespace krait
