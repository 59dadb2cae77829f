// `range`, `range_iterator` and `slice` (CPython 3.11's Objects/rangeobject.c and
// sliceobject.c), plus the index conversions every sequence shares: operator.index with an
// int64 result, and slice_indices (PySlice_Unpack + PySlice_AdjustIndices).
//
// Krait's range holds int64 bounds; a bound that does not fit raises OverflowError where CPython
// would build a big-int range (documented in docs/differences.md). Arithmetic on the bounds is
// done in 128 bits so that lengths and slices of extreme ranges neither overflow nor lie.
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/containers.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
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

namespace {

i128 range_length128(int64_t start, int64_t stop, int64_t step) {
  i128 lo = start, hi = stop, st = step;
  if (st > 0) return lo < hi ? (hi - lo - 1) / st + 1 : 0;
  return lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
}

}  // namespace

int64_t RangeObject::length() const {
  i128 n = range_length128(start, stop, step);
  return n > INT64_MAX ? INT64_MAX : static_cast<int64_t>(n);
}

namespace {

inline RangeObject* self_range(const Value* args) {
  return static_cast<RangeObject*>(args[0].as_object());
}

// A range argument: an int (or __index__) that fits in int64.
bool range_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  Value r = py_index(vm, v);
  if (r.is_null()) return false;
  if (r.is_small_int()) {
    out = r.as_small_int();
    return true;
  }
  if (r.is_bool()) {
    out = r.is_true();
    return true;
  }
  if (is_bigint(r) && bigint_of(r).to_int64(out)) return true;
  vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

Value make_range(VM& vm, int64_t a, int64_t b, int64_t s) {
  auto* r = vm.make<RangeObject>(vm.types.range, a, b, s);
  return r ? Value::object(r) : Value::null();
}

Value range_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "range", kwnames)) return Value::null();
  size_t n = nargs - 1;
  if (!check_arg_count(vm, "range", n, 1, 3)) return Value::null();
  int64_t start = 0, stop = 0, step = 1;
  if (n == 1) {
    if (!range_arg(vm, args[1], stop)) return Value::null();
  } else {
    if (!range_arg(vm, args[1], start) || !range_arg(vm, args[2], stop)) return Value::null();
    if (n == 3) {
      if (!range_arg(vm, args[3], step)) return Value::null();
      if (step == 0) return vm.raise(vm.exc.ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_range(vm, start, stop, step);
}

Value range_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  if (r->step == 1) return vm.new_str_ascii(fmt::format("range({}, {})", r->start, r->stop));
  return vm.new_str_ascii(fmt::format("range({}, {}, {})", r->start, r->stop, r->step));
}

Value range_len(VM& vm, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  i128 n = range_length128(r->start, r->stop, r->step);
  if (n > INT64_MAX) {
    return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
  }
  return vm.new_int(static_cast<int64_t>(n));
}

Value range_bool(VM&, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  return Value::boolean(range_length128(r->start, r->stop, r->step) != 0);
}

// 1 if the int `x` (as i128) is in r.
bool range_has(const RangeObject* r, i128 x) {
  i128 start = r->start, stop = r->stop, step = r->step;
  if (step > 0) {
    if (x < start || x >= stop) return false;
  } else if (x > start || x <= stop) {
    return false;
  }
  return (x - start) % step == 0;
}

// The int value of v when it is an exact int or a bool (CPython's fast path condition);
// `fits` is false for big ints outside int64 (never in an int64 range).
bool exact_int_value(VM& vm, Value v, i128& out, bool& fits) {
  fits = true;
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  if (is_bigint(v) && v.as_object()->type == vm.types.int_) {
    int64_t x;
    if (bigint_of(v).to_int64(x)) {
      out = x;
    } else {
      fits = false;
    }
    return true;
  }
  return false;
}

// Iterates r comparing with `x`; returns the first index, -1 when absent, -2 on error.
int64_t range_search(VM& vm, RangeObject* r, Value x, bool count_all, int64_t& count) {
  int64_t n = r->length();
  uint64_t cur = static_cast<uint64_t>(r->start);
  count = 0;
  int64_t first = -1;
  for (int64_t i = 0; i < n; ++i, cur += static_cast<uint64_t>(r->step)) {
    Value v = vm.new_int(static_cast<int64_t>(cur));
    if (v.is_null()) return -2;
    int eq = py_equal(vm, v, x);
    if (eq < 0) return -2;
    if (eq) {
      if (first < 0) first = i;
      ++count;
      if (!count_all) return first;
    }
  }
  return first;
}

Value range_contains(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  RangeObject* r = self_range(args);
  i128 x;
  bool fits;
  if (exact_int_value(vm, args[1], x, fits)) return Value::boolean(fits && range_has(r, x));
  int64_t count;
  int64_t pos = range_search(vm, r, args[1], false, count);
  if (pos == -2) return Value::null();
  return Value::boolean(pos >= 0);
}

Value range_count(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "range.count", kwnames)) return Value::null();
  if (!check_arg_count(vm, "range.count", nargs - 1, 1, 1)) return Value::null();
  RangeObject* r = self_range(args);
  i128 x;
  bool fits;
  if (exact_int_value(vm, args[1], x, fits)) return Value::small_int(fits && range_has(r, x) ? 1 : 0);
  int64_t count;
  if (range_search(vm, r, args[1], true, count) == -2) return Value::null();
  return vm.new_int(count);
}

