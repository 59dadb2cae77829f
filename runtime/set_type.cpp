// `set`, `frozenset` and `set_iterator`: the methods, mirroring CPython 3.11's
// Objects/setobject.c function by function (set_intersection, set_difference,
// set_symmetric_difference_update, ...). The table operations are in set.cpp; what matters here
// is to build each result in the same order with the same pre-sizing as CPython, since that
// decides the iteration order of the result.
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

namespace {

inline SetObject* self_set(const Value* args) { return as_set(args[0]); }
inline Value set_value(SetObject* s) { return s ? Value::object(s) : Value::null(); }

bool is_exact_set(VM& vm, Value v) { return is_set_like(v) && v.as_object()->type == vm.types.set; }
bool is_exact_frozenset(VM& vm, Value v) {
  return is_set_like(v) && v.as_object()->type == vm.types.frozenset;
}
// PySet_Check: set or a subclass (not frozenset).
bool is_set_not_frozen(VM& vm, Value v) { return is_set_like(v) && vm.isinstance(v, vm.types.set); }

// "set" or "frozenset", for messages of methods shared by both.
const char* kind_name(VM& vm, Value self) {
  return vm.isinstance(self, vm.types.frozenset) ? "frozenset" : "set";
}

// make_new_set_basetype: the result type of operations on `type` (set or frozenset).
SetObject* new_basetype(VM& vm, TypeObject* type, Value iterable) {
  TypeObject* base = vm.is_subtype(type, vm.types.set) ? vm.types.set : vm.types.frozenset;
  return set_new_from(vm, base, iterable);
}

// The hash of a key taken from a set's table is already known; otherwise compute it.
bool key_hash(VM& vm, Value key, int64_t& h) { return fast_hash(vm, key, h); }

SetObject* set_copy(VM& vm, SetObject* so) {
  return new_basetype(vm, so->type, Value::object(so));
}

// Iterates `s`'s table positions safely even if it changes under __eq__.
template <class F>
bool for_each_entry(SetObject* s, F&& f) {
  for (size_t pos = 0; pos < s->table.size(); ++pos) {
    SetEntry e = s->table[pos];
    if (e.key.is_null() || e.hash == -1) continue;  // empty or dummy (only dummies hash -1)
    if (!f(e.key, e.hash)) return false;
  }
  return true;
}

// CPython's set_intersection.
SetObject* set_intersection(VM& vm, SetObject* so, Value other) {
  if (other.is_object() && other.as_object() == so) return set_copy(vm, so);
  RootScope roots(vm);
  SetObject* result = new_basetype(vm, so->type, Value::null());
  if (!result) return nullptr;
  roots.add(Value::object(result));
  if (is_set_like(other)) {
    SetObject* a = so;
    SetObject* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    bool ok = for_each_entry(b, [&](Value key, int64_t hash) {
      int rv = set_contains_hashed(vm, a, key, hash);
      if (rv < 0) return false;
      if (rv && !set_add_hashed(vm, result, key, hash)) return false;
      return true;
    });
    return ok ? result : nullptr;
  }
  Value it = py_iter(vm, other);
  if (it.is_null()) return nullptr;
  roots.add(it);
  for (;;) {
    Value key = py_next(vm, it);
    if (key.is_null()) return vm.has_error() ? nullptr : result;
    int64_t hash;
    if (!key_hash(vm, key, hash)) return nullptr;
    int rv = set_contains_hashed(vm, so, key, hash);
    if (rv < 0) return nullptr;
    if (rv) {
      if (!set_add_hashed(vm, result, key, hash)) return nullptr;
      if (result->used >= so->used) return result;
    }
  }
}

SetObject* set_intersection_multi(VM& vm, SetObject* so, const Value* others, size_t n) {
  if (n == 0) return set_copy(vm, so);
  RootScope roots(vm);
  SetObject* result = so;
  for (size_t i = 0; i < n; ++i) {
    result = set_intersection(vm, result, others[i]);
    if (!result) return nullptr;
    roots.add(Value::object(result));
  }
  return result;
}

// set_copy_and_difference.
SetObject* copy_and_difference(VM& vm, SetObject* so, Value other) {
  SetObject* result = set_copy(vm, so);
  if (!result) return nullptr;
  RootScope roots(vm);
  roots.add(Value::object(result));
  if (!set_difference_update_one(vm, result, other)) return nullptr;
  return result;
}

// CPython's set_difference.
SetObject* set_difference(VM& vm, SetObject* so, Value other) {
  size_t other_size;
  bool other_is_dict = is_dict(other) && other.as_object()->type == vm.types.dict;
  if (is_set_like(other)) {
    other_size = as_set(other)->used;
  } else if (other_is_dict) {
    other_size = as_dict(other)->used;
  } else {
    return copy_and_difference(vm, so, other);
  }
  // When so is much bigger than other, copying so and removing other's items is cheaper.
  if ((so->used >> 2) > other_size) return copy_and_difference(vm, so, other);
  RootScope roots(vm);
  SetObject* result = new_basetype(vm, so->type, Value::null());
  if (!result) return nullptr;
  roots.add(Value::object(result));
  bool ok = for_each_entry(so, [&](Value key, int64_t hash) {
    int rv;
    if (other_is_dict) {
      Value out;
      rv = dict_lookup_hashed(vm, as_dict(other), key, hash, out);
    } else {
      rv = set_contains_hashed(vm, as_set(other), key, hash);
    }
    if (rv < 0) return false;
    if (!rv && !set_add_hashed(vm, result, key, hash)) return false;
    return true;
  });
  return ok ? result : nullptr;
}

SetObject* set_difference_multi(VM& vm, SetObject* so, const Value* others, size_t n) {
  if (n == 0) return set_copy(vm, so);
  SetObject* result = set_difference(vm, so, others[0]);
  if (!result) return nullptr;
  RootScope roots(vm);
  roots.add(Value::object(result));
  for (size_t i = 1; i < n; ++i) {
    if (!set_difference_update_one(vm, result, others[i])) return nullptr;
  }
  return result;
}

// CPython's set_symmetric_difference: a new set from other, updated with so.
SetObject* set_symmetric_difference(VM& vm, SetObject* so, Value other) {
  SetObject* otherset = new_basetype(vm, so->type, other);
  if (!otherset) return nullptr;
  RootScope roots(vm);
  roots.add(Value::object(otherset));
  if (!set_symmetric_difference_update_one(vm, otherset, Value::object(so))) return nullptr;
  return otherset;
}

// CPython's set_issubset.
int set_issubset(VM& vm, SetObject* so, Value other) {
  if (!is_set_like(other)) {
    SetObject* tmp = set_intersection(vm, so, other);
    if (!tmp) return -1;
    return tmp->used == so->used ? 1 : 0;
  }
  SetObject* o = as_set(other);
  if (so->used > o->used) return 0;
  int result = 1;
  bool ok = for_each_entry(so, [&](Value key, int64_t hash) {
    int rv = set_contains_hashed(vm, o, key, hash);
    if (rv < 0) {
      result = -1;
      return false;
    }
    if (!rv) {
      result = 0;
      return false;
    }
    return true;
  });
  (void)ok;
  return result;
}

// CPython's set_issuperset.
int set_issuperset(VM& vm, SetObject* so, Value other) {
  if (is_set_like(other)) return set_issubset(vm, as_set(other), Value::object(so));
  RootScope roots(vm);
  Value it = py_iter(vm, other);
  if (it.is_null()) return -1;
  roots.add(it);
  for (;;) {
    Value key = py_next(vm, it);
    if (key.is_null()) return vm.has_error() ? -1 : 1;
    int rv = set_contains(vm, so, key);
    if (rv <= 0) return rv;
  }
}

// CPython's set_isdisjoint.
int set_isdisjoint(VM& vm, SetObject* so, Value other) {
  if (other.is_object() && other.as_object() == so) return so->used == 0 ? 1 : 0;
  if (is_exact_set(vm, other) || is_exact_frozenset(vm, other)) {
    SetObject* a = so;
    SetObject* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    int result = 1;
    for_each_entry(b, [&](Value key, int64_t hash) {
      int rv = set_contains_hashed(vm, a, key, hash);
      if (rv != 0) {
        result = rv < 0 ? -1 : 0;
        return false;
      }
      return true;
    });
    return result;
  }
  RootScope roots(vm);
  Value it = py_iter(vm, other);
  if (it.is_null()) return -1;
  roots.add(it);
  for (;;) {
    Value key = py_next(vm, it);
    if (key.is_null()) return vm.has_error() ? -1 : 1;
    int rv = set_contains(vm, so, key);
    if (rv < 0) return -1;
    if (rv) return 0;
  }
}

// --- Python-visible methods. ---

#define KRAIT_METH_O(kind_prefix, mname)                                                    \
  do {                                                                                       \
    std::string fname = std::string(kind_prefix) + "." mname;                                \
    if (!check_no_kwargs(vm, fname.c_str(), kwnames)) return Value::null();                  \
    if (!check_arg_count(vm, fname.c_str(), nargs - 1, 1, 1)) return Value::null();          \
  } while (0)
#define KRAIT_METH_NOARGS(kind_prefix, mname)                                               \
  do {                                                                                       \
    std::string fname = std::string(kind_prefix) + "." mname;                                \
    if (!check_no_kwargs(vm, fname.c_str(), kwnames)) return Value::null();                  \
    if (!check_arg_count(vm, fname.c_str(), nargs - 1, 0, 0)) return Value::null();          \
  } while (0)
#define KRAIT_METH_VARARGS(kind_prefix, mname)                                              \
  do {                                                                                       \
    std::string fname = std::string(kind_prefix) + "." mname;                                \
    if (!check_no_kwargs(vm, fname.c_str(), kwnames)) return Value::null();                  \
  } while (0)

Value check_type_arg(VM& vm, const Value* args, size_t nargs, TypeObject* base, const char* name) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "{}.__new__(X): X is not a type object", name);
  }
  TypeObject* t = as_type(args[0]);
  if (!vm.is_subtype(t, base)) {
    return vm.raise_fmt(vm.exc.TypeError, "{}.__new__({}): {} is not a subtype of {}", name,
                        type_name_of(t), type_name_of(t), name);
  }
  return Value::none();
}

