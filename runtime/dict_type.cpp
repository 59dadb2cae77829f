// `dict`: the methods of the dict type, its views (dict_keys, dict_values, dict_items) and their
// iterators, following CPython 3.11's Objects/dictobject.c: dict(mapping-or-pairs, **kw) with its
// error messages, __missing__ for subclasses, the | and |= operators, the set operations of the
// keys and items views (whose results keep CPython's set iteration order because they are built
// the same way), and "dictionary changed size during iteration".
//
// The reversed iterators reuse the forward iterator types (CPython names them
// dict_reversekeyiterator etc.); only type(...).__name__ can tell.
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

namespace {

inline DictObject* self_dict(const Value* args) {
  return as_dict(args[0]);
}

Value raise_key_error(VM& vm, Value key) {
  Value e = vm.new_exception_args(vm.exc.KeyError, {key});
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

Value dict_iter(VM& vm, const Value* args, size_t, TupleObject*);

// True if `v` is a dict whose iteration is the native one (CPython's check that a dict
// subclass does not override __iter__ before merging it entry by entry).
bool is_plain_dict_for_merge(VM& vm, Value v) {
  if (!is_dict(v)) return false;
  TypeObject* t = v.as_object()->type;
  if (t == vm.types.dict) return true;
  Value it = lookup_special(vm, t, Slot::Iter);
  return is_native_function(it) && as_native(it)->fn == dict_iter;
}

// PySequence_Fast on an update-sequence element: its items, or false with the dict-specific
// TypeError.
bool element_items(VM& vm, Value item, size_t index, std::vector<Value>& out) {
  out.clear();
  if (item.is_object()) {
    TypeObject* t = item.as_object()->type;
    if (t == vm.types.list) {
      out = as_list(item)->items;
      return true;
    }
    if (t == vm.types.tuple) {
      out.assign(as_tuple(item)->items(), as_tuple(item)->items() + as_tuple(item)->size);
      return true;
    }
  }
  RootScope roots(vm);
  Value it = py_iter(vm, item);
  if (it.is_null()) {
    if (vm.error_matches(vm.exc.TypeError)) {
      vm.clear_error();
      vm.raise_fmt(vm.exc.TypeError,
                   "cannot convert dictionary update sequence element #{} to a sequence", index);
    }
    return false;
  }
  roots.add(it);
  ListObject* tmp = vm.new_list();
  if (!tmp) return false;
  roots.add(Value::object(tmp));
  for (;;) {
    Value x = py_next(vm, it);
    if (x.is_null()) {
      if (vm.has_error()) return false;
      break;
    }
    if (!list_append(vm, tmp, x)) return false;
  }
  out = tmp->items;
  return true;
}

// PyDict_MergeFromSeq2 with override.
bool merge_from_seq2(VM& vm, DictObject* d, Value seq) {
  RootScope roots(vm);
  Value it = py_iter(vm, seq);
  if (it.is_null()) return false;
  roots.add(it);
  std::vector<Value> kv;
  for (size_t i = 0;; ++i) {
    Value item = py_next(vm, it);
    if (item.is_null()) return !vm.has_error();
    roots.add(item);
    if (!element_items(vm, item, i, kv)) return false;
    if (kv.size() != 2) {
      vm.raise_fmt(vm.exc.ValueError,
                   "dictionary update sequence element #{} has length {}; 2 is required", i,
                   kv.size());
      return false;
    }
    if (!dict_set(vm, d, kv[0], kv[1])) return false;
  }
}

}  // namespace

bool dict_merge(VM& vm, DictObject* a, Value b, bool override) {
  if (is_plain_dict_for_merge(vm, b)) {
    DictObject* other = as_dict(b);
    if (other == a || other->used == 0) return true;
    if (!dict_presize(vm, a, other->used)) return false;
    size_t orig_used = other->used;
    for (size_t pos = 0; pos < other->entries.size(); ++pos) {
      DictEntry e = other->entries[pos];
      if (e.key.is_null()) continue;
      if (override) {
        if (!dict_set_hashed(vm, a, e.key, e.hash, e.value)) return false;
      } else {
        Value existing;
        int r = dict_lookup_hashed(vm, a, e.key, e.hash, existing);
        if (r < 0) return false;
        if (r == 0 && !dict_set_hashed(vm, a, e.key, e.hash, e.value)) return false;
      }
      if (other->used != orig_used) {
        vm.raise(vm.exc.RuntimeError, "dict mutated during update");
        return false;
      }
    }
    return true;
  }
  // A generic mapping: list(b.keys()), then b[key] for each.
  RootScope roots(vm);
  Value keys = vm.call_method(b, vm.names.keys, {});
  if (keys.is_null()) return false;
  roots.add(keys);
  ListObject* klist = py_list_from_iterable(vm, keys);
  if (!klist) return false;
  roots.add(Value::object(klist));
  for (size_t i = 0; i < klist->items.size(); ++i) {
    Value key = klist->items[i];
    if (!override) {
      Value existing;
      int r = dict_lookup(vm, a, key, existing);
      if (r < 0) return false;
      if (r > 0) continue;
    }
    Value value = py_getitem(vm, b, key);
    if (value.is_null()) return false;
    if (!dict_set(vm, a, key, value)) return false;
  }
  return true;
}

bool dict_update_arg(VM& vm, DictObject* d, Value arg) {
  if (is_dict(arg) && arg.as_object()->type == vm.types.dict) return dict_merge(vm, d, arg, true);
  Value keys = py_getattr_opt(vm, arg, vm.names.keys);
  if (keys.is_null()) {
    if (vm.has_error()) return false;
    return merge_from_seq2(vm, d, arg);
  }
  return dict_merge(vm, d, arg, true);
}

namespace {

// dict.update / dict.__init__: one optional positional argument and keywords.
bool update_common(VM& vm, DictObject* d, const Value* args, size_t nargs, TupleObject* kwnames,
                   const char* name) {
  if (!check_arg_count(vm, name, nargs - 1, 0, 1)) return false;
  if (nargs == 2 && !dict_update_arg(vm, d, args[1])) return false;
  if (kwnames) {
    for (size_t k = 0; k < kwnames->size; ++k) {
      if (!dict_set(vm, d, kwnames->items()[k], args[nargs + k])) return false;
    }
  }
  return true;
}

Value dict_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "dict.__new__(X): X is not a type object");
  }
  TypeObject* t = as_type(args[0]);
  if (!vm.is_subtype(t, vm.types.dict)) {
    return vm.raise_fmt(vm.exc.TypeError, "dict.__new__({}): {} is not a subtype of dict",
                        type_name_of(t), type_name_of(t));
  }
  DictObject* d = t == vm.types.dict ? vm.new_dict() : vm.make<DictObject>(t);
  return d ? Value::object(d) : Value::null();
}

