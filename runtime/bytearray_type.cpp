// The `bytearray` type's own methods: construction (__new__ + __init__, which refills), repr,
// iteration, and mutation (item/slice assignment and deletion, append, extend, insert, pop,
// remove, clear, reverse, += and *=), following CPython 3.11's Objects/bytearrayobject.c. The
// methods shared with bytes (find, split, upper, decode, %...) are registered by bytes_type.cpp.
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/bytearray.h"
#include "runtime/containers.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/protocol.h"
#include "runtime/str_impl.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

using namespace strimpl;

ByteArrayObject* bytearray_new(VM& vm, std::string_view data) {
  if (!data.empty() && !reserve_bytes(vm, data.size())) return nullptr;
  auto* b = vm.make<ByteArrayObject>(vm.types.bytearray);
  if (b) b->data.assign(data);
  return b;
}

namespace {

// Room for `n` bytes, accounted against the memory limit.
bool reserve(VM& vm, ByteArrayObject* b, size_t n) {
  if (n > b->data.capacity()) {
    // Over-allocate a little, as CPython does, so repeated appends stay amortised O(1).
    size_t cap = b->data.capacity();
    size_t want = n <= cap + (cap >> 3) ? n + (n >> 3) + (n < 9 ? 3 : 6) : n;
    if (want > kMaxAllocBytes || !reserve_bytes(vm, want - cap)) {
      if (!vm.has_error()) vm.raise_memory_error();
      return false;
    }
    b->data.reserve(want);
  }
  return true;
}

}  // namespace

bool bytearray_resize(VM& vm, ByteArrayObject* b, size_t n) {
  if (!reserve(vm, b, n)) return false;
  b->data.resize(n);
  return true;
}

namespace {

inline ByteArrayObject* self_of(const Value* args) {
  return as_bytearray(args[0]);
}

// CPython's _getbytevalue: an int (or __index__) in range(256).
bool byte_value(VM& vm, Value v, int& out) {
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    if (x < 0 || x > 255) {
      vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");
      return false;
    }
    out = static_cast<int>(x);
    return true;
  }
  if (v.is_bool()) {
    out = v.is_true();
    return true;
  }
  Value i = is_bigint(v) ? v : py_index(vm, v);
  if (i.is_null()) return false;
  if (!i.is_small_int() && !i.is_bool()) {
    vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");  // beyond 48 bits
    return false;
  }
  return byte_value(vm, i, out);
}

// Appends the ints of an iterable to `out` (each through byte_value).
bool collect_byte_values(VM& vm, Value iterable, std::string& out) {
  Value it = py_iter(vm, iterable);
  if (it.is_null()) return false;
  RootScope roots(vm);
  roots.add(it);
  for (;;) {
    Value item = py_next(vm, it);
    if (item.is_null()) return !vm.has_error();
    int x;
    if (!byte_value(vm, item, x)) return false;
    out += static_cast<char>(x);
  }
}