Value set_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (check_type_arg(vm, args, nargs, vm.types.set, "set").is_null()) return Value::null();
  TypeObject* t = as_type(args[0]);
  if (t == vm.types.set && !check_no_kwargs(vm, "set", kwnames)) return Value::null();
  return set_value(vm.make<SetObject>(t));
}

Value set_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  SetObject* self = self_set(args);
  if (!check_no_kwargs(vm, "set", kwnames)) return Value::null();
  std::string tname(type_name_of(self->type));
  if (!check_arg_count(vm, tname.c_str(), nargs - 1, 0, 1)) return Value::null();
  if (self->fill) set_clear(self);
  self->hash = -1;
  if (nargs == 2 && !set_update(vm, self, args[1])) return Value::null();
  return Value::none();
}

Value frozenset_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (check_type_arg(vm, args, nargs, vm.types.frozenset, "frozenset").is_null()) return Value::null();
  TypeObject* t = as_type(args[0]);
  if (t == vm.types.frozenset && !check_no_kwargs(vm, "frozenset", kwnames)) return Value::null();
  std::string tname(type_name_of(t));
  if (!check_arg_count(vm, tname.c_str(), nargs - 1, 0, 1)) return Value::null();
  Value iterable = nargs == 2 ? args[1] : Value::null();
  // frozenset(f) is f for an exact frozenset.
  if (t == vm.types.frozenset && !iterable.is_null() && is_exact_frozenset(vm, iterable)) return iterable;
  return set_value(set_new_from(vm, t, iterable));
}

