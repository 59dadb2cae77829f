// test_bigint.cpp — unit tests for runtime/bigint.{h,cpp}.
//
// Every expected value below was computed by CPython 3.11.7 (operands drawn from a seeded
// random generator, plus hand-picked edge cases) and pasted in; integers are written in hex
// so the tables stay independent of BigInt's own decimal conversion.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bigint.h"

using krait::BigInt;
using namespace std::string_literals;
using namespace std::string_view_literals;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

BigInt hex(const char* s) {
  auto v = BigInt::from_string(s, 16);
  REQUIRE(v.has_value());
  return *v;
}

std::string hex_of(const BigInt& v) {
  return v.to_string(16);
}

bool same_double(double a, double b) {
  return std::isnan(a) ? std::isnan(b) : (a == b && std::signbit(a) == std::signbit(b));
}

}  // namespace

TEST_CASE("BigInt: construction and int64 round trips") {
  CHECK(BigInt().is_zero());
  CHECK(BigInt(0).sign() == 0);
  CHECK(BigInt(-5).sign() == -1);
  CHECK(BigInt(5u).sign() == 1);
  CHECK(BigInt(INT64_MIN).to_string() == "-9223372036854775808");
  CHECK(BigInt(INT64_MAX).to_string() == "9223372036854775807");
  CHECK(BigInt(UINT64_MAX).to_string() == "18446744073709551615");
  int64_t out = 0;
  CHECK(BigInt(INT64_MIN).to_int64(out));
  CHECK(out == INT64_MIN);
  CHECK_FALSE(BigInt(UINT64_MAX).to_int64(out));
  CHECK_FALSE((BigInt(INT64_MIN) - 1).to_int64(out));
  CHECK((BigInt(INT64_MIN) - 1).to_string() == "-9223372036854775809");
  CHECK(BigInt(INT64_MAX) + 1 == hex("8000000000000000"));
  uint64_t u = 0;
  CHECK(BigInt(UINT64_MAX).to_uint64(u));
  CHECK(u == UINT64_MAX);
  CHECK_FALSE(BigInt(-1).to_uint64(u));
  CHECK(BigInt(-0) == BigInt(0));
  CHECK_FALSE(BigInt(0).is_negative());
  CHECK((BigInt(5) - 5).sign() == 0);
  CHECK_FALSE((BigInt(5) - 5).is_negative());
  CHECK(BigInt(3) < BigInt(4));
  CHECK(BigInt(-4) < BigInt(3));
  CHECK(BigInt(-4) < BigInt(-3));
  CHECK(hex("-10000000000000000") < BigInt(INT64_MIN));
  CHECK(BigInt(7).compare(7) == 0);
}

TEST_CASE("BigInt: from_string matches int(s, base)") {
  struct Row {
    std::string_view text;
    int base;
    const char* expected_hex;  // nullptr: ValueError
  };
  static const Row rows[] = {
      {"0"sv, 0, "0"},
      {"0"sv, 2, "0"},
      {"0"sv, 8, "0"},
      {"0"sv, 10, "0"},
      {"0"sv, 16, "0"},
      {"0"sv, 36, "0"},
      {"0"sv, 7, "0"},
      {"0"sv, 1, nullptr},
      {"0"sv, 37, nullptr},
      {"00"sv, 0, "0"},
      {"00"sv, 2, "0"},
      {"00"sv, 8, "0"},
      {"00"sv, 10, "0"},
      {"00"sv, 16, "0"},
      {"00"sv, 36, "0"},
      {"00"sv, 7, "0"},
      {"00"sv, 1, nullptr},
      {"00"sv, 37, nullptr},
      {"010"sv, 0, nullptr},
      {"010"sv, 2, "2"},
      {"010"sv, 8, "8"},
      {"010"sv, 10, "a"},
      {"010"sv, 16, "10"},
      {"010"sv, 36, "24"},
      {"010"sv, 7, "7"},
      {"010"sv, 1, nullptr},
      {"010"sv, 37, nullptr},
      {"0_0"sv, 0, "0"},
      {"0_0"sv, 2, "0"},
      {"0_0"sv, 8, "0"},
      {"0_0"sv, 10, "0"},
      {"0_0"sv, 16, "0"},
      {"0_0"sv, 36, "0"},
      {"0_0"sv, 7, "0"},
      {"0_0"sv, 1, nullptr},
      {"0_0"sv, 37, nullptr},
      {"0_7"sv, 0, nullptr},
      {"0_7"sv, 2, nullptr},
      {"0_7"sv, 8, "7"},
      {"0_7"sv, 10, "7"},
      {"0_7"sv, 16, "7"},
      {"0_7"sv, 36, "7"},
      {"0_7"sv, 7, nullptr},
      {"0_7"sv, 1, nullptr},
      {"0_7"sv, 37, nullptr},
      {"0x1f"sv, 0, "1f"},
      {"0x1f"sv, 2, nullptr},
      {"0x1f"sv, 8, nullptr},
      {"0x1f"sv, 10, nullptr},
      {"0x1f"sv, 16, "1f"},
      {"0x1f"sv, 36, "a743"},
      {"0x1f"sv, 7, nullptr},
      {"0x1f"sv, 1, nullptr},
      {"0x1f"sv, 37, nullptr},
      {"0X1F"sv, 0, "1f"},
      {"0X1F"sv, 2, nullptr},
      {"0X1F"sv, 8, nullptr},
      {"0X1F"sv, 10, nullptr},
      {"0X1F"sv, 16, "1f"},
      {"0X1F"sv, 36, "a743"},
      {"0X1F"sv, 7, nullptr},
      {"0X1F"sv, 1, nullptr},
      {"0X1F"sv, 37, nullptr},
      {"0o17"sv, 0, "f"},
      {"0o17"sv, 2, nullptr},
      {"0o17"sv, 8, "f"},
      {"0o17"sv, 10, nullptr},
      {"0o17"sv, 16, nullptr},
      {"0o17"sv, 36, "79ab"},
      {"0o17"sv, 7, nullptr},
      {"0o17"sv, 1, nullptr},
      {"0o17"sv, 37, nullptr},
      {"0O17"sv, 0, "f"},
      {"0O17"sv, 2, nullptr},
      {"0O17"sv, 8, "f"},
      {"0O17"sv, 10, nullptr},
      {"0O17"sv, 16, nullptr},
      {"0O17"sv, 36, "79ab"},
      {"0O17"sv, 7, nullptr},
      {"0O17"sv, 1, nullptr},
      {"0O17"sv, 37, nullptr},
      {"0b101"sv, 0, "5"},
      {"0b101"sv, 2, "5"},
      {"0b101"sv, 8, nullptr},
      {"0b101"sv, 10, nullptr},
      {"0b101"sv, 16, "b101"},
      {"0b101"sv, 36, "7d9d1"},
      {"0b101"sv, 7, nullptr},
      {"0b101"sv, 1, nullptr},
      {"0b101"sv, 37, nullptr},
      {"0B101"sv, 0, "5"},
      {"0B101"sv, 2, "5"},
      {"0B101"sv, 8, nullptr},
      {"0B101"sv, 10, nullptr},
      {"0B101"sv, 16, "b101"},
      {"0B101"sv, 36, "7d9d1"},
      {"0B101"sv, 7, nullptr},
      {"0B101"sv, 1, nullptr},
      {"0B101"sv, 37, nullptr},
      {"0x"sv, 0, nullptr},
      {"0x"sv, 2, nullptr},
      {"0x"sv, 8, nullptr},
      {"0x"sv, 10, nullptr},
      {"0x"sv, 16, nullptr},
      {"0x"sv, 36, "21"},
      {"0x"sv, 7, nullptr},
      {"0x"sv, 1, nullptr},
      {"0x"sv, 37, nullptr},
      {"0x_1f"sv, 0, "1f"},
      {"0x_1f"sv, 2, nullptr},
      {"0x_1f"sv, 8, nullptr},
      {"0x_1f"sv, 10, nullptr},
      {"0x_1f"sv, 16, "1f"},
      {"0x_1f"sv, 36, "a743"},
      {"0x_1f"sv, 7, nullptr},
      {"0x_1f"sv, 1, nullptr},
      {"0x_1f"sv, 37, nullptr},
      {"0x__1f"sv, 0, nullptr},
      {"0x__1f"sv, 2, nullptr},
      {"0x__1f"sv, 8, nullptr},
      {"0x__1f"sv, 10, nullptr},
      {"0x__1f"sv, 16, nullptr},
      {"0x__1f"sv, 36, nullptr},
      {"0x__1f"sv, 7, nullptr},
      {"0x__1f"sv, 1, nullptr},
      {"0x__1f"sv, 37, nullptr},
      {"0_x1f"sv, 0, nullptr},
      {"0_x1f"sv, 2, nullptr},
      {"0_x1f"sv, 8, nullptr},
      {"0_x1f"sv, 10, nullptr},
      {"0_x1f"sv, 16, nullptr},
      {"0_x1f"sv, 36, "a743"},
      {"0_x1f"sv, 7, nullptr},
      {"0_x1f"sv, 1, nullptr},
      {"0_x1f"sv, 37, nullptr},
      {"1_000"sv, 0, "3e8"},
      {"1_000"sv, 2, "8"},
      {"1_000"sv, 8, "200"},
      {"1_000"sv, 10, "3e8"},
      {"1_000"sv, 16, "1000"},
      {"1_000"sv, 36, "b640"},
      {"1_000"sv, 7, "157"},
      {"1_000"sv, 1, nullptr},
      {"1_000"sv, 37, nullptr},
      {"1__0"sv, 0, nullptr},
      {"1__0"sv, 2, nullptr},
      {"1__0"sv, 8, nullptr},
      {"1__0"sv, 10, nullptr},
      {"1__0"sv, 16, nullptr},
      {"1__0"sv, 36, nullptr},
      {"1__0"sv, 7, nullptr},
      {"1__0"sv, 1, nullptr},
      {"1__0"sv, 37, nullptr},
      {"_1"sv, 0, nullptr},
      {"_1"sv, 2, nullptr},
      {"_1"sv, 8, nullptr},
      {"_1"sv, 10, nullptr},
      {"_1"sv, 16, nullptr},
      {"_1"sv, 36, nullptr},
      {"_1"sv, 7, nullptr},
      {"_1"sv, 1, nullptr},
      {"_1"sv, 37, nullptr},
      {"1_"sv, 0, nullptr},
      {"1_"sv, 2, nullptr},
      {"1_"sv, 8, nullptr},
      {"1_"sv, 10, nullptr},
      {"1_"sv, 16, nullptr},
      {"1_"sv, 36, nullptr},
      {"1_"sv, 7, nullptr},
      {"1_"sv, 1, nullptr},
      {"1_"sv, 37, nullptr},
      {" 12 "sv, 0, "c"},
      {" 12 "sv, 2, nullptr},
      {" 12 "sv, 8, "a"},
      {" 12 "sv, 10, "c"},
      {" 12 "sv, 16, "12"},
      {" 12 "sv, 36, "26"},
      {" 12 "sv, 7, "9"},
      {" 12 "sv, 1, nullptr},
      {" 12 "sv, 37, nullptr},
      {"\011-12\012"sv, 0, "-c"},
      {"\011-12\012"sv, 2, nullptr},
      {"\011-12\012"sv, 8, "-a"},
      {"\011-12\012"sv, 10, "-c"},
      {"\011-12\012"sv, 16, "-12"},
      {"\011-12\012"sv, 36, "-26"},
      {"\011-12\012"sv, 7, "-9"},
      {"\011-12\012"sv, 1, nullptr},
      {"\011-12\012"sv, 37, nullptr},
      {"\014+7\013"sv, 0, "7"},
      {"\014+7\013"sv, 2, nullptr},
      {"\014+7\013"sv, 8, "7"},
      {"\014+7\013"sv, 10, "7"},
      {"\014+7\013"sv, 16, "7"},
      {"\014+7\013"sv, 36, "7"},
      {"\014+7\013"sv, 7, nullptr},
      {"\014+7\013"sv, 1, nullptr},
      {"\014+7\013"sv, 37, nullptr},
      {"-0"sv, 0, "0"},
      {"-0"sv, 2, "0"},
      {"-0"sv, 8, "0"},
      {"-0"sv, 10, "0"},
      {"-0"sv, 16, "0"},
      {"-0"sv, 36, "0"},
      {"-0"sv, 7, "0"},
      {"-0"sv, 1, nullptr},
      {"-0"sv, 37, nullptr},
      {"- 1"sv, 0, nullptr},
      {"- 1"sv, 2, nullptr},
      {"- 1"sv, 8, nullptr},
      {"- 1"sv, 10, nullptr},
      {"- 1"sv, 16, nullptr},
      {"- 1"sv, 36, nullptr},
      {"- 1"sv, 7, nullptr},
      {"- 1"sv, 1, nullptr},
      {"- 1"sv, 37, nullptr},
      {"1 2"sv, 0, nullptr},
      {"1 2"sv, 2, nullptr},
      {"1 2"sv, 8, nullptr},
      {"1 2"sv, 10, nullptr},
      {"1 2"sv, 16, nullptr},
      {"1 2"sv, 36, nullptr},
      {"1 2"sv, 7, nullptr},
      {"1 2"sv, 1, nullptr},
      {"1 2"sv, 37, nullptr},
      {""sv, 0, nullptr},
      {""sv, 2, nullptr},
      {""sv, 8, nullptr},
      {""sv, 10, nullptr},
      {""sv, 16, nullptr},
      {""sv, 36, nullptr},
      {""sv, 7, nullptr},
      {""sv, 1, nullptr},
      {""sv, 37, nullptr},
      {"-"sv, 0, nullptr},
      {"-"sv, 2, nullptr},
      {"-"sv, 8, nullptr},
      {"-"sv, 10, nullptr},
      {"-"sv, 16, nullptr},
      {"-"sv, 36, nullptr},
      {"-"sv, 7, nullptr},
      {"-"sv, 1, nullptr},
      {"-"sv, 37, nullptr},
      {"+"sv, 0, nullptr},
      {"+"sv, 2, nullptr},
      {"+"sv, 8, nullptr},
      {"+"sv, 10, nullptr},
      {"+"sv, 16, nullptr},
      {"+"sv, 36, nullptr},
      {"+"sv, 7, nullptr},
      {"+"sv, 1, nullptr},
      {"+"sv, 37, nullptr},
      {"z"sv, 0, nullptr},
      {"z"sv, 2, nullptr},
      {"z"sv, 8, nullptr},
      {"z"sv, 10, nullptr},
      {"z"sv, 16, nullptr},
      {"z"sv, 36, "23"},
      {"z"sv, 7, nullptr},
      {"z"sv, 1, nullptr},
      {"z"sv, 37, nullptr},
      {"Z"sv, 0, nullptr},
      {"Z"sv, 2, nullptr},
      {"Z"sv, 8, nullptr},
      {"Z"sv, 10, nullptr},
      {"Z"sv, 16, nullptr},
      {"Z"sv, 36, "23"},
      {"Z"sv, 7, nullptr},
      {"Z"sv, 1, nullptr},
      {"Z"sv, 37, nullptr},
      {"zz"sv, 0, nullptr},
      {"zz"sv, 2, nullptr},
      {"zz"sv, 8, nullptr},
      {"zz"sv, 10, nullptr},
      {"zz"sv, 16, nullptr},
      {"zz"sv, 36, "50f"},
      {"zz"sv, 7, nullptr},
      {"zz"sv, 1, nullptr},
      {"zz"sv, 37, nullptr},
      {"9"sv, 0, "9"},
      {"9"sv, 2, nullptr},
      {"9"sv, 8, nullptr},
      {"9"sv, 10, "9"},
      {"9"sv, 16, "9"},
      {"9"sv, 36, "9"},
      {"9"sv, 7, nullptr},
      {"9"sv, 1, nullptr},
      {"9"sv, 37, nullptr},
      {"0b"sv, 0, nullptr},
      {"0b"sv, 2, nullptr},
      {"0b"sv, 8, nullptr},
      {"0b"sv, 10, nullptr},
      {"0b"sv, 16, "b"},
      {"0b"sv, 36, "b"},
      {"0b"sv, 7, nullptr},
      {"0b"sv, 1, nullptr},
      {"0b"sv, 37, nullptr},
      {"0b2"sv, 0, nullptr},
      {"0b2"sv, 2, nullptr},
      {"0b2"sv, 8, nullptr},
      {"0b2"sv, 10, nullptr},
      {"0b2"sv, 16, "b2"},
      {"0b2"sv, 36, "18e"},
      {"0b2"sv, 7, nullptr},
      {"0b2"sv, 1, nullptr},
      {"0b2"sv, 37, nullptr},
      {"1e5"sv, 0, nullptr},
      {"1e5"sv, 2, nullptr},
      {"1e5"sv, 8, nullptr},
      {"1e5"sv, 10, nullptr},
      {"1e5"sv, 16, "1e5"},
      {"1e5"sv, 36, "70d"},
      {"1e5"sv, 7, nullptr},
      {"1e5"sv, 1, nullptr},
      {"1e5"sv, 37, nullptr},
      {"12.5"sv, 0, nullptr},
      {"12.5"sv, 2, nullptr},
      {"12.5"sv, 8, nullptr},
      {"12.5"sv, 10, nullptr},
      {"12.5"sv, 16, nullptr},
      {"12.5"sv, 36, nullptr},
      {"12.5"sv, 7, nullptr},
      {"12.5"sv, 1, nullptr},
      {"12.5"sv, 37, nullptr},
      {"ff"sv, 0, nullptr},
      {"ff"sv, 2, nullptr},
      {"ff"sv, 8, nullptr},
      {"ff"sv, 10, nullptr},
      {"ff"sv, 16, "ff"},
      {"ff"sv, 36, "22b"},
      {"ff"sv, 7, nullptr},
      {"ff"sv, 1, nullptr},
      {"ff"sv, 37, nullptr},
      {"FF"sv, 0, nullptr},
      {"FF"sv, 2, nullptr},
      {"FF"sv, 8, nullptr},
      {"FF"sv, 10, nullptr},
      {"FF"sv, 16, "ff"},
      {"FF"sv, 36, "22b"},
      {"FF"sv, 7, nullptr},
      {"FF"sv, 1, nullptr},
      {"FF"sv, 37, nullptr},
      {"0o8"sv, 0, nullptr},
      {"0o8"sv, 2, nullptr},
      {"0o8"sv, 8, nullptr},
      {"0o8"sv, 10, nullptr},
      {"0o8"sv, 16, nullptr},
      {"0o8"sv, 36, "368"},
      {"0o8"sv, 7, nullptr},
      {"0o8"sv, 1, nullptr},
      {"0o8"sv, 37, nullptr},
      {"+0x10"sv, 0, "10"},
      {"+0x10"sv, 2, nullptr},
      {"+0x10"sv, 8, nullptr},
      {"+0x10"sv, 10, nullptr},
      {"+0x10"sv, 16, "10"},
      {"+0x10"sv, 36, "a734"},
      {"+0x10"sv, 7, nullptr},
      {"+0x10"sv, 1, nullptr},
      {"+0x10"sv, 37, nullptr},
      {"-0b11"sv, 0, "-3"},
      {"-0b11"sv, 2, "-3"},
      {"-0b11"sv, 8, nullptr},
      {"-0b11"sv, 10, nullptr},
      {"-0b11"sv, 16, "-b11"},
      {"-0b11"sv, 36, "-37d5"},
      {"-0b11"sv, 7, nullptr},
      {"-0b11"sv, 1, nullptr},
      {"-0b11"sv, 37, nullptr},
      {"-0X_fF"sv, 0, "-ff"},
      {"-0X_fF"sv, 2, nullptr},
      {"-0X_fF"sv, 8, nullptr},
      {"-0X_fF"sv, 10, nullptr},
      {"-0X_fF"sv, 16, "-ff"},
      {"-0X_fF"sv, 36, "-a93b"},
      {"-0X_fF"sv, 7, nullptr},
      {"-0X_fF"sv, 1, nullptr},
      {"-0X_fF"sv, 37, nullptr},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 0,
       "ffffffffffffffffffffffffffffffffffffffff"},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 2, nullptr},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 8, nullptr},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 10, nullptr},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 16,
       "ffffffffffffffffffffffffffffffffffffffff"},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 36,
       "e85394e6c29c9d24b6207aee46ec4007cdb6db6db6db6db6db6db"},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 7, nullptr},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 1, nullptr},
      {"0xffffffffffffffffffffffffffffffffffffffff"sv, 37, nullptr},
      {" 0 "sv, 0, "0"},
      {" 0 "sv, 2, "0"},
      {" 0 "sv, 8, "0"},
      {" 0 "sv, 10, "0"},
      {" 0 "sv, 16, "0"},
      {" 0 "sv, 36, "0"},
      {" 0 "sv, 7, "0"},
      {" 0 "sv, 1, nullptr},
      {" 0 "sv, 37, nullptr},
      {"0_"sv, 0, nullptr},
      {"0_"sv, 2, nullptr},
      {"0_"sv, 8, nullptr},
      {"0_"sv, 10, nullptr},
      {"0_"sv, 16, nullptr},
      {"0_"sv, 36, nullptr},
      {"0_"sv, 7, nullptr},
      {"0_"sv, 1, nullptr},
      {"0_"sv, 37, nullptr},
      {"0x0"sv, 0, "0"},
      {"0x0"sv, 2, nullptr},
      {"0x0"sv, 8, nullptr},
      {"0x0"sv, 10, nullptr},
      {"0x0"sv, 16, "0"},
      {"0x0"sv, 36, "4a4"},
      {"0x0"sv, 7, nullptr},
      {"0x0"sv, 1, nullptr},
      {"0x0"sv, 37, nullptr},
      {"000"sv, 0, "0"},
      {"000"sv, 2, "0"},
      {"000"sv, 8, "0"},
      {"000"sv, 10, "0"},
      {"000"sv, 16, "0"},
      {"000"sv, 36, "0"},
      {"000"sv, 7, "0"},
      {"000"sv, 1, nullptr},
      {"000"sv, 37, nullptr},
      {"0\000"sv, 0, nullptr},
      {"0\000"sv, 2, nullptr},
      {"0\000"sv, 8, nullptr},
      {"0\000"sv, 10, nullptr},
      {"0\000"sv, 16, nullptr},
      {"0\000"sv, 36, nullptr},
      {"0\000"sv, 7, nullptr},
      {"0\000"sv, 1, nullptr},
      {"0\000"sv, 37, nullptr},
      {"1\000"sv, 0, nullptr},
      {"1\000"sv, 2, nullptr},
      {"1\000"sv, 8, nullptr},
      {"1\000"sv, 10, nullptr},
      {"1\000"sv, 16, nullptr},
      {"1\000"sv, 36, nullptr},
      {"1\000"sv, 7, nullptr},
      {"1\000"sv, 1, nullptr},
      {"1\000"sv, 37, nullptr},
      {"123456789012345678901234567890"sv, 0, "18ee90ff6c373e0ee4e3f0ad2"},
      {"123456789012345678901234567890"sv, 2, nullptr},
      {"123456789012345678901234567890"sv, 8, nullptr},
      {"123456789012345678901234567890"sv, 10, "18ee90ff6c373e0ee4e3f0ad2"},
      {"123456789012345678901234567890"sv, 16, "123456789012345678901234567890"},
      {"123456789012345678901234567890"sv, 36, "4067c6222153066bce89a06e9f281526211f84"},
      {"123456789012345678901234567890"sv, 7, nullptr},
      {"123456789012345678901234567890"sv, 1, nullptr},
      {"123456789012345678901234567890"sv, 37, nullptr},
      {"-99999999999999999999"sv, 0, "-56bc75e2d630fffff"},
      {"-99999999999999999999"sv, 2, nullptr},
      {"-99999999999999999999"sv, 8, nullptr},
      {"-99999999999999999999"sv, 10, "-56bc75e2d630fffff"},
      {"-99999999999999999999"sv, 16, "-99999999999999999999"},
      {"-99999999999999999999"sv, 36, "-2b62b2067f9a7d84d41d41d41d"},
      {"-99999999999999999999"sv, 7, nullptr},
      {"-99999999999999999999"sv, 1, nullptr},
      {"-99999999999999999999"sv, 37, nullptr},
      {"+_1"sv, 0, nullptr},
      {"+_1"sv, 2, nullptr},
      {"+_1"sv, 8, nullptr},
      {"+_1"sv, 10, nullptr},
      {"+_1"sv, 16, nullptr},
      {"+_1"sv, 36, nullptr},
      {"+_1"sv, 7, nullptr},
      {"+_1"sv, 1, nullptr},
      {"+_1"sv, 37, nullptr},
      {"0b_"sv, 0, nullptr},
      {"0b_"sv, 2, nullptr},
      {"0b_"sv, 8, nullptr},
      {"0b_"sv, 10, nullptr},
      {"0b_"sv, 16, nullptr},
      {"0b_"sv, 36, nullptr},
      {"0b_"sv, 7, nullptr},
      {"0b_"sv, 1, nullptr},
      {"0b_"sv, 37, nullptr},
      {"0o_7_7"sv, 0, "3f"},
      {"0o_7_7"sv, 2, nullptr},
      {"0o_7_7"sv, 8, "3f"},
      {"0o_7_7"sv, 10, nullptr},
      {"0o_7_7"sv, 16, nullptr},
      {"0o_7_7"sv, 36, "7a83"},
      {"0o_7_7"sv, 7, nullptr},
      {"0o_7_7"sv, 1, nullptr},
      {"0o_7_7"sv, 37, nullptr},
      {"08"sv, 0, nullptr},
      {"08"sv, 2, nullptr},
      {"08"sv, 8, nullptr},
      {"08"sv, 10, "8"},
      {"08"sv, 16, "8"},
      {"08"sv, 36, "8"},
      {"08"sv, 7, nullptr},
      {"08"sv, 1, nullptr},
      {"08"sv, 37, nullptr},
      {"0_8"sv, 0, nullptr},
      {"0_8"sv, 2, nullptr},
      {"0_8"sv, 8, nullptr},
      {"0_8"sv, 10, "8"},
      {"0_8"sv, 16, "8"},
      {"0_8"sv, 36, "8"},
      {"0_8"sv, 7, nullptr},
      {"0_8"sv, 1, nullptr},
      {"0_8"sv, 37, nullptr},
  };
  for (const auto& row : rows) {
    std::string text(row.text);
    CAPTURE(text);
    CAPTURE(row.base);
    auto v = BigInt::from_string(row.text, row.base);
    if (row.expected_hex == nullptr) {
      CHECK_FALSE(v.has_value());
    } else {
      REQUIRE(v.has_value());
      CHECK(hex_of(*v) == row.expected_hex);
    }
  }
}

