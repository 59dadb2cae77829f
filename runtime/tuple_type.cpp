// `tuple`: the methods of the tuple type and its iterator (CPython 3.11's Objects/tupleobject.c),
// including the xxHash-based tuple hash so hash((1, 2)) equals CPython's.
#include <algorithm>
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/containers.h"
#include "runtime/misc_objects.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

bool tuple_hash(VM& vm, TupleObject* t, int64_t& out) {
  if (t->hash != -1) {
    out = t->hash;
    return true;
  }
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  ContainerRecursionGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return false;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < t->size; ++i) {
    Value item = t->items()[i];
    int64_t h;
    if (is_tuple(item) && item.as_object()->type == vm.types.tuple) {
      if (!tuple_hash(vm, as_tuple(item), h)) return false;
    } else if (!fast_hash(vm, item, h)) {
      return false;
    }
    uint64_t lane = static_cast<uint64_t>(h);
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  // The length, mangled to keep the historical value of hash(()).
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) acc = 1546275796;
  t->hash = static_cast<int64_t>(acc);
  out = t->hash;
  return true;
}

namespace {

inline TupleObject* self_tuple(const Value* args) { return as_tuple(args[0]); }

// A tuple of type `type` with the `n` items at `src` (the shared empty tuple for exact ones).
TupleObject* make_tuple(VM& vm, TypeObject* type, const Value* src, size_t n) {
  if (n == 0 && type == vm.types.tuple) return vm.empty_tuple();
  TupleObject* t;
  if (type == vm.types.tuple) {
    t = vm.new_tuple(n);
  } else {
    t = vm.make_sized<TupleObject>(n * sizeof(Value), type, n);
  }
  if (!t) return nullptr;
  std::copy(src, src + n, t->items());
  return t;
}

Value tuple_value(TupleObject* t) { return t ? Value::object(t) : Value::null(); }

Value tuple_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "tuple.__new__(X): X is not a type object");
  }
  TypeObject* type = as_type(args[0]);
  if (!vm.is_subtype(type, vm.types.tuple)) {
    return vm.raise_fmt(vm.exc.TypeError, "tuple.__new__({}): {} is not a subtype of tuple",
                        type_name_of(type), type_name_of(type));
  }
  if (kwnames && kwnames->size) {
    // CPython rejects keywords unless a subclass has its own __init__ that may take them.
    Value init = type_lookup(type, vm.names.__init__);
    Value base_init = type_lookup(vm.types.tuple, vm.names.__init__);
    if (type == vm.types.tuple || init == base_init) {
      if (!check_no_kwargs(vm, "tuple", kwnames)) return Value::null();
    }
  }
  if (!check_arg_count(vm, "tuple", nargs - 1, 0, 1)) return Value::null();
  if (nargs == 1) return tuple_value(make_tuple(vm, type, nullptr, 0));
  TupleObject* items = py_tuple_from_iterable(vm, args[1]);
  if (!items) return Value::null();
  if (type == vm.types.tuple) return Value::object(items);
  RootScope roots(vm);
  roots.add(Value::object(items));
  return tuple_value(make_tuple(vm, type, items->items(), items->size));
}

Value tuple_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* self = self_tuple(args);
  if (self->size == 0) return vm.new_str_ascii("()");
  if (!vm.repr_enter(self)) return vm.new_str_ascii("(...)");
  std::string out = "(";
  for (size_t i = 0; i < self->size; ++i) {
    if (i) out += ", ";
    if (!repr_into(vm, self->items()[i], out)) {
      vm.repr_leave(self);
      return Value::null();
    }
  }
  if (self->size == 1) out += ',';
  out += ')';
  vm.repr_leave(self);
  return vm.new_str(out);
}