Value set_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  SetObject* so = self_set(args);
  std::string_view tname = type_name_of(so->type);
  if (!vm.repr_enter(so)) return vm.new_str(fmt::format("{}(...)", tname));
  if (so->used == 0) {
    vm.repr_leave(so);
    return vm.new_str(fmt::format("{}()", tname));
  }
  ListObject* keys = py_list_from_iterable(vm, args[0]);
  if (!keys) {
    vm.repr_leave(so);
    return Value::null();
  }
  RootScope roots(vm);
  roots.add(Value::object(keys));
  std::string out;
  bool exact = so->type == vm.types.set;
  if (!exact) {
    out += tname;
    out += '(';
  }
  out += '{';
  for (size_t i = 0; i < keys->items.size(); ++i) {
    if (i) out += ", ";
    if (!repr_into(vm, keys->items[i], out)) {
      vm.repr_leave(so);
      return Value::null();
    }
  }
  out += '}';
  if (!exact) out += ')';
  vm.repr_leave(so);
  return vm.new_str(out);
}

Value set_len(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(self_set(args)->used));
}

Value set_contains_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  int r = set_contains(vm, self_set(args), args[1]);
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value set_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  SetObject* so = self_set(args);
  auto* it = vm.make<SetIterObject>(vm.types.set_iterator, so);
  if (!it) return Value::null();
  it->used = so->used;
  it->remaining = static_cast<int64_t>(so->used);
  return Value::object(it);
}

