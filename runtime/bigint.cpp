// bigint.cpp — arbitrary-precision integer arithmetic (see bigint.h for the contract).
//
// Magnitudes are little-endian vectors of 32-bit limbs with 64-bit intermediates.
// Multiplication is schoolbook below kKaratsubaThreshold limbs and Karatsuba above it;
// division is Knuth's algorithm D. Algorithms whose rounding is observable from Python
// (to_double, true_divide, hashing) follow CPython 3.11's Objects/longobject.c step by step.
#include "runtime/bigint.h"

#include <algorithm>
#include <charconv>
#include <bit>
#include <cassert>
#include <cfloat>
#include <climits>
#include <cmath>
#include <utility>

namespace krait {

namespace {

using Limb = BigInt::Limb;
using Limbs = std::vector<Limb>;

constexpr size_t kKaratsubaThreshold = 40;
constexpr uint64_t kLimbBase = uint64_t{1} << 32;

void trim(Limbs& v) {
  while (!v.empty() && v.back() == 0) v.pop_back();
}

size_t trimmed_len(const Limb* p, size_t n) {
  while (n > 0 && p[n - 1] == 0) --n;
  return n;
}

int cmp_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int cmp_mag(const Limbs& a, const Limbs& b) {
  return cmp_mag(a.data(), a.size(), b.data(), b.size());
}

Limbs add_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  Limbs r(na + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < na; ++i) {
    uint64_t t = uint64_t{a[i]} + (i < nb ? b[i] : 0) + carry;
    r[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  r[na] = static_cast<Limb>(carry);
  trim(r);
  return r;
}

Limbs add_mag(const Limbs& a, const Limbs& b) {
  return add_mag(a.data(), a.size(), b.data(), b.size());
}

// a - b where |a| >= |b|.
Limbs sub_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  Limbs r(na);
  int64_t borrow = 0;
  for (size_t i = 0; i < na; ++i) {
    int64_t t = int64_t{a[i]} - (i < nb ? int64_t{b[i]} : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<Limb>(t + (borrow ? int64_t(kLimbBase) : 0));
  }
  assert(borrow == 0);
  trim(r);
  return r;
}

Limbs sub_mag(const Limbs& a, const Limbs& b) {
  return sub_mag(a.data(), a.size(), b.data(), b.size());
}

// r[off..] += x, with carry propagation; r must be large enough for the true sum.
void add_into(Limbs& r, size_t off, const Limbs& x) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < x.size(); ++i) {
    uint64_t t = uint64_t{r[off + i]} + x[i] + carry;
    r[off + i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  for (size_t k = off + i; carry != 0 && k < r.size(); ++k) {
    uint64_t t = uint64_t{r[k]} + carry;
    r[k] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  assert(carry == 0);
}

// x -= y in place, x >= y.
void sub_inplace(Limbs& x, const Limbs& y) {
  int64_t borrow = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    if (i >= y.size() && borrow == 0) break;
    int64_t t = int64_t{x[i]} - (i < y.size() ? int64_t{y[i]} : 0) - borrow;
    borrow = t < 0;
    x[i] = static_cast<Limb>(t + (borrow ? int64_t(kLimbBase) : 0));
  }
  assert(borrow == 0);
  trim(x);
}

void mul_school(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* r) {
  // r has na + nb limbs, zeroed by the caller.
  for (size_t i = 0; i < na; ++i) {
    uint64_t ai = a[i];
    if (ai == 0) continue;
    uint64_t carry = 0;
    for (size_t j = 0; j < nb; ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<Limb>(t);
      carry = t >> 32;
    }
    r[i + nb] = static_cast<Limb>(carry);
  }
}

Limbs mul_mag(const Limb* a, size_t na, const Limb* b, size_t nb) {
  na = trimmed_len(a, na);
  nb = trimmed_len(b, nb);
  if (na == 0 || nb == 0) return {};
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  Limbs r(na + nb, 0);
  if (nb < kKaratsubaThreshold) {
    mul_school(b, nb, a, na, r.data());  // long inner loop over the longer operand
  } else if (2 * nb <= na) {
    // Unbalanced: cut the long operand into nb-sized slices so each product is balanced.
    for (size_t off = 0; off < na; off += nb) {
      size_t len = std::min(nb, na - off);
      Limbs p = mul_mag(a + off, len, b, nb);
      add_into(r, off, p);
    }
  } else {
    // Karatsuba: (a1 X + a0)(b1 X + b0) with z1 = (a0 + a1)(b0 + b1) - z0 - z2.
    size_t h = na / 2;  // nb > na / 2 >= h, so b1 is non-empty
    Limbs z0 = mul_mag(a, h, b, h);
    Limbs z2 = mul_mag(a + h, na - h, b + h, nb - h);
    Limbs sa = add_mag(a, trimmed_len(a, h), a + h, na - h);
    Limbs sb = add_mag(b, trimmed_len(b, h), b + h, nb - h);
    Limbs z1 = mul_mag(sa.data(), sa.size(), sb.data(), sb.size());
    sub_inplace(z1, z0);
    sub_inplace(z1, z2);
    add_into(r, 0, z0);
    add_into(r, h, z1);
    add_into(r, 2 * h, z2);
  }
  trim(r);
  return r;
}

Limbs mul_mag(const Limbs& a, const Limbs& b) {
  return mul_mag(a.data(), a.size(), b.data(), b.size());
}

// In place: a = a * m + add.
void mul_add_small(Limbs& a, Limb m, Limb add) {
  uint64_t carry = add;
  for (auto& limb : a) {
    uint64_t t = uint64_t{limb} * m + carry;
    limb = static_cast<Limb>(t);
    carry = t >> 32;
  }
  if (carry) a.push_back(static_cast<Limb>(carry));
}

// In place: a /= d, returns the remainder.
// The same with a compile-time divisor, which the compiler turns into a multiplication:
// decimal output spends nearly all its time here.
template <Limb D>
Limb divmod_const(Limbs& a) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / D);
    rem = cur % D;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

Limb divmod_small(Limbs& a, Limb d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

Limbs shl_mag(const Limbs& a, uint64_t n) {
  if (a.empty()) return {};
  size_t limbs = static_cast<size_t>(n / 32);
  unsigned bits = static_cast<unsigned>(n % 32);
  Limbs r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t t = uint64_t{a[i]} << bits;
    r[i + limbs] |= static_cast<Limb>(t);
    r[i + limbs + 1] |= static_cast<Limb>(t >> 32);
  }
  trim(r);
  return r;
}

// Also reports whether any 1 bit was shifted out.
Limbs shr_mag(const Limbs& a, uint64_t n, bool* lost = nullptr) {
  size_t limbs = static_cast<size_t>(std::min<uint64_t>(n / 32, a.size()));
  unsigned bits = static_cast<unsigned>(n % 32);
  if (lost) {
    bool any = false;
    for (size_t i = 0; i < limbs && !any; ++i) any = a[i] != 0;
    if (!any && limbs < a.size() && bits) any = (a[limbs] & ((Limb{1} << bits) - 1)) != 0;
    *lost = any;
  }
  if (limbs >= a.size()) return {};
  Limbs r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t lo = a[i + limbs];
    uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = static_cast<Limb>(((hi << 32) | lo) >> bits);
  }
  trim(r);
  return r;
}

// Knuth, TAOCP vol. 2, 4.3.1 algorithm D. q = u / v, r = u % v on magnitudes, v non-empty.
void divmod_mag(const Limbs& u, const Limbs& v, Limbs& q, Limbs& r) {
  assert(!v.empty());
  if (cmp_mag(u, v) < 0) {
    q.clear();
    r = u;
    return;
  }
  if (v.size() == 1) {
    q = u;
    Limb rem = divmod_small(q, v[0]);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  const size_t n = v.size();
  const size_t m = u.size() - n;
  const int s = std::countl_zero(v.back());
  // Normalise so the divisor's top limb has its high bit set; this bounds the q-hat error.
  Limbs vn(n), un(u.size() + 1);
  for (size_t i = n - 1; i > 0; --i)
    vn[i] = static_cast<Limb>((uint64_t{v[i]} << s) | (s ? uint64_t{v[i - 1]} >> (32 - s) : 0));
  vn[0] = v[0] << s;
  un[u.size()] = s ? static_cast<Limb>(uint64_t{u.back()} >> (32 - s)) : 0;
  for (size_t i = u.size() - 1; i > 0; --i)
    un[i] = static_cast<Limb>((uint64_t{u[i]} << s) | (s ? uint64_t{u[i - 1]} >> (32 - s) : 0));
  un[0] = u[0] << s;

  q.assign(m + 1, 0);
  const uint64_t vtop = vn[n - 1], vnext = vn[n - 2];
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t{un[j + n]} << 32) | un[j + n - 1];
    uint64_t qhat = num / vtop;
    uint64_t rhat = num % vtop;
    while (qhat >= kLimbBase || qhat * vnext > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >= kLimbBase) break;
    }
    // Multiply and subtract qhat * vn from un[j .. j+n].
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t{un[i + j]} - int64_t(p & 0xFFFFFFFFu) - borrow;
      borrow = t < 0;
      un[i + j] = static_cast<Limb>(t + (borrow ? int64_t(kLimbBase) : 0));
    }
    int64_t t = int64_t{un[j + n]} - int64_t(carry) - borrow;
    if (t < 0) {
      // qhat was one too large (rare): add the divisor back.
      un[j + n] = static_cast<Limb>(t + int64_t(kLimbBase));
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s2 = uint64_t{un[i + j]} + vn[i] + c;
        un[i + j] = static_cast<Limb>(s2);
        c = s2 >> 32;
      }
      un[j + n] = static_cast<Limb>(un[j + n] + c);
    } else {
      un[j + n] = static_cast<Limb>(t);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  trim(q);
  // Un-normalise the remainder.
  r.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    r[i] = static_cast<Limb>((uint64_t{un[i]} >> s) | (s ? uint64_t{un[i + 1]} << (32 - s) : 0));
  trim(r);
}