// bytearray(x) for the right-hand side of a slice assignment (CPython's PyByteArray_FromObject
// after refusing numbers and str).
bool assigned_bytes(VM& vm, Value v, std::string& out) {
  std::string_view view;
  if (bytes_like(vm, v, view)) {
    out.assign(view);
    return true;
  }
  if (is_str(v) || is_number(vm, v)) {
    vm.raise(vm.exc.TypeError,
             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  if (has_index(vm, v)) {
    // bytearray(n): n zero bytes.
    int64_t n;
    if (!index_to_int64(vm, v, n, vm.exc.OverflowError)) return false;
    if (n < 0) {
      vm.raise(vm.exc.ValueError, "negative count");
      return false;
    }
    if (static_cast<uint64_t>(n) > kMaxAllocBytes) {
      vm.raise_memory_error();
      return false;
    }
    out.assign(static_cast<size_t>(n), '\0');
    return true;
  }
  TypeObject* t = vm.type_of(v);
  if (lookup_special(vm, t, Slot::Iter).is_null() &&
      lookup_special(vm, t, Slot::GetItem).is_null()) {
    vm.raise_fmt(vm.exc.TypeError, "cannot convert '{}' object to bytearray", t->name->view());
    return false;
  }
  return collect_byte_values(vm, v, out);
}

// Replaces b[start:stop] (step 1) with `bytes`.
bool set_linear(VM& vm, ByteArrayObject* b, size_t start, size_t stop, std::string_view bytes) {
  if (bytes.size() > stop - start && !reserve(vm, b, b->size() + bytes.size() - (stop - start))) {
    return false;
  }
  b->data.replace(start, stop - start, bytes);
  return true;
}

// Deletes the items of an extended slice.
void delete_extended(ByteArrayObject* b, int64_t start, int64_t step, int64_t n) {
  if (n <= 0) return;
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  std::string& d = b->data;
  size_t out = static_cast<size_t>(start);
  size_t next_del = static_cast<size_t>(start);
  int64_t deleted = 0;
  for (size_t i = static_cast<size_t>(start); i < d.size(); ++i) {
    if (deleted < n && i == next_del) {
      ++deleted;
      next_del += static_cast<size_t>(step);
      continue;
    }
    d[out++] = d[i];
  }
  d.resize(out);
}

// CPython's bytearray_ass_subscript: b[key] = value, or del b[key] when value is Null.
bool ass_subscript(VM& vm, Value self, Value key, Value value) {
  ByteArrayObject* b = as_bytearray(self);
  int64_t start, stop, step, slicelen;
  if (has_index(vm, key)) {
    int64_t i;
    if (!index_to_int64(vm, key, i, vm.exc.IndexError)) return false;
    int ival = -1;
    // The value first: its __index__ may resize the bytearray (CPython's gh-91153).
    if (!value.is_null() && !byte_value(vm, value, ival)) return false;
    int64_t len = static_cast<int64_t>(b->size());
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
      vm.raise(vm.exc.IndexError, "bytearray index out of range");
      return false;
    }
    if (!value.is_null()) {
      b->bytes()[i] = static_cast<unsigned char>(ival);
      return true;
    }
    b->data.erase(static_cast<size_t>(i), 1);
    return true;
  }
  if (!is_kind(key, ObjKind::Slice)) {
    vm.raise_fmt(vm.exc.TypeError, "bytearray indices must be integers or slices, not {}",
                 vm.type_name(key));
    return false;
  }
  std::string bytes;
  if (!value.is_null() && !assigned_bytes(vm, value, bytes)) return false;
  // The slice is resolved after converting the value, whose conversion may run Python code.
  if (!slice_indices(vm, key, static_cast<int64_t>(b->size()), start, stop, step, slicelen)) {
    return false;
  }
  if (value.is_null() && step != 1) {
    delete_extended(b, start, step, slicelen);
    return true;
  }
  // Make sure b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step == 1) {
    return set_linear(vm, b, static_cast<size_t>(start), static_cast<size_t>(stop), bytes);
  }
  if (bytes.empty()) {
    delete_extended(b, start, step, slicelen);
    return true;
  }
  if (static_cast<int64_t>(bytes.size()) != slicelen) {
    vm.raise_fmt(vm.exc.ValueError,
                 "attempt to assign bytes of size {} to extended slice of size {}", bytes.size(),
                 slicelen);
    return false;
  }
  for (int64_t i = 0, j = start; i < slicelen; ++i, j += step) {
    b->bytes()[j] = static_cast<unsigned char>(bytes[static_cast<size_t>(i)]);
  }
  return true;
}

// --- Construction ---

Value bytearray_new_m(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "bytearray.__new__(X): X is not a type object");
  }
  TypeObject* cls = as_type(args[0]);
  if (!vm.is_subtype(cls, vm.types.bytearray)) {
    return vm.raise_fmt(vm.exc.TypeError, "bytearray.__new__({}): {} is not a subtype of bytearray",
                        cls->name->view(), cls->name->view());
  }
  // The contents come from __init__, which type() calls next with the same arguments.
  auto* b = vm.make<ByteArrayObject>(cls);
  return b ? Value::object(b) : Value::null();
}