TEST_CASE("BigInt: from_string digit limit (int_max_str_digits)") {
  std::string digits(4300, '7');
  BigInt::ParseError err;
  size_t count = 0;
  CHECK(BigInt::from_string(digits, 10, &err, 4300, &count).has_value());
  CHECK(err == BigInt::ParseError::None);
  digits += "7";
  CHECK_FALSE(BigInt::from_string(digits, 10, &err, 4300, &count).has_value());
  CHECK(err == BigInt::ParseError::TooManyDigits);
  CHECK(count == 4301);
  // Underscores do not count; powers of two are never limited.
  CHECK(BigInt::from_string("1_0", 10, &err, 1, &count) == std::nullopt);
  CHECK(count == 2);
  CHECK(BigInt::from_string(std::string(5000, 'f'), 16, &err, 4300).has_value());
  CHECK_FALSE(BigInt::from_string("12x", 10, &err, 4300).has_value());
  CHECK(err == BigInt::ParseError::Invalid);
  CHECK(BigInt(10).decimal_digits_upper() >= 2);
  CHECK(BigInt::pow(10, 4300).decimal_digits_upper() >= 4301);
  CHECK(BigInt::pow(10, 4300).decimal_digits_upper() <= 4302);
}

TEST_CASE("BigInt: arithmetic, floor division, bitwise ops, true division, gcd") {
  struct Row {
    const char *a, *b, *sum, *diff, *prod, *floordiv, *mod, *and_, *or_, *xor_;
    double truediv;
    bool truediv_overflow;
    const char* gcd;
  };
  static const Row rows[] = {
      {"-cb1522", "12", "-cb1510", "-cb1534", "-e477c64", "-b4849", "0", "12", "-cb1522", "-cb1534",
       -0x1.6909200000000p+19, false, "12"},
      {"bfb637dd5bae2d26", "-46", "bfb637dd5bae2ce0", "bfb637dd5bae2d6c", "-346bd3468711a05864",
       "-2bd1e0e2239586b", "-1c", "bfb637dd5bae2d22", "-42", "-bfb637dd5bae2d64",
       -0x1.5e8f07111cac3p+57, false, "e"},
      {"-5d", "-ffdfffffffffffff", "-ffe000000000005c", "ffdfffffffffffa2", "5cf45fffffffffffa3",
       "0", "-5d", "-ffdfffffffffffff", "-5d", "ffdfffffffffffa2", 0x1.742e85d0ba174p-58, false,
       "1"},
      {"-c9f2c9cd04674edea40000000", "9248b974bf416c30f1f0742a0e46c215",
       "9248b9682014cf60ab7b863fce46c215", "-9248b9815e6e0901386562144e46c215",
       "-7365d5ac3ae481ac0bcf87003d6ad730c3f2588e4c17088b740000000", "-1",
       "9248b9682014cf60ab7b863fce46c215", "9248b97020416020b180100000000000",
       "-8002c90c0060489c031b93deb", "-9248b978206df0e0b78499c031b93deb", -0x1.6169e3eed88aep-28,
       false, "1"},
      {"3ffffffffffffffffff7fffffffffffff", "167fd4c1e84d0c3f0b2e73ae0eee45145",
       "567fd4c1e84d0c3f0b2673ae0eee45144", "29802b3e17b2f3c0f4c98c51f111baeba",
       "59ff5307a13430fc2cae8ecddac4edcb09fa940440ab7c9e6aa98c51f111baebb", "2",
       "1300567c2f65e781e99b18a3e22375d75", "167fd4c1e84d0c3f0b2673ae0eee45145",
       "3ffffffffffffffffffffffffffffffff", "29802b3e17b2f3c0f4d98c51f111baeba",
       0x1.6c197d2e92d79p+1, false, "5"},
      {"7d", "0", "7d", "7d", "0", nullptr, nullptr, "0", "7d", "7d", 0.0, false, "7d"},
      {"-d", "20000000000001", "1ffffffffffff4", "-2000000000000e", "-1a000000000000d", "-1",
       "1ffffffffffff4", "20000000000001", "-d", "-2000000000000e", -0x1.9ffffffffffffp-50, false,
       "1"},
      {"-ffffffffffffffffffffffffffffffffffffffffffffffffff", "-4",
       "-100000000000000000000000000000000000000000000000003",
       "-fffffffffffffffffffffffffffffffffffffffffffffffffb",
       "3fffffffffffffffffffffffffffffffffffffffffffffffffc",
       "3fffffffffffffffffffffffffffffffffffffffffffffffff", "-3",
       "-100000000000000000000000000000000000000000000000000", "-3",
       "fffffffffffffffffffffffffffffffffffffffffffffffffd", 0x1.0000000000000p+198, false, "1"},
      {"a4", "-ffffffffffffffffffffffffffffffffffdfffffffffffffff",
       "-ffffffffffffffffffffffffffffffffffdfffffffffffff5b",
       "ffffffffffffffffffffffffffffffffffe0000000000000a3",
       "-a3ffffffffffffffffffffffffffffffffeb7fffffffffffff5c", "-1",
       "-ffffffffffffffffffffffffffffffffffdfffffffffffff5b", "0",
       "-ffffffffffffffffffffffffffffffffffdfffffffffffff5b",
       "-ffffffffffffffffffffffffffffffffffdfffffffffffff5b", -0x1.4800000000000p-193, false, "1"},
      {"-3fffffffffffffffffffffffffff7ffff", "1fffffffffffffff",
       "-3ffffffffffffffffdffffffffff80000", "-400000000000000001ffffffffff7fffe",
       "-7ffffffffffffffbfffffffffffeffffe000000000080001", "-200000000000000100", "7ff01", "80001",
       "-3ffffffffffffffffe000000000000001", "-3ffffffffffffffffe000000000080002",
       -0x1.0000000000000p+69, false, "1"},
      {"-4d079d313969a3bda4eef2cf6", "1ffffffff", "-4d079d313969a3bd84eef2cf7",
       "-4d079d313969a3bdc4eef2cf5", "-9a0f3a6225cbaa4a107441e11b110d30a", "-2683ce98aff6b92b3",
       "b1a54057", "1b110d30a", "-4d079d313969a3bda00000001", "-4d079d313969a3bdbb110d30b",
       -0x1.341e74c57fb5dp+65, false, "1"},
      {"-ed287fffffffff896bbfffffffffffffc4b5e", "3fffffffffffffdffffffffffffffffff",
       "-ed283fffffffff896bdfffffffffffffc4b5f", "-ed28bfffffffff896b9fffffffffffffc4b5d",
       "-3b4a1fffffffffc4b5e0000000000ed26a5af0000000000ed28800000000000003b4a2", "-3b4a2", "0",
       "7694400000000000003b4a2", "-ed28400000000000002000000000000000001",
       "-ed2840000000007694600000000000003b4a3", -0x1.da51000000000p+17, false,
       "3fffffffffffffdffffffffffffffffff"},
      {"4a37848b77", "74", "4a37848beb", "4a37848b03", "21a1280f31ec", "a3c9f85f", "6b", "74",
       "4a37848b77", "4a37848b03", 0x1.4793f0bfd846ap+31, false, "1"},
      {"e82ce7ffcad8f6bd6ceebb95517f1efe", "-102", "e82ce7ffcad8f6bd6ceebb95517f1dfc",
       "e82ce7ffcad8f6bd6ceebb95517f2000", "-e9fd41cfca6ea8aae7c8990c7c221d3bfc",
       "-e66027b06a04ece3a5a374abf98c07", "-10", "e82ce7ffcad8f6bd6ceebb95517f1efe", "-102",
       "-e82ce7ffcad8f6bd6ceebb95517f2000", -0x1.ccc04f60d409ep+119, false, "2"},
      {"de83bc134dccef77", "4", "de83bc134dccef7b", "de83bc134dccef73", "37a0ef04d3733bddc",
       "37a0ef04d3733bdd", "3", "4", "de83bc134dccef77", "de83bc134dccef73", 0x1.bd0778269b99ep+61,
       false, "1"},
      {"-ffffffffffffffff", "7fa69b704d6ebf52a1b227b5101f752bc3f108ac506adf2a1be6f3d77765b1f48",
       "7fa69b704d6ebf52a1b227b5101f752bc3f108ac506adf2a0be6f3d77765b1f49",
       "-7fa69b704d6ebf52a1b227b5101f752bc3f108ac506adf2a2be6f3d77765b1f47",
       "-7fa69b704d6ebf52220b8c44c2b0b5d9223ee0f7404b69fe57f5eb2b26fad2ca64190c28889a4e0b8", "-1",
       "7fa69b704d6ebf52a1b227b5101f752bc3f108ac506adf2a0be6f3d77765b1f49",
       "7fa69b704d6ebf52a1b227b5101f752bc3f108ac506adf2a10000000000000000", "-4190c28889a4e0b7",
       "-7fa69b704d6ebf52a1b227b5101f752bc3f108ac506adf2a14190c28889a4e0b7",
       -0x1.00b3465323249p-195, false, "1"},
      {"-c4802ce6c", "-124eac1d473bc8996", "-124eac1e0bbbf5802", "124eac1c82bb9bb2a",
       "e0d66527f2c0f1bf5cd6cbf48", "0", "-c4802ce6c", "-124eac1dc7bbed000", "-440008802",
       "124eac1d83bbe47fe", 0x1.577871aabe6e8p-29, false, "2"},
      {"ad39cea090dd7b1fe477bbd87", "-fe369f74e0", "ad39cea090dd7b10010dc48a7",
       "ad39cea090dd7b2fc7e1b3267", "-ac04511ae2b43e694fff62b82a9cf000220", "-ae7178fae3869b2",
       "-9ceb536639", "ad39cea090dd7b10041608900", "-30844059", "-ad39cea090dd7b10071e4c959",
       -0x1.5ce2f1f5c70d3p+59, false, "3"},
      {"-39e9e9bd233198bd9221c559ebe9c1997", "-f8e69a6777", "-39e9e9bd233198bd9221c5697a536810e",
       "-39e9e9bd233198bd9221c54a5d801b220", "384ec58558aa3872ca148db4a6909965ea877b1a631",
       "3b90c7fc2cc92f18c3e8a9e", "-b00cb81825", "-39e9e9bd233198bd9221c55fefe9e7ff7",
       "-98a6980117", "39e9e9bd233198bd9221c556658067ee0", 0x1.dc863fe166498p+89, false, "1"},
      {"-b6d43597d9e379e8", "740d54a37c79af857582b6309b5d57d975edd84717f356ed0f069472d53af6946",
       "740d54a37c79af857582b6309b5d57d975edd84717f356ed03995119579cbef5e",
       "-740d54a37c79af857582b6309b5d57d975edd84717f356ed1a73d7cc52d92e32e",
       "-52e1ad81eb0ac895f3bde67ee4b6b16b5889902098dfb3405ba395218adb8f9d5ca6868b26ecb7d70", "-1",
       "740d54a37c79af857582b6309b5d57d975edd84717f356ed03995119579cbef5e",
       "740d54a37c79af857582b6309b5d57d975edd84717f356ed040294228020c0000", "-6943092884010a2",
       "-740d54a37c79af857582b6309b5d57d975edd84717f356ed046bd72ba8a4c10a2",
       -0x1.934db36fdc27cp-196, false, "2"},
      {"ffffffffffffffffffffffff", "-1c233b6bbb5299ce", "ffffffffe3dcc49444ad6631",
       "1000000001c233b6bbb5299cd", "-1c233b6bbb5299cdffffffffe3dcc49444ad6632", "-9191f92e0",
       "-3f5975cc1f01041", "ffffffffe3dcc49444ad6632", "-1", "-ffffffffe3dcc49444ad6633",
       -0x1.2323f25bfb7f4p+35, false, "7"},
      {"-1a63c69499824770", "-2", "-1a63c69499824772", "-1a63c6949982476e", "34c78d2933048ee0",
       "d31e34a4cc123b8", "0", "-1a63c69499824770", "-2", "1a63c6949982476e", 0x1.a63c694998247p+59,
       false, "2"},
      {"2c5e806715c27b66fcebe3b51572ecf1984464127bbcce4255f97008c5875d16b76e8a",
       "9ff99c8894d3c0254ecf910bcd7d56afcec0cfbf8fad0fde2efd3b688022c66a6",
       "2c5e8a66af8b04b438ee38a20e83a9c96daf60fe88b8c73d26f752f8993de518e3d530",
       "2c5e76677bf9f219c0e98ec81c623019c2d967266ec0d54784fb8d18f1d0d5148b07e4",
       "1bb9f4cc2d065241d5f0d73c1faea0768072c55737f85742f1f071b9a19e8e9e731032aef4a707ea3914b120bd0"
       "cd47f3c5b886007ef7247fde77f7cdf9091de4b4a97c",
       "47007", "0", "6711c009443c0240a41110acd19040640008b8c84250f96008c1860802246682",
       "2c5e89ff9dcafb6ffcebf7fdfd72fcf7dd6efcfe7ffffefad5fdf2efd7b7dd16bf6eae",
       "2c5e89988c0af22bc0e9b759ec6250264d2e98fe774736b8850492e71631d5149b082c",
       0x1.1c01c00000000p+18, false,
       "9ff99c8894d3c0254ecf910bcd7d56afcec0cfbf8fad0fde2efd3b688022c66a6"},
      {"7fffffffffffffff", "-58", "7fffffffffffffa7", "8000000000000057", "-2bffffffffffffffa8",
       "-1745d1745d1745e", "-51", "7fffffffffffffa8", "-1", "-7fffffffffffffa9",
       -0x1.745d1745d1746p+56, false, "1"},
      {"-b0", "-b3", "-163", "3", "7b10", "0", "-b0", "-c0", "-a3", "1d", 0x1.f76b4337c6cb1p-1,
       false, "1"},
      {"e599ea5086", "-fffffffffffffffffffffffffffffffffffffffffffff7ffff",
       "-ffffffffffffffffffffffffffffffffffffffff1a660daf79",
       "10000000000000000000000000000000000000000e599e25085",
       "-e599ea5085fffffffffffffffffffffffffffffffffff8d32fc7e1e5af7a", "-1",
       "-ffffffffffffffffffffffffffffffffffffffff1a660daf79", "80000",
       "-ffffffffffffffffffffffffffffffffffffffff1a6615af79",
       "-ffffffffffffffffffffffffffffffffffffffff1a661daf79", -0x1.cb33d4a10c000p-161, false, "1"},
      {"-2701cfb24817fa0eaa33333ad864a39fa", "-a6594b97fe3ba46e",
       "-2701cfb24817fa0eb498c7f458485de68", "-2701cfb24817fa0e9fcd9e815880e958c",
       "1958c7d380623c4eab5105f3e0bad028a3a0567aea9a7116c", "3c0783a2f804813e6",
       "-88bb921170905526", "-2701cfb24817fa0eaa77b7bbffe7bbdfe", "-a2110385860a206a",
       "2701cfb24817fa0ea056a783a78719d94", 0x1.e03c1d17c0241p+65, false, "2"},
      {"a8e0082af13569c8", "-ffffffffffffffffffffffffffffffffffffffffffffffffff",
       "-ffffffffffffffffffffffffffffffffff571ff7d50eca9637",
       "10000000000000000000000000000000000a8e0082af13569c7",
       "-a8e0082af13569c7ffffffffffffffffffffffffffffffffff571ff7d50eca9638", "-1",
       "-ffffffffffffffffffffffffffffffffff571ff7d50eca9637", "0",
       "-ffffffffffffffffffffffffffffffffff571ff7d50eca9637",
       "-ffffffffffffffffffffffffffffffffff571ff7d50eca9637", -0x1.51c01055e26adp-137, false, "3"},
      {"-100000000", "-a", "-10000000a", "-fffffff6", "a00000000", "19999999", "-6", "-100000000",
       "-a", "fffffff6", 0x1.999999999999ap+28, false, "2"},
      {"2c1748ad22881ac0", "-2e", "2c1748ad22881a92", "2c1748ad22881aee", "-7ec2f0f1c3474ce80",
       "-f560304919383c", "-8", "2c1748ad22881ac0", "-2e", "-2c1748ad22881aee",
       -0x1.eac0609232707p+55, false, "2"},
      {"2000000000000000", "128", "2000000000000128", "1ffffffffffffed8", "250000000000000000",
       "1bacf914c1bacf", "a8", "0", "2000000000000128", "2000000000000128", 0x1.bacf914c1bad0p+52,
       false, "8"},
      {"-3b56bbca422086a9467a88a6e0f6405b", "-1ffffffff", "-3b56bbca422086a9467a88a8e0f6405a",
       "-3b56bbca422086a9467a88a4e0f6405c", "76ad779448ea51884ad48aa47b71f80f1f09bfa5",
       "1dab5de52fe5f2473b303d77", "-1c267dd2", "-3b56bbca422086a9467a88a7ffffffff", "-e0f6405b",
       "3b56bbca422086a9467a88a71f09bfa4", 0x1.dab5de52fe5f2p+92, false, "1"},
      {"883c9922a97076d1", "-57", "883c9922a970767a", "883c9922a9707728", "-2e4c980ac795386107",
       "-190e16471c37fe5", "-2", "883c9922a9707681", "-7", "-883c9922a9707688",
       -0x1.90e16471c37fep+56, false, "1"},
      {"-5bf337e560f91e8360bf9", "130c7829986937eed", "-5bf324d8e8cf861a28d0c",
       "-5bf34af1d922b6ec98ae6", "-6d787b597d8b62ba308c5da9b757cc9e8a385", "-4d3bd", "0",
       "81800806817405", "-5bf324e100d0068240111", "-5bf324e918d086ea57516", -0x1.34ef400000000p+18,
       false, "130c7829986937eed"},
      {"-781e63c3ee", "-32f7c427dda0de07bff4e214a88857af", "-32f7c427dda0de07bff4e28cc6ec1b9d",
       "32f7c427dda0de07bff4e19c8a2493c1", "17ea30d87f878e5dbe54f63a4cd7862c9cf438d1b2", "0",
       "-781e63c3ee", "-32f7c427dda0de07bff4e27cbeebd7f0", "-10080043ad",
       "32f7c427dda0de07bff4e26cb6eb9443", 0x1.2daa26bf22fdbp-87, false, "1"},
      {"-cf", "-b", "-da", "-c4", "8e5", "12", "-9", "-cf", "-b", "c4", 0x1.2d1745d1745d1p+4, false,
       "1"},
      {"ffffffffffffffffffffffff",
       "df799cff587803cff6438065b205a68b3ec6dd11b0a10816dc13927b92796d7e4",
       "df799cff587803cff6438065b205a68b3ec6dd11c0a10816dc13927b92796d7e3",
       "-df799cff587803cff6438065b205a68b3ec6dd11a0a10816dc13927b92796d7e5",
       "df799cff587803cff6438064d28c098be64ed941ba5d87b12a0debf053b2906c8f5ef7e923ec6d846d869281c",
       "0", "ffffffffffffffffffffffff", "a10816dc13927b92796d7e4",
       "df799cff587803cff6438065b205a68b3ec6dd11bffffffffffffffffffffffff",
       "df799cff587803cff6438065b205a68b3ec6dd11bf5ef7e923ec6d846d869281b", 0x1.2542393aa56bbp-164,
       false, "1"},
      {"fffffffffffffffffffffffffffffffffffffffffffff7ffff", "126",
       "fffffffffffffffffffffffffffffffffffffffffffff80125",
       "fffffffffffffffffffffffffffffffffffffffffffff7fed9",
       "125fffffffffffffffffffffffffffffffffffffffffff6cffeda",
       "dee95c4ca037ba5713280dee95c4ca037ba5713280dee265", "1", "126",
       "fffffffffffffffffffffffffffffffffffffffffffff7ffff",
       "fffffffffffffffffffffffffffffffffffffffffffff7fed9", 0x1.bdd2b899406f7p+191, false, "1"},
      {"8d", "-e98890f781aa54f8595cff3e4ff69b777af046bc2f7a4e1b13c01665d3f6d7e07",
       "-e98890f781aa54f8595cff3e4ff69b777af046bc2f7a4e1b13c01665d3f6d7d7a",
       "e98890f781aa54f8595cff3e4ff69b777af046bc2f7a4e1b13c01665d3f6d7e94",
       "-80a037d8526ad0ccc9383895520ad3a0ceb656f5a6265d04e9e0cc5615bef4e69db", "-1",
       "-e98890f781aa54f8595cff3e4ff69b777af046bc2f7a4e1b13c01665d3f6d7d7a", "89",
       "-e98890f781aa54f8595cff3e4ff69b777af046bc2f7a4e1b13c01665d3f6d7e03",
       "-e98890f781aa54f8595cff3e4ff69b777af046bc2f7a4e1b13c01665d3f6d7e8c",
       -0x1.35210fcd9b5dap-253, false, "1"},
      {"fa", "-4b", "af", "145", "-493e", "-4", "-32", "b0", "-1", "-b1", -0x1.aaaaaaaaaaaabp+1,
       false, "19"},
      {"-1b872f891dc24c44", "12193e7ebdd8ba423e423034fec0cb761",
       "12193e7ebdd8ba423c89bd3c6ce4a6b1d", "-12193e7ebdd8ba423ffaa32d909cf03a5",
       "-1f23843a6f248379d7d4c3be73405f532636dfa06e5381c4", "-1",
       "12193e7ebdd8ba423c89bd3c6ce4a6b1d", "12193e7ebdd8ba423e4200046e00cb320",
       "-1b842c8011c24803", "-12193e7ebdd8ba423ffa42cc6f1cefb23", -0x1.85608ef1bc72bp-68, false,
       "1"},
      {"-62", "2531bbbfe52816a9392ce53cc0956a3f5", "2531bbbfe52816a9392ce53cc0956a393",
       "-2531bbbfe52816a9392ce53cc0956a457", "-e3d09df75b958acc7e32fc141b932ac3ca", "-1",
       "2531bbbfe52816a9392ce53cc0956a393", "2531bbbfe52816a9392ce53cc0956a394", "-1",
       "-2531bbbfe52816a9392ce53cc0956a395", -0x1.514198eb4f09bp-123, false, "1"},
      {"35c0be31b0767eb687d1cbee97723d7b7bb441a336a2019be89795ce00c632f76", "-c",
       "35c0be31b0767eb687d1cbee97723d7b7bb441a336a2019be89795ce00c632f6a",
       "35c0be31b0767eb687d1cbee97723d7b7bb441a336a2019be89795ce00c632f82",
       "-28508ea54458df08e5dd58f2f195ae1c9cc7313a68f98134ee71b05a8094a63988",
       "-47aba842409dfe48b517ba93749851f9fa45acd99e2d577a8b74c7bd565d994a", "-2",
       "35c0be31b0767eb687d1cbee97723d7b7bb441a336a2019be89795ce00c632f74", "-a",
       "-35c0be31b0767eb687d1cbee97723d7b7bb441a336a2019be89795ce00c632f7e",
       -0x1.1eaea10902780p+254, false, "2"},
      {"157bbdf342829acb5ffb10dd281d63a4a", "-e36eebe8849a255f",
       "157bbdf342829acb51c4221e9fd3c14eb", "157bbdf342829acb6e31ff9bb06705fa9",
       "-131608666d23936791f4d7845847a04d350badfdf5d705376", "-182e8936d4593b460",
       "-7f380da4aacb9556", "157bbdf342829acb51c91041201441a00", "-4ee22804080515",
       "-157bbdf342829acb51cdfe63a054c1f15", -0x1.82e8936d4593bp+64, false, "1"},
      {"1d032fffffffffffe2fcd", "-ffffffffffffffff", "1d031fffffffffffe2fce",
       "1d033fffffffffffe2fcc", "-1d032fffffffffffc5f9a000000000001d033", "-1d033", "0",
       "1d0320000000000000001", "-1d033", "-1d032000000000001d034", -0x1.d033000000000p+16, false,
       "ffffffffffffffff"},
      {"-2b2c09f1bd4ad1183cab047dd199e382d", "-2a3cafa120d55e982f249a4e1",
       "-2b2c09f1e78780b95d80631600be7dd0e", "-2b2c09f1930e21771bd5a5e5a2754934c",
       "71f759244bea21b802b1f000f4bab61ba1fa56d0686a728cf6ee1338d", "105aab960",
       "-24242ccfc22bf1baa236fcacd", "-2b2c09f1bf7effb93cff5efdffbdfbced",
       "-2808810020810418010082021", "2b2c09f197767eb91c7e5ae5febd79ccc", 0x1.05aab960db0dbp+32,
       false, "5"},
      {"-95", "1ffffffff", "1ffffff6a", "-200000094", "-129ffffff6b", "-1", "1ffffff6a",
       "1ffffff6b", "-1", "-1ffffff6c", -0x1.2a00000095000p-26, false, "1"},
      {"-cf", "f48e48c309e7b81af525f18d6", "f48e48c309e7b81af525f1807",
       "-f48e48c309e7b81af525f19a5", "-c5bf0cd5b5025dddcc39ae5150a", "-1",
       "f48e48c309e7b81af525f1807", "f48e48c309e7b81af525f1810", "-9", "-f48e48c309e7b81af525f1819",
       -0x1.b15f9d279ea97p-93, false, "3"},
      {"-fffffffffffffffffffffbffffffffffffffffffffffffffff", "dc3b4c9160",
       "-fffffffffffffffffffffbffffffffffffffffff23c4b36e9f",
       "-fffffffffffffffffffffc000000000000000000dc3b4c915f",
       "-dc3b4c915ffffffffffffc8f12cdba7fffffffffffffffffff23c4b36ea0",
       "-12993dcff0d1cab3ec79b75afda5462e8328fff11", "db29844761", "0",
       "-fffffffffffffffffffffbffffffffffffffffff23c4b36e9f",
       "-fffffffffffffffffffffbffffffffffffffffff23c4b36e9f", -0x1.2993dcff0d1cbp+160, false, "1"},
      {"3c", "9", "45", "33", "21c", "6", "6", "8", "3d", "35", 0x1.aaaaaaaaaaaabp+2, false, "3"},
      {"43cd699068", "576ceea877ff948a", "576ceeec456924f2", "-576cee64aa960422",
       "1727a8be32fd9479d4f1fbf810", "0", "43cd699068", "45699008", "576ceeebffff94ea",
       "576ceeebba9604e2", 0x1.8d14305943b91p-25, false, "2"},
      {"-89a3694ff0db5b30992979e4c09ab2aff64e694044d67e2c1cfb37cb2238be8d0",
       "-6fb38693e81a396d96682835d3bc85f",
       "-89a3694ff0db5b30992979e4c09ab2aff6be1cc6d8be98658a919ff3580c7b12f",
       "-89a3694ff0db5b30992979e4c09ab2aff5deb5b9b0ee63f2af64cfa2ec6502071",
       "3c0e60475b1407ce675e8539de3ffcd5c40f74f38902d1ca5a0dcb02f0b6f98e8b187f764521840710b03922b6b"
       "de530",
       "13b7178435b757f53044577c9dfce3cf9bc", "-191e4b2facd5e8f411ac78a1d7c5c0c",
       "-89a3694ff0db5b30992979e4c09ab2aff66ffbc6d7fe7e3d7dff7feb37fbbe8e0",
       "-4e210000c01a280c9220082010bc84f",
       "89a3694ff0db5b30992979e4c09ab2aff621dac6d73e6415716d5fe317eb02091", 0x1.3b7178435b758p+136,
       false, "1"},
      {"-a9", "-de435054b9a6b783", "-de435054b9a6b82c", "de435054b9a6b6da", "92ba7007ee8f0f257b",
       "0", "-a9", "-de435054b9a6b7ab", "-81", "de435054b9a6b72a", 0x1.854dfe2f93d58p-57, false,
       "1"},
      {"-119cdcf883b34ff72101f940c84f924886d60edd31a6f7ddc7e3875ae378512c0",
       "ffffffffffffffffffffffffffffffffffffff7fffffffffff",
       "-119cdcf883b34fe72101f940c84f924886d60edd31a6f7ddc7e38f5ae378512c1",
       "-119cdcf883b350072101f940c84f924886d60edd31a6f7ddc7e37f5ae378512bf",
       "-119cdcf883b34ff72101f940c84f924886d60ed463387b9bee29eeed69f7fd77e115d9c3543041d4e3fd3b0d31"
       "0aab96660f8678a51c87aed40",
       "-119cdcf883b3500", "8defe06bf37b06db77929f119ffea8be05e62dbc82403fb840",
       "8defe06bf37b06db77929f122ce590822381c70a51c87aed40",
       "-119cdcf883b34ff00000000000000000000000000000000000000000000000001",
       "-119cdcf883b34ff8defe06bf37b06db77929f122ce590822381c70a51c87aed41", -0x1.19cdcf883b350p+56,
       false, "1"},
      {"-be8aa482ab038f7d406073379fa3df04983f5f1f9b0682b327a1f87581ee8b324", "2d",
       "-be8aa482ab038f7d406073379fa3df04983f5f1f9b0682b327a1f87581ee8b2f7",
       "-be8aa482ab038f7d406073379fa3df04983f5f1f9b0682b327a1f87581ee8b351",
       "-217e5eeaf80fa0390450f440c70fce33cec323b88e4024f97df778aca7d6ee77d54",
       "-43bf8472b9f5e35fbbde06d53312716db8fa1671a33583cdebf552a6ef9ec568", "24", "c",
       "-be8aa482ab038f7d406073379fa3df04983f5f1f9b0682b327a1f87581ee8b303",
       "-be8aa482ab038f7d406073379fa3df04983f5f1f9b0682b327a1f87581ee8b30f",
       -0x1.0efe11cae7d79p+254, false, "9"},
      {"11bc398", "-41", "11bc357", "11bc3d9", "-480ca998", "-45d98", "0", "11bc398", "-41",
       "-11bc3d9", -0x1.1766000000000p+18, false, "41"},
      {"b1230b4115", "-9", "b1230b410c", "b1230b411e", "-63a3b6549bd", "-13ae8f7903", "-6",
       "b1230b4115", "-9", "-b1230b411e", -0x1.3ae8f79025555p+36, false, "3"},
      {"c8", "7fffffffffffffffffffffff", "8000000000000000000000c7", "-7fffffffffffffffffffff37",
       "63ffffffffffffffffffffff38", "0", "c8", "c8", "7fffffffffffffffffffffff",
       "7fffffffffffffffffffff37", 0x1.9000000000000p-88, false, "1"},
      {"-92", "-7ac3051fbff7c4497af520e8f52c34759ef3ca942030eb229f30fed70dc564b2c",
       "-7ac3051fbff7c4497af520e8f52c34759ef3ca942030eb229f30fed70dc564bbe",
       "7ac3051fbff7c4497af520e8f52c34759ef3ca942030eb229f30fed70dc564a9a",
       "460338ec1b7b4df1e81fccc4dbd335eb14a709887a5be619bec9f156a5da936df18", "0", "-92",
       "-7ac3051fbff7c4497af520e8f52c34759ef3ca942030eb229f30fed70dc564bbc", "-2",
       "7ac3051fbff7c4497af520e8f52c34759ef3ca942030eb229f30fed70dc564bba", 0x1.3075a44b1d6cbp-252,
       false, "2"},
      {"-7cc54335a92c8d56", "-be", "-7cc54335a92c8e14", "-7cc54335a92c8c98", "5c9a67e1d38f10e5d4",
       "a81ca6023cddb6", "-42", "-7cc54335a92c8dfe", "-16", "7cc54335a92c8de8",
       0x1.50394c0479bb7p+55, false, "2"},
      {"-a7d60b3456c77e65aa790d73b", "-9a", "-a7d60b3456c77e65aa790d7d5",
       "-a7d60b3456c77e65aa790d6a1", "64f6c2bd7c340209288cd21797e", "1170012a025dde9632f54ddd",
       "-49", "-a7d60b3456c77e65aa790d7bc", "-19", "a7d60b3456c77e65aa790d7a3",
       0x1.170012a025ddfp+92, false, "1"},
      {"1ffffffff", "31f322dcf2cc40fcb55027fc5687746bd", "31f322dcf2cc40fcb55027fc7687746bc",
       "-31f322dcf2cc40fcb55027fc3687746be", "63e645b9b3a55f1c77d40efbf7bec0db49788b943", "0",
       "1ffffffff", "1687746bd", "31f322dcf2cc40fcb55027fc5ffffffff",
       "31f322dcf2cc40fcb55027fc49788b942", 0x1.4802781747c42p-97, false, "7"},
      {"-ffffffffffffffff", "-489592131626fb863a42da606", "-489592132626fb863a42da605",
       "489592130626fb863a42da607", "489592131626fb85f1ad484d49d90479c5bd259fa", "0",
       "-ffffffffffffffff", "-4895921320000000000000000", "-626fb863a42da605",
       "4895921319d90479c5bd259fb", 0x1.c3729ee54be97p-35, false, "f"},
      {"118", "-6", "112", "11e", "-690", "-2f", "-2", "118", "-6", "-11e", -0x1.7555555555555p+5,
       false, "2"},
      {"6c", "-61", "b", "cd", "-28ec", "-2", "-56", "c", "-1", "-d", -0x1.1d07eae2f8152p+0, false,
       "1"},
      {"-3fe834fbae5e18c84a13db60eacf601c1", "-3713341e86837444dfb515557",
       "-3fe834fbe5714ce6d0974fa5ca8475718", "-3fe834fb774ae4a9c390671c0b1a4ac6a",
       "dbfaea0cab1d9cdae6f6dc45e4318052f3a8aaa776e9277063f40ad97", "1290d9be8",
       "-14cd0b1bfc84579156829fde9", "-3fe834fbbf5f3cdece93ff64ffff755d7",
       "-2612100802035040ca8500141", "3fe834fb994d2cd6cc90af24357a75496", 0x1.290d9be860afep+32,
       false, "3"},
      {"4a67b44", "10a", "4a67c4e", "4a67a3a", "4d4fc14a8", "479ba", "0", "100", "4a67b4e",
       "4a67a4e", 0x1.1e6e800000000p+18, false, "10a"},
      {"c40be51de4c64d8968da9f79e", "-121", "c40be51de4c64d8968da9f67d",
       "c40be51de4c64d8968da9f8bf", "-dd516da6bf43dd881f5ece0895e", "-ada918e7fd24962d8a0eb99",
       "-1b", "c40be51de4c64d8968da9f69e", "-21", "-c40be51de4c64d8968da9f6bf",
       -0x1.5b5231cffa493p+91, false, "1"},
      {"-56e5242b7057e7e6526006a29", "d2d219938bbdad02", "-56e5242b632ac64d19a42bd27",
       "-56e5242b7d85097f8b1be172b", "-478f4851c35513ca13ef4e96056f395f637038952", "-698451c78",
       "8df8f8f1eb5ee6c7", "d280019289bd8502", "-56e5242b7052c666424004229",
       "-56e5242b7d7ac67f6adbdc72b", -0x1.a611471dd4e69p+34, false, "1"},
      {"-ffffffffffffffff", "-11c64784a6213866b", "-21c64784a6213866a", "1c64784a6213866c",
       "11c64784a62138669e39b87b59dec7995", "0", "-ffffffffffffffff", "-1ffffffffffffffff",
       "-1c64784a6213866b", "1e39b87b59dec7994", 0x1.cce25cdbada9fp-1, false, "3"},
      {"cd", "-f", "be", "dc", "-c03", "-e", "-5", "c1", "-3", "-c4", -0x1.b555555555555p+3, false,
       "5"},
      {"-ffffffffffffffff", "7fffffffffffffffffffffff", "7fffffff0000000000000000",
       "-80000000fffffffffffffffe", "-7fffffffffffffff7fffffff0000000000000001", "-1",
       "7fffffff0000000000000000", "7fffffff0000000000000001", "-1", "-7fffffff0000000000000002",
       -0x1.0000000000000p-31, false, "1"},
      {"0", "1ffffffff", "1ffffffff", "-1ffffffff", "0", "0", "0", "0", "1ffffffff", "1ffffffff",
       0x0.0p+0, false, "1ffffffff"},
      {"c9dcb68c2a", "-ffffffdfffffffff", "-ffffff16234973d5", "1000000a9dcb68c29",
       "-c9dcb672ee692e79f6234973d6", "-1", "-ffffff16234973d5", "0", "-ffffff16234973d5",
       "-ffffff16234973d5", -0x1.93b96d4acb2dbp-25, false, "1"},
      {"-69c8e2956c5cf91a", "74923d4fd319fdc013a51f89627cd19b32fcb34d90776670f5601e99de67eb2da",
       "74923d4fd319fdc013a51f89627cd19b32fcb34d90776670eec3907087a21b9c0",
       "-74923d4fd319fdc013a51f89627cd19b32fcb34d90776670fbfcacc3352dbabf4",
       "-302b7492c888c50ea07e07e7237118a7d2385f56de0ed8cafbb56987f7450822f505b2518e32c3424", "-1",
       "74923d4fd319fdc013a51f89627cd19b32fcb34d90776670eec3907087a21b9c0",
       "74923d4fd319fdc013a51f89627cd19b32fcb34d90776670f16010908822202c2", "-29c8020008004902",
       "-74923d4fd319fdc013a51f89627cd19b32fcb34d90776670f3fc90b088a224bc4",
       -0x1.d09fadf45501cp-197, false, "a"},
      {"-703ffdde61c76b62aa4779a950538d4fa3d858ce4a2df79ea4e11fb9415452e20", "-16b730c331637292b",
       "-703ffdde61c76b62aa4779a950538d4fa3d858ce4a2df79ebb98507c72b7c574b",
       "-703ffdde61c76b62aa4779a950538d4fa3d858ce4a2df79e8e29eef60ff0e04f5",
       "9f5d2f12c5ef615aba1f4357eb6d4c0f1024400e43f926121914e521fdd2b085258462d7b4fe1df60",
       "4f108b671c0bd16f3758a6f4b2f1d9a125052dfe516e65e4f", "-1014d7a184a7fafdb",
       "-703ffdde61c76b62aa4779a950538d4fa3d858ce4a2df79eb6f73ffb717772f40", "-4a1108101405280b",
       "703ffdde61c76b62aa4779a950538d4fa3d858ce4a2df79eb2562f7a703720735", 0x1.3c422d9c702f4p+194,
       false, "1"},
      {"100000000", "-93", "ffffff6d", "100000093", "-9300000000", "-1bdd2b9", "-3b", "100000000",
       "-93", "-100000093", -0x1.bdd2b899406f7p+24, false, "1"},
      {"a7ebb3", "d", "a7ebc0", "a7eba6", "886f817", "ceabf", "0", "1", "a7ebbf", "a7ebbe",
       0x1.9d57e00000000p+19, false, "d"},
      {"f1aa5e9d0e", "-43fa7b28db79b5aee00904fc544b813aae4c77222a93d79ef7f6da28d85d04728",
       "-43fa7b28db79b5aee00904fc544b813aae4c77222a93d79ef7f6da19bdb71aa1a",
       "43fa7b28db79b5aee00904fc544b813aae4c77222a93d79ef7f6da37f302ee436",
       "-402c0b66ed4d8e3dcd648e21208842c5476ba8fc74f13e441b2bbea2badd8961d30bdb76c30", "-1",
       "-43fa7b28db79b5aee00904fc544b813aae4c77222a93d79ef7f6da19bdb71aa1a", "702a0e9808",
       "-43fa7b28db79b5aee00904fc544b813aae4c77222a93d79ef7f6da20c05804222",
       "-43fa7b28db79b5aee00904fc544b813aae4c77222a93d79ef7f6da27c2f8eda2a",
       -0x1.c70b4638f763ap-219, false, "2"},
      {"1330b1897d5e343ad", "f95704f5de9fd28f0af23ceff", "f95704f5f1d084188850712ac",
       "-f95704f5cb6f21058d9408b52", "12b0e29a41ba7f57920a2a83684c6bc0e0717c9f53", "0",
       "1330b1897d5e343ad", "121090890852342ad", "f95704f5dfbff38f7ffe3cfff",
       "f95704f5cdaf630677ac08d52", 0x1.3b3ea6c0af7e5p-36, false, "1"},
      {"-c1", "-3fffffffffffffffffffffffffdffffff", "-3fffffffffffffffffffffffffe0000c0",
       "3fffffffffffffffffffffffffdffff3e", "303fffffffffffffffffffffffe7dffff3f", "0", "-c1",
       "-3fffffffffffffffffffffffffdffffff", "-c1", "3fffffffffffffffffffffffffdffff3e",
       0x1.8200000000000p-123, false, "1"},
      {"2debdd036b6a833d", "62", "2debdd036b6a839f", "2debdd036b6a82db", "11944a9b4f1ec63d5a",
       "77f531aae45a27", "4f", "20", "2debdd036b6a837f", "2debdd036b6a835f", 0x1.dfd4c6ab9168ap+54,
       false, "1"},
      {"-3fffffffff7ffffffffffffffffffffff", "5d14ebc6622e9fa6",
       "-3fffffffff7ffffffa2eb14399dd16059", "-3fffffffff80000005d14ebc6622e9fa5",
       "-17453af1985d1d739ccee8b02cfffffffa2eb14399dd1605a", "-b0047259af0232d66",
       "101bfa34c455ca25", "0", "-3fffffffff7ffffffa2eb14399dd16059",
       "-3fffffffff7ffffffa2eb14399dd16059", -0x1.6008e4b35e046p+67, false, "5"},
      {"-1ffffffff", "1", "-1fffffffe", "-200000000", "-1ffffffff", "-1ffffffff", "0", "1",
       "-1ffffffff", "-200000000", -0x1.ffffffff00000p+32, false, "1"},
      {"a5", "-3", "a2", "a8", "-1ef", "-37", "0", "a5", "-3", "-a8", -0x1.b800000000000p+5, false,
       "3"},
      {"25b49f76f4cf078b9f629ca40", "-d637fb8ff6", "25b49f76f4cf077e3be2e3a4a",
       "25b49f76f4cf079902e255a36", "-1f8d3c28ffadef7f6185baa4a20f0e21980", "-2d0f4677078df36",
       "-1b169ddda4", "25b49f76f4cf07829c0004000", "-4601d205b6", "-25b49f76f4cf0786fc1d245b6",
       -0x1.687a33b83c6fap+57, false, "6"},
      {"cd", "-274c3c0ec82171b636d090978ecad7658", "-274c3c0ec82171b636d090978ecad758b",
       "274c3c0ec82171b636d090978ecad7725", "-1f780c17d642c80ee9e503c95d586e7c478", "-1",
       "-274c3c0ec82171b636d090978ecad758b", "88", "-274c3c0ec82171b636d090978ecad7613",
       "-274c3c0ec82171b636d090978ecad769b", -0x1.4ddc6a99b3697p-122, false, "1"},
      {"6fa265d7f40478f5", "-ef", "6fa265d7f4047806", "6fa265d7f40479e4", "-68389d149cd02cecbb",
       "-77932bbfae9ce5", "-d6", "6fa265d7f4047811", "-b", "-6fa265d7f404781c",
       -0x1.de4caefeba739p+54, false, "1"},
      {"e0c8dd2948f6fd930e50", "37b2b830b2c48982", "e0c914dc0127b05797d2", "e0c8a57690c64ace84ce",
       "30e814e8c6f92cb3c99761e9ceab0c9614a0", "40928", "0", "15200830b0800800",
       "e0c8ffbbf8f6ffd78fd2", "e0c8ea9bf0c64f5787d2", 0x1.024a000000000p+18, false,
       "37b2b830b2c48982"},
      {"-8e17eba492", "-b9", "-8e17eba54b", "-8e17eba3d9", "66af4949ed82", "c4a068ac", "-46",
       "-8e17eba4ba", "-91", "8e17eba429", 0x1.8940d158c1badp+31, false, "5"},
  };
  for (const auto& row : rows) {
    std::string a_hex(row.a), b_hex(row.b);
    CAPTURE(a_hex);
    CAPTURE(b_hex);
    BigInt a = hex(row.a), b = hex(row.b);
    CHECK(hex_of(a + b) == row.sum);
    CHECK(hex_of(a - b) == row.diff);
    CHECK(hex_of(a * b) == row.prod);
    CHECK(hex_of(a & b) == row.and_);
    CHECK(hex_of(a | b) == row.or_);
    CHECK(hex_of(a ^ b) == row.xor_);
    CHECK(hex_of(BigInt::gcd(a, b)) == row.gcd);
    BigInt q, r;
    if (row.floordiv == nullptr) {
      CHECK_FALSE(BigInt::divmod_floor(a, b, q, r));
      CHECK_FALSE(BigInt::floordiv(a, b).has_value());
      CHECK_FALSE(BigInt::mod(a, b).has_value());
      continue;
    }
    REQUIRE(BigInt::divmod_floor(a, b, q, r));
    CHECK(hex_of(q) == row.floordiv);
    CHECK(hex_of(r) == row.mod);
    CHECK(hex_of(*BigInt::floordiv(a, b)) == row.floordiv);
    CHECK(hex_of(*BigInt::mod(a, b)) == row.mod);
    bool overflow = false;
    double d = BigInt::true_divide(a, b, overflow);
    CHECK(overflow == row.truediv_overflow);
    if (!row.truediv_overflow) CHECK(same_double(d, row.truediv));
  }
}

