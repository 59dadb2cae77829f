// The builtin iterator types that wrap other iterables: enumerate, zip, map, filter, reversed
// and callable_iterator (iter(f, sentinel)). Their type objects are created by the VM
// (vm.types.enumerate...); this file gives them their layouts and their __new__, __iter__ and
// __next__, mirroring Objects/enumobject.c and Python/bltinmodule.c.
#include <vector>

#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct EnumerateObject : Object {
  EnumerateObject(TypeObject* t, Value it, Value start)
      : Object(t, ObjKind::Iterator), iter(it), index(start) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(iter);
    v.visit(index);
  }
  Value iter;
  Value index;  // an int (small or big)
};

struct ZipObject : Object {
  ZipObject(TypeObject* t, bool s) : Object(t, ObjKind::Iterator), strict(s) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    for (Value it : iters) v.visit(it);
  }
  size_t external_size() const override { return iters.capacity() * sizeof(Value); }
  std::vector<Value> iters;
  bool strict;
};

struct MapObject : Object {
  MapObject(TypeObject* t, Value f) : Object(t, ObjKind::Iterator), func(f) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(func);
    for (Value it : iters) v.visit(it);
  }
  size_t external_size() const override { return iters.capacity() * sizeof(Value); }
  Value func;
  std::vector<Value> iters;
};

struct FilterObject : Object {
  FilterObject(TypeObject* t, Value f, Value it)
      : Object(t, ObjKind::Iterator), func(f), iter(it) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(func);
    v.visit(iter);
  }
  Value func;  // None or bool: the item's truth
  Value iter;
};

struct ReversedObject : Object {
  ReversedObject(TypeObject* t, Value s, int64_t n)
      : Object(t, ObjKind::Iterator), seq(s), index(n) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(seq);
  }
  Value seq;      // Null once exhausted
  int64_t index;  // next index to fetch; -1 when done
};

struct CallableIterObject : Object {
  CallableIterObject(TypeObject* t, Value f, Value s)
      : Object(t, ObjKind::Iterator), func(f), sentinel(s) {}
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(func);
    v.visit(sentinel);
  }
  Value func;  // Null once exhausted
  Value sentinel;
};

// The class passed to __new__ must be the iterator type or a subclass of it.
TypeObject* new_target(VM& vm, const Value* args, size_t nargs, TypeObject* base,
                       const char* name) {
  if (nargs < 1 || !is_type(args[0])) {
    vm.raise_fmt(vm.exc.TypeError, "{}.__new__(X): X is not a type object", name);
    return nullptr;
  }
  TypeObject* t = as_type(args[0]);
  if (!vm.is_subtype(t, base)) {
    vm.raise_fmt(vm.exc.TypeError, "{}.__new__({}): {} is not a subtype of {}", name,
                 t->name->view(), t->name->view(), name);
    return nullptr;
  }
  return t;
}

Value iter_self(VM&, const Value* args, size_t, TupleObject*) {
  return args[0];
}

// --- enumerate ---

// enumerate(iterable, start=0), with the argument handling of CPython 3.11's enum_vectorcall.
Value enumerate_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = new_target(vm, args, nargs, vm.types.enumerate, "enumerate");
  if (!t) return Value::null();
  const Value* a = args + 1;
  size_t npos = nargs - 1;
  size_t nkw = kwnames ? kwnames->size : 0;
  auto check_keyword = [&](size_t i, const char* name) {
    std::string_view key = str_view(kwnames->items()[i]);
    if (key == name) return true;
    vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for enumerate()", key);
    return false;
  };
  Value iterable, start = Value::null();
  if (npos + nkw == 2) {
    if (nkw == 1 && !check_keyword(0, "start")) return Value::null();
    if (nkw == 2 && str_view(kwnames->items()[0]) == "start") {
      if (!check_keyword(1, "iterable")) return Value::null();
      iterable = a[1];
      start = a[0];
    } else {
      if (nkw == 2 && (!check_keyword(0, "iterable") || !check_keyword(1, "start"))) {
        return Value::null();
      }
      iterable = a[0];
      start = a[1];
    }
  } else if (npos + nkw == 1) {
    if (nkw == 1 && !check_keyword(0, "iterable")) return Value::null();
    iterable = a[0];
  } else if (npos == 0) {
    return vm.raise(vm.exc.TypeError, "enumerate() missing required argument 'iterable'");
  } else {
    return vm.raise_fmt(vm.exc.TypeError, "enumerate() takes at most 2 arguments ({} given)",
                        npos + nkw);
  }
  Value index = Value::small_int(0);
  if (!start.is_null()) {
    index = py_index(vm, start);
    if (index.is_null()) return index;
  }
  Value it = py_iter(vm, iterable);
  if (it.is_null()) return it;
  auto* e = vm.make<EnumerateObject>(t, it, index);
  return e ? Value::object(e) : Value::null();
}