Value dict_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!update_common(vm, self_dict(args), args, nargs, kwnames, "dict")) return Value::null();
  return Value::none();
}

Value dict_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  DictObject* d = self_dict(args);
  if (d->used == 0) return vm.new_str_ascii("{}");
  if (!vm.repr_enter(d)) return vm.new_str_ascii("{...}");
  std::string out = "{";
  bool first = true;
  for (size_t pos = 0; pos < d->entries.size(); ++pos) {
    DictEntry e = d->entries[pos];
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!repr_into(vm, e.key, out)) {
      vm.repr_leave(d);
      return Value::null();
    }
    out += ": ";
    if (!repr_into(vm, e.value, out)) {
      vm.repr_leave(d);
      return Value::null();
    }
  }
  out += '}';
  vm.repr_leave(d);
  return vm.new_str(out);
}

// CPython's dict_equal: 1, 0, -1.
int dict_equal(VM& vm, DictObject* a, DictObject* b) {
  if (a->used != b->used) return 0;
  for (size_t pos = 0; pos < a->entries.size(); ++pos) {
    DictEntry e = a->entries[pos];
    if (e.key.is_null()) continue;
    Value bval;
    int r = dict_lookup_hashed(vm, b, e.key, e.hash, bval);
    if (r < 0) return -1;
    if (r == 0) return 0;
    int cmp = py_equal(vm, e.value, bval);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

Value dict_eq(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  if (!is_dict(args[1])) return vm.not_implemented();
  int r = dict_equal(vm, self_dict(args), as_dict(args[1]));
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value dict_ne(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  if (!is_dict(args[1])) return vm.not_implemented();
  int r = dict_equal(vm, self_dict(args), as_dict(args[1]));
  if (r < 0) return Value::null();
  return Value::boolean(r == 0);
}

Value dict_len(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(self_dict(args)->used));
}

Value dict_contains(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2)
    return vm.raise_fmt(vm.exc.TypeError,
                        "dict.__contains__() takes exactly one argument ({} given)", nargs - 1);
  Value out;
  int r = dict_lookup(vm, self_dict(args), args[1], out);
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value dict_getitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2)
    return vm.raise_fmt(vm.exc.TypeError,
                        "dict.__getitem__() takes exactly one argument ({} given)", nargs - 1);
  Value out;
  int r = dict_lookup(vm, self_dict(args), args[1], out);
  if (r < 0) return Value::null();
  if (r == 1) return out;
  if (args[0].as_object()->type != vm.types.dict) {
    bool found = false;
    Value v = call_special(vm, args[0], Slot::Missing, &args[1], 1, found);
    if (found) return v;
  }
  return raise_key_error(vm, args[1]);
}

