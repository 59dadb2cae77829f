// `range`, `range_iterator` and `slice` (CPython 3.11's Objects/rangeobject.c and
// sliceobject.c), plus the index conversions every sequence shares: operator.index with an
// int64 result, and slice_indices (PySlice_Unpack + PySlice_AdjustIndices).
//
// A range whose bounds fit int64 (nearly all) has the compact layout the VM fast-paths; others
// hold BigInts, as every CPython range does. Arithmetic on int64 bounds is done in 128 bits so
// that lengths and slices of extreme ranges neither overflow nor lie.
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/containers.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

using i128 = __int128;

// --- Index conversions (declared in containers.h). ---

bool has_index(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  if (v.is_double() || v.is_none() || v.is_null()) return false;
  if (v.as_object()->kind == ObjKind::Int) return true;
  return !lookup_special(vm, v.as_object()->type, Slot::Index).is_null();
}

bool index_to_int64(VM& vm, Value v, int64_t& out, TypeObject* overflow_type) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
    return true;
  }
  Value r = py_index(vm, v);
  if (r.is_null()) return false;
  if (r.is_small_int()) {
    out = r.as_small_int();
    return true;
  }
  if (r.is_bool()) {
    out = r.is_true() ? 1 : 0;
    return true;
  }
  if (is_bigint(r) && bigint_of(r).to_int64(out)) return true;
  vm.raise(overflow_type, "cannot fit 'int' into an index-sized integer");
  return false;
}