Value enumerate_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* e = static_cast<EnumerateObject*>(args[0].as_object());
  Value item = py_next(vm, e->iter);
  if (item.is_null()) return item;
  Value index = e->index;
  Value next;
  if (index.is_small_int() && index.as_small_int() < Value::kSmallIntMax) {
    next = Value::small_int(index.as_small_int() + 1);
  } else {
    next = py_binary_op(vm, index, Value::small_int(1), static_cast<int>(BinOp::Add));
    if (next.is_null()) return next;
  }
  e->index = next;
  return vm.new_tuple({index, item});
}

// --- zip ---

Value zip_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = new_target(vm, args, nargs, vm.types.zip, "zip");
  if (!t) return Value::null();
  bool strict = false;
  if (kwnames && kwnames->size) {
    // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", {"strict"}).
    for (size_t k = 0; k < kwnames->size; ++k) {
      std::string_view key = str_view(kwnames->items()[k]);
      if (key != "strict") {
        return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for zip()", key);
      }
      int truth = py_truthy(vm, args[nargs + k]);
      if (truth < 0) return Value::null();
      strict = truth;
    }
  }
  auto* z = vm.make<ZipObject>(t, strict);
  if (!z) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(z));
  z->iters.reserve(nargs - 1);
  for (size_t i = 1; i < nargs; ++i) {
    Value it = py_iter(vm, args[i]);
    if (it.is_null()) return it;
    z->iters.push_back(it);
  }
  return Value::object(z);
}

Value zip_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* z = static_cast<ZipObject*>(args[0].as_object());
  size_t n = z->iters.size();
  if (n == 0) return Value::null();
  TupleObject* result = vm.new_tuple(n);
  if (!result) return Value::null();
  for (size_t i = 0; i < n; ++i) {
    Value item = py_next(vm, z->iters[i]);
    if (!item.is_null()) {
      result->items()[i] = item;
      continue;
    }
    if (vm.has_error() || !z->strict) return Value::null();
    // strict=True: every iterator must be exhausted at the same time.
    if (i > 0) {
      return vm.raise_fmt(vm.exc.ValueError, "zip() argument {} is shorter than argument{}{}",
                          i + 1, i == 1 ? " " : "s 1-", i);
    }
    for (size_t j = 1; j < n; ++j) {
      Value extra = py_next(vm, z->iters[j]);
      if (!extra.is_null()) {
        return vm.raise_fmt(vm.exc.ValueError, "zip() argument {} is longer than argument{}{}",
                            j + 1, j == 1 ? " " : "s 1-", j);
      }
      if (vm.has_error()) return Value::null();
    }
    return Value::null();
  }
  return Value::object(result);
}

// --- map ---

Value map_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = new_target(vm, args, nargs, vm.types.map, "map");
  if (!t) return Value::null();
  if (t == vm.types.map && kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "map() takes no keyword arguments");
  }
  if (nargs < 3) return vm.raise(vm.exc.TypeError, "map() must have at least two arguments.");
  auto* m = vm.make<MapObject>(t, args[1]);
  if (!m) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(m));
  m->iters.reserve(nargs - 2);
  for (size_t i = 2; i < nargs; ++i) {
    Value it = py_iter(vm, args[i]);
    if (it.is_null()) return it;
    m->iters.push_back(it);
  }
  return Value::object(m);
}

Value map_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* m = static_cast<MapObject*>(args[0].as_object());
  size_t n = m->iters.size();
  if (n == 1) {
    Value item = py_next(vm, m->iters[0]);
    if (item.is_null()) return item;
    return vm.call(m->func, &item, 1);
  }
  std::vector<Value> items;
  items.reserve(n);
  RootScope roots(vm);
  for (size_t i = 0; i < n; ++i) {
    Value item = py_next(vm, m->iters[i]);
    if (item.is_null()) return item;
    items.push_back(roots.add(item));
  }
  return vm.call(m->func, items.data(), items.size());
}

// --- filter ---

Value filter_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = new_target(vm, args, nargs, vm.types.filter, "filter");
  if (!t) return Value::null();
  if (t == vm.types.filter && kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "filter() takes no keyword arguments");
  }
  if (!check_positional(vm, "filter", nargs - 1, nullptr, 2, 2)) return Value::null();
  Value it = py_iter(vm, args[2]);
  if (it.is_null()) return it;
  auto* f = vm.make<FilterObject>(t, args[1], it);
  return f ? Value::object(f) : Value::null();
}

Value filter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* f = static_cast<FilterObject*>(args[0].as_object());
  // filter(None, it) and filter(bool, it) test the items themselves.
  bool plain_truth = f->func.is_none() || f->func == Value::object(vm.types.bool_);
  for (;;) {
    Value item = py_next(vm, f->iter);
    if (item.is_null()) return item;
    int ok;
    if (plain_truth) {
      ok = py_truthy(vm, item);
    } else {
      Value r = vm.call(f->func, &item, 1);
      if (r.is_null()) return r;
      ok = py_truthy(vm, r);
    }
    if (ok < 0) return Value::null();
    if (ok) return item;
  }
}

