// Unit tests of the container tables and algorithms through a VM, without the compiler: the set
// table's iteration order against strings CPython 3.11 printed, the dict's compact table and
// keys_version, tuple/frozenset hashes, and list.sort's stability against std::stable_sort.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "runtime/containers.h"
#include "runtime/misc_objects.h"
#include "runtime/protocol.h"
#include "runtime/vm.h"

using namespace krait;

namespace {

struct Fixture {
  VM vm;

  std::string repr(Value v) {
    REQUIRE(!v.is_null());
    Value r = py_repr(vm, v);
    REQUIRE(!r.is_null());
    return std::string(str_view(r));
  }
  // "TypeName: message" of the pending exception.
  std::string error() {
    REQUIRE(vm.has_error());
    Value e = vm.take_error();
    Value s = py_str(vm, e);
    return std::string(vm.type_name(e)) + ": " + (s.is_null() ? "?" : std::string(str_view(s)));
  }
  Value type(TypeObject* t) { return Value::object(t); }
  Value call(TypeObject* t, std::initializer_list<Value> args) { return vm.call(type(t), args); }
  Value method(Value self, const char* name, std::initializer_list<Value> args) {
    return vm.call_method(self, vm.intern(name), args);
  }
  Value list(std::initializer_list<int64_t> xs) {
    ListObject* l = vm.new_list();
    for (int64_t x : xs) l->items.push_back(vm.new_int(x));
    return Value::object(l);
  }
  Value set_of(std::initializer_list<int64_t> xs) { return call(vm.types.set, {list(xs)}); }
  Value range(int64_t a, int64_t b, int64_t s = 1) {
    return call(vm.types.range, {vm.new_int(a), vm.new_int(b), vm.new_int(s)});
  }
};

Value first_item(VM&, const Value* args, size_t, TupleObject*) { return as_tuple(args[0])->items()[0]; }

}  // namespace

