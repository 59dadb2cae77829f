// Unit tests of the str building blocks that need no VM: UTF-8 helpers, the string hash and
// the generated Unicode tables (checked against values CPython 3.11 gives).
#include <doctest/doctest.h>

#include <cstring>
#include <new>
#include <string>

#include "runtime/str.h"
#include "runtime/unicode_db.h"

using namespace krait;

TEST_CASE("utf8 counting and ASCII detection") {
  CHECK(utf8_count_codepoints("") == 0);
  CHECK(utf8_count_codepoints("hello world, long enough for words") == 34);
  CHECK(utf8_count_codepoints("h\xC3\xA9llo \xE2\x98\x83 \xF0\x9F\x90\x8D!") == 10);
  CHECK(utf8_is_ascii("plain ascii text of some length"));
  CHECK_FALSE(utf8_is_ascii("plain ascii text of some length\xC3\xA9"));
  CHECK_FALSE(utf8_is_ascii("\xC3\xA9"));
}

TEST_CASE("utf8 decode and append round trip") {
  for (uint32_t cp : {0x0u, 0x41u, 0x7Fu, 0x80u, 0xE9u, 0x7FFu, 0x800u, 0x2603u, 0xD800u, 0xFFFFu,
                      0x10000u, 0x1F40Du, 0x10FFFFu}) {
    std::string s;
    utf8_append(s, cp);
    size_t pos = 0;
    CHECK(utf8_decode(s, pos) == cp);
    CHECK(pos == s.size());
  }
}

TEST_CASE("byte offsets of code points") {
  std::string text = "a\xC3\xA9\xE2\x98\x83\xF0\x9F\x90\x8Dz";  // a é ☃ 🐍 z
  alignas(StrObject) unsigned char buf[sizeof(StrObject) + 32];
  auto* s = new (buf) StrObject(nullptr, text.size(), 5, false);
  std::memcpy(s->data(), text.data(), text.size());
  CHECK(str_byte_offset(s, 0) == 0);
  CHECK(str_byte_offset(s, 1) == 1);
  CHECK(str_byte_offset(s, 2) == 3);
  CHECK(str_byte_offset(s, 3) == 6);
  CHECK(str_byte_offset(s, 4) == 10);
  CHECK(str_byte_offset(s, 5) == 11);
  s->~StrObject();
}

TEST_CASE("hash_bytes is stable and never -1") {
  CHECK(hash_bytes("abc") == hash_bytes(std::string("ab") + "c"));
  CHECK(hash_bytes("abc") != hash_bytes("abd"));
  CHECK(hash_bytes("") != -1);
  CHECK(hash_bytes("key1") != hash_bytes("key2"));
}

TEST_CASE("unicode classification matches CPython") {
  using namespace krait::unicode;
  CHECK(has_flag('a', kAlpha));
  CHECK_FALSE(has_flag('1', kAlpha));
  CHECK(has_flag(0x0663, kDecimal));  // ARABIC-INDIC DIGIT THREE
  CHECK(decimal_value(0x0663) == 3);
  CHECK(has_flag(0x00BD, kNumeric));  // ½
  CHECK_FALSE(has_flag(0x00BD, kDigit));
  CHECK(has_flag(0x00B2, kDigit));  // ²
  CHECK(has_flag(0x3000, kSpace));
  CHECK(has_flag(0x1C, kSpace));
  CHECK_FALSE(has_flag(0x200B, kSpace));
  CHECK_FALSE(has_flag(0x200B, kPrintable));
  CHECK(has_flag(0x01C5, kTitle));  // ǅ
  CHECK(has_flag(0xE9, kXidStart));
  CHECK_FALSE(has_flag('1', kXidStart));
  CHECK(has_flag('1', kXidContinue));
}

TEST_CASE("unicode case mappings match CPython") {
  using namespace krait::unicode;
  uint32_t out[3];
  REQUIRE(to_upper_full(0xDF, out) == 2);  // ß -> SS
  CHECK(out[0] == 'S');
  CHECK(out[1] == 'S');
  REQUIRE(to_lower_full(0x130, out) == 2);  // İ -> i̇
  CHECK(out[0] == 'i');
  CHECK(out[1] == 0x307);
  REQUIRE(to_title_full(0x1C6, out) == 1);  // ǆ -> ǅ
  CHECK(out[0] == 0x1C5);
  REQUIRE(to_fold_full(0xDF, out) == 2);  // ß -> ss
  CHECK(out[0] == 's');
  REQUIRE(to_upper_full('a', out) == 1);
  CHECK(out[0] == 'A');
  REQUIRE(to_lower_full(0x410, out) == 1);  // Cyrillic А
  CHECK(out[0] == 0x430);
}