TEST_CASE("BigInt: divmod aliasing and truncating division") {
  BigInt a = -7, b = 2;
  CHECK(BigInt::divmod_floor(a, b, a, b));  // outputs alias the inputs
  CHECK(a == -4);
  CHECK(b == 1);
  BigInt q, r;
  CHECK(BigInt::divmod_trunc(-7, 2, q, r));
  CHECK(q == -3);
  CHECK(r == -1);
  CHECK_FALSE(BigInt::divmod_trunc(1, 0, q, r));
}

TEST_CASE("BigInt: conversions, hash, bit_length, shifts, invert") {
  struct Row {
    const char *value, *dec, *bin, *oct, *b36, *b7;
    double as_double;
    bool double_overflow;
    int64_t hash;
    size_t bit_length, bit_count;
    uint64_t shift;
    const char *lshifted, *rshifted, *inverted;
  };
  static const Row rows[] = {
      {"0", "0", "0", "0", "0", "0", 0x0.0p+0, false, 0ll, 0, 0, 257, "0", "0", "-1"},
      {"1", "1", "1", "1", "1", "1", 0x1.0000000000000p+0, false, 1ll, 1, 1, 257,
       "20000000000000000000000000000000000000000000000000000000000000000", "0", "-2"},
      {"-1", "-1", "-1", "-1", "-1", "-1", -0x1.0000000000000p+0, false, -2ll, 1, 1, 33,
       "-200000000", "-1", "0"},
      {"ff", "255", "11111111", "377", "73", "513", 0x1.fe00000000000p+7, false, 255ll, 8, 8, 257,
       "1fe0000000000000000000000000000000000000000000000000000000000000000", "0", "-100"},
      {"-100", "-256", "-100000000", "-400", "-74", "-514", -0x1.0000000000000p+8, false, -256ll, 9,
       1, 33, "-20000000000", "-1", "ff"},
      {"20000000000001", "9007199254740993",
       "100000000000000000000000000000000000000000000000000001", "400000000000000001",
       "2gosa7pa2gx", "5350140446150306055", 0x1.0000000000000p+53, false, 9007199254740993ll, 54,
       2, 257, "400000000000020000000000000000000000000000000000000000000000000000000000000000",
       "0", "-20000000000002"},
      {"40000000000002", "18014398509481986",
       "1000000000000000000000000000000000000000000000000000010", "1000000000000000002",
       "4xdkkfek4xu", "14030311225330615143", 0x1.0000000000000p+54, false, 18014398509481986ll, 55,
       2, 33, "8000000000000400000000", "200000", "-40000000000003"},
      {"40000000000006", "18014398509481990",
       "1000000000000000000000000000000000000000000000000000110", "1000000000000000006",
       "4xdkkfek4xy", "14030311225330615150", 0x1.0000000000002p+54, false, 18014398509481990ll, 55,
       3, 32, "4000000000000600000000", "400000", "-40000000000007"},
      {"-40000000000002", "-18014398509481986",
       "-1000000000000000000000000000000000000000000000000000010", "-1000000000000000002",
       "-4xdkkfek4xu", "-14030311225330615143", -0x1.0000000000000p+54, false, -18014398509481986ll,
       55, 2, 1, "-80000000000004", "-20000000000001", "40000000000001"},
      {"fffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000",
       "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179"
       "7758720709633028641669288791094655554785194040263065748867150582068190890200070838367627385"
       "4845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342"
       "711559699508093042880177904174497792",
       "1111111111111111111111111111111111111111111111111111110000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000",
       "1777777777777777776000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000",
       "1a1e4vngail3j61xbrj3wd5p3w12pe2v432gh4ox7crihu9ilb64v83i0odsm9li304s327g1d63y48rknvo48cu9ok"
       "opejzfwqfliuei0wg8zlbh8iutgt9p0jh8owzotodh4y5899hlf9rrbefbjsb841uaf03zvwuxzunql7mtgi99hm5pr"
       "4mw9ulplvm95p8g00",
       "4232622400360545131340460642460310254525642531041056063211145606426146315512436353035322312"
       "1450601021315163560425426035266656456521322425256322252312051120324133001605113564212256352"
       "0164000463061466402320333512201116652230614500502366153556032421646336512325400323424603101"
       "5400602446032516141542332462602335541251324114541044021635254663355265512464022526052166341"
       "0",
       0.0, true, 2270095687171440639ll, 1024, 54, 33,
       "1fffffffffffff80000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000000000000",
       "7ffffffffffffe00000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000",
       "-fffffffffffffc0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000000001"},
      {"fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000",
       "1797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586"
       "3276687817154045895351438246423432132688946418276846754670353751698604991057655128207624549"
       "0090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738"
       "177180919299881250404026184124858368",
       "1111111111111111111111111111111111111111111111111111100000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000",
       "1777777777777777774000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000",
       "1a1e4vngaiku6scyil2a1vcbg6qvbzjfseu5nty6qyr6ft0fmxyr3nmwlm21axdq6ed914edar7zmc0m6nphl75ran2"
       "2ulsb7gk2x0w8eh76j4mr2dvcv9tlpr9qo3ap6my00o4k4hhs2393945uo1rspbz2qhhhvhwp0k4z956e50710y4rp9"
       "wvby29lpsvd8xlurk",
       "4232622400360545131055440424262441060340605525124433536050412245114541255600220441434040221"
       "3252061316665443530166425161224466044502022663322110623024535014021166542443601621160653643"
       "4460624023426013542523633053334441430050323315500550040541101634531052613224440166042551153"
       "0213442604312153606164330615522145253355663231250552206264421606121606440562212241161212025"
       "5",
       0x1.fffffffffffffp+1023, false, 2234066890152476671ll, 1024, 53, 100,
       "fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000",
       "fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000",
       "-fffffffffffff80000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000000001"},
      {"1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000000000",
       "1797693134862315907729305190789024733617976978942306572734300811577326758055009631327084773"
       "2240753602112011387987139335765878976881441662249284743063947412437776789342486548527630221"
       "9601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947"
       "245938479716304835356329624224137216",
       "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000",
       "2000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000",
       "1a1e4vngailcvjqw4xzxquz2rlba2smafraraffnnqrujviljodimsk3fqpjxlt9zlwb500irz489wgwyo1un9jx8q3"
       "ak7bnocwsa0sklklpyujvw36crnsxo9t7taja70eqxlrqc1174rag9imzz1stqw4luciq49x0vfkc818vhwthi13jq8"
       "ceglmxthyd52gv18g",
       "4232622400360545131622511160655146452014006533654411320341612241040454345424655264336604402"
       "6646410422634613620654426612342150201540622160223533611566264223630066131036325540233562060"
       "2600044232424252232114034241034465204411205652504215266603663206064623411426330451106625020"
       "3555032320453151404220334336652526126143655001131235534306121050621654554365533113643153653"
       "2",
       0.0, true, 281474976710656ll, 1025, 1, 32,
       "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000000000000",
       "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000",
       "-100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000001"},
      {"-fffffffffffffc0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000000000",
       "-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017"
       "9775872070963302864166928879109465555478519404026306574886715058206819089020007083836762738"
       "5484581771153176447573027006985557136695962284291481986083493647529271907416844436551070434"
       "2711559699508093042880177904174497792",
       "-111111111111111111111111111111111111111111111111111111000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000",
       "-177777777777777777600000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000",
       "-1a1e4vngail3j61xbrj3wd5p3w12pe2v432gh4ox7crihu9ilb64v83i0odsm9li304s327g1d63y48rknvo48cu9o"
       "kopejzfwqfliuei0wg8zlbh8iutgt9p0jh8owzotodh4y5899hlf9rrbefbjsb841uaf03zvwuxzunql7mtgi99hm5p"
       "r4mw9ulplvm95p8g00",
       "-423262240036054513134046064246031025452564253104105606321114560642614631551243635303532231"
       "2145060102131516356042542603526665645652132242525632225231205112032413300160511356421225635"
       "2016400046306146640232033351220111665223061450050236615355603242164633651232540032342460310"
       "1540060244603251614154233246260233554125132411454104402163525466335526551246402252605216634"
       "10",
       0.0, true, -2270095687171440639ll, 1024, 54, 32,
       "-fffffffffffffc0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000000000000",
       "-fffffffffffffc0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000",
       "fffffffffffffbfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
       "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
       "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"},
      {"8e679c2f5e44ff8f570f09eaa7ea76485961db50c6d2b886e6ddcc111bca7dc5468df6bef700b5a0aa1cc7680c1"
       "61008908e2b7cbdd995151387b5e683525a14b104ea78e65cfa1254af49665af3bf5ed748af3a385e92169b1000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000",
       "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000",
       "1000111001100111100111000010111101011110010001001111111110001111010101110000111100001001111"
       "0101010100111111010100111011001001000010110010110000111011011010100001100011011010010101110"
       "0010000110111001101101110111001100000100010001101111001010011111011100010101000110100011011"
       "1110110101111101111011100000000101101011010000010101010000111001100011101101000000011000001"
       "0110000100000000100010010000100011100010101101111100101111011101100110010101000101010001001"
       "1100001111011010111100110100000110101001001011010000101001011000100000100111010100111100011"
       "1001100101110011111010000100100101010010101111010010010110011001011010111100111011111101011"
       "1101101011101001000101011110011101000111000010111101001001000010110100110110001000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000",
       "1071474702753621177617256074117252375235444131303555206155127041563335630104336247670521506"
       "7665757340055320252071435500301302002110216126762756631242504703665715015222641226101165170"
       "7145637204452257222631327473753665644257164341364441323304000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000",
       "plye0xc6zlyg88x1saxkst208fc4f5lxzyvl2u8e4iyqbgw9gib9667ov5uhjbfh78o8a1c6o214ulo267w3u3np7ti"
       "aji81z0v1las4180t3y36ae7rzwdh7sa3zwulje9fc033byi2hh4pgd4k4f6fv2t7q7rj10kbpchwpjrgb0muw24xdj"
       "3or8n2dkvyh6lpts",
       "2265004200153163304020303621050622512421511220425363634026234223165615152243412346046365166"
       "6430000542141113422166234611011346500226542341651063160554404655516130536132516026643460516"
       "3314143323160645363033430362464042150412140113650466245605631655465652606230141635163103333"
       "2552402422034414125563021023236040315561222336303246503241246010254562116540553043325336424"
       "2",
       0x1.1ccf385ebc8a0p+1023, false, 1845381122789935031ll, 1024, 360, 1,
       "11ccf385ebc89ff1eae1e13d54fd4ec90b2c3b6a18da5710dcdbb98223794fb8a8d1bed7dee016b4154398ed018"
       "2c2011211c56f97bb32a2a270f6bcd06a4b4296209d4f1ccb9f424a95e92ccb5e77ebdae915e7470bd242d36200"
       "000000000000000000000000000000000000000000000000000000000000000000000000000",
       "4733ce17af227fc7ab8784f553f53b242cb0eda863695c43736ee6088de53ee2a346fb5f7b805ad0550e63b4060"
       "b0804484715be5eecca8a89c3daf341a92d0a5882753c732e7d092a57a4b32d79dfaf6ba4579d1c2f490b4d8800"
       "00000000000000000000000000000000000000000000000000000000000000000000000000",
       "-8e679c2f5e44ff8f570f09eaa7ea76485961db50c6d2b886e6ddcc111bca7dc5468df6bef700b5a0aa1cc7680c"
       "161008908e2b7cbdd995151387b5e683525a14b104ea78e65cfa1254af49665af3bf5ed748af3a385e92169b100"
       "000000000000000000000000000000000000000000000000000000000000000000000000001"},
      {"1fffffffffffffff", "2305843009213693951",
       "1111111111111111111111111111111111111111111111111111111111111", "177777777777777777777",
       "hio94mrrlk3j", "4062001653563012164051", 0x1.0000000000000p+61, false, 0ll, 61, 61, 100,
       "1fffffffffffffff0000000000000000000000000", "0", "-2000000000000000"},
      {"1ffffffffffffffe", "2305843009213693950",
       "1111111111111111111111111111111111111111111111111111111111110", "177777777777777777776",
       "hio94mrrlk3i", "4062001653563012164050", 0x1.0000000000000p+61, false,
       2305843009213693950ll, 61, 60, 257,
       "3ffffffffffffffc0000000000000000000000000000000000000000000000000000000000000000", "0",
       "-1fffffffffffffff"},
      {"-1fffffffffffffff", "-2305843009213693951",
       "-1111111111111111111111111111111111111111111111111111111111111", "-177777777777777777777",
       "-hio94mrrlk3j", "-4062001653563012164051", -0x1.0000000000000p+61, false, 0ll, 61, 61, 33,
       "-3ffffffffffffffe00000000", "-10000000", "1ffffffffffffffe"},
      {"2000000000000000", "2305843009213693952",
       "10000000000000000000000000000000000000000000000000000000000000", "200000000000000000000",
       "hio94mrrlk3k", "4062001653563012164052", 0x1.0000000000000p+61, false, 1ll, 62, 1, 64,
       "20000000000000000000000000000000", "0", "-2000000000000001"},
      {"-2000000000000000", "-2305843009213693952",
       "-10000000000000000000000000000000000000000000000000000000000000", "-200000000000000000000",
       "-hio94mrrlk3k", "-4062001653563012164052", -0x1.0000000000000p+61, false, -2ll, 62, 1, 100,
       "-20000000000000000000000000000000000000000", "-1", "1fffffffffffffff"},
      {"3ffffffffffffffffffffffffffffff", "5316911983139663491615228241121378303",
       "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
       "1111111111111111111111111111111",
       "37777777777777777777777777777777777777777", "8iwlbudhiyokoq8umu3dakn3",
       "23020456161112336165325146006462430212335663", 0x1.0000000000000p+122, false, 0ll, 122, 122,
       64, "3ffffffffffffffffffffffffffffff0000000000000000", "3ffffffffffffff",
       "-4000000000000000000000000000000"},
      {"8000000000000000", "9223372036854775808",
       "1000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000",
       "1y2p0ij32e8e8", "22341010611245052052301", 0x1.0000000000000p+63, false, 4ll, 64, 1, 0,
       "8000000000000000", "8000000000000000", "-8000000000000001"},
      {"-8000000000000000", "-9223372036854775808",
       "-1000000000000000000000000000000000000000000000000000000000000000",
       "-1000000000000000000000", "-1y2p0ij32e8e8", "-22341010611245052052301",
       -0x1.0000000000000p+63, false, -4ll, 64, 1, 0, "-8000000000000000", "-8000000000000000",
       "7fffffffffffffff"},
      {"ffffffffffffffff", "18446744073709551615",
       "1111111111111111111111111111111111111111111111111111111111111111", "1777777777777777777777",
       "3w5e11264sgsf", "45012021522523134134601", 0x1.0000000000000p+64, false, 7ll, 64, 64, 32,
       "ffffffffffffffff00000000", "ffffffff", "-10000000000000000"},
      {"29d42b64e76714244cb", "12345678901234567890123",
       "10100111010100001010110110010011100111011001110001010000100100010011001011",
       "2472412662347316120442313", "20dgohx2w7bek7f", "121304151524523532150500663",
       0x1.4ea15b273b38ap+73, false, 195429904450476469ll, 74, 35, 33,
       "53a856c9cece284899600000000", "14ea15b273b", "-29d42b64e76714244cc"},
      {"-8bc61e70996bf5b3", "-10071771085619852723",
       "-1000101111000110000111100111000010011001011010111111010110110011",
       "-1057060747023132772663", "-24iqovljetdwz", "-24014006642624115641222",
       -0x1.178c3ce132d7fp+63, false, -848399048765076919ll, 64, 35, 7, "-45e30f384cb5fad980",
       "-1178c3ce132d7ec", "8bc61e70996bf5b2"},
      {"-b", "-11", "-1011", "-13", "-b", "-14", -0x1.6000000000000p+3, false, -11ll, 4, 3, 31,
       "-580000000", "-1", "a"},
      {"-7ffffffffffffffeffffffff", "-39614081257132168792477007871",
       "-111111111111111111111111111111111111111111111111111111111111110111111111111111111111111111"
       "11111",
       "-37777777777777777777737777777777", "-3u9haurb9q2wz73wxdr",
       "-5060360422412213131405416454103466", -0x1.0000000000000p+95, false, -12884901887ll, 95, 94,
       64, "-7ffffffffffffffeffffffff0000000000000000", "-80000000", "7ffffffffffffffefffffffe"},
      {"ae", "174", "10101110", "256", "4u", "336", 0x1.5c00000000000p+7, false, 174ll, 8, 5, 31,
       "5700000000", "0", "-af"},
      {"-8cbfe922fa6292ee1733fa8f0", "-696958514610506488572584896752",
       "-100011001011111111101001001000101111101001100010100100101110111000010111001100111111101010"
       "0011110000",
       "-1062777222137230511356056317724360", "-1vkkbyj9av27rt60ft2o",
       "-156102603603025161541022315310202515", -0x1.197fd245f4c52p+99, false,
       -443937886366349933ll, 100, 54, 64, "-8cbfe922fa6292ee1733fa8f00000000000000000",
       "-8cbfe9230", "8cbfe922fa6292ee1733fa8ef"},
      {"-d41b973999d1fb434364c4d12", "-1050306835506271863991838723346",
       "-110101000001101110010111001110011001100111010001111110110100001101000011011001001100010011"
       "0100010010",
       "-1520334563463164375503206623046422", "-2ttuaj89h2ivzxr1yi36",
       "-252566553625255033542351632226211104", -0x1.a8372e7333a3fp+99, false,
       -2098594543218190814ll, 100, 49, 31, "-6a0dcb9ccce8fda1a1b26268900000000",
       "-1a8372e7333a3f6869", "d41b973999d1fb434364c4d11"},
      {"-1acbc4741a04e1f8b8ed4e1f38c72a3551e431", "-597570018875406298011004667906908054732530737",
       "-110101100101111000100011101000001101000000100111000011111100010111000111011010100111000011"
       "11100111000110001110010101000110101010100011110010000110001",
       "-32627421640640234176134355234174706162506524362061", "-fugdhmt5ehxe9hcdovumif15ceib5",
       "-65316032120242045104630122333046405602161433411230256", -0x1.acbc4741a04e2p+148, false,
       -2513732719361983ll, 149, 72, 64, "-1acbc4741a04e1f8b8ed4e1f38c72a3551e4310000000000000000",
       "-1acbc4741a04e1f8b8ed4f", "1acbc4741a04e1f8b8ed4e1f38c72a3551e430"},
      {"1", "1", "1", "1", "1", "1", 0x1.0000000000000p+0, false, 1ll, 1, 1, 257,
       "20000000000000000000000000000000000000000000000000000000000000000", "0", "-2"},
      {"-b304074340818b3b", "-12899443218122378043",
       "-1011001100000100000001110100001101000000100000011000101100111011",
       "-1314040164150040305473", "-2q052zq3vvygr", "-32044323051526102206000",
       -0x1.66080e8681031p+63, false, -1370228172053908288ll, 64, 24, 31,
       "-598203a1a040c59d80000000", "-166080e87", "b304074340818b3a"},
      {"8000000000000000", "9223372036854775808",
       "1000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000",
       "1y2p0ij32e8e8", "22341010611245052052301", 0x1.0000000000000p+63, false, 4ll, 64, 1, 100,
       "80000000000000000000000000000000000000000", "0", "-8000000000000001"},
      {"6b4ca0cffb495261134b53d81", "531320541254320174810390674817",
       "1101011010011001010000011001111111110110100100101010010011000010001001101001011010100111101"
       "10000001",
       "655145014777322251141046455236601", "1fig1h0hsxp0v7zihaip",
       "125504013143454544022645163053221633", 0x1.ad32833fed255p+98, false, 1483133738052593022ll,
       99, 48, 32, "6b4ca0cffb495261134b53d8100000000", "6b4ca0cffb4952611",
       "-6b4ca0cffb495261134b53d82"},
      {"91", "145", "10010001", "221", "41", "265", 0x1.2200000000000p+7, false, 145ll, 8, 3, 64,
       "910000000000000000", "0", "-92"},
      {"-da1ef1104e", "-936821985358", "-1101101000011110111100010001000001001110",
       "-15503674210116", "-bydbme6m", "-124453215326350", -0x1.b43de2209c000p+39, false,
       -936821985358ll, 40, 19, 0, "-da1ef1104e", "-da1ef1104e", "da1ef1104d"},
      {"-d85c33b78ecbe38a9c0f5bd3d", "-1071363640376791048440012717373",
       "-110110000101110000110011101101111000111011001011111000111000101010011100000011110101101111"
       "0100111101",
       "-1541341473361662761612470075336475", "-2vvc2c3aez6jl6p7xa9p",
       "-255403023634412301012611416665121615", -0x1.b0b8676f1d97cp+99, false,
       -918234140398033156ll, 100, 56, 33, "-1b0b8676f1d97c715381eb7a7a00000000",
       "-6c2e19dbc765f1c55", "d85c33b78ecbe38a9c0f5bd3c"},
      {"-6bc67ced29", "-462891576617", "-110101111000110011111001110110100101001", "-6570637166451",
       "-5wndoyeh", "-45304612324151", -0x1.af19f3b4a4000p+38, false, -462891576617ll, 39, 23, 7,
       "-35e33e769480", "-d78cf9db", "6bc67ced28"},
      {"82c8f3d2227aac99", "9424050304119909529",
       "1000001011001000111100111101001000100010011110101010110010011001", "1013107475104236526231",
       "1zlkz0ud4qmjd", "22605154431510506102011", 0x1.0591e7a444f56p+63, false,
       200678267265133725ll, 64, 30, 64, "82c8f3d2227aac990000000000000000", "0",
       "-82c8f3d2227aac9a"},
      {"-377fd8ac299c12ff966f2a7edbb2321229dc3e", "-1237677976067037754127788162685596289808849982",
       "-110111011111111101100010101100001010011001110000010010111111111001011001101111001010100111"
       "111011011011101100100011001000010010001010011101110000111110",
       "-67377542541231602277713157124773335443102212356076", "-wtimmemowzoqbwscq2j711lqtvgvy",
       "-200212046354323514110266036456413331053161111226233144", -0x1.bbfec5614ce09p+149, false,
       -11420395831643069ll, 150, 84, 31, "-1bbfec5614ce097fcb37953f6dd9190914ee1f00000000",
       "-6effb158533825ff2cde54fdb76465", "377fd8ac299c12ff966f2a7edbb2321229dc3d"},
      {"3ffffffffffffffffffffffffffffffff", "1361129467683753853853498429727072845823",
       "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
       "111111111111111111111111111111111111111",
       "17777777777777777777777777777777777777777777", "1omfro7zwmumr3umxudzyj6scf",
       "15501652041535445035004034651000412123144600521", 0x1.0000000000000p+130, false, 255ll, 130,
       130, 1, "7fffffffffffffffffffffffffffffffe", "1ffffffffffffffffffffffffffffffff",
       "-400000000000000000000000000000000"},
      {"-8022fc441b07af20", "-9233219555504402208",
       "-1000000000100010111111000100010000011011000001111010111100100000",
       "-1000427704203301727440", "-1y5dz62p6zhuo", "-22350033052061216142132",
       -0x1.0045f888360f6p+63, false, -9847518649626404ll, 64, 25, 7, "-40117e220d83d79000",
       "-10045f888360f5f", "8022fc441b07af1f"},
      {"10000000000000000", "18446744073709551616",
       "10000000000000000000000000000000000000000000000000000000000000000",
       "2000000000000000000000", "3w5e11264sgsg", "45012021522523134134602", 0x1.0000000000000p+64,
       false, 8ll, 65, 1, 31, "800000000000000000000000", "200000000", "-10000000000000001"},
      {"-26", "-38", "-100110", "-46", "-12", "-53", -0x1.3000000000000p+5, false, -38ll, 6, 3, 0,
       "-26", "-26", "25"},
      {"-3f", "-63", "-111111", "-77", "-1r", "-120", -0x1.f800000000000p+5, false, -63ll, 6, 6, 31,
       "-1f80000000", "-1", "3e"},
      {"7ffffffffff7ffffffffffff", "39614081257129916996958289919",
       "1111111111111111111111111111111111111111111011111111111111111111111111111111111111111111111"
       "1111",
       "37777777777777677777777777777777", "3u9haurb93wpym7pgqn",
       "5060360422412211553165516362106322", 0x1.ffffffffffe00p+94, false, 2303591226579877886ll,
       95, 94, 257,
       "ffffffffffeffffffffffffe0000000000000000000000000000000000000000000000000000000000000000",
       "0", "-7ffffffffff8000000000000"},
      {"81255a26fcb3449", "581621458032866377",
       "100000010010010101011010001001101111110010110011010001001001", "40222532115762632111",
       "4f2vll6bqiq1", "1020112341434441540410", 0x1.024ab44df9669p+59, false, 581621458032866377ll,
       60, 27, 64, "81255a26fcb34490000000000000000", "0", "-81255a26fcb344a"},
      {"-ac173261d632bdb48d1d5601f", "-852151438499446630078066548767",
       "-101011000001011100110010011000011101011000110010101111011011010010001101000111010101011000"
       "0000011111",
       "-1260271446072614536664432165260037", "-2am87kxztyf7iecmg4db",
       "-215140202303545660201115010036334343", -0x1.582e64c3ac658p+99, false,
       -228517681478668554ll, 100, 49, 0, "-ac173261d632bdb48d1d5601f",
       "-ac173261d632bdb48d1d5601f", "ac173261d632bdb48d1d5601e"},
      {"3ffffffffffffffffffffffffffffffff", "1361129467683753853853498429727072845823",
       "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
       "111111111111111111111111111111111111111",
       "17777777777777777777777777777777777777777777", "1omfro7zwmumr3umxudzyj6scf",
       "15501652041535445035004034651000412123144600521", 0x1.0000000000000p+130, false, 255ll, 130,
       130, 31, "1ffffffffffffffffffffffffffffffff80000000", "7ffffffffffffffffffffffff",
       "-400000000000000000000000000000000"},
      {"-ef", "-239", "-11101111", "-357", "-6n", "-461", -0x1.de00000000000p+7, false, -239ll, 8,
       7, 257, "-1de0000000000000000000000000000000000000000000000000000000000000000", "-1", "ee"},
      {"-1", "-1", "-1", "-1", "-1", "-1", -0x1.0000000000000p+0, false, -2ll, 1, 1, 7, "-80", "-1",
       "0"},
      {"-3ffffffffffffffffffffffffffffffff", "-1361129467683753853853498429727072845823",
       "-111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
       "1111111111111111111111111111111111111111",
       "-17777777777777777777777777777777777777777777", "-1omfro7zwmumr3umxudzyj6scf",
       "-15501652041535445035004034651000412123144600521", -0x1.0000000000000p+130, false, -255ll,
       130, 130, 0, "-3ffffffffffffffffffffffffffffffff", "-3ffffffffffffffffffffffffffffffff",
       "3fffffffffffffffffffffffffffffffe"},
      {"-dd593a5c29f6155742e7ba81", "-68504057165843051069781293697",
       "-110111010101100100111010010111000010100111110110000101010101011101000010111001111011101010"
       "000001",
       "-67254472270247660525350271735201", "-6n3hgq9n74b601fh2m9",
       "-11601211361403530416652402354664540", -0x1.bab274b853ec3p+95, false, -717784684849892706ll,
       96, 50, 64, "-dd593a5c29f6155742e7ba810000000000000000", "-dd593a5d",
       "dd593a5c29f6155742e7ba80"},
      {"20000000000001", "9007199254740993",
       "100000000000000000000000000000000000000000000000000001", "400000000000000001",
       "2gosa7pa2gx", "5350140446150306055", 0x1.0000000000000p+53, false, 9007199254740993ll, 54,
       2, 33, "4000000000000200000000", "100000", "-20000000000002"},
      {"-7f15c93bef0da9516c17c4c1c", "-629294943852308774483207670812",
       "-111111100010101110010010011101111101111000011011010100101010001011011000001011111000100110"
       "000011100",
       "-774256223575703324521330137046034", "-1p0egbu833m0lskcfd3w",
       "-144253563460332115420030500060056414", -0x1.fc5724efbc36ap+98, false,
       -1214447247410915859ll, 99, 52, 31, "-3f8ae49df786d4a8b60be260e00000000",
       "-fe2b9277de1b52a2e", "7f15c93bef0da9516c17c4c1b"},
      {"c1ebf88f50e110ddf320b7578", "960254052059666372330632476024",
       "1100000111101011111110001000111101010000111000010001000011011101111100110010000010110111010"
       "101111000",
       "1407537610752070210335746202672570", "2l3j84fqfg0vazkpcz20",
       "235131316234406005020361515224142465", 0x1.83d7f11ea1c22p+99, false, 1013607059847363872ll,
       100, 51, 100, "c1ebf88f50e110ddf320b75780000000000000000000000000", "0",
       "-c1ebf88f50e110ddf320b7579"},
      {"-16c4aa13a8fd9f09e", "-26249970650975957150",
       "-10110110001001010101000010011101010001111110110011111000010011110",
       "-2661125023521766370236", "-5jfnpzropg0pq", "-64665652042406121355526",
       -0x1.6c4aa13a8fd9fp+64, false, -885697549625323689ll, 65, 34, 100,
       "-16c4aa13a8fd9f09e0000000000000000000000000", "-1", "16c4aa13a8fd9f09d"},
      {"-995e4d3b83147a62", "-11051355453611342434",
       "-1001100101011110010011010011101110000011000101000111101001100010",
       "-1145362323560305075142", "-2byo2jzo22ogy", "-25533402105660405560215",
       -0x1.32bc9a770628fp+63, false, -1827983416756566630ll, 64, 31, 31,
       "-4caf269dc18a3d3100000000", "-132bc9a78", "995e4d3b83147a61"},
      {"-9b1bc0ce78c5d6a55866ace8c", "-768059648360554698507379461772",
       "-100110110001101111000000110011100111100011000101110101101010010101011000011001101010110011"
       "1010001100",
       "-1154336014717061353245260632547214", "-22gq4z0bozicvg7pno24",
       "-201230255211002225420665362441456052", -0x1.3637819cf18bbp+99, false,
       -890985549941913032ll, 100, 50, 100, "-9b1bc0ce78c5d6a55866ace8c0000000000000000000000000",
       "-1", "9b1bc0ce78c5d6a55866ace8b"},
      {"-10b68b602545c3d8", "-1204303195426636760",
       "-1000010110110100010110110000000100101010001011100001111011000", "-102664266004521341730",
       "-95e1uqa9yimw", "-2104361511403124054540", -0x1.0b68b602545c4p+60, false,
       -1204303195426636760ll, 61, 26, 64, "-10b68b602545c3d80000000000000000", "-1",
       "10b68b602545c3d7"},
      {"-39c5f64d47729aafcb9f4465964c712db7e2d7", "-1288387408828598041151312080338164357097054935",
       "-111001110001011111011001001101010001110111001010011010101011111100101110011111010001000110"
       "010110010110010011000111000100101101101101111110001011010111",
       "-71613731152167123253745637210626262307045555761327", "-y5xbzc126mpi9hkh5dwh877pgex1z",
       "-204224462616513212404446430643234314402645625565633164", -0x1.ce2fb26a3b94dp+149, false,
       -1139939874594773645ll, 150, 84, 64,
       "-39c5f64d47729aafcb9f4465964c712db7e2d70000000000000000", "-39c5f64d47729aafcb9f45",
       "39c5f64d47729aafcb9f4465964c712db7e2d6"},
      {"f0", "240", "11110000", "360", "6o", "462", 0x1.e000000000000p+7, false, 240ll, 8, 4, 32,
       "f000000000", "0", "-f1"},
      {"70eeb7d2d2c4c93855727a7fb", "559214616434064562432393062395",
       "1110000111011101011011111010010110100101100010011001001001110000101010101110010011110100111"
       "11111011",
       "703565575132261144470252711723773", "1i7swsyjo2wxva0hq41n",
       "132222413500501651601466613666126646", 0x1.c3badf4b4b132p+98, false, 886245670107976036ll,
       99, 56, 33, "e1dd6fa5a5899270aae4f4ff600000000", "38775be96962649c2",
       "-70eeb7d2d2c4c93855727a7fc"},
  };
  for (const auto& row : rows) {
    std::string dec(row.dec);
    CAPTURE(dec);
    BigInt v = hex(row.value);
    CHECK(v.to_string() == row.dec);
    CHECK(v.to_string(2) == row.bin);
    CHECK(v.to_string(8) == row.oct);
    CHECK(v.to_string(36) == row.b36);
    CHECK(v.to_string(7) == row.b7);
    CHECK(*BigInt::from_string(row.dec, 10) == v);
    bool overflow = false;
    double d = v.to_double(overflow);
    CHECK(overflow == row.double_overflow);
    if (!row.double_overflow) CHECK(same_double(d, row.as_double));
    CHECK(v.python_hash() == row.hash);
    int64_t small = 0;
    if (v.to_int64(small)) CHECK(krait::hash_int64(small) == row.hash);
    CHECK(v.bit_length() == row.bit_length);
    CHECK(v.bit_count() == row.bit_count);
    CHECK(hex_of(v << row.shift) == row.lshifted);
    CHECK(hex_of(v >> row.shift) == row.rshifted);
    CHECK(hex_of(~v) == row.inverted);
    CHECK(hex_of(v.invert()) == row.inverted);
    CHECK(-(-v) == v);
    CHECK(v.abs().sign() >= 0);
  }
}