Value dict_setitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3) return vm.raise(vm.exc.TypeError, "expected 2 arguments");
  if (!dict_set(vm, self_dict(args), args[1], args[2])) return Value::null();
  return Value::none();
}

Value dict_delitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  int r = dict_delete(vm, self_dict(args), args[1]);
  if (r < 0) return Value::null();
  if (r == 0) return raise_key_error(vm, args[1]);
  return Value::none();
}

Value make_dict_iter(VM& vm, DictObject* d, DictIterObject::What what, bool reversed) {
  TypeObject* t = what == DictIterObject::What::Keys     ? vm.types.dict_keyiterator
                  : what == DictIterObject::What::Values ? vm.types.dict_valueiterator
                                                         : vm.types.dict_itemiterator;
  auto* it = vm.make<DictIterObject>(t, d, what, reversed);
  if (!it) return Value::null();
  it->used = d->used;
  it->remaining = static_cast<int64_t>(d->used);
  it->pos = reversed ? d->entries.size() : 0;
  return Value::object(it);
}

Value dict_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  return make_dict_iter(vm, self_dict(args), DictIterObject::What::Keys, false);
}

Value dict_reversed(VM& vm, const Value* args, size_t, TupleObject*) {
  return make_dict_iter(vm, self_dict(args), DictIterObject::What::Keys, true);
}

Value dict_or(VM& vm, Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return vm.not_implemented();
  DictObject* d = dict_copy(vm, as_dict(a));
  if (!d) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(d));
  if (!dict_update_arg(vm, d, b)) return Value::null();
  return Value::object(d);
}

Value dict_or_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  return dict_or(vm, args[0], args[1]);
}

Value dict_ror_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  return dict_or(vm, args[1], args[0]);
}

Value dict_ior_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  if (!dict_update_arg(vm, self_dict(args), args[1])) return Value::null();
  return args[0];
}

Value dict_get(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "get", kwnames)) return Value::null();
  if (!check_arg_count(vm, "get", nargs - 1, 1, 2)) return Value::null();
  Value out;
  int r = dict_lookup(vm, self_dict(args), args[1], out);
  if (r < 0) return Value::null();
  if (r == 1) return out;
  return nargs == 3 ? args[2] : Value::none();
}

Value dict_setdefault(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "setdefault", kwnames)) return Value::null();
  if (!check_arg_count(vm, "setdefault", nargs - 1, 1, 2)) return Value::null();
  DictObject* d = self_dict(args);
  int64_t hash;
  if (!fast_hash(vm, args[1], hash)) return Value::null();
  Value out;
  int r = dict_lookup_hashed(vm, d, args[1], hash, out);
  if (r < 0) return Value::null();
  if (r == 1) return out;
  Value dflt = nargs == 3 ? args[2] : Value::none();
  if (!dict_set_hashed(vm, d, args[1], hash, dflt)) return Value::null();
  return dflt;
}