// CPython's tuplerichcompare.
Value tuple_richcompare(VM& vm, Value v, Value w, CompareOp op) {
  if (!is_tuple(w)) return vm.not_implemented();
  TupleObject* vt = as_tuple(v);
  TupleObject* wt = as_tuple(w);
  size_t vlen = vt->size, wlen = wt->size;
  size_t i = 0;
  for (; i < vlen && i < wlen; ++i) {
    int k = py_equal(vm, vt->items()[i], wt->items()[i]);
    if (k < 0) return Value::null();
    if (!k) break;
  }
  if (i >= vlen || i >= wlen) {
    switch (op) {
      case CompareOp::Lt: return Value::boolean(vlen < wlen);
      case CompareOp::Le: return Value::boolean(vlen <= wlen);
      case CompareOp::Eq: return Value::boolean(vlen == wlen);
      case CompareOp::Ne: return Value::boolean(vlen != wlen);
      case CompareOp::Gt: return Value::boolean(vlen > wlen);
      case CompareOp::Ge: return Value::boolean(vlen >= wlen);
    }
  }
  if (op == CompareOp::Eq) return Value::false_();
  if (op == CompareOp::Ne) return Value::true_();
  return py_compare(vm, vt->items()[i], wt->items()[i], op);
}

template <CompareOp Op>
Value tuple_cmp(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  return tuple_richcompare(vm, args[0], args[1], Op);
}

Value tuple_hash_m(VM& vm, const Value* args, size_t, TupleObject*) {
  int64_t h;
  if (!tuple_hash(vm, self_tuple(args), h)) return Value::null();
  return vm.new_int(h);
}

Value tuple_len(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(self_tuple(args)->size));
}

Value tuple_contains(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  TupleObject* self = self_tuple(args);
  for (size_t i = 0; i < self->size; ++i) {
    int r = py_equal(vm, self->items()[i], args[1]);
    if (r < 0) return Value::null();
    if (r) return Value::true_();
  }
  return Value::false_();
}

Value tuple_getitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  TupleObject* self = self_tuple(args);
  Value key = args[1];
  if (key.is_small_int() || has_index(vm, key)) {
    int64_t i;
    if (key.is_small_int()) {
      i = key.as_small_int();
    } else if (!index_to_int64(vm, key, i, vm.exc.IndexError)) {
      return Value::null();
    }
    if (i < 0) i += static_cast<int64_t>(self->size);
    if (i < 0 || i >= static_cast<int64_t>(self->size)) {
      return vm.raise(vm.exc.IndexError, "tuple index out of range");
    }
    return self->items()[i];
  }
  if (is_kind(key, ObjKind::Slice)) {
    int64_t start, stop, step, len;
    if (!slice_indices(vm, key, static_cast<int64_t>(self->size), start, stop, step, len)) {
      return Value::null();
    }
    if (len <= 0) return Value::object(vm.empty_tuple());
    if (start == 0 && step == 1 && len == static_cast<int64_t>(self->size) &&
        self->type == vm.types.tuple) {
      return args[0];
    }
    if (step == 1) return tuple_value(make_tuple(vm, vm.types.tuple, self->items() + start, static_cast<size_t>(len)));
    TupleObject* r = vm.new_tuple(static_cast<size_t>(len));
    if (!r) return Value::null();
    int64_t cur = start;
    for (int64_t i = 0; i < len; ++i, cur += step) r->items()[i] = self->items()[cur];
    return Value::object(r);
  }
  return vm.raise_fmt(vm.exc.TypeError, "tuple indices must be integers or slices, not {}",
                      vm.type_name(key));
}

Value tuple_add(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_tuple(args[1])) return vm.not_implemented();
  TupleObject* a = self_tuple(args);
  TupleObject* b = as_tuple(args[1]);
  if (a->size == 0 && b->type == vm.types.tuple) return args[1];
  if (b->size == 0 && a->type == vm.types.tuple) return args[0];
  size_t n = a->size + b->size;
  if (!alloc_size_ok(vm, n * sizeof(Value))) return Value::null();
  TupleObject* r = vm.new_tuple(n);
  if (!r) return Value::null();
  std::copy(a->items(), a->items() + a->size, r->items());
  std::copy(b->items(), b->items() + b->size, r->items() + a->size);
  return Value::object(r);
}