TEST_CASE("BigInt: pow") {
  struct Row {
    const char* base;
    uint64_t exp;
    const char* expected;
  };
  static const Row rows[] = {
      {"0", 0, "1"},
      {"0", 5, "0"},
      {"1", 1000, "1"},
      {"-1", 1001, "-1"},
      {"-1", 1000, "1"},
      {"2", 0, "1"},
      {"2", 1, "2"},
      {"2", 64, "10000000000000000"},
      {"2", 100, "10000000000000000000000000"},
      {"-2", 63, "-8000000000000000"},
      {"3", 200,
       "1fd5863c3eb0469ec21a937a76f3432ffd73d97e447606b683ecf6f6e4a7ae225bfaff1eaaf8b0a1"},
      {"-3", 101, "-10ed2fb5f35a6390311c5e66183bd78016da83b73"},
      {"7", 77, "11f487519cdcc0c4e641a0d185eab7c19a7c11afdb6d1b7c28072e7"},
      {"a", 50, "446c3b15f9926687d2c40534fdb564000000000000"},
      {"4", 33, "40000000000000000"},
      {"10", 9, "1000000000"},
      {"-8", 11, "-200000000"},
      {"2bdc545d6b4b87", 7,
       "48b4928c9c4ef5bb9b320ec2503aabdd4f144dc8a26af554a2ca65ab139474dcabcf24099421dd50e44803eae32"
       "977"},
      {"-55aa54d38e5267eea", 5,
       "-112fbb67c372a9621ff7f0231137a14ba5972ebb39451f6f65e56a599141691d9aceebbfba3b3b6a0ca0"},
      {"10000000001", 13,
       "1000000000d000000004e000000011e00000002cb000000050700000006b400000006b4000000050700000002cb"
       "000000011e000000004e000000000d0000000001"},
      {"80000000", 3, "200000000000000000000000"},
      {"6", 0, "1"},
      {"ff", 64,
       "c74681ecbf293ad0b4f1beccb9ab2898cf0f34d03ae75095b1086443d9a6383538d94163f2865ae4d9a5e06efbb"
       "c030f8c059eba9114a9edd052714d47dfc001"},
  };
  for (const auto& row : rows) {
    std::string base(row.base);
    CAPTURE(base);
    CAPTURE(row.exp);
    CHECK(hex_of(BigInt::pow(hex(row.base), row.exp)) == row.expected);
  }
}