Value dict_pop(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "pop", kwnames)) return Value::null();
  if (!check_arg_count(vm, "pop", nargs - 1, 1, 2)) return Value::null();
  DictObject* d = self_dict(args);
  if (d->used == 0) {
    if (nargs == 3) return args[2];
    return raise_key_error(vm, args[1]);  // CPython does not even hash the key here
  }
  Value out;
  int r = dict_lookup(vm, d, args[1], out);
  if (r < 0) return Value::null();
  if (r == 0) {
    if (nargs == 3) return args[2];
    return raise_key_error(vm, args[1]);
  }
  if (dict_delete(vm, d, args[1]) < 0) return Value::null();
  return out;
}

Value dict_popitem(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "dict.popitem", kwnames)) return Value::null();
  if (!check_arg_count(vm, "dict.popitem", nargs - 1, 0, 0)) return Value::null();
  Value key, value;
  if (!dict_pop_last(self_dict(args), key, value)) {
    return vm.raise(vm.exc.KeyError, "popitem(): dictionary is empty");
  }
  return vm.new_tuple({key, value});
}

Value make_view(VM& vm, TypeObject* t, DictObject* d) {
  auto* v = vm.make<DictViewObject>(t, d);
  return v ? Value::object(v) : Value::null();
}

Value dict_keys(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "dict.keys", kwnames)) return Value::null();
  if (!check_arg_count(vm, "dict.keys", nargs - 1, 0, 0)) return Value::null();
  return make_view(vm, vm.types.dict_keys, self_dict(args));
}

Value dict_values(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "dict.values", kwnames)) return Value::null();
  if (!check_arg_count(vm, "dict.values", nargs - 1, 0, 0)) return Value::null();
  return make_view(vm, vm.types.dict_values, self_dict(args));
}

Value dict_items(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "dict.items", kwnames)) return Value::null();
  if (!check_arg_count(vm, "dict.items", nargs - 1, 0, 0)) return Value::null();
  return make_view(vm, vm.types.dict_items, self_dict(args));
}

Value dict_update(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!update_common(vm, self_dict(args), args, nargs, kwnames, "update")) return Value::null();
  return Value::none();
}

Value dict_clear_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "dict.clear", kwnames)) return Value::null();
  if (!check_arg_count(vm, "dict.clear", nargs - 1, 0, 0)) return Value::null();
  dict_clear(vm, self_dict(args));
  return Value::none();
}

Value dict_copy_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "dict.copy", kwnames)) return Value::null();
  if (!check_arg_count(vm, "dict.copy", nargs - 1, 0, 0)) return Value::null();
  DictObject* d = dict_copy(vm, self_dict(args));
  return d ? Value::object(d) : Value::null();
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
Value dict_fromkeys(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "fromkeys", kwnames)) return Value::null();
  if (!check_arg_count(vm, "fromkeys", nargs - 1, 1, 2)) return Value::null();
  Value iterable = args[1];
  Value value = nargs == 3 ? args[2] : Value::none();
  RootScope roots(vm);
  Value dv = vm.call(args[0], nullptr, 0);
  if (dv.is_null()) return dv;
  roots.add(dv);
  bool exact = is_dict(dv) && dv.as_object()->type == vm.types.dict;
  if (exact) {
    DictObject* d = as_dict(dv);
    if (is_dict(iterable) && iterable.as_object()->type == vm.types.dict) {
      DictObject* src = as_dict(iterable);
      if (!dict_presize(vm, d, src->used)) return Value::null();
      for (size_t pos = 0; pos < src->entries.size(); ++pos) {
        DictEntry e = src->entries[pos];
        if (e.key.is_null()) continue;
        if (!dict_set_hashed(vm, d, e.key, e.hash, value)) return Value::null();
      }
      return dv;
    }
    if (is_set_like(iterable) && (iterable.as_object()->type == vm.types.set ||
                                  iterable.as_object()->type == vm.types.frozenset)) {
      SetObject* s = as_set(iterable);
      if (!dict_presize(vm, d, s->used)) return Value::null();
      size_t pos = 0;
      Value key;
      while (set_next(s, pos, key)) {
        if (!dict_set_hashed(vm, d, key, s->table[pos - 1].hash, value)) return Value::null();
      }
      return dv;
    }
  }
  Value it = py_iter(vm, iterable);
  if (it.is_null()) return it;
  roots.add(it);
  for (;;) {
    Value key = py_next(vm, it);
    if (key.is_null()) {
      if (vm.has_error()) return Value::null();
      return dv;
    }
    if (exact) {
      if (!dict_set(vm, as_dict(dv), key, value)) return Value::null();
    } else if (!py_setitem(vm, dv, key, value)) {
      return Value::null();
    }
  }
}