size_t bit_length_mag(const Limbs& a) {
  if (a.empty()) return 0;
  return (a.size() - 1) * 32 + static_cast<size_t>(std::bit_width(a.back()));
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Python's str.isspace for ASCII (Py_ISSPACE): space, \t \n \v \f \r, plus \x1c-\x1f.
bool is_py_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

// Two's complement of a BigInt over `n` limbs (n > magnitude size, so the top bit is the sign).
Limbs to_twos(const BigInt& x, size_t n) {
  Limbs r(n, 0);
  const Limbs& mag = x.magnitude();
  std::copy(mag.begin(), mag.end(), r.begin());
  if (x.is_negative()) {
    uint64_t carry = 1;
    for (auto& limb : r) {
      uint64_t t = uint64_t{static_cast<Limb>(~limb)} + carry;
      limb = static_cast<Limb>(t);
      carry = t >> 32;
    }
  }
  return r;
}

BigInt from_twos(Limbs r) {
  bool neg = !r.empty() && (r.back() >> 31);
  if (neg) {
    uint64_t carry = 1;
    for (auto& limb : r) {
      uint64_t t = uint64_t{static_cast<Limb>(~limb)} + carry;
      limb = static_cast<Limb>(t);
      carry = t >> 32;
    }
  }
  return BigInt::from_magnitude(std::move(r), neg);
}

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.magnitude().size(), b.magnitude().size()) + 1;
  Limbs x = to_twos(a, n), y = to_twos(b, n);
  for (size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  return from_twos(std::move(x));
}