bool slice_index_clamped(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (!has_index(vm, v)) {
    vm.raise(vm.exc.TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (v.is_bool()) {
    out = v.is_true() ? 1 : 0;
    return true;
  }
  Value r = py_index(vm, v);
  if (r.is_null()) return false;
  if (r.is_small_int()) {
    out = r.as_small_int();
    return true;
  }
  if (r.is_bool()) {
    out = r.is_true() ? 1 : 0;
    return true;
  }
  const BigInt& b = bigint_of(r);
  if (!b.to_int64(out)) out = b.is_negative() ? INT64_MIN : INT64_MAX;
  return true;
}

bool slice_indices(VM& vm, Value slice, int64_t length, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& slicelength) {
  auto* s = static_cast<SliceObject*>(slice.as_object());
  // PySlice_Unpack.
  if (s->step.is_none()) {
    step = 1;
  } else {
    if (!slice_index_clamped(vm, s->step, step)) return false;
    if (step == 0) {
      vm.raise(vm.exc.ValueError, "slice step cannot be zero");
      return false;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;  // so that -step cannot overflow
  }
  if (s->start.is_none()) {
    start = step < 0 ? INT64_MAX : 0;
  } else if (!slice_index_clamped(vm, s->start, start)) {
    return false;
  }
  if (s->stop.is_none()) {
    stop = step < 0 ? INT64_MIN : INT64_MAX;
  } else if (!slice_index_clamped(vm, s->stop, stop)) {
    return false;
  }
  // PySlice_AdjustIndices.
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  slicelength = 0;
  if (step < 0) {
    if (stop < start) slicelength = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    slicelength = (stop - start - 1) / step + 1;
  }
  return true;
}

// --- range. ---
//
// Two layouts share the type `range`: RangeObject (misc_objects.h, ObjKind::Range) holds int64
// bounds, which the VM's fast paths know; BigRangeObject below holds bounds of any size (CPython
// stores every range with PyLongs), created only when a bound does not fit int64. Every method
// accepts both; the int64 paths do their arithmetic in 128 bits, the big ones with BigInt.

namespace {

i128 range_length128(int64_t start, int64_t stop, int64_t step) {
  i128 lo = start, hi = stop, st = step;
  if (st > 0) return lo < hi ? (hi - lo - 1) / st + 1 : 0;
  return lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
}

struct BigRangeObject : Object {
  explicit BigRangeObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  size_t external_size() const override {
    return (start.magnitude().capacity() + stop.magnitude().capacity() +
            step.magnitude().capacity() + length.magnitude().capacity()) *
           sizeof(BigInt::Limb);
  }
  BigInt start, stop, step, length;
};

// CPython's longrangeiterobject: iterates a range whose values or length exceed int64.
struct LongRangeIterObject : Object {
  explicit LongRangeIterObject(TypeObject* t) : Object(t, ObjKind::Iterator) {}
  size_t external_size() const override {
    return (next.magnitude().capacity() + step.magnitude().capacity() +
            remaining.magnitude().capacity()) *
           sizeof(BigInt::Limb);
  }
  BigInt next, step, remaining;
};

// CPython's compute_range_length.
BigInt big_range_length(const BigInt& start, const BigInt& stop, const BigInt& step) {
  const BigInt& lo = step.sign() > 0 ? start : stop;
  const BigInt& hi = step.sign() > 0 ? stop : start;
  if (lo >= hi) return BigInt(0);
  BigInt st = step.abs();
  return *BigInt::floordiv(hi - lo - BigInt(1), st) + BigInt(1);
}

}  // namespace

int64_t RangeObject::length() const {
  i128 n = range_length128(start, stop, step);
  return n > INT64_MAX ? INT64_MAX : static_cast<int64_t>(n);
}

namespace {

inline bool is_small_range(Value v) {
  return is_kind(v, ObjKind::Range);
}
inline RangeObject* self_range(const Value* args) {
  return static_cast<RangeObject*>(args[0].as_object());
}
inline BigRangeObject* self_big(const Value* args) {
  return static_cast<BigRangeObject*>(args[0].as_object());
}

bool is_range(VM& vm, Value v) {
  return is_small_range(v) || (is_kind(v, ObjKind::Other) && v.as_object()->type == vm.types.range);
}

// The bounds of either layout as BigInts.
struct Bounds {
  BigInt start, stop, step, length;
};

Bounds bounds_of(Value r) {
  if (is_small_range(r)) {
    auto* s = static_cast<RangeObject*>(r.as_object());
    i128 n = range_length128(s->start, s->stop, s->step);
    BigInt len = n > INT64_MAX ? BigInt(static_cast<uint64_t>(n)) : BigInt(static_cast<int64_t>(n));
    return {BigInt(s->start), BigInt(s->stop), BigInt(s->step), len};
  }
  auto* b = static_cast<BigRangeObject*>(r.as_object());
  return {b->start, b->stop, b->step, b->length};
}

Value make_range(VM& vm, int64_t a, int64_t b, int64_t s) {
  auto* r = vm.make<RangeObject>(vm.types.range, a, b, s);
  return r ? Value::object(r) : Value::null();
}

// A range with any bounds: the int64 layout when they all fit.
Value make_range_big(VM& vm, const BigInt& start, const BigInt& stop, const BigInt& step) {
  int64_t a, b, s;
  if (start.to_int64(a) && stop.to_int64(b) && step.to_int64(s)) return make_range(vm, a, b, s);
  auto* r = vm.make<BigRangeObject>(vm.types.range);
  if (!r) return Value::null();
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = big_range_length(start, stop, step);
  return Value::object(r);
}

Value new_long_iter(VM& vm, BigInt next, BigInt step, BigInt remaining) {
  auto* it = vm.make<LongRangeIterObject>(vm.types.longrange_iterator);
  if (!it) return Value::null();
  it->next = std::move(next);
  it->step = std::move(step);
  it->remaining = std::move(remaining);
  return Value::object(it);
}

Value range_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "range", kwnames)) return Value::null();
  size_t n = nargs - 1;
  if (!check_arg_count(vm, "range", n, 1, 3)) return Value::null();
  Value v[3] = {Value::small_int(0), Value::null(), Value::small_int(1)};
  if (n == 1) {
    v[1] = args[1];
  } else {
    for (size_t i = 0; i < n; ++i) v[i] = args[i + 1];
  }
  for (Value& x : v) {
    if (!x.is_small_int()) {
      x = py_index(vm, x);
      if (x.is_null()) return x;
    }
  }
  if (v[2] == Value::small_int(0) || (v[2].is_bool() && v[2].is_false())) {
    return vm.raise(vm.exc.ValueError, "range() arg 3 must not be zero");
  }
  int64_t a, b, s;
  if (int_like_to_int64(v[0], a) && int_like_to_int64(v[1], b) && int_like_to_int64(v[2], s)) {
    return make_range(vm, a, b, s);
  }
  return make_range_big(vm, int_like_to_bigint(v[0]), int_like_to_bigint(v[1]),
                        int_like_to_bigint(v[2]));
}

Value range_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  if (is_small_range(args[0])) {
    RangeObject* r = self_range(args);
    if (r->step == 1) return vm.new_str_ascii(fmt::format("range({}, {})", r->start, r->stop));
    return vm.new_str_ascii(fmt::format("range({}, {}, {})", r->start, r->stop, r->step));
  }
  BigRangeObject* r = self_big(args);
  std::string out = "range(" + r->start.to_string() + ", " + r->stop.to_string();
  if (r->step != BigInt(1)) out += ", " + r->step.to_string();
  out += ')';
  return vm.new_str_ascii(out);
}