// --- Views. ---

inline DictViewObject* self_view(const Value* args) {
  return static_cast<DictViewObject*>(args[0].as_object());
}

bool is_keys_view(VM& vm, Value v) {
  return is_kind(v, ObjKind::DictView) && v.as_object()->type == vm.types.dict_keys;
}
bool is_items_view(VM& vm, Value v) {
  return is_kind(v, ObjKind::DictView) && v.as_object()->type == vm.types.dict_items;
}
// PyDictViewSet_Check: the set-like views.
bool is_set_view(VM& vm, Value v) {
  return is_keys_view(vm, v) || is_items_view(vm, v);
}

Value view_len(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(self_view(args)->dict->used));
}

DictIterObject::What view_what(VM& vm, Value view) {
  TypeObject* t = view.as_object()->type;
  if (t == vm.types.dict_keys) return DictIterObject::What::Keys;
  if (t == vm.types.dict_values) return DictIterObject::What::Values;
  return DictIterObject::What::Items;
}

Value view_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  return make_dict_iter(vm, self_view(args)->dict, view_what(vm, args[0]), false);
}

Value view_reversed(VM& vm, const Value* args, size_t, TupleObject*) {
  return make_dict_iter(vm, self_view(args)->dict, view_what(vm, args[0]), true);
}

Value view_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  DictViewObject* v = self_view(args);
  std::string out(type_name_of(v->type));
  if (!vm.repr_enter(v)) return vm.new_str_ascii("...");
  ListObject* items = py_list_from_iterable(vm, args[0]);
  if (!items) {
    vm.repr_leave(v);
    return Value::null();
  }
  RootScope roots(vm);
  roots.add(Value::object(items));
  out += '(';
  if (!repr_into(vm, Value::object(items), out)) {
    vm.repr_leave(v);
    return Value::null();
  }
  out += ')';
  vm.repr_leave(v);
  return vm.new_str(out);
}

// 1/0/-1: is `obj` in the view?
int view_contains_value(VM& vm, Value view, Value obj) {
  DictObject* d = static_cast<DictViewObject*>(view.as_object())->dict;
  if (is_keys_view(vm, view)) {
    Value out;
    return dict_lookup(vm, d, obj, out);
  }
  // dictitems_contains: a 2-tuple whose value matches.
  if (!is_tuple(obj) || as_tuple(obj)->size != 2) return 0;
  Value key = as_tuple(obj)->items()[0];
  Value value = as_tuple(obj)->items()[1];
  Value found;
  int r = dict_lookup(vm, d, key, found);
  if (r <= 0) return r;
  return py_equal(vm, found, value);
}

