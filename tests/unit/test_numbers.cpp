// Unit tests of the VM-free parts of number_ops.h: exact int/float comparison, the numeric hash,
// int-like extraction and the Unicode-digit transform of int()/float() (values from CPython 3.11).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "runtime/number_ops.h"

using namespace krait;

namespace {

// A big int without a VM: an IntObject on the stack (type unused by these functions).
struct Big {
  explicit Big(BigInt v) : obj(nullptr, std::move(v)) {}
  Value value() const { return Value::object(&obj); }
  IntObject obj;
};

Value F(double d) { return Value::from_double(d); }
Value I(int64_t i) { return Value::small_int(i); }

}  // namespace

TEST_CASE("int-like extraction") {
  int64_t out = 0;
  CHECK(int_like_to_int64(I(-5), out));
  CHECK(out == -5);
  CHECK(int_like_to_int64(Value::true_(), out));
  CHECK(out == 1);
  CHECK_FALSE(int_like_to_int64(F(1.0), out));
  Big b(BigInt::lshift(BigInt(1), 100));
  CHECK_FALSE(int_like_to_int64(b.value(), out));
  CHECK(int_like_to_bigint(b.value()) == BigInt::lshift(BigInt(1), 100));
  CHECK(is_int_like(b.value()));
  CHECK(is_int_like(Value::false_()));
  CHECK_FALSE(is_int_like(F(2.0)));
  CHECK(is_float_like(F(2.0)));
  CHECK_FALSE(is_float_like(Value::none()));
}

TEST_CASE("int and float compare exactly") {
  const double two53 = 9007199254740992.0;
  Big b53p1(BigInt(int64_t{9007199254740993}));
  CHECK(number_compare(b53p1.value(), F(two53), CompareOp::Gt));
  CHECK_FALSE(number_equal(b53p1.value(), F(two53)));
  CHECK(number_compare(F(two53), b53p1.value(), CompareOp::Lt));
  Big huge(BigInt::pow(BigInt(10), 400));
  CHECK(number_compare(huge.value(), F(1e308), CompareOp::Gt));
  CHECK(number_compare(huge.value(), F(INFINITY), CompareOp::Lt));
  CHECK(number_compare(F(-INFINITY), huge.value(), CompareOp::Lt));
  CHECK(number_equal(I(1), F(1.0)));
  CHECK(number_equal(Value::true_(), F(1.0)));
  CHECK(number_compare(I(1), F(1.5), CompareOp::Lt));
  CHECK(number_compare(I(-1), F(-1.5), CompareOp::Gt));
  CHECK(number_equal(I(0), F(-0.0)));
  Big p70(BigInt::lshift(BigInt(1), 70));
  CHECK(number_equal(p70.value(), F(std::ldexp(1.0, 70))));
  CHECK(number_compare(p70.value(), F(std::ldexp(1.0, 70) * 1.5), CompareOp::Lt));
}

TEST_CASE("NaN is unordered") {
  double nan = std::numeric_limits<double>::quiet_NaN();
  for (Value v : {I(1), F(1.0), F(nan)}) {
    CHECK_FALSE(number_compare(v, F(nan), CompareOp::Eq));
    CHECK(number_compare(v, F(nan), CompareOp::Ne));
    CHECK_FALSE(number_compare(v, F(nan), CompareOp::Lt));
    CHECK_FALSE(number_compare(F(nan), v, CompareOp::Ge));
  }
}

TEST_CASE("numeric hash agrees with CPython") {
  CHECK(number_hash(I(-1)) == -2);
  CHECK(number_hash(I(-2)) == -2);
  CHECK(number_hash(Value::true_()) == 1);
  CHECK(number_hash(F(1.0)) == 1);
  CHECK(number_hash(F(-1.0)) == -2);
  CHECK(number_hash(F(0.5)) == 1152921504606846976);
  CHECK(number_hash(F(INFINITY)) == 314159);
  CHECK(number_hash(F(-INFINITY)) == -314159);
  CHECK(number_hash(F(1e300)) == 1224995262755759164);
  Big p61(BigInt::lshift(BigInt(1), 61));
  CHECK(number_hash(p61.value()) == 1);
  Big p70(BigInt::lshift(BigInt(1), 70));
  CHECK(number_hash(p70.value()) == number_hash(F(std::ldexp(1.0, 70))));
}

TEST_CASE("builtin number classification of immediates") {
  CHECK(is_builtin_number(I(3)));
  CHECK(is_builtin_number(F(3.0)));
  CHECK(is_builtin_number(Value::true_()));
  CHECK_FALSE(is_builtin_number(Value::none()));
  CHECK_FALSE(is_builtin_number(Value::null()));
}

TEST_CASE("Unicode digits and spaces become ASCII for int() and float()") {
  CHECK(numeric_text_to_ascii("12") == "12");
  CHECK(numeric_text_to_ascii("\xD9\xA1\xD9\xA2") == "12");  // ARABIC-INDIC ONE, TWO
  CHECK(numeric_text_to_ascii("\xC2\xA0" "5\xE2\x80\x83") == " 5 ");  // NBSP, EM SPACE
  CHECK(numeric_text_to_ascii("1\xC3\xA9" "2") == "1?");  // é is neither: the text ends there
}