Value tuple_mul(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  TupleObject* self = self_tuple(args);
  Value n = args[1];
  int64_t count;
  if (n.is_small_int()) {
    count = n.as_small_int();
  } else if (!has_index(vm, n)) {
    return vm.not_implemented();
  } else if (!index_to_int64(vm, n, count, vm.exc.OverflowError)) {
    return Value::null();
  }
  if ((self->size == 0 || count == 1) && self->type == vm.types.tuple) return args[0];
  if (self->size == 0 || count <= 0) return Value::object(vm.empty_tuple());
  if (static_cast<uint64_t>(count) > (uint64_t(1) << 33) / self->size) return vm.raise_memory_error();
  size_t total = self->size * static_cast<size_t>(count);
  if (!alloc_size_ok(vm, total * sizeof(Value))) return Value::null();
  TupleObject* r = vm.new_tuple(total);
  if (!r) return Value::null();
  Value* dst = r->items();
  for (int64_t i = 0; i < count; ++i) {
    std::copy(self->items(), self->items() + self->size, dst);
    dst += self->size;
  }
  return Value::object(r);
}

Value tuple_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = vm.make<SeqIterObject>(vm.types.tuple_iterator, args[0]);
  return it ? Value::object(it) : Value::null();
}

Value tuple_count(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "tuple.count", kwnames)) return Value::null();
  if (!check_arg_count(vm, "tuple.count", nargs - 1, 1, 1)) return Value::null();
  TupleObject* self = self_tuple(args);
  int64_t count = 0;
  for (size_t i = 0; i < self->size; ++i) {
    int r = py_equal(vm, self->items()[i], args[1]);
    if (r < 0) return Value::null();
    count += r;
  }
  return vm.new_int(count);
}

bool index_bound(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (!has_index(vm, v)) {
    vm.raise(vm.exc.TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  return slice_index_clamped(vm, v, out);
}

Value tuple_index(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "index", kwnames)) return Value::null();
  if (!check_arg_count(vm, "index", nargs - 1, 1, 3)) return Value::null();
  TupleObject* self = self_tuple(args);
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 2 && !index_bound(vm, args[2], start)) return Value::null();
  if (nargs > 3 && !index_bound(vm, args[3], stop)) return Value::null();
  int64_t size = static_cast<int64_t>(self->size);
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
  } else if (stop > size) {
    stop = size;
  }
  for (int64_t i = start; i < stop; ++i) {
    int r = py_equal(vm, self->items()[i], args[1]);
    if (r < 0) return Value::null();
    if (r) return vm.new_int(i);
  }
  return vm.raise(vm.exc.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* self = self_tuple(args);
  TupleObject* copy = make_tuple(vm, vm.types.tuple, self->items(), self->size);
  if (!copy) return Value::null();
  return vm.new_tuple({Value::object(copy)});
}

Value self_iter(VM&, const Value* args, size_t, TupleObject*) { return args[0]; }

Value tuple_iter_next(VM&, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::null();
  TupleObject* t = as_tuple(it->seq);
  if (it->index < t->size) return t->items()[it->index++];
  it->seq = Value::null();
  return Value::null();
}

Value tuple_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  size_t n = as_tuple(it->seq)->size;
  return vm.new_int(it->index < n ? static_cast<int64_t>(n - it->index) : 0);
}

}  // namespace

void init_tuple_type(VM& vm) {
  vm.add_methods(vm.types.tuple, {
                                     {"__new__", tuple_new, MethodDef::kStatic},
                                     {"__repr__", tuple_repr},
                                     {"__eq__", tuple_cmp<CompareOp::Eq>},
                                     {"__ne__", tuple_cmp<CompareOp::Ne>},
                                     {"__lt__", tuple_cmp<CompareOp::Lt>},
                                     {"__le__", tuple_cmp<CompareOp::Le>},
                                     {"__gt__", tuple_cmp<CompareOp::Gt>},
                                     {"__ge__", tuple_cmp<CompareOp::Ge>},
                                     {"__hash__", tuple_hash_m},
                                     {"__len__", tuple_len},
                                     {"__contains__", tuple_contains},
                                     {"__getitem__", tuple_getitem},
                                     {"__add__", tuple_add},
                                     {"__mul__", tuple_mul},
                                     {"__rmul__", tuple_mul},
                                     {"__iter__", tuple_iter},
                                     {"__getnewargs__", tuple_getnewargs},
                                     {"count", tuple_count},
                                     {"index", tuple_index},
                                 });
  vm.add_methods(vm.types.tuple_iterator, {
                                              {"__iter__", self_iter},
                                              {"__next__", tuple_iter_next},
                                              {"__length_hint__", tuple_iter_length_hint},
                                          });
}

}  // namespace krait