Value view_contains(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  int r = view_contains_value(vm, args[0], args[1]);
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

// Every item of `a` is in `b` (CPython's all_contained_in).
int all_contained_in(VM& vm, Value a, Value b) {
  RootScope roots(vm);
  Value it = py_iter(vm, a);
  if (it.is_null()) return -1;
  roots.add(it);
  for (;;) {
    Value x = py_next(vm, it);
    if (x.is_null()) return vm.has_error() ? -1 : 1;
    int r = py_contains(vm, b, x);
    if (r <= 0) return r;
  }
}

template <CompareOp Op>
Value view_richcompare(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1);
  Value self = args[0], other = args[1];
  if (!is_set_like(other) && !is_set_view(vm, other)) return vm.not_implemented();
  int64_t len_self, len_other;
  if (!py_len(vm, self, len_self) || !py_len(vm, other, len_other)) return Value::null();
  int ok = 0;
  switch (Op) {
    case CompareOp::Ne:
    case CompareOp::Eq:
      if (len_self == len_other) ok = all_contained_in(vm, self, other);
      if (Op == CompareOp::Ne && ok >= 0) ok = !ok;
      break;
    case CompareOp::Lt:
      if (len_self < len_other) ok = all_contained_in(vm, self, other);
      break;
    case CompareOp::Le:
      if (len_self <= len_other) ok = all_contained_in(vm, self, other);
      break;
    case CompareOp::Gt:
      if (len_self > len_other) ok = all_contained_in(vm, other, self);
      break;
    case CompareOp::Ge:
      if (len_self >= len_other) ok = all_contained_in(vm, other, self);
      break;
  }
  if (ok < 0) return Value::null();
  return Value::boolean(ok != 0);
}

// dictviews_to_set: a new set from the view (from its dict directly for keys views of exact
// dicts, which is what CPython's PySet_New fast path sees and sizes the table by).
SetObject* view_to_set(VM& vm, Value self) {
  Value src = self;
  if (is_keys_view(vm, self)) {
    DictObject* d = static_cast<DictViewObject*>(self.as_object())->dict;
    if (d->type == vm.types.dict) src = Value::object(d);
  }
  return set_new_from(vm, vm.types.set, src);
}

Value views_sub(VM& vm, Value self, Value other) {
  SetObject* result = view_to_set(vm, self);
  if (!result) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(result));
  if (!set_difference_update_one(vm, result, other)) return Value::null();
  return Value::object(result);
}

Value views_or(VM& vm, Value self, Value other) {
  SetObject* result = view_to_set(vm, self);
  if (!result) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(result));
  if (!set_update(vm, result, other)) return Value::null();
  return Value::object(result);
}

// dictitems_xor: both operands are items views.
Value items_xor(VM& vm, Value self, Value other) {
  DictObject* d1 = static_cast<DictViewObject*>(self.as_object())->dict;
  DictObject* d2 = static_cast<DictViewObject*>(other.as_object())->dict;
  RootScope roots(vm);
  DictObject* temp = dict_copy(vm, d1);
  if (!temp) return Value::null();
  roots.add(Value::object(temp));
  SetObject* result = vm.make<SetObject>(vm.types.set);
  if (!result) return Value::null();
  roots.add(Value::object(result));
  for (size_t pos = 0; pos < d2->entries.size(); ++pos) {
    DictEntry e = d2->entries[pos];
    if (e.key.is_null()) continue;
    Value val1;
    int r = dict_lookup_hashed(vm, temp, e.key, e.hash, val1);
    if (r < 0) return Value::null();
    int to_delete = 0;
    if (r == 1) {
      to_delete = py_equal(vm, val1, e.value);
      if (to_delete < 0) return Value::null();
    }
    if (to_delete) {
      if (dict_delete(vm, temp, e.key) < 0) return Value::null();
    } else {
      Value pair = vm.new_tuple({e.key, e.value});
      if (pair.is_null() || !set_add(vm, result, pair)) return Value::null();
    }
  }
  Value remaining = make_view(vm, vm.types.dict_items, temp);
  if (remaining.is_null()) return remaining;
  roots.add(remaining);
  if (!set_update(vm, result, remaining)) return Value::null();
  return Value::object(result);
}

Value views_xor(VM& vm, Value self, Value other) {
  if (is_items_view(vm, self) && is_items_view(vm, other)) return items_xor(vm, self, other);
  SetObject* result = view_to_set(vm, self);
  if (!result) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(result));
  if (!set_symmetric_difference_update_one(vm, result, other)) return Value::null();
  return Value::object(result);
}