// CPython's bytearray___init___impl.
Value bytearray_init_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[3];
  if (!bind_keywords(vm, "bytearray", {"source", "encoding", "errors"}, args + 1, nargs - 1,
                     kwnames, a)) {
    return Value::null();
  }
  ByteArrayObject* self = self_of(args);
  Value src = a[0];
  std::string_view encoding, errors;
  if (!arg_codec_name(vm, a[1], "bytearray", "encoding", "utf-8", encoding) ||
      !arg_codec_name(vm, a[2], "bytearray", "errors", "strict", errors)) {
    return Value::null();
  }
  self->data.clear();  // "Empty previous contents (yes, do this first of all!)"
  auto without_string = [&] {
    return vm.raise(vm.exc.TypeError, !a[1].is_null() ? "encoding without a string argument"
                                                      : "errors without a string argument");
  };
  if (src.is_null()) {
    if (!a[1].is_null() || !a[2].is_null()) return without_string();
    return Value::none();
  }
  if (is_str(src)) {
    if (a[1].is_null()) return vm.raise(vm.exc.TypeError, "string argument without an encoding");
    Value encoded = encode(vm, as_str(src), encoding, errors);
    if (encoded.is_null()) return encoded;
    std::string_view data = static_cast<BytesObject*>(encoded.as_object())->view();
    if (!bytearray_resize(vm, self, data.size())) return Value::null();
    std::memcpy(self->bytes(), data.data(), data.size());
    return Value::none();
  }
  if (!a[1].is_null() || !a[2].is_null()) return without_string();
  if (has_index(vm, src)) {
    int64_t count;
    if (!index_to_int64(vm, src, count, vm.exc.OverflowError)) return Value::null();
    if (count < 0) return vm.raise(vm.exc.ValueError, "negative count");
    if (static_cast<uint64_t>(count) > kMaxAllocBytes) return vm.raise_memory_error();
    if (!bytearray_resize(vm, self, static_cast<size_t>(count))) return Value::null();
    if (count) std::memset(self->bytes(), 0, static_cast<size_t>(count));
    return Value::none();
  }
  std::string_view view;
  if (bytes_like(vm, src, view)) {
    std::string copy(view);  // src may be self
    if (!bytearray_resize(vm, self, copy.size())) return Value::null();
    if (!copy.empty()) std::memcpy(self->bytes(), copy.data(), copy.size());
    return Value::none();
  }
  TypeObject* t = vm.type_of(src);
  if (lookup_special(vm, t, Slot::Iter).is_null() &&
      lookup_special(vm, t, Slot::GetItem).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot convert '{}' object to bytearray",
                        t->name->view());
  }
  std::string data;
  if (!collect_byte_values(vm, src, data)) return Value::null();
  if (!bytearray_resize(vm, self, data.size())) return Value::null();
  if (!data.empty()) std::memcpy(self->bytes(), data.data(), data.size());
  return Value::none();
}

// --- Protocols ---

Value bytearray_repr_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray.__repr__", nargs - 1, kwnames)) return Value::null();
  std::string out(vm.type_name(args[0]));
  out += '(';
  out += bytes_repr(self_of(args)->view());
  out += ')';
  return vm.new_str_ascii(out);
}

Value bytearray_setitem_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_clinic(vm, "bytearray.__setitem__", nargs - 1, kwnames, 2, 2)) return Value::null();
  return ass_subscript(vm, args[0], args[1], args[2]) ? Value::none() : Value::null();
}

Value bytearray_delitem_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.__delitem__", nargs - 1, kwnames)) return Value::null();
  return ass_subscript(vm, args[0], args[1], Value::null()) ? Value::none() : Value::null();
}

Value bytearray_iadd_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.__iadd__", nargs - 1, kwnames)) return Value::null();
  std::string_view other;
  if (!bytes_like(vm, args[1], other)) {
    return vm.raise_fmt(vm.exc.TypeError, "can't concat {} to {}", vm.type_name(args[1]),
                        vm.type_name(args[0]));
  }
  ByteArrayObject* self = self_of(args);
  std::string copy(other);  // other may be self
  size_t old = self->size();
  if (!bytearray_resize(vm, self, old + copy.size())) return Value::null();
  if (!copy.empty()) std::memcpy(self->bytes() + old, copy.data(), copy.size());
  return args[0];
}