TEST_CASE("set iteration order matches CPython for ints") {
  Fixture f;
  CHECK(f.repr(f.call(f.vm.types.set, {f.list({5, 3, 100, 8, 16, 1024, -1, 40, 33})})) ==
        "{1024, 33, 3, 100, 5, 8, 40, 16, -1}");
  Value s20 = f.call(f.vm.types.set, {f.range(0, 20)});
  CHECK(f.repr(py_binary_op(f.vm, s20, f.set_of({3}), static_cast<int>(BinOp::Xor))) ==
        "{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
  Value a = f.set_of({1, 2, 3, 40, 50, 64, 128});
  CHECK(f.repr(py_binary_op(f.vm, a, f.set_of({64, 128, 1, 999}), static_cast<int>(BinOp::And))) ==
        "{64, 1, 128}");
  CHECK(f.repr(py_binary_op(f.vm, a, f.set_of({1, 256}), static_cast<int>(BinOp::Xor))) ==
        "{256, 64, 2, 3, 128, 40, 50}");
  CHECK(f.repr(f.method(a, "union", {f.list({300, 7})})) == "{64, 1, 2, 3, 128, 7, 40, 300, 50}");

  // Deletions leave dummies; difference_update resizes them away like CPython.
  Value s = f.call(f.vm.types.set, {f.range(0, 50)});
  f.method(s, "difference_update", {f.range(10, 45)});
  CHECK(f.repr(s) == "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 45, 46, 47, 48, 49}");
  s = f.call(f.vm.types.set, {f.range(0, 50)});
  f.method(s, "intersection_update", {f.range(0, 100, 7)});
  CHECK(f.repr(s) == "{0, 35, 7, 42, 14, 49, 21, 28}");

  // set.pop's finger walk.
  s = f.call(f.vm.types.set, {});
  for (int i = 0; i < 200; ++i) f.method(s, "add", {f.vm.new_int(i * 37 % 1000)});
  for (int i = 0; i < 200; i += 2) f.method(s, "discard", {f.vm.new_int(i * 37 % 1000)});
  ListObject* pops = f.vm.new_list();
  for (int i = 0; i < 5; ++i) pops->items.push_back(f.method(s, "pop", {}));
  CHECK(f.repr(Value::object(pops)) == "[513, 515, 517, 31, 33]");

  // A dict's keys go through set_update's dict fast path (pre-sized table).
  DictObject* d = f.vm.new_dict();
  for (int64_t k : {17, 1, 2, 3, 4}) dict_set(f.vm, d, f.vm.new_int(k), Value::none());
  CHECK(f.repr(f.call(f.vm.types.set, {Value::object(d)})) == "{17, 1, 2, 3, 4}");
  CHECK(f.repr(f.call(f.vm.types.set, {f.list({17, 1, 2, 3, 4})})) == "{1, 2, 3, 4, 17}");
}

TEST_CASE("hashes match CPython") {
  Fixture f;
  int64_t h = 0;
  Value t12 = f.vm.new_tuple({Value::small_int(1), Value::small_int(2)});
  REQUIRE(tuple_hash(f.vm, as_tuple(t12), h));
  CHECK(h == -3550055125485641917);
  REQUIRE(tuple_hash(f.vm, f.vm.empty_tuple(), h));
  CHECK(h == 5740354900026072187);
  Value fs = f.call(f.vm.types.frozenset, {f.list({1, 2})});
  CHECK(frozenset_hash(as_set(fs)) == -1826646154956904602);
  CHECK(frozenset_hash(as_set(f.call(f.vm.types.frozenset, {}))) == 133146708735736);
  CHECK(f.repr(f.method(f.range(0, 5), "__hash__", {})) == "5795932985296280846");
  CHECK(!py_hash(f.vm, f.list({1}), h));
  CHECK(f.error() == "TypeError: unhashable type: 'list'");
}

TEST_CASE("dict keeps insertion order through deletions and resizes") {
  Fixture f;
  DictObject* d = f.vm.new_dict();
  uint64_t v0 = d->keys_version;
  for (int i = 0; i < 100; ++i) REQUIRE(dict_set(f.vm, d, f.vm.new_int(i), f.vm.new_int(i * i)));
  CHECK(d->keys_version != v0);
  uint64_t v1 = d->keys_version;
  REQUIRE(dict_set(f.vm, d, f.vm.new_int(5), f.vm.new_int(-5)));
  CHECK(d->keys_version == v1);  // replacing a value keeps the key positions
  for (int i = 0; i < 100; i += 3) CHECK(dict_delete(f.vm, d, f.vm.new_int(i)) == 1);
  CHECK(dict_delete(f.vm, d, f.vm.new_int(0)) == 0);
  CHECK(d->used == 66);
  Value out;
  CHECK(dict_lookup(f.vm, d, f.vm.new_int(5), out) == 1);
  CHECK(out.as_small_int() == -5);
  CHECK(dict_lookup(f.vm, d, f.vm.new_int(3), out) == 0);
  // Iteration order: insertion order with the deleted keys skipped.
  size_t pos = 0;
  Value k, v;
  std::vector<int64_t> keys;
  while (dict_next(d, pos, k, v)) keys.push_back(k.as_small_int());
  REQUIRE(keys.size() == 66);
  CHECK(keys[0] == 1);
  CHECK(keys[1] == 2);
  CHECK(keys[2] == 4);
  CHECK(keys.back() == 98);
  // str keys: the fast paths and the general path agree.
  StrObject* name = f.vm.intern("alpha");
  dict_set_str(f.vm, d, name, Value::small_int(7));
  CHECK(dict_get_str(d, name).as_small_int() == 7);
  Value other = f.vm.new_str("alpha");  // equal text, another object
  CHECK(dict_lookup(f.vm, d, other, out) == 1);
  CHECK(out.as_small_int() == 7);
  CHECK(dict_find_str_index(d, as_str(other)) == dict_find_str_index(d, name));
  Value key, value;
  CHECK(dict_pop_last(d, key, value));
  CHECK(key == Value::object(name));
  dict_clear(f.vm, d);
  CHECK(d->used == 0);
  CHECK(dict_get_str(d, name).is_null());
}

TEST_CASE("dict and list error messages") {
  Fixture f;
  Value d = f.call(f.vm.types.dict, {});
  CHECK(py_getitem(f.vm, d, f.vm.new_str("x")).is_null());
  CHECK(f.error() == "KeyError: 'x'");
  CHECK(f.call(f.vm.types.dict, {f.list({1})}).is_null());
  CHECK(f.error() == "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  CHECK(f.method(d, "popitem", {}).is_null());
  CHECK(f.error() == "KeyError: 'popitem(): dictionary is empty'");
  Value l = f.list({1, 2, 3});
  CHECK(py_getitem(f.vm, l, Value::small_int(3)).is_null());
  CHECK(f.error() == "IndexError: list index out of range");
  CHECK(f.method(l, "remove", {Value::small_int(9)}).is_null());
  CHECK(f.error() == "ValueError: list.remove(x): x not in list");
  CHECK(f.method(f.list({}), "pop", {}).is_null());
  CHECK(f.error() == "IndexError: pop from empty list");
  Value ext = f.call(f.vm.types.slice, {Value::none(), Value::none(), Value::small_int(2)});
  CHECK(f.method(l, "__setitem__", {ext, f.list({1})}).is_null());
  CHECK(f.error() == "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
  CHECK(f.method(f.call(f.vm.types.set, {}), "pop", {}).is_null());
  CHECK(f.error() == "KeyError: 'pop from an empty set'");
}

TEST_CASE("list slicing") {
  Fixture f;
  Value l = f.call(f.vm.types.list, {f.range(0, 10)});
  auto sl = [&](Value a, Value b, Value c) { return f.call(f.vm.types.slice, {a, b, c}); };
  Value none = Value::none();
  CHECK(f.repr(py_getitem(f.vm, l, sl(none, none, Value::small_int(-3)))) == "[9, 6, 3, 0]");
  CHECK(f.repr(py_getitem(f.vm, l, sl(Value::small_int(8), Value::small_int(1), Value::small_int(-3)))) ==
        "[8, 5, 2]");
  REQUIRE(!f.method(l, "__delitem__", {sl(none, none, Value::small_int(-3))}).is_null());
  CHECK(f.repr(l) == "[1, 2, 4, 5, 7, 8]");
  REQUIRE(!f.method(l, "__setitem__", {sl(Value::small_int(1), Value::small_int(3), none), f.list({})}).is_null());
  CHECK(f.repr(l) == "[1, 5, 7, 8]");
  REQUIRE(!f.method(l, "__setitem__", {sl(none, Value::small_int(0), none), l}).is_null());
  CHECK(f.repr(l) == "[1, 5, 7, 8, 1, 5, 7, 8]");
  CHECK(f.repr(f.method(f.range(0, 100), "__getitem__", {sl(none, none, Value::small_int(-7))})) ==
        "range(99, -1, -7)");
}

TEST_CASE("list.sort is a stable sort and survives failing comparisons") {
  Fixture f;
  Value key = Value::object(f.vm.new_native("first", first_item));
  std::mt19937 rng(7);
  for (int trial = 0; trial < 60; ++trial) {
    int n = static_cast<int>(rng() % (trial < 30 ? 80 : 3000));
    int range = 1 + static_cast<int>(rng() % (trial % 3 == 0 ? 4 : 500));
    std::vector<std::pair<int64_t, int64_t>> ref;
    ListObject* l = f.vm.new_list();
    for (int i = 0; i < n; ++i) {
      int64_t k = trial % 4 == 1 ? (i / 29 % 2 ? i % range : (n - i) % range) : rng() % range;
      ref.push_back({k, i});
      l->items.push_back(f.vm.new_tuple({Value::small_int(k), Value::small_int(i)}));
    }
    bool reverse = trial % 2 == 1;
    REQUIRE(list_sort(f.vm, l, key, reverse));
    std::stable_sort(ref.begin(), ref.end(), [&](const auto& a, const auto& b) {
      return reverse ? a.first > b.first : a.first < b.first;
    });
    bool same = true;
    for (int i = 0; i < n; ++i) {
      const Value* t = as_tuple(l->items[static_cast<size_t>(i)])->items();
      if (t[0].as_small_int() != ref[static_cast<size_t>(i)].first ||
          t[1].as_small_int() != ref[static_cast<size_t>(i)].second) {
        same = false;
      }
    }
    CHECK(same);
  }
  // A comparison error propagates and leaves a permutation of the items.
  Value mixed = f.list({3, 1, 2, 9, 0, 7});
  as_list(mixed)->items.insert(as_list(mixed)->items.begin() + 3, f.vm.new_str("x"));
  CHECK(!list_sort(f.vm, as_list(mixed), Value::null(), false));
  CHECK(f.error() == "TypeError: '<' not supported between instances of 'str' and 'int'");
  CHECK(as_list(mixed)->items.size() == 7);
}