// _PyDictView_Intersect.
Value views_and(VM& vm, Value self, Value other) {
  if (!is_set_view(vm, self)) std::swap(self, other);
  int64_t len_self =
      static_cast<int64_t>(static_cast<DictViewObject*>(self.as_object())->dict->used);
  if (is_set_like(other) && other.as_object()->type == vm.types.set) {
    int64_t len_other = static_cast<int64_t>(as_set(other)->used);
    if (len_self <= len_other) {
      return vm.call_method(other, vm.intern("intersection"), {self});
    }
  }
  if (is_set_view(vm, other)) {
    int64_t len_other =
        static_cast<int64_t>(static_cast<DictViewObject*>(other.as_object())->dict->used);
    if (len_other > len_self) std::swap(self, other);
  }
  RootScope roots(vm);
  SetObject* result = vm.make<SetObject>(vm.types.set);
  if (!result) return Value::null();
  roots.add(Value::object(result));
  Value it = py_iter(vm, other);
  if (it.is_null()) return it;
  roots.add(it);
  for (;;) {
    Value key = py_next(vm, it);
    if (key.is_null()) {
      if (vm.has_error()) return Value::null();
      return Value::object(result);
    }
    int r = view_contains_value(vm, self, key);
    if (r < 0) return Value::null();
    if (r && !set_add(vm, result, key)) return Value::null();
  }
}

#define KRAIT_VIEW_BINOP(name, impl, reflected)                                        \
  Value name(VM& vm, const Value* args, size_t nargs, TupleObject*) {                  \
    if (nargs != 2)                                                                    \
      return vm.raise_fmt(vm.exc.TypeError, "expected 1 argument, got {}", nargs - 1); \
    return reflected ? impl(vm, args[1], args[0]) : impl(vm, args[0], args[1]);        \
  }
KRAIT_VIEW_BINOP(view_sub, views_sub, false)
KRAIT_VIEW_BINOP(view_rsub, views_sub, true)
KRAIT_VIEW_BINOP(view_or, views_or, false)
KRAIT_VIEW_BINOP(view_ror, views_or, true)
KRAIT_VIEW_BINOP(view_xor, views_xor, false)
KRAIT_VIEW_BINOP(view_rxor, views_xor, true)
KRAIT_VIEW_BINOP(view_and, views_and, false)
KRAIT_VIEW_BINOP(view_rand, views_and, true)
#undef KRAIT_VIEW_BINOP

Value view_isdisjoint(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "isdisjoint", kwnames)) return Value::null();
  if (!check_arg_count(vm, "isdisjoint", nargs - 1, 1, 1)) return Value::null();
  Value self = args[0], other = args[1];
  if (self == other) return Value::boolean(self_view(args)->dict->used == 0);
  if (is_set_like(other) || is_set_view(vm, other)) {
    int64_t len_self = static_cast<int64_t>(self_view(args)->dict->used);
    int64_t len_other;
    if (!py_len(vm, other, len_other)) return Value::null();
    if (len_other > len_self) std::swap(self, other);
  }
  RootScope roots(vm);
  Value it = py_iter(vm, other);
  if (it.is_null()) return it;
  roots.add(it);
  for (;;) {
    Value x = py_next(vm, it);
    if (x.is_null()) {
      if (vm.has_error()) return Value::null();
      return Value::true_();
    }
    int r = py_contains(vm, self, x);
    if (r < 0) return Value::null();
    if (r) return Value::false_();
  }
}

// --- Iterators. ---