Value range_len(VM& vm, const Value* args, size_t, TupleObject*) {
  int64_t n;
  bool fits;
  if (is_small_range(args[0])) {
    RangeObject* r = self_range(args);
    i128 n128 = range_length128(r->start, r->stop, r->step);
    fits = n128 <= INT64_MAX;
    n = static_cast<int64_t>(n128);
  } else {
    fits = self_big(args)->length.to_int64(n);
  }
  if (!fits) return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
  return vm.new_int(n);
}

Value range_bool(VM&, const Value* args, size_t, TupleObject*) {
  if (!is_small_range(args[0])) return Value::boolean(!self_big(args)->length.is_zero());
  RangeObject* r = self_range(args);
  return Value::boolean(range_length128(r->start, r->stop, r->step) != 0);
}

// Whether the int `x` is in r (CPython's range_contains_long).
bool range_has(const RangeObject* r, i128 x) {
  i128 start = r->start, stop = r->stop, step = r->step;
  if (step > 0) {
    if (x < start || x >= stop) return false;
  } else if (x > start || x <= stop) {
    return false;
  }
  return (x - start) % step == 0;
}

bool big_range_has(const Bounds& r, const BigInt& x) {
  if (r.step.sign() > 0) {
    if (x < r.start || x >= r.stop) return false;
  } else if (x > r.start || x <= r.stop) {
    return false;
  }
  return BigInt::mod(x - r.start, r.step)->is_zero();
}

// Exact ints and bools take CPython's arithmetic path in contains/count/index; anything else
// is compared item by item.
bool is_exact_int(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() || (is_bigint(v) && v.as_object()->type == vm.types.int_);
}

// Whether r contains the exact int x, for either layout.
bool contains_int(Value r, Value x) {
  if (is_small_range(r)) {
    int64_t v;
    if (!int_like_to_int64(x, v)) return false;  // never in an int64 range
    return range_has(static_cast<RangeObject*>(r.as_object()), v);
  }
  return big_range_has(bounds_of(r), int_like_to_bigint(x));
}

// Iterates r comparing with `x`; returns the first index (as a BigInt in `first`) and whether
// one was found; -1 on error. `count` counts all matches when count_all.
int range_search(VM& vm, Value r, Value x, bool count_all, BigInt& first, int64_t& count) {
  Bounds b = bounds_of(r);
  count = 0;
  bool found = false;
  BigInt cur = b.start;
  for (BigInt i(0); i < b.length; i += BigInt(1), cur += b.step) {
    Value v = vm.new_int(cur);
    if (v.is_null()) return -1;
    int eq = py_equal(vm, v, x);
    if (eq < 0) return -1;
    if (eq) {
      if (!found) first = i;
      found = true;
      ++count;
      if (!count_all) return 1;
    }
  }
  return found ? 1 : 0;
}

Value range_contains(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (is_exact_int(vm, args[1])) return Value::boolean(contains_int(args[0], args[1]));
  BigInt first;
  int64_t count;
  int found = range_search(vm, args[0], args[1], false, first, count);
  if (found < 0) return Value::null();
  return Value::boolean(found);
}

Value range_count(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "range.count", kwnames)) return Value::null();
  if (!check_arg_count(vm, "range.count", nargs - 1, 1, 1)) return Value::null();
  if (is_exact_int(vm, args[1])) return Value::small_int(contains_int(args[0], args[1]) ? 1 : 0);
  BigInt first;
  int64_t count;
  if (range_search(vm, args[0], args[1], true, first, count) < 0) return Value::null();
  return vm.new_int(count);
}

