// bigint.h — arbitrary-precision signed integers with Python `int` semantics.
//
// Role: the numeric core behind Krait's `int` once a value leaves the VM's small-int fast path.
// It is plain C++ with no dependency on the VM's value types, so the lexer (int literals), the
// VM (arithmetic, hashing), the formatter and the stdlib (`math`, `random`) can all use it.
//
// Semantics mirror CPython 3.11 (Objects/longobject.c): floor division and modulo, infinite
// two's-complement bitwise operations, correctly rounded int->float conversion and true
// division, and the int hash modulo 2**61 - 1. Errors (division by zero, overflow, invalid
// literals) are reported through return values; nothing here throws on purpose (std::vector
// may still throw std::bad_alloc, which the VM's memory cap is expected to pre-empt).
//
// Representation: sign flag + magnitude as little-endian base-2**32 limbs, normalised (no
// high zero limbs; zero is an empty magnitude and never negative).
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace krait {

class BigInt {
 public:
  using Limb = uint32_t;
  static constexpr int kLimbBits = 32;

  BigInt() = default;
  // Implicit from any integer type, so `a + 1` and `BigInt x = 5` work.
  template <std::signed_integral T>
  BigInt(T v) {
    assign_i64(static_cast<int64_t>(v));
  }
  template <std::unsigned_integral T>
  BigInt(T v) {
    assign_u64(static_cast<uint64_t>(v));
  }

  // ---- Conversions -------------------------------------------------------------------

  // Why int(s, base) failed, for callers that need to tell the two ValueErrors apart.
  enum class ParseError { None, Invalid, TooManyDigits };

  // Parses exactly what Python's int(s, base) accepts (ASCII only: the caller maps Unicode
  // digits and spaces to ASCII first, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
  // does): surrounding whitespace, one sign, '_' between digits (and once right after a
  // base prefix), prefixes 0x/0o/0b when base is 0 or matches, base 0 rejecting '010'.
  // `base` must be 0 or 2..36 (anything else returns nullopt; CPython's message for that is
  // "int() base must be >= 2 and <= 36, or 0"). CPython's message for a bad literal is
  // "invalid literal for int() with base %d: %R" with the base as passed by the caller.
  // If max_str_digits > 0 and the base is not a power of two, a literal with more digits
  // than that fails with ParseError::TooManyDigits (CPython 3.11's int_max_str_digits,
  // default 4300; its message is "Exceeds the limit (4300 digits) for integer string
  // conversion: value has N digits; use sys.set_int_max_str_digits() to increase the
  // limit", N given in *digit_count).
  static std::optional<BigInt> from_string(std::string_view s, int base,
                                           ParseError* error = nullptr, size_t max_str_digits = 0,
                                           size_t* digit_count = nullptr);

  // Truncates toward zero, like int(float). The caller rejects inf and nan first
  // (OverflowError "cannot convert float infinity to integer", ValueError "cannot convert
  // float NaN to integer").
  static BigInt from_double(double d);

  // False (and `out` untouched) if the value does not fit.
  bool to_int64(int64_t& out) const;
  bool to_uint64(uint64_t& out) const;
  bool fits_int64() const {
    int64_t tmp;
    return to_int64(tmp);
  }

  // Correctly rounded (half to even), as CPython's int.__float__. On overflow sets
  // `overflow` and returns +-inf (CPython: OverflowError "int too large to convert to float").
  double to_double(bool& overflow) const;

  // Digits in `base` (2..36, anything else means 10), lowercase, '-' for negatives, no
  // prefix. Decimal output divides and conquers (about as fast as CPython: 30k digits in
  // ~10 ms). CPython 3.11 refuses decimal conversions beyond int_max_str_digits (4300)
  // digits with ValueError "Exceeds the limit (4300 digits) for integer string conversion;
  // use sys.set_int_max_str_digits() to increase the limit" — a caller enforcing that can
  // pre-check cheaply with decimal_digits_upper() and confirm on the result's length.
  std::string to_string(int base = 10) const;
  // An upper bound (exact or one too many) for the number of decimal digits of |this|.
  size_t decimal_digits_upper() const;

  // ---- Queries -----------------------------------------------------------------------

  int sign() const { return m_mag.empty() ? 0 : (m_neg ? -1 : 1); }
  bool is_zero() const { return m_mag.empty(); }
  bool is_negative() const { return m_neg; }
  bool is_odd() const { return !m_mag.empty() && (m_mag[0] & 1); }
  size_t bit_length() const;  // of |this|, like int.bit_length()
  size_t bit_count() const;   // popcount of |this|, like int.bit_count()
  // Python's hash(int): |x| mod (2**61 - 1) with the sign, -1 mapped to -2.
  int64_t python_hash() const;

  int compare(const BigInt& other) const;  // -1, 0, 1
  friend bool operator==(const BigInt& a, const BigInt& b) {
    return a.m_neg == b.m_neg && a.m_mag == b.m_mag;
  }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    return a.compare(b) <=> 0;
  }

  // ---- Arithmetic (Python semantics) -------------------------------------------------

  static BigInt add(const BigInt& a, const BigInt& b);
  static BigInt sub(const BigInt& a, const BigInt& b);
  static BigInt mul(const BigInt& a, const BigInt& b);
  BigInt neg() const;
  BigInt abs() const;

  // Floor division: q = floor(a / b), r = a - q*b (r has the sign of b). False / nullopt if
  // b == 0 (CPython's ZeroDivisionError says "integer division or modulo by zero" for // and
  // divmod(), "integer modulo by zero" for %).
  static bool divmod_floor(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  static std::optional<BigInt> floordiv(const BigInt& a, const BigInt& b);
  static std::optional<BigInt> mod(const BigInt& a, const BigInt& b);
  // Truncating division (C semantics), useful for math and decimal code. False if b == 0.
  static bool divmod_trunc(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);

  // a / b correctly rounded to the nearest double, as CPython's long_true_divide.
  // The caller checks b != 0 (ZeroDivisionError "division by zero"). On overflow sets
  // `overflow` (OverflowError "integer division result too large for a float").
  static double true_divide(const BigInt& a, const BigInt& b, bool& overflow);

  // base ** exp. The result can be huge: a caller with a memory cap estimates
  // bit_length() * exp first.
  static BigInt pow(const BigInt& base, uint64_t exp);

  enum class PowModStatus { Ok, ZeroModulus, NotInvertible };
  // Python's pow(base, exp, mod): result in [0, mod) for mod > 0, (mod, 0] for mod < 0;
  // a negative exp uses the modular inverse of base. CPython's messages: ZeroModulus ->
  // ValueError "pow() 3rd argument cannot be 0"; NotInvertible -> ValueError "base is not
  // invertible for the given modulus".
  static PowModStatus pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod,
                              BigInt& out);

  // Greatest common divisor, always >= 0 (math.gcd).
  static BigInt gcd(const BigInt& a, const BigInt& b);
  // floor(sqrt(n)) for n >= 0 (math.isqrt); nullopt for negative n.
  static std::optional<BigInt> isqrt(const BigInt& n);

  // ---- Bitwise (infinite two's complement, like Python) ------------------------------

  static BigInt bit_and(const BigInt& a, const BigInt& b);
  static BigInt bit_or(const BigInt& a, const BigInt& b);
  static BigInt bit_xor(const BigInt& a, const BigInt& b);
  BigInt invert() const;  // ~x == -(x + 1)
  // Shift counts are non-negative; the caller raises ValueError "negative shift count"
  // and guards huge left shifts against its memory cap.
  static BigInt lshift(const BigInt& a, uint64_t n);
  static BigInt rshift(const BigInt& a, uint64_t n);  // floors, like Python

  // ---- Bytes (int.to_bytes / int.from_bytes) -----------------------------------------

  // False if the value does not fit in `length` bytes (CPython: OverflowError "int too big
  // to convert"; for a negative value with is_signed == false: "can't convert negative
  // int to unsigned").
  bool to_bytes(size_t length, bool little_endian, bool is_signed, std::vector<uint8_t>& out) const;
  static BigInt from_bytes(const uint8_t* data, size_t length, bool little_endian, bool is_signed);

  // ---- Raw access (for the VM's heap representation and for tests) -------------------

  const std::vector<Limb>& magnitude() const { return m_mag; }
  static BigInt from_magnitude(std::vector<Limb> mag, bool negative);

  // Operators for convenience; division operators are deliberately absent (use
  // divmod_floor / floordiv / mod, which report division by zero).
  friend BigInt operator+(const BigInt& a, const BigInt& b) { return add(a, b); }
  friend BigInt operator-(const BigInt& a, const BigInt& b) { return sub(a, b); }
  friend BigInt operator*(const BigInt& a, const BigInt& b) { return mul(a, b); }
  friend BigInt operator&(const BigInt& a, const BigInt& b) { return bit_and(a, b); }
  friend BigInt operator|(const BigInt& a, const BigInt& b) { return bit_or(a, b); }
  friend BigInt operator^(const BigInt& a, const BigInt& b) { return bit_xor(a, b); }
  friend BigInt operator<<(const BigInt& a, uint64_t n) { return lshift(a, n); }
  friend BigInt operator>>(const BigInt& a, uint64_t n) { return rshift(a, n); }
  BigInt operator-() const { return neg(); }
  BigInt operator~() const { return invert(); }
  BigInt& operator+=(const BigInt& b) { return *this = add(*this, b); }
  BigInt& operator-=(const BigInt& b) { return *this = sub(*this, b); }
  BigInt& operator*=(const BigInt& b) { return *this = mul(*this, b); }

 private:
  void assign_i64(int64_t v);
  void assign_u64(uint64_t v);
  void normalize();

  bool m_neg = false;
  std::vector<Limb> m_mag;
};

// ---- Small-int helpers for the VM's fast paths ---------------------------------------------

// Python floor division / modulo on int64. The caller guarantees b != 0 and not
// (a == INT64_MIN && b == -1).
int64_t py_floordiv(int64_t a, int64_t b);
int64_t py_mod(int64_t a, int64_t b);

// hash(int) for a value that fits in int64 (equal to BigInt(v).python_hash()).
int64_t hash_int64(int64_t v);

// CPython's _Py_HashDouble: integral floats hash like the equal int, inf -> 314159,
// -inf -> -314159. For NaN this returns 0, but CPython 3.11 hashes NaN by object identity
// (_Py_HashPointer), so the caller must handle NaN itself.
int64_t hash_double(double v);

// The modulus of Python's numeric hash, 2**61 - 1 (sys.hash_info.modulus).
inline constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
inline constexpr int64_t kHashInf = 314159;

}  // namespace krait