// Decimal digits of x by repeated division by 10**9, left-padded with zeros to `pad`
// digits when pad > 0. Quadratic with a serial dependency per limb: only for small x.
void decimal_simple(Limbs x, size_t pad, std::string& out) {
  std::string rev;
  while (!x.empty()) {
    Limb rem = divmod_const<1000000000>(x);
    for (int k = 0; k < 9; ++k) {
      if (x.empty() && rem == 0) break;
      rev.push_back(static_cast<char>('0' + rem % 10));
      rem /= 10;
    }
  }
  if (rev.size() < pad) rev.append(pad - rev.size(), '0');
  out.append(rev.rbegin(), rev.rend());
}

// Divide and conquer: x = q * 10**(9 * 2**k) + r, converting q and r recursively, with
// pows[k] = 10**(9 * 2**k) and x < pows[k]**2. Knuth division pipelines far better than
// the limb-by-limb chain of decimal_simple, so this wins severalfold on big numbers.
void decimal_recursive(const Limbs& x, const std::vector<Limbs>& pows, int k, size_t pad,
                       std::string& out) {
  if (k < 0 || x.size() < 2 * kKaratsubaThreshold) {
    decimal_simple(x, pad, out);
    return;
  }
  if (cmp_mag(x, pows[static_cast<size_t>(k)]) < 0) {
    decimal_recursive(x, pows, k - 1, pad, out);
    return;
  }
  Limbs q, r;
  divmod_mag(x, pows[static_cast<size_t>(k)], q, r);
  const size_t low_digits = size_t{9} << k;
  decimal_recursive(q, pows, k - 1, pad > low_digits ? pad - low_digits : 0, out);
  decimal_recursive(r, pows, k - 1, low_digits, out);
}

}  // namespace

// ---- Construction ---------------------------------------------------------------------------

void BigInt::assign_u64(uint64_t v) {
  m_neg = false;
  m_mag.clear();
  if (v) m_mag.push_back(static_cast<Limb>(v));
  if (v >> 32) m_mag.push_back(static_cast<Limb>(v >> 32));
}