Value range_index(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "range.index", kwnames)) return Value::null();
  if (!check_arg_count(vm, "range.index", nargs - 1, 1, 1)) return Value::null();
  Value x = args[1];
  if (is_exact_int(vm, x)) {
    if (contains_int(args[0], x)) {
      if (is_small_range(args[0])) {
        RangeObject* r = self_range(args);
        int64_t v;
        int_like_to_int64(x, v);
        return vm.new_int(static_cast<int64_t>((static_cast<i128>(v) - r->start) / r->step));
      }
      Bounds b = bounds_of(args[0]);
      return vm.new_int(*BigInt::floordiv(int_like_to_bigint(x) - b.start, b.step));
    }
    std::string rep;
    if (!repr_into(vm, x, rep)) return Value::null();
    return vm.raise_fmt(vm.exc.ValueError, "{} is not in range", rep);
  }
  BigInt first;
  int64_t count;
  int found = range_search(vm, args[0], x, false, first, count);
  if (found < 0) return Value::null();
  if (!found) return vm.raise(vm.exc.ValueError, "sequence.index(x): x not in sequence");
  return vm.new_int(first);
}

// start + i * step for 0 <= i <= len (always representable as i128).
inline i128 range_at(const RangeObject* r, i128 i) { return static_cast<i128>(r->start) + i * r->step; }

// A slice bound as _PySlice_GetLongIndices evaluates it: any int or __index__.
bool big_slice_index(VM& vm, Value v, BigInt& out) {
  if (!has_index(vm, v)) {
    vm.raise(vm.exc.TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value i = py_index(vm, v);
  if (i.is_null()) return false;
  out = int_like_to_bigint(i);
  return true;
}

// CPython's compute_slice: r[slice] as a new range, with big-int slice indices.
Value range_slice(VM& vm, Value self, Value key) {
  auto* s = static_cast<SliceObject*>(key.as_object());
  BigInt step(1);
  if (!s->step.is_none()) {
    if (!big_slice_index(vm, s->step, step)) return Value::null();
    if (step.is_zero()) return vm.raise(vm.exc.ValueError, "slice step cannot be zero");
  }
  bool neg = step.is_negative();
  Bounds r = bounds_of(self);
  BigInt lower = neg ? BigInt(-1) : BigInt(0);
  BigInt upper = neg ? r.length + lower : r.length;
  auto adjust = [&](Value v, const BigInt& dflt, BigInt& out) {
    if (v.is_none()) {
      out = dflt;
      return true;
    }
    if (!big_slice_index(vm, v, out)) return false;
    if (out.is_negative()) {
      out += r.length;
      if (out < lower) out = lower;
    } else if (out > upper) {
      out = upper;
    }
    return true;
  };
  BigInt start, stop;
  if (!adjust(s->start, neg ? upper : lower, start)) return Value::null();
  if (!adjust(s->stop, neg ? lower : upper, stop)) return Value::null();
  return make_range_big(vm, r.start + start * r.step, r.start + stop * r.step, r.step * step);
}

Value range_getitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  Value key = args[1];
  if (key.is_small_int() || has_index(vm, key)) {
    Value iv = key.is_small_int() ? key : py_index(vm, key);
    if (iv.is_null()) return iv;
    int64_t i;
    if (is_small_range(args[0]) && int_like_to_int64(iv, i)) {
      RangeObject* r = self_range(args);
      i128 len = range_length128(r->start, r->stop, r->step);
      i128 idx = i;
      if (idx < 0) idx += len;
      if (idx < 0 || idx >= len) {
        return vm.raise(vm.exc.IndexError, "range object index out of range");
      }
      return vm.new_int(static_cast<int64_t>(range_at(r, idx)));
    }
    Bounds b = bounds_of(args[0]);
    BigInt idx = int_like_to_bigint(iv);
    if (idx.is_negative()) idx += b.length;
    if (idx.is_negative() || idx >= b.length) {
      return vm.raise(vm.exc.IndexError, "range object index out of range");
    }
    return vm.new_int(b.start + idx * b.step);
  }
  if (is_kind(key, ObjKind::Slice)) return range_slice(vm, args[0], key);
  return vm.raise_fmt(vm.exc.TypeError, "range indices must be integers or slices, not {}",
                      vm.type_name(key));
}

Value range_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  if (is_small_range(args[0])) {
    RangeObject* r = self_range(args);
    i128 len = range_length128(r->start, r->stop, r->step);
    // CPython's range_iter takes the long version when start + len * step could overflow.
    bool fast =
        len <= INT64_MAX && (len == 0 || (r->step > 0 ? r->stop <= INT64_MAX - (r->step - 1)
                                                      : r->stop >= INT64_MIN + (-1 - r->step)));
    if (fast) {
      auto* it = vm.make<RangeIterObject>(vm.types.range_iterator, r->start, r->step,
                                          static_cast<int64_t>(len));
      return it ? Value::object(it) : Value::null();
    }
  }
  Bounds b = bounds_of(args[0]);
  return new_long_iter(vm, b.start, b.step, b.length);
}

