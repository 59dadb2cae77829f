// UTF-8 helpers behind `str` (declared in runtime/str.h): counting and locating code points,
// decoding and encoding one code point, and the string hash.
//
// Strings are stored as UTF-8, generalised as CPython's "surrogatepass" does so that a str may
// hold lone surrogates (U+D800..U+DFFF encode as ordinary 3-byte sequences). The helpers here
// trust their input to be such text: it was validated when the str was made.
#include "runtime/str.h"

#include <cstring>

namespace krait {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

inline uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

}  // namespace

size_t utf8_count_codepoints(std::string_view s) {
  // A code point is every byte that is not a continuation byte (10xxxxxx). Eight bytes at a
  // time: a byte is a continuation iff bit 7 is set and bit 6 is clear.
  const char* p = s.data();
  size_t n = s.size();
  size_t continuations = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v = load64(p + i);
    uint64_t cont = v & ~(v << 1) & kHighBits;
    continuations += static_cast<size_t>(__builtin_popcountll(cont));
  }
  for (; i < n; ++i) {
    if ((static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) ++continuations;
  }
  return n - continuations;
}

bool utf8_is_ascii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) acc |= load64(p + i);
  for (; i < n; ++i) acc |= static_cast<unsigned char>(p[i]);
  return (acc & kHighBits) == 0;
}

size_t str_byte_offset(const StrObject* s, size_t index) {
  if (s->is_ascii) return index;
  if (index >= s->length) return s->byte_size;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data());
  size_t n = s->byte_size;
  // Walk from whichever end is nearer: indexing near the end (s[-1]) stays cheap.
  if (index > s->length / 2) {
    size_t remaining = s->length - index;  // code points to step back over
    size_t pos = n;
    while (remaining > 0) {
      --pos;
      while ((p[pos] & 0xC0) == 0x80) --pos;
      --remaining;
    }
    return pos;
  }
  size_t pos = 0;
  size_t seen = 0;
  while (pos < n) {
    if ((p[pos] & 0xC0) != 0x80) {
      if (seen == index) return pos;
      ++seen;
    }
    ++pos;
  }
  return n;
}

size_t str_byte_offset_from(const StrObject* s, size_t index, size_t known_index,
                            size_t known_byte) {
  if (s->is_ascii) return index;
  if (index >= s->length) return s->byte_size;
  // From the known position only when it is nearer than both ends.
  size_t from_known = index > known_index ? index - known_index : known_index - index;
  if (from_known >= index || from_known >= s->length - index) return str_byte_offset(s, index);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data());
  size_t pos = known_byte;
  for (size_t i = known_index; i < index; ++i) {
    ++pos;
    while ((p[pos] & 0xC0) == 0x80) ++pos;
  }
  for (size_t i = known_index; i > index; --i) {
    --pos;
    while ((p[pos] & 0xC0) == 0x80) --pos;
  }
  return pos;
}

uint32_t utf8_decode(std::string_view s, size_t& pos) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  uint32_t c = p[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int extra;
  if (c >= 0xF0) {
    extra = 3;
    c &= 0x07;
  } else if (c >= 0xE0) {
    extra = 2;
    c &= 0x0F;
  } else {
    extra = 1;
    c &= 0x1F;
  }
  ++pos;
  for (int k = 0; k < extra && pos < n; ++k, ++pos) c = (c << 6) | (p[pos] & 0x3F);
  return c;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    char buf[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(buf, 2);
  } else if (cp < 0x10000) {
    char buf[3] = {static_cast<char>(0xE0 | (cp >> 12)),
                   static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                   static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(buf, 3);
  } else {
    char buf[4] = {
        static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(buf, 4);
  }
}

int64_t hash_bytes(std::string_view s) {
  // A multiply-rotate hash over 8-byte words with a final avalanche (splitmix64's finaliser):
  // fast for the short keys dicts see, and every input bit reaches the low bits the dict's
  // probe sequence starts from.
  constexpr uint64_t kMul1 = 0x9E3779B97F4A7C15ull;
  constexpr uint64_t kMul2 = 0xBF58476D1CE4E5B9ull;
  const char* p = s.data();
  size_t n = s.size();
  if (n == 0) return 0;  // hash('') and hash(b'') are 0 in CPython, whatever the hash seed
  uint64_t h = kMul1 ^ (n * kMul2);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t k = load64(p + i) * kMul1;
    h = ((h ^ k) << 29 | (h ^ k) >> 35) * kMul2;
  }
  if (i < n) {
    uint64_t k = 0;
    std::memcpy(&k, p + i, n - i);
    k *= kMul1;
    h = ((h ^ k) << 29 | (h ^ k) >> 35) * kMul2;
  }
  h ^= h >> 30;
  h *= kMul2;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 31;
  // Keep 47 bits (sign included): the hash is then a small int, so `x.__hash__()` needs no
  // allocation and hash() of that int is the same number, as for CPython's str hashes (which
  // lie within the int hash modulus).
  int64_t r = static_cast<int64_t>(h) >> 17;
  return r == -1 ? -2 : r;
}

}  // namespace krait
