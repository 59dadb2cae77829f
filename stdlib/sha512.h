// SHA-512 (FIPS 180-4), for random.seed(): version 2 seeds a str/bytes `a` with
// int.from_bytes(a + sha512(a).digest()), as CPython's Lib/random.py does. Plain C++, no VM.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace krait {

class Sha512 {
 public:
  static constexpr size_t kDigestSize = 64;
  using Digest = std::array<uint8_t, kDigestSize>;

  Sha512();
  // SHA-384: the same compression from another initial state, its digest the first 48 bytes.
  static Sha512 sha384();
  // Feeds more message bytes; may be called any number of times before digest().
  void update(const void* data, size_t size);
  void update(std::string_view data) { update(data.data(), data.size()); }
  // The digest of everything fed so far. The object must not be updated afterwards.
  Digest digest();

 private:
  void compress(const uint8_t* block);

  std::array<uint64_t, 8> m_state;
  std::array<uint8_t, 128> m_buffer{};
  size_t m_buffered = 0;
  uint64_t m_total = 0;  // message length in bytes (messages beyond 2**61 bytes are not a concern)
};

// One-shot helpers.
Sha512::Digest sha512(std::string_view data);
std::string sha512_hex(std::string_view data);

}  // namespace krait