Value range_reversed(VM& vm, const Value* args, size_t, TupleObject*) {
  if (is_small_range(args[0])) {
    RangeObject* r = self_range(args);
    i128 len = range_length128(r->start, r->stop, r->step);
    // CPython's range_reverse: the int version when start - step, -step and the length fit.
    uint64_t ustart = static_cast<uint64_t>(r->start), ustep = static_cast<uint64_t>(r->step);
    bool fast = r->step != INT64_MIN && len <= INT64_MAX &&
                (r->step > 0 ? ustart - static_cast<uint64_t>(INT64_MIN) >= ustep
                             : static_cast<uint64_t>(INT64_MAX) - ustart >= 0 - ustep);
    if (fast) {
      int64_t last = len > 0 ? static_cast<int64_t>(range_at(r, len - 1)) : r->start;
      auto* it = vm.make<RangeIterObject>(vm.types.range_iterator, last, -r->step,
                                          static_cast<int64_t>(len));
      return it ? Value::object(it) : Value::null();
    }
  }
  Bounds b = bounds_of(args[0]);
  BigInt last = b.start + (b.length - BigInt(1)) * b.step;
  return new_long_iter(vm, std::move(last), -b.step, b.length);
}

// CPython's range_equals: equal as sequences.
bool range_equal(Value a, Value b) {
  if (a == b) return true;
  if (is_small_range(a) && is_small_range(b)) {
    auto* x = static_cast<RangeObject*>(a.as_object());
    auto* y = static_cast<RangeObject*>(b.as_object());
    i128 la = range_length128(x->start, x->stop, x->step);
    i128 lb = range_length128(y->start, y->stop, y->step);
    if (la != lb) return false;
    if (la == 0) return true;
    if (x->start != y->start) return false;
    if (la == 1) return true;
    return x->step == y->step;
  }
  Bounds x = bounds_of(a), y = bounds_of(b);
  if (x.length != y.length) return false;
  if (x.length.is_zero()) return true;
  if (x.start != y.start) return false;
  if (x.length == BigInt(1)) return true;
  return x.step == y.step;
}

Value range_eq(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_range(vm, args[1])) return vm.not_implemented();
  return Value::boolean(range_equal(args[0], args[1]));
}

Value range_ne(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_range(vm, args[1])) return vm.not_implemented();
  return Value::boolean(!range_equal(args[0], args[1]));
}

// CPython's range_hash: hash((len, start, step)) with None for what does not matter.
Value range_hash(VM& vm, const Value* args, size_t, TupleObject*) {
  Bounds r = bounds_of(args[0]);
  Value lenv = vm.new_int(r.length);
  if (lenv.is_null()) return lenv;
  Value a = Value::none(), b = Value::none();
  if (!r.length.is_zero()) {
    a = vm.new_int(r.start);
    if (r.length != BigInt(1)) b = vm.new_int(r.step);
  }
  if (a.is_null() || b.is_null()) return Value::null();
  Value t = vm.new_tuple({lenv, a, b});
  if (t.is_null()) return t;
  int64_t h;
  if (!tuple_hash(vm, as_tuple(t), h)) return Value::null();
  return vm.new_int(h);
}

Value range_start(VM& vm, const Value* args, size_t, TupleObject*) {
  if (is_small_range(args[0])) return vm.new_int(self_range(args)->start);
  return vm.new_int(self_big(args)->start);
}
Value range_stop(VM& vm, const Value* args, size_t, TupleObject*) {
  if (is_small_range(args[0])) return vm.new_int(self_range(args)->stop);
  return vm.new_int(self_big(args)->stop);
}
Value range_step(VM& vm, const Value* args, size_t, TupleObject*) {
  if (is_small_range(args[0])) return vm.new_int(self_range(args)->step);
  return vm.new_int(self_big(args)->step);
}