TEST_CASE("BigInt: pow_mod, including negative exponents") {
  struct Row {
    const char *base, *exp, *mod;
    BigInt::PowModStatus status;
    const char* expected;
  };
  static const Row rows[] = {
      {"2", "a", "3e8", BigInt::PowModStatus::Ok, "18"},
      {"2", "a", "-3e8", BigInt::PowModStatus::Ok, "-3d0"},
      {"-2", "3", "7", BigInt::PowModStatus::Ok, "6"},
      {"3", "-1", "7", BigInt::PowModStatus::Ok, "5"},
      {"3", "-2", "7", BigInt::PowModStatus::Ok, "4"},
      {"2", "-1", "4", BigInt::PowModStatus::NotInvertible, nullptr},
      {"0", "-1", "5", BigInt::PowModStatus::NotInvertible, nullptr},
      {"5", "0", "1", BigInt::PowModStatus::Ok, "0"},
      {"5", "0", "-1", BigInt::PowModStatus::Ok, "0"},
      {"5", "0", "7", BigInt::PowModStatus::Ok, "1"},
      {"0", "0", "7", BigInt::PowModStatus::Ok, "1"},
      {"7", "3", "0", BigInt::PowModStatus::ZeroModulus, nullptr},
      {"4", "d", "1f1", BigInt::PowModStatus::Ok, "1bd"},
      {"75bcd15", "3ade68b1", "3b9aca07", BigInt::PowModStatus::Ok, "26e4fd0e"},
      {"100000000000000000000000000000000000000000000000003", "10000000000000000000000005",
       "7fffffffffffffffffffffffffffffff", BigInt::PowModStatus::Ok,
       "71f7da46b8d7c92d8e73d3fcc4aed451"},
      {"-100000000000000000000000000000000000000000000000003", "10000000000000000000000005",
       "-7fffffffffffffffffffffffffffffff", BigInt::PowModStatus::Ok,
       "-71f7da46b8d7c92d8e73d3fcc4aed451"},
      {"a", "-3", "1fffffffffffffff", BigInt::PowModStatus::Ok, "e5e353f7ced9168"},
      {"6", "-1", "9", BigInt::PowModStatus::NotInvertible, nullptr},
      {"-5", "-3", "b", BigInt::PowModStatus::Ok, "8"},
      {"2", "10000000000000000", "a8b8b452291fe821", BigInt::PowModStatus::Ok, "36a0d31a4fd6b6a4"},
      {"296f1c4059", "b7aab726e1d52bc219a507f3f", "-8", BigInt::PowModStatus::Ok, "-7"},
      {"52cdecb6c0b2f2cc", "9", "61", BigInt::PowModStatus::Ok, "37"},
      {"ce1c9ca1f8", "c", "2000000000000000", BigInt::PowModStatus::Ok, "dd2d01000000000"},
      {"5f438f4448ba7791", "57", "61", BigInt::PowModStatus::Ok, "37"},
      {"20000000000001", "4d", "-44", BigInt::PowModStatus::Ok, "-23"},
      {"32", "3ffffffffffffffffffffffffffffffff", "61", BigInt::PowModStatus::Ok, "21"},
      {"4e3761834f", "107", "61", BigInt::PowModStatus::Ok, "8"},
      {"163ed428c965b82ac2d259d9bb611f4d6", "d", "61", BigInt::PowModStatus::Ok, "21"},
      {"-f10738928932668f88132f2ebd5e3332", "43", "-31", BigInt::PowModStatus::Ok, "-21"},
      {"10f", "14891c6509cacf5db", "61", BigInt::PowModStatus::Ok, "37"},
      {"-fffffdffffffffff", "5e49325da2342fc4", "84", BigInt::PowModStatus::Ok, "25"},
      {"-108", "20", "61", BigInt::PowModStatus::Ok, "1"},
      {"-7", "fffffffffffffbff", "3e", BigInt::PowModStatus::Ok, "b"},
      {"72336c8aad60612ed631442e010932b9", "cf", "-1a", BigInt::PowModStatus::Ok, "-15"},
      {"-fd", "54", "-5", BigInt::PowModStatus::Ok, "-4"},
      {"c3a03e747f85a95d8f40965ce401755932d6671ecf50de459d078a2a47557d38d", "ec6a825e1d", "61",
       BigInt::PowModStatus::Ok, "3f"},
      {"-24f242c3e9fd4dfb", "f4c27de297680967b94960fa0f30b06e29504bbe279d7b746e0d6cbde909421d3",
       "-d28b1239db", BigInt::PowModStatus::Ok, "-b8e3e40de6"},
      {"b4a0061fcb69a1de8a31d1035", "0", "61", BigInt::PowModStatus::Ok, "1"},
      {"aabc98bbaaad3e99", "ffffffffffffffffffffffffffffffffffffffffffffffffff", "-26",
       BigInt::PowModStatus::Ok, "-1b"},
      {"1d", "8cd709251507e004", "34535269ec941234", BigInt::PowModStatus::Ok, "113ba5096ca268b5"},
  };
  for (const auto& row : rows) {
    std::string base(row.base), exp(row.exp), mod(row.mod);
    CAPTURE(base);
    CAPTURE(exp);
    CAPTURE(mod);
    BigInt out;
    auto status = BigInt::pow_mod(hex(row.base), hex(row.exp), hex(row.mod), out);
    CHECK(status == row.status);
    if (row.expected) CHECK(hex_of(out) == row.expected);
  }
}

