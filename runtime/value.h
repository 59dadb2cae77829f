// The one value type of the VM: a NaN-boxed 64-bit word.
//
// Every Python value the VM handles is a `Value`. Floats are stored as themselves; everything else
// lives inside the payload of a quiet NaN, as Wren and LuaJIT do:
//
//   any double that is not one of the patterns below    a float (NaNs are canonicalised first)
//   0x7FFD'xxxx'xxxx'xxxx                              a small int: 48-bit two's complement
//   0x7FFE'0000'0000'000t                              Null (t=0), None (1), False (2), True (3)
//   0xFFFC'pppp'pppp'pppp                              a pointer to a heap Object (48 bits)
//
// Ints outside the 48-bit range are heap `IntObject`s holding a BigInt; every operation that
// produces an int normalises it back to the small form when it fits, so a given number has one
// representation and `is_small_int` doubles as "fits in 48 bits".
//
// `Null` is not a Python value: it marks an empty slot (an unbound local, a missing optional
// argument) and is what native functions return to say "an exception is pending" (the CPython
// convention of returning NULL).
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace krait {

struct Object;

class Value {
 public:
  static constexpr uint64_t kQNan = 0x7FFC'0000'0000'0000ull;
  static constexpr uint64_t kTagMask = 0xFFFF'0000'0000'0000ull;
  static constexpr uint64_t kIntTag = 0x7FFD'0000'0000'0000ull;
  static constexpr uint64_t kSpecialTag = 0x7FFE'0000'0000'0000ull;
  static constexpr uint64_t kPtrTag = 0xFFFC'0000'0000'0000ull;
  static constexpr uint64_t kPayloadMask = 0x0000'FFFF'FFFF'FFFFull;
  static constexpr uint64_t kCanonicalNan = 0x7FF8'0000'0000'0000ull;

  static constexpr int64_t kSmallIntMax = (int64_t(1) << 47) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t(1) << 47);

  constexpr Value() : m_bits(kSpecialTag) {}

  static constexpr Value null() { return Value(kSpecialTag); }
  static constexpr Value none() { return Value(kSpecialTag | 1); }
  static constexpr Value false_() { return Value(kSpecialTag | 2); }
  static constexpr Value true_() { return Value(kSpecialTag | 3); }
  static constexpr Value boolean(bool b) { return Value(kSpecialTag | (b ? 3 : 2)); }

  static Value from_double(double d) {
    if (d != d) return Value(kCanonicalNan);
    return Value(std::bit_cast<uint64_t>(d));
  }
  // The caller guarantees fits_small_int(i).
  static constexpr Value small_int(int64_t i) {
    return Value(kIntTag | (static_cast<uint64_t>(i) & kPayloadMask));
  }
  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }
  static Value object(const Object* p) { return Value(kPtrTag | reinterpret_cast<uint64_t>(p)); }
  static constexpr Value from_bits(uint64_t bits) { return Value(bits); }

  constexpr uint64_t bits() const { return m_bits; }

  constexpr bool is_null() const { return m_bits == kSpecialTag; }
  constexpr bool is_none() const { return m_bits == (kSpecialTag | 1); }
  constexpr bool is_bool() const { return (m_bits | 1) == (kSpecialTag | 3); }
  constexpr bool is_true() const { return m_bits == (kSpecialTag | 3); }
  constexpr bool is_false() const { return m_bits == (kSpecialTag | 2); }
  constexpr bool is_double() const { return (m_bits & kQNan) != kQNan; }
  constexpr bool is_small_int() const { return (m_bits & kTagMask) == kIntTag; }
  constexpr bool is_object() const { return (m_bits & kTagMask) == kPtrTag; }

  double as_double() const { return std::bit_cast<double>(m_bits); }
  constexpr int64_t as_small_int() const { return static_cast<int64_t>(m_bits << 16) >> 16; }
  Object* as_object() const { return reinterpret_cast<Object*>(m_bits & kPayloadMask); }

  constexpr bool operator==(const Value& o) const { return m_bits == o.m_bits; }
  constexpr bool operator!=(const Value& o) const { return m_bits != o.m_bits; }

 private:
  explicit constexpr Value(uint64_t bits) : m_bits(bits) {}
  uint64_t m_bits;
};

static_assert(sizeof(Value) == 8);

// Both small ints: one test for the arithmetic fast paths.
inline bool both_small_ints(Value a, Value b) {
  return ((a.bits() & Value::kTagMask) == Value::kIntTag) &
         ((b.bits() & Value::kTagMask) == Value::kIntTag);
}

}  // namespace krait