Value range_reduce(VM& vm, const Value* args, size_t, TupleObject*) {
  Bounds r = bounds_of(args[0]);
  Value a = vm.new_int(r.start), b = vm.new_int(r.stop), c = vm.new_int(r.step);
  if (a.is_null() || b.is_null() || c.is_null()) return Value::null();
  Value inner = vm.new_tuple({a, b, c});
  if (inner.is_null()) return inner;
  return vm.new_tuple({Value::object(vm.types.range), inner});
}

// --- range_iterator and longrange_iterator. ---

Value self_iter(VM&, const Value* args, size_t, TupleObject*) { return args[0]; }

Value range_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<RangeIterObject*>(args[0].as_object());
  if (it->remaining <= 0) return Value::null();
  int64_t v = it->next;
  it->next = static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
  --it->remaining;
  return vm.new_int(v);
}

Value range_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<RangeIterObject*>(args[0].as_object());
  return vm.new_int(it->remaining > 0 ? it->remaining : 0);
}

Value longrange_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<LongRangeIterObject*>(args[0].as_object());
  if (it->remaining.sign() <= 0) return Value::null();
  Value v = vm.new_int(it->next);
  if (v.is_null()) return v;
  it->next += it->step;
  it->remaining -= BigInt(1);
  return v;
}

Value longrange_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<LongRangeIterObject*>(args[0].as_object())->remaining);
}

// --- slice. ---

inline SliceObject* self_slice(const Value* args) { return static_cast<SliceObject*>(args[0].as_object()); }

Value slice_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "slice", kwnames)) return Value::null();
  size_t n = nargs - 1;
  if (!check_arg_count(vm, "slice", n, 1, 3)) return Value::null();
  Value start = Value::none(), stop = Value::none(), step = Value::none();
  if (n == 1) {
    stop = args[1];
  } else {
    start = args[1];
    stop = args[2];
    if (n == 3) step = args[3];
  }
  auto* s = vm.make<SliceObject>(vm.types.slice, start, stop, step);
  return s ? Value::object(s) : Value::null();
}

Value slice_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  SliceObject* s = self_slice(args);
  std::string out = "slice(";
  if (!repr_into(vm, s->start, out)) return Value::null();
  out += ", ";
  if (!repr_into(vm, s->stop, out)) return Value::null();
  out += ", ";
  if (!repr_into(vm, s->step, out)) return Value::null();
  out += ')';
  return vm.new_str(out);
}

Value slice_start(VM&, const Value* args, size_t, TupleObject*) { return self_slice(args)->start; }
Value slice_stop(VM&, const Value* args, size_t, TupleObject*) { return self_slice(args)->stop; }
Value slice_step(VM&, const Value* args, size_t, TupleObject*) { return self_slice(args)->step; }

// slice.indices(length): CPython's _PySlice_GetLongIndices (with int64 clamping of huge
// values, which changes nothing for any length a sequence can have).
Value slice_indices_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "slice.indices", kwnames)) return Value::null();
  if (!check_arg_count(vm, "slice.indices", nargs - 1, 1, 1)) return Value::null();
  SliceObject* s = self_slice(args);
  int64_t length;
  Value lv = py_index(vm, args[1]);
  if (lv.is_null()) return lv;
  if (lv.is_small_int()) {
    length = lv.as_small_int();
  } else if (lv.is_bool()) {
    length = lv.is_true();
  } else if (!bigint_of(lv).to_int64(length)) {
    length = bigint_of(lv).is_negative() ? -1 : INT64_MAX;
  }
  if (length < 0) return vm.raise(vm.exc.ValueError, "length should not be negative");
  int64_t step = 1;
  if (!s->step.is_none()) {
    if (!slice_index_clamped(vm, s->step, step)) return Value::null();
    if (step == 0) return vm.raise(vm.exc.ValueError, "slice step cannot be zero");
  }
  bool neg = step < 0;
  int64_t lower = neg ? -1 : 0;
  int64_t upper = neg ? length - 1 : length;
  auto adjust = [&](Value v, int64_t dflt, int64_t& out) -> bool {
    if (v.is_none()) {
      out = dflt;
      return true;
    }
    if (!slice_index_clamped(vm, v, out)) return false;
    if (out < 0) {
      out += length;
      if (out < lower) out = lower;
    } else if (out > upper) {
      out = upper;
    }
    return true;
  };
  int64_t start, stop;
  if (!adjust(s->start, neg ? upper : lower, start)) return Value::null();
  if (!adjust(s->stop, neg ? lower : upper, stop)) return Value::null();
  Value a = vm.new_int(start), b = vm.new_int(stop), c = vm.new_int(step);
  if (a.is_null() || b.is_null() || c.is_null()) return Value::null();
  return vm.new_tuple({a, b, c});
}