// set_richcompare.
template <CompareOp Op>
Value set_richcompare(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_set_like(args[1])) return vm.not_implemented();
  SetObject* v = self_set(args);
  SetObject* w = as_set(args[1]);
  int r;
  switch (Op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (v->used != w->used) {
        r = 0;
      } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
        r = 0;
      } else {
        r = set_issubset(vm, v, args[1]);
      }
      if (r < 0) return Value::null();
      return Value::boolean(Op == CompareOp::Eq ? r == 1 : r == 0);
    case CompareOp::Le: r = set_issubset(vm, v, args[1]); break;
    case CompareOp::Ge: r = set_issuperset(vm, v, args[1]); break;
    case CompareOp::Lt:
      if (v->used >= w->used) return Value::false_();
      r = set_issubset(vm, v, args[1]);
      break;
    case CompareOp::Gt:
      if (v->used <= w->used) return Value::false_();
      r = set_issuperset(vm, v, args[1]);
      break;
  }
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value frozenset_hash_m(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(frozenset_hash(self_set(args)));
}

// --- Binary operators (both operands must be sets or frozensets). ---

Value set_or(VM& vm, Value a, Value b) {
  if (!is_set_like(a) || !is_set_like(b)) return vm.not_implemented();
  SetObject* result = set_copy(vm, as_set(a));
  if (!result) return Value::null();
  if (a == b) return Value::object(result);
  RootScope roots(vm);
  roots.add(Value::object(result));
  if (!set_update(vm, result, b)) return Value::null();
  return Value::object(result);
}

Value set_and(VM& vm, Value a, Value b) {
  if (!is_set_like(a) || !is_set_like(b)) return vm.not_implemented();
  return set_value(set_intersection(vm, as_set(a), b));
}

Value set_sub(VM& vm, Value a, Value b) {
  if (!is_set_like(a) || !is_set_like(b)) return vm.not_implemented();
  return set_value(set_difference(vm, as_set(a), b));
}

Value set_xor(VM& vm, Value a, Value b) {
  if (!is_set_like(a) || !is_set_like(b)) return vm.not_implemented();
  return set_value(set_symmetric_difference(vm, as_set(a), b));
}

