// Unit tests of the NaN-boxed Value and of the heap's collector.
#include <doctest/doctest.h>

#include <cmath>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/vm.h"

using krait::Value;

TEST_CASE("small ints box and unbox across the 48-bit range") {
  for (int64_t i : {int64_t(0), int64_t(1), int64_t(-1), Value::kSmallIntMax, Value::kSmallIntMin,
                    int64_t(123456789012)}) {
    Value v = Value::small_int(i);
    CHECK(v.is_small_int());
    CHECK_FALSE(v.is_double());
    CHECK_FALSE(v.is_object());
    CHECK(v.as_small_int() == i);
  }
  CHECK_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  CHECK_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST_CASE("doubles are stored as themselves and NaN is canonical") {
  for (double d : {0.0, -0.0, 1.5, -1e300, 1e-320, double(INFINITY), -double(INFINITY)}) {
    Value v = Value::from_double(d);
    CHECK(v.is_double());
    CHECK_FALSE(v.is_small_int());
    CHECK(std::signbit(v.as_double()) == std::signbit(d));
    if (!std::isnan(d)) CHECK(v.as_double() == d);
  }
  Value n = Value::from_double(-std::nan(""));
  CHECK(n.is_double());
  CHECK(std::isnan(n.as_double()));
  CHECK(n.bits() == Value::kCanonicalNan);
}

TEST_CASE("singletons are distinct and typed") {
  CHECK(Value::none().is_none());
  CHECK(Value::true_().is_bool());
  CHECK(Value::false_().is_bool());
  CHECK(Value::true_().is_true());
  CHECK(Value::null().is_null());
  CHECK_FALSE(Value::none().is_double());
  CHECK_FALSE(Value::null().is_object());
  CHECK(Value::boolean(true) == Value::true_());
}

TEST_CASE("the collector frees unreachable objects, including cycles, and keeps roots") {
  krait::VM vm;
  vm.collect_garbage();  // start from a heap with no garbage left over from start-up
  size_t before = vm.heap().object_count();
  {
    krait::ListObject* a = vm.new_list();
    krait::ListObject* b = vm.new_list();
    a->items.push_back(Value::object(b));
    b->items.push_back(Value::object(a));  // a cycle, unreachable once we drop it
  }
  krait::ListObject* kept = vm.new_list();
  kept->items.push_back(vm.new_str("kept"));
  vm.extra_roots().push_back(Value::object(kept));
  vm.collect_garbage();
  CHECK(vm.heap().object_count() == before + 2);  // the kept list and its string
  CHECK(krait::str_view(kept->items[0]) == "kept");
  vm.extra_roots().clear();
  vm.collect_garbage();
  CHECK(vm.heap().object_count() == before);
}

TEST_CASE("dicts keep insertion order and find str keys by value") {
  krait::VM vm;
  krait::DictObject* d = vm.new_dict();
  for (int i = 0; i < 100; ++i) {
    CHECK(krait::dict_set(vm, d, vm.new_str("k" + std::to_string(i)), Value::small_int(i)));
  }
  CHECK(d->used == 100);
  Value out;
  CHECK(krait::dict_lookup(vm, d, vm.new_str("k42"), out) == 1);
  CHECK(out.as_small_int() == 42);
  CHECK(krait::dict_delete(vm, d, vm.new_str("k0")) == 1);
  size_t pos = 0;
  Value k, v;
  REQUIRE(krait::dict_next(d, pos, k, v));
  CHECK(krait::str_view(k) == "k1");
}