// The repeat count of * and *=; NotImplemented (returned as `result`) for a non-int whose type
// may still handle the operation, TypeError as CPython's sequence fallback words it otherwise.
bool repeat_count(VM& vm, Value count, int64_t& n, Value& result) {
  if (!has_index(vm, count)) {
    TypeObject* t = vm.type_of(count);
    if (t->is_heap_type && !type_lookup(t, vm.intern("__rmul__")).is_null()) {
      result = vm.not_implemented();
    } else {
      result = vm.raise_fmt(vm.exc.TypeError, "can't multiply sequence by non-int of type '{}'",
                            t->name->view());
    }
    return false;
  }
  if (!index_to_int64(vm, count, n, vm.exc.OverflowError)) {
    result = Value::null();
    return false;
  }
  return true;
}

Value bytearray_imul_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.__imul__", nargs - 1, kwnames)) return Value::null();
  int64_t n;
  Value r;
  if (!repeat_count(vm, args[1], n, r)) return r;
  ByteArrayObject* self = self_of(args);
  size_t size = self->size();
  if (n <= 0 || size == 0) {
    self->data.clear();
    return args[0];
  }
  if (static_cast<uint64_t>(n) > kMaxAllocBytes / size) return vm.raise_memory_error();
  size_t total = size * static_cast<size_t>(n);
  if (!bytearray_resize(vm, self, total)) return Value::null();
  unsigned char* out = self->bytes();
  size_t done = size;
  while (done < total) {
    size_t chunk = std::min(done, total - done);
    std::memcpy(out + done, out, chunk);
    done += chunk;
  }
  return args[0];
}

// bytearray * n: a copy repeated in place. A non-int count raises CPython's sequence message
// here, since the protocol's fallback only knows the builtin sequences it lists.
Value bytearray_mul_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.__mul__", nargs - 1, kwnames)) return Value::null();
  int64_t n;
  Value r;
  if (!repeat_count(vm, args[1], n, r)) return r;
  ByteArrayObject* self = self_of(args);
  size_t size = self->size();
  if (n <= 0 || size == 0) {
    ByteArrayObject* e = bytearray_new(vm, "");
    return e ? Value::object(e) : Value::null();
  }
  if (static_cast<uint64_t>(n) > kMaxAllocBytes / size) return vm.raise_memory_error();
  ByteArrayObject* res = bytearray_new(vm, self->view());
  if (!res) return Value::null();
  Value rv = Value::object(res);
  Value imul_args[2] = {rv, args[1]};
  return bytearray_imul_m(vm, imul_args, 2, nullptr);
}

Value bytearray_iter_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray.__iter__", nargs - 1, kwnames)) return Value::null();
  auto* it = vm.make<SeqIterObject>(vm.types.bytearray_iterator, args[0]);
  return it ? Value::object(it) : Value::null();
}

Value bytearray_iter_next_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray_iterator.__next__", nargs - 1, kwnames)) return Value::null();
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::null();
  ByteArrayObject* b = as_bytearray(it->seq);
  if (it->index >= b->size()) {  // the size now: the bytearray may have changed meanwhile
    it->seq = Value::null();
    return Value::null();
  }
  return Value::small_int(b->bytes()[it->index++]);
}

Value bytearray_iter_iter_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray_iterator.__iter__", nargs - 1, kwnames)) return Value::null();
  return args[0];
}

Value bytearray_iter_length_hint_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray_iterator.__length_hint__", nargs - 1, kwnames)) {
    return Value::null();
  }
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  size_t size = as_bytearray(it->seq)->size();
  return vm.new_int(static_cast<int64_t>(size - std::min(it->index, size)));
}

// --- Mutating methods ---

Value bytearray_append(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.append", nargs - 1, kwnames)) return Value::null();
  int x;
  if (!byte_value(vm, args[1], x)) return Value::null();
  ByteArrayObject* self = self_of(args);
  if (!bytearray_resize(vm, self, self->size() + 1)) return Value::null();
  self->bytes()[self->size() - 1] = static_cast<unsigned char>(x);
  return Value::none();
}