void BigInt::assign_i64(int64_t v) {
  // Negate in unsigned arithmetic so INT64_MIN is fine.
  uint64_t mag = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  assign_u64(mag);
  m_neg = v < 0;
}

void BigInt::normalize() {
  trim(m_mag);
  if (m_mag.empty()) m_neg = false;
}

BigInt BigInt::from_magnitude(std::vector<Limb> mag, bool negative) {
  BigInt r;
  r.m_mag = std::move(mag);
  r.m_neg = negative;
  r.normalize();
  return r;
}

std::optional<BigInt> BigInt::from_string(std::string_view s, int base, ParseError* error,
                                          size_t max_str_digits, size_t* digit_count) {
  // Mirrors CPython 3.11 PyLong_FromString.
  auto fail = [&](ParseError e) -> std::optional<BigInt> {
    if (error) *error = e;
    return std::nullopt;
  };
  if (error) *error = ParseError::None;
  if (digit_count) *digit_count = 0;
  if ((base != 0 && base < 2) || base > 36) return fail(ParseError::Invalid);
  size_t i = 0, end = s.size();
  while (i < end && is_py_space(s[i])) ++i;
  while (end > i && is_py_space(s[end - 1])) --end;
  bool neg = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  auto at = [&](size_t k) -> char { return k < end ? s[k] : '\0'; };
  bool error_if_nonzero = false;
  if (base == 0) {
    char c1 = at(i + 1);
    if (at(i) != '0')
      base = 10;
    else if (c1 == 'x' || c1 == 'X')
      base = 16;
    else if (c1 == 'o' || c1 == 'O')
      base = 8;
    else if (c1 == 'b' || c1 == 'B')
      base = 2;
    else {
      // An old C-style octal literal such as "010" is invalid, but "0" and "00" are zero.
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (at(i) == '0') {
    char c1 = at(i + 1);
    if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
        (base == 2 && (c1 == 'b' || c1 == 'B'))) {
      i += 2;
      if (at(i) == '_') ++i;  // one underscore is allowed right after the prefix
    }
  }
  if (at(i) == '_') return fail(ParseError::Invalid);
  // Scan the digit run, validating underscores.
  size_t start = i, ndigits = 0;
  char prev = '\0';
  while (i < end && (digit_value(s[i]) < base || s[i] == '_')) {
    if (s[i] == '_') {
      if (prev == '_') return fail(ParseError::Invalid);
    } else {
      ++ndigits;
    }
    prev = s[i];
    ++i;
  }
  if (prev == '_') return fail(ParseError::Invalid);
  if (ndigits == 0 || i != end) return fail(ParseError::Invalid);
  if (digit_count) *digit_count = ndigits;
  bool pow2 = (base & (base - 1)) == 0;
  if (!pow2 && max_str_digits > 0 && ndigits > max_str_digits)
    return fail(ParseError::TooManyDigits);

  BigInt r;
  if (pow2) {
    int bits = std::countr_zero(static_cast<unsigned>(base));
    size_t total_bits = ndigits * static_cast<size_t>(bits);
    r.m_mag.assign(total_bits / 32 + 1, 0);
    size_t bitpos = 0;
    for (size_t k = end; k-- > start;) {
      if (s[k] == '_') continue;
      uint64_t d = static_cast<uint64_t>(digit_value(s[k]));
      size_t li = bitpos / 32, sh = bitpos % 32;
      uint64_t t = d << sh;
      r.m_mag[li] |= static_cast<Limb>(t);
      if ((t >> 32) && li + 1 < r.m_mag.size()) r.m_mag[li + 1] |= static_cast<Limb>(t >> 32);
      bitpos += static_cast<size_t>(bits);
    }
  } else {
    // Accumulate chunks of k digits, base**k < 2**32, with one multiply-add per chunk.
    Limb chunk_mul = 1;
    int chunk_len = 0;
    while (uint64_t{chunk_mul} * static_cast<uint64_t>(base) < kLimbBase) {
      chunk_mul *= static_cast<Limb>(base);
      ++chunk_len;
    }
    Limb acc = 0, mul = 1;
    int count = 0;
    for (size_t k = start; k < end; ++k) {
      if (s[k] == '_') continue;
      acc = acc * static_cast<Limb>(base) + static_cast<Limb>(digit_value(s[k]));
      mul *= static_cast<Limb>(base);
      if (++count == chunk_len) {
        mul_add_small(r.m_mag, chunk_mul, acc);
        acc = 0;
        mul = 1;
        count = 0;
      }
    }
    if (count) mul_add_small(r.m_mag, mul, acc);
  }
  r.m_neg = neg;
  r.normalize();
  if (error_if_nonzero && !r.is_zero()) return fail(ParseError::Invalid);
  return r;
}

BigInt BigInt::from_double(double d) {
  if (!std::isfinite(d) || std::fabs(d) < 1.0) return BigInt();
  int e = 0;
  double m = std::frexp(std::fabs(d), &e);                         // |d| = m * 2**e, 0.5 <= m < 1
  auto mant = static_cast<uint64_t>(std::ldexp(m, DBL_MANT_DIG));  // exact, 53 bits
  BigInt r(mant);
  int shift = e - DBL_MANT_DIG;
  r = shift >= 0 ? lshift(r, static_cast<uint64_t>(shift))
                 : rshift(r, static_cast<uint64_t>(-shift));
  if (d < 0) r = r.neg();
  return r;
}

// ---- Conversions out ------------------------------------------------------------------------

bool BigInt::to_uint64(uint64_t& out) const {
  if (m_neg || m_mag.size() > 2) return false;
  uint64_t v = 0;
  if (m_mag.size() > 0) v = m_mag[0];
  if (m_mag.size() > 1) v |= uint64_t{m_mag[1]} << 32;
  out = v;
  return true;
}

bool BigInt::to_int64(int64_t& out) const {
  if (m_mag.size() > 2) return false;
  uint64_t v = 0;
  if (m_mag.size() > 0) v = m_mag[0];
  if (m_mag.size() > 1) v |= uint64_t{m_mag[1]} << 32;
  if (!m_neg) {
    if (v > uint64_t(INT64_MAX)) return false;
    out = static_cast<int64_t>(v);
  } else {
    if (v > uint64_t(INT64_MAX) + 1) return false;
    out = static_cast<int64_t>(uint64_t{0} - v);
  }
  return true;
}

double BigInt::to_double(bool& overflow) const {
  overflow = false;
  size_t nbits = bit_length();
  double r;
  if (nbits <= 64) {
    uint64_t v = 0;
    if (m_mag.size() > 0) v = m_mag[0];
    if (m_mag.size() > 1) v |= uint64_t{m_mag[1]} << 32;
    r = static_cast<double>(v);  // the hardware rounds half to even
  } else {
    // Keep the top 64 bits and fold every lower bit into a sticky bit 0: a double keeps
    // 53 bits, so the rounding decision only needs "was anything below nonzero".
    bool lost = false;
    Limbs top = shr_mag(m_mag, nbits - 64, &lost);
    uint64_t v = uint64_t{top[0]} | (uint64_t{top[1]} << 32);
    if (lost) v |= 1;
    if (nbits - 64 > static_cast<size_t>(DBL_MAX_EXP)) {
      overflow = true;
      r = HUGE_VAL;
    } else {
      r = std::ldexp(static_cast<double>(v), static_cast<int>(nbits - 64));
      if (std::isinf(r)) overflow = true;
    }
  }
  return m_neg ? -r : r;
}

size_t BigInt::decimal_digits_upper() const {
  size_t bits = bit_length();
  if (bits == 0) return 1;
  // digits = floor(log10(x)) + 1 <= floor(bits * log10(2)) + 1.
  return static_cast<size_t>(static_cast<double>(bits) * 0.30102999566398120) + 1;
}

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) base = 10;
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (m_mag.empty()) return "0";
  std::string out;
  if ((base & (base - 1)) == 0) {
    int bits = std::countr_zero(static_cast<unsigned>(base));
    size_t nbits = bit_length();
    out.reserve(nbits / static_cast<size_t>(bits) + 2);
    for (size_t pos = 0; pos < nbits; pos += static_cast<size_t>(bits)) {
      size_t li = pos / 32, sh = pos % 32;
      uint64_t w = m_mag[li];
      if (li + 1 < m_mag.size()) w |= uint64_t{m_mag[li + 1]} << 32;
      out.push_back(kDigits[(w >> sh) & static_cast<uint64_t>(base - 1)]);
    }
  } else if (base == 10) {
    out.reserve(decimal_digits_upper() + 2);
    if (m_neg) out.push_back('-');
    if (m_mag.size() <= 2) {  // fits in 64 bits: the common case of format(i, '5d')
      uint64_t w = m_mag[0];
      if (m_mag.size() == 2) w |= uint64_t{m_mag[1]} << 32;
      char buf[24];
      auto res = std::to_chars(buf, buf + sizeof buf, w);
      out.append(buf, res.ptr);
      return out;
    }
    std::vector<Limbs> pows{Limbs{1000000000}};
    while (2 * pows.back().size() <= m_mag.size())
      pows.push_back(mul_mag(pows.back(), pows.back()));
    decimal_recursive(m_mag, pows, static_cast<int>(pows.size()) - 1, 0, out);
    return out;
  } else {
    // Peel off chunks of k digits with one single-limb division each: base**k < 2**32.
    Limb chunk_div = 1;
    int chunk_len = 0;
    while (uint64_t{chunk_div} * static_cast<uint64_t>(base) < kLimbBase) {
      chunk_div *= static_cast<Limb>(base);
      ++chunk_len;
    }
    Limbs work = m_mag;
    while (!work.empty()) {
      Limb rem = divmod_small(work, chunk_div);
      for (int k = 0; k < chunk_len; ++k) {
        if (work.empty() && rem == 0) break;
        out.push_back(kDigits[rem % static_cast<Limb>(base)]);
        rem /= static_cast<Limb>(base);
      }
    }
  }
  if (m_neg) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