Value self_iter(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

Value dict_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<DictIterObject*>(args[0].as_object());
  DictObject* d = it->dict;
  if (!d) return Value::null();
  if (it->used != d->used) {
    it->used = static_cast<size_t>(-1);  // sticky, as CPython
    return vm.raise(vm.exc.RuntimeError, "dictionary changed size during iteration");
  }
  const DictEntry* e = nullptr;
  if (!it->reversed) {
    size_t n = d->entries.size();
    size_t i = it->pos;
    while (i < n && d->entries[i].key.is_null()) ++i;
    if (i >= n) {
      it->dict = nullptr;
      return Value::null();
    }
    e = &d->entries[i];
    it->pos = i + 1;
  } else {
    size_t i = it->pos < d->entries.size() ? it->pos : d->entries.size();
    while (i > 0 && d->entries[i - 1].key.is_null()) --i;
    if (i == 0) {
      it->dict = nullptr;
      return Value::null();
    }
    e = &d->entries[i - 1];
    it->pos = i - 1;
  }
  if (it->remaining <= 0) {
    it->dict = nullptr;
    return vm.raise(vm.exc.RuntimeError, "dictionary keys changed during iteration");
  }
  --it->remaining;
  switch (it->what) {
    case DictIterObject::What::Keys:
      return e->key;
    case DictIterObject::What::Values:
      return e->value;
    case DictIterObject::What::Items:
      return vm.new_tuple({e->key, e->value});
  }
  return Value::null();
}

Value dict_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<DictIterObject*>(args[0].as_object());
  if (it->dict && it->used == it->dict->used) return vm.new_int(it->remaining);
  return Value::small_int(0);
}

}  // namespace

void init_dict_type(VM& vm) {
  TypeObject* t = vm.types.dict;
  vm.add_methods(t, {
                        {"__new__", dict_new, MethodDef::kStatic},
                        {"__init__", dict_init},
                        {"__repr__", dict_repr},
                        {"__eq__", dict_eq},
                        {"__ne__", dict_ne},
                        {"__len__", dict_len},
                        {"__contains__", dict_contains},
                        {"__getitem__", dict_getitem},
                        {"__setitem__", dict_setitem},
                        {"__delitem__", dict_delitem},
                        {"__iter__", dict_iter},
                        {"__reversed__", dict_reversed},
                        {"__or__", dict_or_m},
                        {"__ror__", dict_ror_m},
                        {"__ior__", dict_ior_m},
                        {"get", dict_get},
                        {"setdefault", dict_setdefault},
                        {"pop", dict_pop},
                        {"popitem", dict_popitem},
                        {"keys", dict_keys},
                        {"values", dict_values},
                        {"items", dict_items},
                        {"update", dict_update},
                        {"clear", dict_clear_m},
                        {"copy", dict_copy_m},
                        {"fromkeys", dict_fromkeys, MethodDef::kClass},
                    });
  vm.add_attr(t, "__hash__", Value::none());

  for (TypeObject* v : {vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items}) {
    vm.add_methods(v, {
                          {"__len__", view_len},
                          {"__iter__", view_iter},
                          {"__reversed__", view_reversed},
                          {"__repr__", view_repr},
                      });
  }
  for (TypeObject* v : {vm.types.dict_keys, vm.types.dict_items}) {
    vm.add_methods(v, {
                          {"__contains__", view_contains},
                          {"__eq__", view_richcompare<CompareOp::Eq>},
                          {"__ne__", view_richcompare<CompareOp::Ne>},
                          {"__lt__", view_richcompare<CompareOp::Lt>},
                          {"__le__", view_richcompare<CompareOp::Le>},
                          {"__gt__", view_richcompare<CompareOp::Gt>},
                          {"__ge__", view_richcompare<CompareOp::Ge>},
                          {"__sub__", view_sub},
                          {"__rsub__", view_rsub},
                          {"__or__", view_or},
                          {"__ror__", view_ror},
                          {"__xor__", view_xor},
                          {"__rxor__", view_rxor},
                          {"__and__", view_and},
                          {"__rand__", view_rand},
                          {"isdisjoint", view_isdisjoint},
                      });
    vm.add_attr(v, "__hash__", Value::none());
  }
  for (TypeObject* it :
       {vm.types.dict_keyiterator, vm.types.dict_valueiterator, vm.types.dict_itemiterator}) {
    vm.add_methods(it, {
                           {"__iter__", self_iter},
                           {"__next__", dict_iter_next},
                           {"__length_hint__", dict_iter_length_hint},
                       });
  }
}

}  // namespace krait
