// MD5 (RFC 1321), SHA-1 and SHA-224/256 (FIPS 180-4): the digests hashlib offers beside
// SHA-384/512 (sha512.h). Plain C++, no VM. Each object can be copied to take a digest of what
// it has seen so far while it goes on.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace krait {

// The 64-byte-block Merkle-Damgard hashes with 32-bit words.
class Hash32 {
 public:
  enum class Kind { Md5, Sha1, Sha224, Sha256 };
  explicit Hash32(Kind kind);
  void update(std::string_view data);
  std::string digest() const;  // raw bytes; the object stays usable
  size_t digest_size() const;

 private:
  void compress(const uint8_t* block);
  Kind m_kind;
  std::array<uint32_t, 8> m_state{};
  std::array<uint8_t, 64> m_buffer{};
  size_t m_buffered = 0;
  uint64_t m_total = 0;
};

}  // namespace krait