// ---- Queries --------------------------------------------------------------------------------

size_t BigInt::bit_length() const {
  return bit_length_mag(m_mag);
}

size_t BigInt::bit_count() const {
  size_t n = 0;
  for (Limb l : m_mag) n += static_cast<size_t>(std::popcount(l));
  return n;
}

int64_t BigInt::python_hash() const {
  // |x| mod P computed limb by limb from the top; multiplying by 2**32 modulo P = 2**61 - 1
  // is a rotation of the 61-bit value (CPython's long_hash does the same with 30-bit digits).
  uint64_t x = 0;
  for (size_t i = m_mag.size(); i-- > 0;) {
    x = ((x << 32) & kHashModulus) | (x >> (61 - 32));
    x += m_mag[i];
    if (x >= kHashModulus) x -= kHashModulus;
  }
  int64_t h = static_cast<int64_t>(x);
  if (m_neg) h = -h;
  if (h == -1) h = -2;
  return h;
}

int BigInt::compare(const BigInt& other) const {
  if (m_neg != other.m_neg) return m_neg ? -1 : 1;
  int c = cmp_mag(m_mag, other.m_mag);
  return m_neg ? -c : c;
}

// ---- Arithmetic -----------------------------------------------------------------------------

BigInt BigInt::add(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.m_neg == b.m_neg) {
    r.m_mag = add_mag(a.m_mag, b.m_mag);
    r.m_neg = a.m_neg;
  } else if (cmp_mag(a.m_mag, b.m_mag) >= 0) {
    r.m_mag = sub_mag(a.m_mag, b.m_mag);
    r.m_neg = a.m_neg;
  } else {
    r.m_mag = sub_mag(b.m_mag, a.m_mag);
    r.m_neg = b.m_neg;
  }
  r.normalize();
  return r;
}