Value range_index(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "range.index", kwnames)) return Value::null();
  if (!check_arg_count(vm, "range.index", nargs - 1, 1, 1)) return Value::null();
  RangeObject* r = self_range(args);
  i128 x;
  bool fits;
  if (exact_int_value(vm, args[1], x, fits)) {
    if (fits && range_has(r, x)) return vm.new_int(static_cast<int64_t>((x - r->start) / r->step));
    std::string rep;
    if (!repr_into(vm, args[1], rep)) return Value::null();
    return vm.raise_fmt(vm.exc.ValueError, "{} is not in range", rep);
  }
  int64_t count;
  int64_t pos = range_search(vm, r, args[1], false, count);
  if (pos == -2) return Value::null();
  if (pos < 0) return vm.raise(vm.exc.ValueError, "sequence.index(x): x not in sequence");
  return vm.new_int(pos);
}

// start + i * step for 0 <= i <= len (always representable as i128).
inline i128 range_at(const RangeObject* r, i128 i) { return static_cast<i128>(r->start) + i * r->step; }

bool fits64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

Value range_getitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  RangeObject* r = self_range(args);
  Value key = args[1];
  i128 len = range_length128(r->start, r->stop, r->step);
  if (key.is_small_int() || has_index(vm, key)) {
    int64_t i;
    if (key.is_small_int()) {
      i = key.as_small_int();
    } else if (!index_to_int64(vm, key, i, vm.exc.IndexError)) {
      return Value::null();
    }
    i128 idx = i;
    if (idx < 0) idx += len;
    if (idx < 0 || idx >= len) return vm.raise(vm.exc.IndexError, "range object index out of range");
    return vm.new_int(static_cast<int64_t>(range_at(r, idx)));
  }
  if (is_kind(key, ObjKind::Slice)) {
    int64_t start, stop, step, slicelen;
    int64_t len64 = len > INT64_MAX ? INT64_MAX : static_cast<int64_t>(len);
    if (!slice_indices(vm, key, len64, start, stop, step, slicelen)) return Value::null();
    i128 nstart = range_at(r, start);
    i128 nstop = range_at(r, stop);
    i128 nstep = static_cast<i128>(r->step) * step;
    if (!fits64(nstart) || !fits64(nstop) || !fits64(nstep)) {
      return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return make_range(vm, static_cast<int64_t>(nstart), static_cast<int64_t>(nstop),
                      static_cast<int64_t>(nstep));
  }
  return vm.raise_fmt(vm.exc.TypeError, "range indices must be integers or slices, not {}",
                      vm.type_name(key));
}

Value range_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  auto* it = vm.make<RangeIterObject>(vm.types.range_iterator, r->start, r->step, r->length());
  return it ? Value::object(it) : Value::null();
}

Value range_reversed(VM& vm, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  int64_t len = r->length();
  int64_t last = len > 0 ? static_cast<int64_t>(range_at(r, len - 1)) : r->start;
  // -step wraps for INT64_MIN; the iterator never uses a value past its last item.
  int64_t step = static_cast<int64_t>(0 - static_cast<uint64_t>(r->step));
  auto* it = vm.make<RangeIterObject>(vm.types.range_iterator, last, step, len);
  return it ? Value::object(it) : Value::null();
}

// CPython's range_equals: equal as sequences.
bool range_equal(const RangeObject* a, const RangeObject* b) {
  if (a == b) return true;
  i128 la = range_length128(a->start, a->stop, a->step);
  i128 lb = range_length128(b->start, b->stop, b->step);
  if (la != lb) return false;
  if (la == 0) return true;
  if (a->start != b->start) return false;
  if (la == 1) return true;
  return a->step == b->step;
}

Value range_eq(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_kind(args[1], ObjKind::Range)) return vm.not_implemented();
  return Value::boolean(range_equal(self_range(args), static_cast<RangeObject*>(args[1].as_object())));
}

Value range_ne(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_kind(args[1], ObjKind::Range)) return vm.not_implemented();
  return Value::boolean(!range_equal(self_range(args), static_cast<RangeObject*>(args[1].as_object())));
}

// CPython's range_hash: hash((len, start, step)) with None for what does not matter.
Value range_hash(VM& vm, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  i128 len = range_length128(r->start, r->stop, r->step);
  Value lenv = vm.new_int(len > INT64_MAX ? INT64_MAX : static_cast<int64_t>(len));
  if (lenv.is_null()) return lenv;
  Value a = Value::none(), b = Value::none();
  if (len != 0) {
    a = vm.new_int(r->start);
    if (len != 1) b = vm.new_int(r->step);
  }
  if (a.is_null() || b.is_null()) return Value::null();
  Value t = vm.new_tuple({lenv, a, b});
  if (t.is_null()) return t;
  int64_t h;
  if (!tuple_hash(vm, as_tuple(t), h)) return Value::null();
  return vm.new_int(h);
}

Value range_start(VM& vm, const Value* args, size_t, TupleObject*) { return vm.new_int(self_range(args)->start); }
Value range_stop(VM& vm, const Value* args, size_t, TupleObject*) { return vm.new_int(self_range(args)->stop); }
Value range_step(VM& vm, const Value* args, size_t, TupleObject*) { return vm.new_int(self_range(args)->step); }

Value range_reduce(VM& vm, const Value* args, size_t, TupleObject*) {
  RangeObject* r = self_range(args);
  Value a = vm.new_int(r->start), b = vm.new_int(r->stop), c = vm.new_int(r->step);
  if (a.is_null() || b.is_null() || c.is_null()) return Value::null();
  Value inner = vm.new_tuple({a, b, c});
  if (inner.is_null()) return inner;
  return vm.new_tuple({Value::object(vm.types.range), inner});
}

// --- range_iterator. ---

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