Value bytearray_extend(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.extend", nargs - 1, kwnames)) return Value::null();
  Value src = args[1];
  std::string data;
  std::string_view view;
  if (bytes_like(vm, src, view)) {
    data.assign(view);
  } else {
    TypeObject* t = vm.type_of(src);
    if (lookup_special(vm, t, Slot::Iter).is_null() &&
        lookup_special(vm, t, Slot::GetItem).is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "can't extend bytearray with {}", t->name->view());
    }
    if (!collect_byte_values(vm, src, data)) return Value::null();
  }
  ByteArrayObject* self = self_of(args);
  size_t old = self->size();
  if (!bytearray_resize(vm, self, old + data.size())) return Value::null();
  if (!data.empty()) std::memcpy(self->bytes() + old, data.data(), data.size());
  return Value::none();
}

Value bytearray_insert(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_clinic(vm, "bytearray.insert", nargs - 1, kwnames, 2, 2)) return Value::null();
  int64_t index;
  if (!arg_ssize(vm, args[1], index)) return Value::null();
  int x;
  if (!byte_value(vm, args[2], x)) return Value::null();
  ByteArrayObject* self = self_of(args);
  int64_t n = static_cast<int64_t>(self->size());
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  if (!reserve(vm, self, self->size() + 1)) return Value::null();
  self->data.insert(static_cast<size_t>(index), 1, static_cast<char>(x));
  return Value::none();
}

Value bytearray_pop(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_clinic(vm, "bytearray.pop", nargs - 1, kwnames, 0, 1)) return Value::null();
  int64_t index = -1;
  if (nargs > 1 && !arg_ssize(vm, args[1], index)) return Value::null();
  ByteArrayObject* self = self_of(args);
  int64_t n = static_cast<int64_t>(self->size());
  if (n == 0) return vm.raise(vm.exc.IndexError, "pop from empty bytearray");
  if (index < 0) index += n;
  if (index < 0 || index >= n) return vm.raise(vm.exc.IndexError, "pop index out of range");
  unsigned char c = self->bytes()[index];
  self->data.erase(static_cast<size_t>(index), 1);
  return Value::small_int(c);
}

Value bytearray_remove(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_onearg(vm, "bytearray.remove", nargs - 1, kwnames)) return Value::null();
  int x;
  if (!byte_value(vm, args[1], x)) return Value::null();
  ByteArrayObject* self = self_of(args);
  size_t at = self->data.find(static_cast<char>(x));
  if (at == std::string::npos) return vm.raise(vm.exc.ValueError, "value not found in bytearray");
  self->data.erase(at, 1);
  return Value::none();
}

Value bytearray_clear(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray.clear", nargs - 1, kwnames)) return Value::null();
  self_of(args)->data.clear();
  return Value::none();
}

Value bytearray_copy(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray.copy", nargs - 1, kwnames)) return Value::null();
  ByteArrayObject* r = bytearray_new(vm, self_of(args)->view());
  return r ? Value::object(r) : Value::null();
}

Value bytearray_reverse(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_noargs(vm, "bytearray.reverse", nargs - 1, kwnames)) return Value::null();
  std::string& d = self_of(args)->data;
  std::reverse(d.begin(), d.end());
  return Value::none();
}

}  // namespace

void init_bytearray_type(VM& vm) {
  TypeObject* t = vm.types.bytearray;
  vm.add_methods(t, {
                        {"__new__", bytearray_new_m, MethodDef::kStatic},
                        {"__init__", bytearray_init_m},
                        {"__repr__", bytearray_repr_m},
                        {"__setitem__", bytearray_setitem_m},
                        {"__delitem__", bytearray_delitem_m},
                        {"__iter__", bytearray_iter_m},
                        {"__iadd__", bytearray_iadd_m},
                        {"__imul__", bytearray_imul_m},
                        {"__mul__", bytearray_mul_m},
                        {"__rmul__", bytearray_mul_m},
                        {"append", bytearray_append},
                        {"extend", bytearray_extend},
                        {"insert", bytearray_insert},
                        {"pop", bytearray_pop},
                        {"remove", bytearray_remove},
                        {"clear", bytearray_clear},
                        {"copy", bytearray_copy},
                        {"reverse", bytearray_reverse},
                    });
  vm.add_attr(t, "__hash__", Value::none());
  vm.add_methods(vm.types.bytearray_iterator, {
                                                  {"__next__", bytearray_iter_next_m},
                                                  {"__iter__", bytearray_iter_iter_m},
                                                  {"__length_hint__", bytearray_iter_length_hint_m},
                                              });
}

}  // namespace krait