BigInt BigInt::sub(const BigInt& a, const BigInt& b) {
  return add(a, b.neg());
}

BigInt BigInt::mul(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.m_mag = mul_mag(a.m_mag, b.m_mag);
  r.m_neg = a.m_neg != b.m_neg;
  r.normalize();
  return r;
}

BigInt BigInt::neg() const {
  BigInt r = *this;
  if (!r.m_mag.empty()) r.m_neg = !r.m_neg;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.m_neg = false;
  return r;
}

bool BigInt::divmod_trunc(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  if (b.is_zero()) return false;
  Limbs qm, rm;
  divmod_mag(a.m_mag, b.m_mag, qm, rm);
  bool a_neg = a.m_neg, q_neg = a.m_neg != b.m_neg;
  q = from_magnitude(std::move(qm), q_neg);
  r = from_magnitude(std::move(rm), a_neg);
  return true;
}

bool BigInt::divmod_floor(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  if (b.is_zero()) return false;
  BigInt b_copy = b;  // q or r may alias b
  if (!divmod_trunc(a, b_copy, q, r)) return false;
  // Truncation rounds toward zero; floor differs when the remainder's sign differs from b's.
  if (!r.is_zero() && r.m_neg != b_copy.m_neg) {
    q = sub(q, BigInt(1));
    r = add(r, b_copy);
  }
  return true;
}

std::optional<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  if (!divmod_floor(a, b, q, r)) return std::nullopt;
  return q;
}

std::optional<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  if (!divmod_floor(a, b, q, r)) return std::nullopt;
  return r;
}