#define KRAIT_SET_BINOP(name, impl, reflected)                                  \
  Value name(VM& vm, const Value* args, size_t nargs, TupleObject*) {           \
    if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");   \
    return reflected ? impl(vm, args[1], args[0]) : impl(vm, args[0], args[1]); \
  }
KRAIT_SET_BINOP(set_or_m, set_or, false)
KRAIT_SET_BINOP(set_ror_m, set_or, true)
KRAIT_SET_BINOP(set_and_m, set_and, false)
KRAIT_SET_BINOP(set_rand_m, set_and, true)
KRAIT_SET_BINOP(set_sub_m, set_sub, false)
KRAIT_SET_BINOP(set_rsub_m, set_sub, true)
KRAIT_SET_BINOP(set_xor_m, set_xor, false)
KRAIT_SET_BINOP(set_rxor_m, set_xor, true)
#undef KRAIT_SET_BINOP

Value set_ior_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_set_like(args[1])) return vm.not_implemented();
  if (!set_update(vm, self_set(args), args[1])) return Value::null();
  return args[0];
}

bool intersection_update(VM&, SetObject* so, SetObject* tmp) {
  if (!tmp) return false;
  set_swap_bodies(so, tmp);
  return true;
}

Value set_iand_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_set_like(args[1])) return vm.not_implemented();
  SetObject* so = self_set(args);
  if (!intersection_update(vm, so, set_intersection(vm, so, args[1]))) return Value::null();
  return args[0];
}

Value set_isub_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_set_like(args[1])) return vm.not_implemented();
  if (!set_difference_update_one(vm, self_set(args), args[1])) return Value::null();
  return args[0];
}

Value set_ixor_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_set_like(args[1])) return vm.not_implemented();
  if (!set_symmetric_difference_update_one(vm, self_set(args), args[1])) return Value::null();
  return args[0];
}

// --- Named methods. ---

Value set_add_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O("set", "add");
  if (!set_add(vm, self_set(args), args[1])) return Value::null();
  return Value::none();
}

Value set_clear_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_NOARGS("set", "clear");
  set_clear(self_set(args));
  return Value::none();
}

Value set_copy_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_NOARGS(kind_name(vm, args[0]), "copy");
  if (is_exact_frozenset(vm, args[0])) return args[0];
  return set_value(set_copy(vm, self_set(args)));
}

// discard/remove: an unhashable set argument is looked up as a frozenset.
int discard_key(VM& vm, SetObject* so, Value key) {
  int rv = set_discard(vm, so, key);
  if (rv < 0) {
    if (!is_set_not_frozen(vm, key) || !vm.error_matches(vm.exc.TypeError)) return -1;
    vm.clear_error();
    SetObject* tmp = set_new_from(vm, vm.types.frozenset, key);
    if (!tmp) return -1;
    rv = set_discard_hashed(vm, so, Value::object(tmp), frozenset_hash(tmp));
  }
  return rv;
}

Value set_discard_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O("set", "discard");
  if (discard_key(vm, self_set(args), args[1]) < 0) return Value::null();
  return Value::none();
}

Value set_remove_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O("set", "remove");
  int rv = discard_key(vm, self_set(args), args[1]);
  if (rv < 0) return Value::null();
  if (rv == 0) {
    Value e = vm.new_exception_args(vm.exc.KeyError, {args[1]});
    if (e.is_null()) return e;
    return vm.raise_value(e);
  }
  return Value::none();
}

Value set_pop_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_NOARGS("set", "pop");
  return set_pop(vm, self_set(args));
}

Value set_union_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_VARARGS(kind_name(vm, args[0]), "union");
  SetObject* so = self_set(args);
  SetObject* result = set_copy(vm, so);
  if (!result) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(result));
  for (size_t i = 1; i < nargs; ++i) {
    if (args[i] == args[0]) continue;
    if (!set_update(vm, result, args[i])) return Value::null();
  }
  return Value::object(result);
}

Value set_intersection_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_VARARGS(kind_name(vm, args[0]), "intersection");
  return set_value(set_intersection_multi(vm, self_set(args), args + 1, nargs - 1));
}

Value set_difference_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_VARARGS(kind_name(vm, args[0]), "difference");
  return set_value(set_difference_multi(vm, self_set(args), args + 1, nargs - 1));
}

Value set_symmetric_difference_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O(kind_name(vm, args[0]), "symmetric_difference");
  return set_value(set_symmetric_difference(vm, self_set(args), args[1]));
}

