// test_sha512.cpp — unit tests for stdlib/sha512.{h,cpp}: the FIPS 180-4 examples and lengths
// around the padding boundaries (111/112/127/128 bytes), digests from CPython's hashlib.
#include <doctest/doctest.h>

#include <string>

#include "stdlib/sha512.h"

using krait::sha512_hex;

TEST_CASE("sha512: known vectors") {
  CHECK(sha512_hex("") ==
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2"
        "877eec2f63b931bd47417a81a538327af927da3e");
  CHECK(sha512_hex("abc") ==
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23"
        "a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  CHECK(
      sha512_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                 "klmnopqrlmnopqrsmnopqrstnopqrstu") ==
      "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99de"
      "c4b5433ac7d329eeb6dd26545e96e55b874be909");
}

TEST_CASE("sha512: padding boundaries") {
  CHECK(sha512_hex(std::string(111, 'a')) ==
        "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828"
        "274461673c68d04e297b0eb7b2b4d60fc6b566a2");
  CHECK(sha512_hex(std::string(112, 'a')) ==
        "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d9"
        "70929b719ecbb152f58f130a407c8830604b70ca");
  CHECK(sha512_hex(std::string(127, 'a')) ==
        "828613968b501dc00a97e08c73b118aa8876c26b8aac93df128502ab360f91bab50a51e088769a5c1eff4782"
        "ace147dce3642554199876374291f5d921629502");
  CHECK(sha512_hex(std::string(128, 'a')) ==
        "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd5"
        "79f3e33abdfbe351909519a846d465c59582f321");
}

TEST_CASE("sha512: one million 'a', fed in uneven pieces") {
  const std::string expected =
      "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce5"
      "77c31beb009c5c2c49aa2e4eadb217ad8cc09b";
  CHECK(sha512_hex(std::string(1000000, 'a')) == expected);
  krait::Sha512 h;
  std::string piece(997, 'a');
  size_t fed = 0;
  while (fed + piece.size() <= 1000000) {
    h.update(piece);
    fed += piece.size();
  }
  h.update(std::string(1000000 - fed, 'a'));
  std::string hex;
  for (uint8_t b : h.digest()) {
    static const char kHex[] = "0123456789abcdef";
    hex += kHex[b >> 4];
    hex += kHex[b & 15];
  }
  CHECK(hex == expected);
}