TEST_CASE("BigInt: from_double truncates; hash_double matches hash(float)") {
  struct Row {
    double value;
    int64_t hash;
    const char* as_int;  // int(value), nullptr for inf
  };
  static const Row rows[] = {
      {0x0.0p+0, 0ll, "0"},
      {-0x0.0p+0, 0ll, "0"},
      {0x1.0000000000000p+0, 1ll, "1"},
      {-0x1.0000000000000p+0, -2ll, "-1"},
      {0x1.0000000000000p-1, 1152921504606846976ll, "0"},
      {-0x1.0000000000000p-1, -1152921504606846976ll, "0"},
      {0x1.8000000000000p+0, 1152921504606846977ll, "1"},
      {0x1.0000000000000p+61, 1ll, "2000000000000000"},
      {0x1.0000000000000p+62, 2ll, "4000000000000000"},
      {-0x1.0000000000000p+61, -2ll, "-2000000000000000"},
      {0x1.ffffffffffffcp+60, 2305843009213692928ll, "1ffffffffffffc00"},
      {0x1.1ccf385ebc8a0p+1023, 156575653125701ll,
       "8e679c2f5e450000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000000000000"},
      {0x0.0000000000001p-1022, 16777216ll, "0"},
      {-0x0.0000000000001p-1022, -16777216ll, "0"},
      {0x1.ec00000000000p+6, 123ll, "7b"},
      {-0x1.4000000000000p+1, -1152921504606846978ll, "-2"},
      {0x1.0000000000000p+60, 1152921504606846976ll, "1000000000000000"},
      {0x1.1c37937e08000p+53, 10000000000000000ll, "2386f26fc10000"},
      {0x1.999999999999ap-4, 230584300921369408ll, "0"},
      {0x1.921fb54442d18p+1, 326490430436040707ll, "3"},
      {kInf, 314159ll, nullptr},
      {-kInf, -314159ll, nullptr},
      {0x1.56e1fc2f8f359p-997, 482449582752280463ll, "0"},
      {0x0.0000000000001p-1022, 16777216ll, "0"},
      {0x1.0000000000001p+52, 4503599627370497ll, "10000000000001"},
      {-0x1.0f0cf064dd592p+73, -1864712049423028464ll, "-21e19e0c9bab2400000"},
      {-0x1.ddd0f338fac55p+595, -756736078518304433ll,
       "-eee8799c7d62a80000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000"},
      {0x1.c27e518a7c1a1p-815, 117376032715621694ll, "0"},
      {-0x1.298f0e8130276p-66, -83755360542795616ll, "0"},
      {-0x1.039977648bf4ap-309, -146141514070223168ll, "0"},
      {-0x1.b5138252cc875p-310, -123026015278368592ll, "0"},
      {0x1.86aae23310292p-276, 882886397446675526ll, "0"},
      {0x1.351271091db59p-468, 149247068942324007ll, "0"},
      {-0x1.10fa50b22c749p-463, -903848190709724321ll, "0"},
      {-0x1.43bedf5e1ac64p+756, -847618770913705695ll,
       "-143bedf5e1ac640000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000"},
      {-0x1.93d21cfba882ap+617, -2099187301386682569ll,
       "-327a439f7510540000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000000"},
      {0x1.182912820ce19p+696, 36935224133702181ll,
       "1182912820ce1900000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
      {0x1.21138ace2d4d6p+939, 1857076977578611594ll,
       "9089c56716a6b000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000"},
      {0x1.0dde2885fecc5p-182, 249820180823348226ll, "0"},
      {-0x1.edbd68af4435fp-615, -138975420833084912ll, "0"},
      {0x1.1f2ca816cfe8fp-942, 573215013250179163ll, "0"},
      {-0x1.dba1a7e379781p-101, -2273726138205041716ll, "0"},
      {-0x1.c637e14cfb065p+29, -1435550144845511721ll, "-38c6fc29"},
      {-0x1.0699ad7152291p+303, -591323312862349440ll,
       "-834cd6b8a9148800000000000000000000000000000000000000000000000000000000000000"},
      {-0x1.1555848813684p-140, -594484679938424987ll, "0"},
      {0x1.a690abb196782p-903, 96654961672198761ll, "0"},
      {-0x1.c9fc86dd89ab1p-774, -494702901882408932ll, "0"},
      {-0x1.5ed729074aeb7p-279, -262745586497445028ll, "0"},
      {-0x1.b7735eea0bdcdp-8, -15461795783343002ll, "0"},
      {0x1.5bb5d4aba1fd8p-480, 1637785741019840859ll, "0"},
      {-0x1.f0c0ca5c294f7p+261, -1339550769455817089ll,
       "-3e18194b8529ee0000000000000000000000000000000000000000000000000000"},
      {-0x1.4c30f9426f6f1p-602, -441115603674202444ll, "0"},
      {0x1.170796a6d24f0p-65, 157079724255124992ll, "0"},
      {-0x1.5304b723b3a87p+969, -23856300432353820ll,
       "-2a6096e476750e0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000000000000000"},
      {0x1.1d0e57b71a626p+808, 395034350741130887ll,
       "11d0e57b71a62600000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000"},
      {0x1.238cd61125fffp+563, 482035999371708643ll,
       "91c66b0892fff800000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000"},
      {-0x1.07abdf0dbc7f6p-591, -2237651845131025758ll, "0"},
      {-0x1.a75f88648af07p-184, -1906703272890009344ll, "0"},
      {-0x1.eeaa813e1a5bep+413, -2161999766666284333ll,
       "-3dd55027c34b7c0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000"},
      {0x1.d1fc88777cb3cp-732, 1891389861854083073ll, "0"},
      {0x1.c523f505c618bp-396, 2045068541720394370ll, "0"},
      {-0x1.3e01d956d34b8p-373, -22377768892551904ll, "0"},
      {0x1.88f4fb4f0d9e2p+850, 221215102141676608ll,
       "623d3ed3c3678800000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000"},
      {-0x1.d81482b5b6d9ep+781, -1730420372071476659ll,
       "-3b029056b6db3c0000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000"},
      {0x1.882de9405f11ap+749, 1896041575449038939ll,
       "3105bd280be23400000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000"},
      {-0x1.af556c5621188p-412, -1640825466682136490ll, "0"},
      {-0x1.13771d435daeep-17, -2143732352458962394ll, "0"},
      {0x1.ba1dd23fc351cp-194, 1944448883690823ll, "0"},
      {0x1.b6cc1e05e92c7p+147, 106480124885309500ll, "db660f02f4963800000000000000000000000"},
      {-0x1.7586e3cc21240p+243, -1682215668055949312ll,
       "-bac371e610920000000000000000000000000000000000000000000000000"},
      {0x1.cd78a70dd1161p+354, 289245162270073388ll,
       "735e29c3744584000000000000000000000000000000000000000000000000000000000000000000000000000"},
      {-0x1.83a914fcb0a44p+563, -623719433377964266ll,
       "-c1d48a7e5852200000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000"},
      {0x1.5f0eb8274b61fp-562, 2162113812938312545ll, "0"},
      {-0x1.d5669df52c803p+142, -2011518041721755241ll, "-7559a77d4b200c0000000000000000000000"},
      {-0x1.366578c8bd165p+938, -904046381949989564ll,
       "-4d995e322f45940000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "000000000000000000000000000000000000000000000000000000"},
      {0x1.a6006adbd48b1p+925, 15039026721982104ll,
       "34c00d5b7a916200000000000000000000000000000000000000000000000000000000000000000000000000000"
       "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
       "00000000000000000000000000000000000000000000000000"},
      {0x1.f1bd85bbe5934p+18, 206588105716123382ll, "7c6f6"},
      {0x1.69fe8ad4b08b0p+16, 1250476847918049790ll, "169fe"},
      {0x1.4bc25a55232d0p+18, 948730747093856009ll, "52f09"},
      {-0x1.2ad4536b0607ap+19, -1399218739048175266ll, "-956a2"},
      {-0x1.fcd22f05a8248p+17, -847074792346745252ll, "-3f9a4"},
      {0x1.61b57e573e0d6p+19, 2186284371278499243ll, "b0dab"},
      {0x1.8c6cd4e30ea46p+19, 1505062799620727654ll, "c6366"},
      {-0x1.402c41d0e46e4p+19, -130855551365677410ll, "-a0162"},
      {-0x1.fc3873b021e31p+18, -1862257075473084641ll, "-7f0e1"},
      {-0x1.b4fdbc799a141p+19, -2051840516203325421ll, "-da7ed"},
      {0x1.8227b82840440p+18, 2023277462997567646ll, "6089e"},
      {-0x1.3452095108aa4p+18, -335663673383375176ll, "-4d148"},
      {-0x1.123bca1c89338p+16, -1820458268661715515ll, "-1123b"},
      {-0x1.a78bac9b9869ap+18, -1607165169241595438ll, "-69e2e"},
      {-0x1.8d5eb8868ed30p+18, -2036549974946624890ll, "-6357a"},
      {0x1.b0bd2d36696bcp+18, 1628953645976830708ll, "6c2f4"},
      {-0x1.40950f01ae044p+17, -270334179705782570ll, "-2812a"},
      {0x1.2fb01912d9db8p+17, 451686484324540256ll, "25f60"},
      {-0x1.87d3e2d72757cp+17, -1780551148386848679ll, "-30fa7"},
      {-0x1.0ce5b5c862413p+19, -1569612502256871213ll, "-8672d"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.value);
    CHECK(krait::hash_double(row.value) == row.hash);
    if (row.as_int) {
      BigInt v = BigInt::from_double(row.value);
      CHECK(hex_of(v) == row.as_int);
      // Integral floats hash like the equal int.
      if (std::trunc(row.value) == row.value) CHECK(v.python_hash() == row.hash);
    }
  }
  CHECK(krait::hash_double(std::nan("")) == 0);  // the caller hashes NaN by identity
}

TEST_CASE("BigInt: hash_int64 and small-int floor division helpers") {
  struct HashRow {
    int64_t value, hash;
  };
  static const HashRow hashes[] = {
      {0ll, 0ll},
      {1ll, 1ll},
      {-1ll, -2ll},
      {-2ll, -2ll},
      {2305843009213693950ll, 2305843009213693950ll},
      {2305843009213693951ll, 0ll},
      {2305843009213693952ll, 1ll},
      {-2305843009213693951ll, 0ll},
      {-2305843009213693952ll, -2ll},
      {-2305843009213693953ll, -2ll},
      {9223372036854775807ll, 3ll},
      {INT64_MIN, -4ll},
      {123456789ll, 123456789ll},
      {-987654321012345ll, -987654321012345ll},
  };
  for (const auto& row : hashes) {
    CAPTURE(row.value);
    CHECK(krait::hash_int64(row.value) == row.hash);
    CHECK(BigInt(row.value).python_hash() == row.hash);
  }
  struct DivRow {
    int64_t a, b, floordiv, mod;
  };
  static const DivRow divs[] = {
      {7ll, 2ll, 3ll, 1ll},
      {-7ll, 2ll, -4ll, 1ll},
      {7ll, -2ll, -4ll, -1ll},
      {-7ll, -2ll, 3ll, -1ll},
      {0ll, 5ll, 0ll, 0ll},
      {0ll, -5ll, 0ll, 0ll},
      {6ll, 3ll, 2ll, 0ll},
      {-6ll, 3ll, -2ll, 0ll},
      {4611686018427387904ll, 3ll, 1537228672809129301ll, 1ll},
      {INT64_MIN, 7ll, -1317624576693539402ll, 6ll},
      {INT64_MIN, -7ll, 1317624576693539401ll, -1ll},
      {9223372036854775807ll, -1ll, -9223372036854775807ll, 0ll},
      {1ll, 9223372036854775807ll, 0ll, 1ll},
      {-1ll, 9223372036854775807ll, -1ll, 9223372036854775806ll},
      {INT64_MIN, 9223372036854775807ll, -2ll, 9223372036854775806ll},
  };
  for (const auto& row : divs) {
    CAPTURE(row.a);
    CAPTURE(row.b);
    CHECK(krait::py_floordiv(row.a, row.b) == row.floordiv);
    CHECK(krait::py_mod(row.a, row.b) == row.mod);
  }
}

TEST_CASE("BigInt: to_bytes / from_bytes") {
  struct Row {
    const char* value;
    size_t length;
    bool little, is_signed;
    const char* bytes_hex;  // nullptr: OverflowError
  };
  static const Row rows[] = {
      {"0", 0, true, false, ""},
      {"-1", 0, true, true, ""},
      {"1", 0, true, true, nullptr},
      {"ff", 1, true, false, "ff"},
      {"ff", 1, true, true, nullptr},
      {"-80", 1, true, true, "80"},
      {"-81", 1, true, true, nullptr},
      {"7f", 1, false, true, "7f"},
      {"80", 1, false, true, nullptr},
      {"-1", 4, false, true, "ffffffff"},
      {"-1", 4, true, false, nullptr},
      {"123456789abcdef", 8, false, false, "0123456789abcdef"},
      {"123456789abcdef", 8, true, false, "efcdab8967452301"},
      {"-123456789abcdef", 9, false, true, "fffedcba9876543211"},
      {"ffffffffffffffff", 8, false, false, "ffffffffffffffff"},
      {"10000000000000000", 8, false, false, nullptr},
      {"-8000000000000000", 8, true, true, "0000000000000080"},
      {"-8000000000000001", 8, true, true, nullptr},
      {"1000000000000000000000004d", 20, true, false, "4d00000000000000000000001000000000000000"},
      {"-1000000000000000000000004d", 13, false, true, "efffffffffffffffffffffffb3"},
      {"3e8", 3, true, true, "e80300"},
  };
  for (const auto& row : rows) {
    std::string value(row.value);
    CAPTURE(value);
    CAPTURE(row.length);
    std::vector<uint8_t> out;
    bool ok = hex(row.value).to_bytes(row.length, row.little, row.is_signed, out);
    CHECK(ok == (row.bytes_hex != nullptr));
    if (!ok) continue;
    std::string h;
    for (uint8_t byte : out) {
      const char* digits = "0123456789abcdef";
      h += digits[byte >> 4];
      h += digits[byte & 15];
    }
    CHECK(h == row.bytes_hex);
    // int.from_bytes(b'', signed=True) is 0, so (-1).to_bytes(0) does not round-trip.
    if (row.length > 0)
      CHECK(hex_of(BigInt::from_bytes(out.data(), out.size(), row.little, row.is_signed)) ==
            row.value);
  }
}

TEST_CASE("BigInt: isqrt") {
  struct Row {
    const char *value, *root;
  };
  static const Row rows[] = {
      {"0", "0"},
      {"1", "1"},
      {"2", "1"},
      {"3", "1"},
      {"4", "2"},
      {"f", "3"},
      {"10", "4"},
      {"11", "4"},
      {"56bc75e2d63100000", "2540be400"},
      {"56bc75e2d630fffff", "2540be3ff"},
      {"10000000000000000", "100000000"},
      {"ffffffffffffffff", "ffffffff"},
      {"80000000000000000000000000000000", "b504f333f9de6484"},
      {"b39cfff485a5dbf4d6aae030b91bfb0ec6bba389cd8d7f85bba3985c19c5e24e40c543a123c6e028a873e9e3874"
       "e1b4623a44be39b34e67dc5c2671",
       "359ba2b98ca11d6864a331b45ae7114c01ffbdcf60cc16e692fb63c6e219"},
      {"1000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000"
       "0000000001",
       "100000000000000000000000000000000000000000000000001"},
      {"1000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000"
       "0000000000",
       "100000000000000000000000000000000000000000000000000"},
  };
  for (const auto& row : rows) {
    std::string value(row.value);
    CAPTURE(value);
    CHECK(hex_of(*BigInt::isqrt(hex(row.value))) == row.root);
  }
  CHECK_FALSE(BigInt::isqrt(-1).has_value());
}

TEST_CASE("BigInt: large values (Karatsuba, divide-and-conquer decimal output)") {
  BigInt fact = 1;
  for (int i = 2; i <= 5000; ++i) fact *= i;
  std::string fs = fact.to_string();
  CHECK(fs.size() == 16326);
  CHECK(fs.substr(0, 40) == "4228577926605543522201064200233584405390");
  CHECK(fact.python_hash() == 1516003207112172614ll);
  long digit_sum = 0;
  for (char c : fs) digit_sum += c - '0';
  CHECK(digit_sum == 67698);
  CHECK(*BigInt::from_string(fs, 10) == fact);

  BigInt p2 = BigInt::pow(2, 100000);
  std::string ps = p2.to_string();
  CHECK(ps.size() == 30103);
  CHECK(ps.substr(0, 40) == "9990020930143845079440327643300335909804");
  CHECK(ps.substr(ps.size() - 40) == "8396223208402597025155304734389883109376");
  CHECK(p2.python_hash() == 2097152ll);
  digit_sum = 0;
  for (char c : ps) digit_sum += c - '0';
  CHECK(digit_sum == 135178);
  CHECK(*BigInt::from_string(ps, 10) == p2);
  CHECK((-p2).to_string() == "-" + ps);

  // ka = 3**20000 + 7**5000, kb = 5**30000 - 1: Karatsuba-sized and unbalanced operands.
  BigInt ka = BigInt::pow(3, 20000) + BigInt::pow(7, 5000);
  BigInt kb = BigInt::pow(5, 30000) - 1;
  CHECK((ka * kb).python_hash() == 857475922614956506ll);
  CHECK((kb * ka).python_hash() == 857475922614956506ll);
  CHECK((ka * ka).python_hash() == 661808841522683691ll);
  CHECK((ka * kb).bit_length() == 101358);
  BigInt q, r;
  REQUIRE(BigInt::divmod_floor(ka * ka + 12345, kb, q, r));
  CHECK(q.python_hash() == 0ll);
  CHECK(r.python_hash() == 661808841522696036ll);
  CHECK(q * kb + r == ka * ka + 12345);
  bool overflow = false;
  CHECK(same_double(BigInt::true_divide(ka, kb, overflow), 0x0.0p+0));
  CHECK(same_double(BigInt::true_divide(ka << 38000, kb, overflow), 0x1.5379fa6c77aefp+41));
  CHECK(same_double(BigInt::true_divide(ka, kb >> 36898, overflow),
                    0x0.0000000002a6fp-1022));  // subnormal
  CHECK_FALSE(overflow);
  CHECK(same_double(BigInt::true_divide(-ka, kb, overflow), -0x0.0p+0));
  CHECK(same_double(BigInt::true_divide(1, -kb, overflow), -0.0));
  BigInt::true_divide(kb, 3, overflow);
  CHECK(overflow);
  (kb * ka).to_double(overflow);
  CHECK(overflow);
}