double BigInt::true_divide(const BigInt& a, const BigInt& b, bool& overflow) {
  // CPython long_true_divide: compute a / b to DBL_MANT_DIG + 2 or + 3 bits with a sticky
  // "inexact" flag, round that by hand to the precision the result (possibly subnormal)
  // can hold, then scale with ldexp, which is exact at that point.
  overflow = false;
  const bool negate = a.m_neg != b.m_neg;
  if (b.is_zero()) return std::nan("");
  if (a.is_zero()) return negate ? -0.0 : 0.0;
  const size_t a_bits = a.bit_length(), b_bits = b.bit_length();
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
    // Both exact as doubles: IEEE division is correctly rounded.
    bool o1, o2;
    return a.to_double(o1) / b.to_double(o2);
  }
  const int64_t diff = static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  if (diff > DBL_MAX_EXP) {
    overflow = true;
    return negate ? -HUGE_VAL : HUGE_VAL;
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;
  const int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  Limbs x = shift <= 0 ? shl_mag(a.m_mag, static_cast<uint64_t>(-shift))
                       : shr_mag(a.m_mag, static_cast<uint64_t>(shift), &inexact);
  Limbs q, rem;
  divmod_mag(x, b.m_mag, q, rem);
  if (!rem.empty()) inexact = true;
  const size_t x_bits = bit_length_mag(q);
  const int64_t extra_bits =
      std::max<int64_t>(static_cast<int64_t>(x_bits), DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  assert(extra_bits == 2 || extra_bits == 3);
  uint64_t qv = 0;
  if (q.size() > 0) qv = q[0];
  if (q.size() > 1) qv |= uint64_t{q[1]} << 32;
  // Round half to even on the low extra_bits bits, the inexact flag acting as sticky bit.
  const uint64_t mask = uint64_t{1} << (extra_bits - 1);
  uint64_t low = qv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  qv = low & ~(2 * mask - 1);
  // Exact: the low extra_bits bits are now clear, leaving at most DBL_MANT_DIG significant
  // bits (or a single one after a carry into a new power of two).
  const double dx = static_cast<double>(qv);
  if (shift + static_cast<int64_t>(x_bits) >= DBL_MAX_EXP &&
      (shift + static_cast<int64_t>(x_bits) > DBL_MAX_EXP ||
       dx == std::ldexp(1.0, static_cast<int>(x_bits)))) {
    overflow = true;
    return negate ? -HUGE_VAL : HUGE_VAL;
  }
  const double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  if (exp == 0) return BigInt(1);
  // Powers of two are shifts.
  if (base.m_mag.size() == 1 && std::has_single_bit(base.m_mag[0])) {
    uint64_t k = static_cast<uint64_t>(std::countr_zero(base.m_mag[0]));
    BigInt r = lshift(BigInt(1), k * exp);
    if (base.m_neg && (exp & 1)) r = r.neg();
    return r;
  }
  BigInt result(1);
  int top = 63 - std::countl_zero(exp);
  for (int bit = top; bit >= 0; --bit) {
    result = mul(result, result);
    if ((exp >> bit) & 1) result = mul(result, base);
  }
  return result;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs(), y = b.abs();
  while (!y.is_zero()) {
    uint64_t xs, ys;
    if (x.to_uint64(xs) && y.to_uint64(ys)) {
      while (ys) {
        uint64_t t = xs % ys;
        xs = ys;
        ys = t;
      }
      return BigInt(xs);
    }
    BigInt q, r;
    divmod_trunc(x, y, q, r);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

std::optional<BigInt> BigInt::isqrt(const BigInt& n) {
  if (n.m_neg) return std::nullopt;
  if (n.is_zero()) return BigInt();
  // Newton's iteration from a power of two above sqrt(n) decreases monotonically to
  // floor(sqrt(n)).
  BigInt x = lshift(BigInt(1), (n.bit_length() + 1) / 2);
  while (true) {
    BigInt q, r;
    divmod_trunc(n, x, q, r);
    BigInt y = rshift(add(x, q), 1);
    if (y.compare(x) >= 0) return x;
    x = std::move(y);
  }
}

BigInt::PowModStatus BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod,
                                     BigInt& out) {
  // CPython long_pow with a modulus.
  if (mod.is_zero()) return PowModStatus::ZeroModulus;
  const bool negative_output = mod.m_neg;
  const BigInt m = mod.abs();
  if (m.m_mag.size() == 1 && m.m_mag[0] == 1) {
    out = BigInt();
    return PowModStatus::Ok;
  }
  BigInt b = *BigInt::mod(base, m);
  BigInt e = exp;
  if (e.m_neg) {
    // Replace base by its inverse modulo m (extended Euclid), then use -exp.
    BigInt r0 = m, r1 = b, t0 = BigInt(0), t1 = BigInt(1);
    while (!r1.is_zero()) {
      BigInt q, r;
      divmod_floor(r0, r1, q, r);
      BigInt t = sub(t0, mul(q, t1));
      r0 = std::move(r1);
      r1 = std::move(r);
      t0 = std::move(t1);
      t1 = std::move(t);
    }
    if (!(r0.m_mag.size() == 1 && r0.m_mag[0] == 1)) return PowModStatus::NotInvertible;
    b = *BigInt::mod(t0, m);
    e = e.neg();
  }
  BigInt result(1);
  size_t nbits = e.bit_length();
  for (size_t bit = nbits; bit-- > 0;) {
    result = *BigInt::mod(mul(result, result), m);
    if ((e.m_mag[bit / 32] >> (bit % 32)) & 1) result = *BigInt::mod(mul(result, b), m);
  }
  result = *BigInt::mod(result, m);  // exp == 0 leaves 1, reduce it for m == 1 handled above
  if (negative_output && !result.is_zero()) result = sub(result, m);
  out = std::move(result);
  return PowModStatus::Ok;
}

// ---- Bitwise --------------------------------------------------------------------------------

BigInt BigInt::bit_and(const BigInt& a, const BigInt& b) {
  if (!a.m_neg && !b.m_neg) {
    size_t n = std::min(a.m_mag.size(), b.m_mag.size());
    Limbs r(n);
    for (size_t i = 0; i < n; ++i) r[i] = a.m_mag[i] & b.m_mag[i];
    return from_magnitude(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt BigInt::bit_or(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt BigInt::bit_xor(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::invert() const {
  return sub(neg(), BigInt(1));
}

BigInt BigInt::lshift(const BigInt& a, uint64_t n) {
  return from_magnitude(shl_mag(a.m_mag, n), a.m_neg);
}

BigInt BigInt::rshift(const BigInt& a, uint64_t n) {
  if (!a.m_neg) return from_magnitude(shr_mag(a.m_mag, n), false);
  // Floor for negatives: -((|a| - 1) >> n) - 1.
  Limbs m1 = a.m_mag;
  sub_inplace(m1, Limbs{1});
  BigInt t = from_magnitude(shr_mag(m1, n), false);
  return add(t, BigInt(1)).neg();
}

// ---- Bytes ----------------------------------------------------------------------------------

bool BigInt::to_bytes(size_t length, bool little_endian, bool is_signed,
                      std::vector<uint8_t>& out) const {
  if (m_neg && !is_signed) return false;
  size_t bits = bit_length();
  if (!is_signed) {
    if (bits > length * 8) return false;
  } else if (!m_neg) {
    if (bits != 0 && bits + 1 > length * 8) return false;
  } else {
    // -2**(8L-1) is the most negative fitting value: its magnitude has 8L bits, a single 1.
    // CPython quirk kept for fidelity: (-1).to_bytes(0, ..., signed=True) == b''.
    bool is_pow2 = bit_count() == 1;
    bool minus_one = bits == 1;
    if (!(length == 0 && minus_one) && (bits > length * 8 || (bits == length * 8 && !is_pow2)))
      return false;
  }
  out.assign(length, 0);
  size_t nlimbs = length / 4 + 2;
  Limbs tw = to_twos(*this, std::max(nlimbs, m_mag.size() + 1));
  for (size_t i = 0; i < length; ++i) {
    uint8_t byte = static_cast<uint8_t>(tw[i / 4] >> (8 * (i % 4)));
    out[little_endian ? i : length - 1 - i] = byte;
  }
  return true;
}

BigInt BigInt::from_bytes(const uint8_t* data, size_t length, bool little_endian, bool is_signed) {
  Limbs mag(length / 4 + 1, 0);
  for (size_t i = 0; i < length; ++i) {
    uint8_t byte = data[little_endian ? i : length - 1 - i];
    mag[i / 4] |= Limb{byte} << (8 * (i % 4));
  }
  BigInt r = from_magnitude(std::move(mag), false);
  if (is_signed && length > 0) {
    uint8_t top = data[little_endian ? length - 1 : 0];
    if (top & 0x80) r = sub(r, lshift(BigInt(1), uint64_t{length} * 8));
  }
  return r;
}

// ---- Small-int helpers ----------------------------------------------------------------------

int64_t py_floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t py_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

int64_t hash_int64(int64_t v) {
  uint64_t mag = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(mag % kHashModulus);
  if (v < 0) h = -h;
  if (h == -1) h = -2;
  return h;
}

int64_t hash_double(double v) {
  // CPython _Py_HashDouble (Python/pyhash.c), reducing the mantissa 28 bits at a time.
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return 0;  // NaN: CPython 3.11 hashes by identity; the caller handles it
  }
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  constexpr int kBits = 61;
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kHashModulus) | x >> (kBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

}  // namespace krait