Value set_update_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_VARARGS("set", "update");
  SetObject* so = self_set(args);
  for (size_t i = 1; i < nargs; ++i) {
    if (!set_update(vm, so, args[i])) return Value::null();
  }
  return Value::none();
}

Value set_intersection_update_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_VARARGS("set", "intersection_update");
  SetObject* so = self_set(args);
  if (!intersection_update(vm, so, set_intersection_multi(vm, so, args + 1, nargs - 1))) {
    return Value::null();
  }
  return Value::none();
}

Value set_difference_update_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_VARARGS("set", "difference_update");
  SetObject* so = self_set(args);
  for (size_t i = 1; i < nargs; ++i) {
    if (!set_difference_update_one(vm, so, args[i])) return Value::null();
  }
  return Value::none();
}

Value set_symmetric_difference_update_m(VM& vm, const Value* args, size_t nargs,
                                        TupleObject* kwnames) {
  KRAIT_METH_O("set", "symmetric_difference_update");
  if (!set_symmetric_difference_update_one(vm, self_set(args), args[1])) return Value::null();
  return Value::none();
}

Value set_issubset_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O(kind_name(vm, args[0]), "issubset");
  int r = set_issubset(vm, self_set(args), args[1]);
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value set_issuperset_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O(kind_name(vm, args[0]), "issuperset");
  int r = set_issuperset(vm, self_set(args), args[1]);
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value set_isdisjoint_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_METH_O(kind_name(vm, args[0]), "isdisjoint");
  int r = set_isdisjoint(vm, self_set(args), args[1]);
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value set_reduce(VM& vm, const Value* args, size_t, TupleObject*) {
  ListObject* keys = py_list_from_iterable(vm, args[0]);
  if (!keys) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(keys));
  Value inner = vm.new_tuple({Value::object(keys)});
  if (inner.is_null()) return inner;
  roots.add(inner);
  SetObject* so = self_set(args);
  Value state = so->dict ? Value::object(so->dict) : Value::none();
  return vm.new_tuple({Value::object(so->type), inner, state});
}

#undef KRAIT_METH_O
#undef KRAIT_METH_NOARGS
#undef KRAIT_METH_VARARGS

// --- set_iterator. ---

Value self_iter(VM&, const Value* args, size_t, TupleObject*) { return args[0]; }

Value set_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SetIterObject*>(args[0].as_object());
  SetObject* so = it->set;
  if (!so) return Value::null();
  if (it->used != so->used) {
    it->used = static_cast<size_t>(-1);  // sticky, as CPython
    return vm.raise(vm.exc.RuntimeError, "Set changed size during iteration");
  }
  Value key;
  if (!set_next(so, it->pos, key)) {
    it->set = nullptr;
    return Value::null();
  }
  --it->remaining;
  return key;
}

Value set_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SetIterObject*>(args[0].as_object());
  if (it->set && it->used == it->set->used) return vm.new_int(it->remaining);
  return Value::small_int(0);
}

}  // namespace

// --- The update operations shared with dict views (declared in containers.h). ---