// --- reversed ---

Value reversed_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = new_target(vm, args, nargs, vm.types.reversed, "reversed");
  if (!t) return Value::null();
  if (t == vm.types.reversed && kwnames && kwnames->size) {
    return vm.raise(vm.exc.TypeError, "reversed() takes no keyword arguments");
  }
  if (!check_positional(vm, "reversed", nargs - 1, nullptr, 1, 1)) return Value::null();
  Value seq = args[1];
  TypeObject* st = vm.type_of(seq);
  Value rev = type_lookup(st, vm.names.__reversed__);
  if (rev.is_none()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not reversible", st->name->view());
  }
  if (!rev.is_null()) {
    Value bound = bind_descriptor(vm, rev, seq, st);
    if (bound.is_null()) return bound;
    return vm.call(bound, nullptr, 0);
  }
  // The sequence protocol (PySequence_Check: __getitem__ and not a dict) with a length.
  if (is_kind(seq, ObjKind::Dict) || lookup_special(vm, st, Slot::GetItem).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not reversible", st->name->view());
  }
  int64_t n;
  if (!py_len(vm, seq, n)) return Value::null();
  auto* r = vm.make<ReversedObject>(t, seq, n - 1);
  return r ? Value::object(r) : Value::null();
}

Value reversed_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* r = static_cast<ReversedObject*>(args[0].as_object());
  if (r->index < 0 || r->seq.is_null()) return Value::null();
  Value item;
  if (is_tuple(r->seq) && static_cast<size_t>(r->index) < as_tuple(r->seq)->size) {
    item = as_tuple(r->seq)->items()[r->index];
  } else {
    item = py_getitem(vm, r->seq, vm.new_int(r->index));
    if (item.is_null()) {
      // The sequence shrank: IndexError or StopIteration end the iteration.
      if (vm.error_matches(vm.exc.IndexError) || vm.error_matches(vm.exc.StopIteration)) {
        vm.clear_error();
        r->index = -1;
        r->seq = Value::null();
      }
      return Value::null();
    }
  }
  if (--r->index < 0) r->seq = Value::null();
  return item;
}

Value reversed_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* r = static_cast<ReversedObject*>(args[0].as_object());
  if (r->seq.is_null()) return Value::small_int(0);
  int64_t n;
  if (!py_len(vm, r->seq, n)) return Value::null();
  return vm.new_int(n < r->index + 1 ? 0 : r->index + 1);
}

// --- callable_iterator ---

Value callable_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* c = static_cast<CallableIterObject*>(args[0].as_object());
  if (c->func.is_null()) return Value::null();
  Value r = vm.call(c->func, nullptr, 0);
  if (r.is_null()) {
    // A StopIteration from the callable ends the iteration too.
    if (vm.error_matches(vm.exc.StopIteration)) {
      vm.clear_error();
      c->func = Value::null();
    }
    return Value::null();
  }
  int eq = py_equal(vm, r, c->sentinel);
  if (eq < 0) return Value::null();
  if (eq) {
    c->func = Value::null();
    c->sentinel = Value::null();
    return Value::null();
  }
  return r;
}

}  // namespace

// iter(callable, sentinel), used by builtins_module.cpp.
Value new_callable_iterator(VM& vm, Value func, Value sentinel) {
  auto* c = vm.make<CallableIterObject>(vm.types.callable_iterator, func, sentinel);
  return c ? Value::object(c) : Value::null();
}

void init_builtin_iterator_types(VM& vm) {
  BuiltinTypes& t = vm.types;
  vm.add_methods(t.enumerate, {{"__new__", enumerate_new, MethodDef::kStatic},
                               {"__iter__", iter_self},
                               {"__next__", enumerate_next}});
  vm.add_methods(
      t.zip,
      {{"__new__", zip_new, MethodDef::kStatic}, {"__iter__", iter_self}, {"__next__", zip_next}});
  vm.add_methods(
      t.map,
      {{"__new__", map_new, MethodDef::kStatic}, {"__iter__", iter_self}, {"__next__", map_next}});
  vm.add_methods(t.filter, {{"__new__", filter_new, MethodDef::kStatic},
                            {"__iter__", iter_self},
                            {"__next__", filter_next}});
  vm.add_methods(t.reversed, {{"__new__", reversed_new, MethodDef::kStatic},
                              {"__iter__", iter_self},
                              {"__next__", reversed_next},
                              {"__length_hint__", reversed_length_hint}});
  vm.add_methods(t.callable_iterator, {{"__iter__", iter_self}, {"__next__", callable_iter_next}});
}

}  // namespace krait