// CPython's slice_richcompare: as the tuples (start, stop, step).
template <CompareOp Op>
Value slice_cmp(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_kind(args[1], ObjKind::Slice)) return vm.not_implemented();
  if (args[0] == args[1]) {
    return Value::boolean(Op == CompareOp::Eq || Op == CompareOp::Le || Op == CompareOp::Ge);
  }
  SliceObject* a = self_slice(args);
  SliceObject* b = static_cast<SliceObject*>(args[1].as_object());
  Value av[3] = {a->start, a->stop, a->step};
  Value bv[3] = {b->start, b->stop, b->step};
  for (int i = 0; i < 3; ++i) {
    int eq = py_equal(vm, av[i], bv[i]);
    if (eq < 0) return Value::null();
    if (!eq) {
      if (Op == CompareOp::Eq) return Value::false_();
      if (Op == CompareOp::Ne) return Value::true_();
      return py_compare(vm, av[i], bv[i], Op);
    }
  }
  return Value::boolean(Op == CompareOp::Eq || Op == CompareOp::Le || Op == CompareOp::Ge);
}

Value slice_reduce(VM& vm, const Value* args, size_t, TupleObject*) {
  SliceObject* s = self_slice(args);
  Value inner = vm.new_tuple({s->start, s->stop, s->step});
  if (inner.is_null()) return inner;
  return vm.new_tuple({Value::object(vm.types.slice), inner});
}

}  // namespace

void init_range_slice_types(VM& vm) {
  TypeObject* r = vm.types.range;
  vm.add_methods(r, {
                        {"__new__", range_new, MethodDef::kStatic},
                        {"__repr__", range_repr},
                        {"__len__", range_len},
                        {"__bool__", range_bool},
                        {"__contains__", range_contains},
                        {"__getitem__", range_getitem},
                        {"__iter__", range_iter},
                        {"__reversed__", range_reversed},
                        {"__eq__", range_eq},
                        {"__ne__", range_ne},
                        {"__hash__", range_hash},
                        {"__reduce__", range_reduce},
                        {"count", range_count},
                        {"index", range_index},
                    });
  vm.add_property(r, "start", range_start);
  vm.add_property(r, "stop", range_stop);
  vm.add_property(r, "step", range_step);

  vm.add_methods(vm.types.range_iterator, {
                                              {"__iter__", self_iter},
                                              {"__next__", range_iter_next},
                                              {"__length_hint__", range_iter_length_hint},
                                          });
  vm.add_methods(vm.types.longrange_iterator, {
                                                  {"__iter__", self_iter},
                                                  {"__next__", longrange_iter_next},
                                                  {"__length_hint__", longrange_iter_length_hint},
                                              });

  TypeObject* s = vm.types.slice;
  vm.add_methods(s, {
                        {"__new__", slice_new, MethodDef::kStatic},
                        {"__repr__", slice_repr},
                        {"indices", slice_indices_m},
                        {"__eq__", slice_cmp<CompareOp::Eq>},
                        {"__ne__", slice_cmp<CompareOp::Ne>},
                        {"__lt__", slice_cmp<CompareOp::Lt>},
                        {"__le__", slice_cmp<CompareOp::Le>},
                        {"__gt__", slice_cmp<CompareOp::Gt>},
                        {"__ge__", slice_cmp<CompareOp::Ge>},
                        {"__reduce__", slice_reduce},
                    });
  vm.add_property(s, "start", slice_start);
  vm.add_property(s, "stop", slice_stop);
  vm.add_property(s, "step", slice_step);
  vm.add_attr(s, "__hash__", Value::none());
}

}  // namespace krait