bool set_difference_update_one(VM& vm, SetObject* so, Value other) {
  if (other.is_object() && other.as_object() == so) {
    set_clear(so);
    return true;
  }
  if (is_set_like(other)) {
    RootScope roots(vm);
    SetObject* o = as_set(other);
    // When other is more than 8 times larger, iterate over the intersection instead.
    if ((o->used >> 3) > so->used) {
      o = set_intersection(vm, so, other);
      if (!o) return false;
      roots.add(Value::object(o));
    }
    bool ok = for_each_entry(o, [&](Value key, int64_t hash) {
      return set_discard_hashed(vm, so, key, hash) >= 0;
    });
    if (!ok) return false;
  } else {
    RootScope roots(vm);
    Value it = py_iter(vm, other);
    if (it.is_null()) return false;
    roots.add(it);
    for (;;) {
      Value key = py_next(vm, it);
      if (key.is_null()) {
        if (vm.has_error()) return false;
        break;
      }
      if (set_discard(vm, so, key) < 0) return false;
    }
  }
  // More than a quarter dummies: resize them away.
  if (so->fill - so->used <= set_mask(so) / 4) return true;
  return set_table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

bool set_symmetric_difference_update_one(VM& vm, SetObject* so, Value other) {
  if (other.is_object() && other.as_object() == so) {
    set_clear(so);
    return true;
  }
  auto toggle = [&](Value key, int64_t hash) {
    int rv = set_discard_hashed(vm, so, key, hash);
    if (rv < 0) return false;
    if (rv == 0 && !set_add_hashed(vm, so, key, hash)) return false;
    return true;
  };
  if (is_dict(other) && other.as_object()->type == vm.types.dict) {
    DictObject* d = as_dict(other);
    for (size_t pos = 0; pos < d->entries.size(); ++pos) {
      DictEntry e = d->entries[pos];
      if (e.key.is_null()) continue;
      if (!toggle(e.key, e.hash)) return false;
    }
    return true;
  }
  RootScope roots(vm);
  SetObject* otherset;
  if (is_set_like(other)) {
    otherset = as_set(other);
  } else {
    otherset = new_basetype(vm, so->type, other);
    if (!otherset) return false;
    roots.add(Value::object(otherset));
  }
  return for_each_entry(otherset, toggle);
}

void init_set_types(VM& vm) {
  TypeObject* s = vm.types.set;
  TypeObject* f = vm.types.frozenset;
  for (TypeObject* t : {s, f}) {
    vm.add_methods(t, {
                          {"__repr__", set_repr},
                          {"__eq__", set_richcompare<CompareOp::Eq>},
                          {"__ne__", set_richcompare<CompareOp::Ne>},
                          {"__lt__", set_richcompare<CompareOp::Lt>},
                          {"__le__", set_richcompare<CompareOp::Le>},
                          {"__gt__", set_richcompare<CompareOp::Gt>},
                          {"__ge__", set_richcompare<CompareOp::Ge>},
                          {"__len__", set_len},
                          {"__contains__", set_contains_m},
                          {"__iter__", set_iter},
                          {"__or__", set_or_m},
                          {"__ror__", set_ror_m},
                          {"__and__", set_and_m},
                          {"__rand__", set_rand_m},
                          {"__sub__", set_sub_m},
                          {"__rsub__", set_rsub_m},
                          {"__xor__", set_xor_m},
                          {"__rxor__", set_rxor_m},
                          {"__reduce__", set_reduce},
                          {"copy", set_copy_m},
                          {"difference", set_difference_m},
                          {"intersection", set_intersection_m},
                          {"isdisjoint", set_isdisjoint_m},
                          {"issubset", set_issubset_m},
                          {"issuperset", set_issuperset_m},
                          {"symmetric_difference", set_symmetric_difference_m},
                          {"union", set_union_m},
                      });
  }
  vm.add_methods(s, {
                        {"__new__", set_new, MethodDef::kStatic},
                        {"__init__", set_init},
                        {"__ior__", set_ior_m},
                        {"__iand__", set_iand_m},
                        {"__isub__", set_isub_m},
                        {"__ixor__", set_ixor_m},
                        {"add", set_add_m},
                        {"clear", set_clear_m},
                        {"discard", set_discard_m},
                        {"remove", set_remove_m},
                        {"pop", set_pop_m},
                        {"update", set_update_m},
                        {"intersection_update", set_intersection_update_m},
                        {"difference_update", set_difference_update_m},
                        {"symmetric_difference_update", set_symmetric_difference_update_m},
                    });
  vm.add_attr(s, "__hash__", Value::none());
  vm.add_methods(f, {
                        {"__new__", frozenset_new, MethodDef::kStatic},
                        {"__hash__", frozenset_hash_m},
                    });
  vm.add_methods(vm.types.set_iterator, {
                                            {"__iter__", self_iter},
                                            {"__next__", set_iter_next},
                                            {"__length_hint__", set_iter_length_hint},
                                        });
}

}  // namespace krait
