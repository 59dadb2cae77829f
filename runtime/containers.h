// Helpers shared by the container types (list, tuple, dict, set, range, slice) and exported to
// the rest of the runtime: the iterator and view objects the container types define, operations
// other engineers need without going through method lookup (list sort for sorted(), tuple and
// frozenset hashes for py_hash fast paths, dict/set update for the VM's BUILD_* opcodes), and the
// small argument-conversion helpers every container method uses.
//
// The table algorithms themselves live in dict.cpp and set.cpp; the Python-visible methods in
// *_type.cpp.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"

namespace krait {

// --- Iterator and view objects (all ObjKind::Iterator except the views). ---

// Iterator over a dict's keys, values or items, forward or reversed. Mirrors CPython's
// dictiterobject: `used` is the dict size when iteration started ("dictionary changed size during
// iteration"), `remaining` catches a dict whose keys changed without changing size.
struct DictIterObject : Object {
  enum class What : uint8_t { Keys, Values, Items };
  DictIterObject(TypeObject* t, DictObject* d, What w, bool rev)
      : Object(t, ObjKind::Iterator), dict(d), what(w), reversed(rev) {}
  void trace(GcVisitor& v) const override { v.visit(dict); }

  DictObject* dict;  // null once exhausted
  size_t pos = 0;    // next entry (forward) or one past the next entry (reversed)
  size_t used = 0;
  int64_t remaining = 0;
  What what;
  bool reversed;
};

// dict_keys / dict_values / dict_items: a live view of a dict.
struct DictViewObject : Object {
  DictViewObject(TypeObject* t, DictObject* d) : Object(t, ObjKind::DictView), dict(d) {}
  void trace(GcVisitor& v) const override { v.visit(dict); }
  DictObject* dict;
};

// set_iterator (CPython's setiterobject).
struct SetIterObject : Object {
  SetIterObject(TypeObject* t, SetObject* s) : Object(t, ObjKind::Iterator), set(s) {}
  void trace(GcVisitor& v) const override { v.visit(set); }

  SetObject* set;  // null once exhausted
  size_t pos = 0;
  size_t used = 0;
  int64_t remaining = 0;
};

// --- list. ---

// list.sort(key=keyfunc, reverse=reverse): CPython 3.11's timsort (with the powersort merge
// policy), stable, leaving the list a permutation of its items if a comparison raises.
// `keyfunc` may be None or Null for no key. False with an exception pending on failure.
bool list_sort(VM& vm, ListObject* list, Value keyfunc, bool reverse);
// list.extend(iterable) / list += iterable.
bool list_extend(VM& vm, ListObject* list, Value iterable);
// Appends, accounting the growth against the VM's memory limit.
bool list_append(VM& vm, ListObject* list, Value v);

// --- tuple. ---

// hash(tuple): CPython 3.11's xxHash-based tuplehash (cached in the tuple).
bool tuple_hash(VM& vm, TupleObject* t, int64_t& out);

// --- dict. ---

// dict.update(arg) semantics for one positional argument: a mapping (anything with keys()) or
// an iterable of pairs, with CPython's error messages.
bool dict_update_arg(VM& vm, DictObject* d, Value arg);
// PyDict_Merge: copies a mapping's items into `d`; when `override` is false, existing keys win.
bool dict_merge(VM& vm, DictObject* d, Value mapping, bool override);
// A new exact dict with the same items (dict.copy()); nullptr with MemoryError pending.
DictObject* dict_copy(VM& vm, DictObject* d);
// Removes the last item (dict.popitem()); false when the dict is empty.
bool dict_pop_last(DictObject* d, Value& key, Value& value);
// Makes room for `n` more keys at once before a bulk insert.
bool dict_presize(VM& vm, DictObject* d, size_t n);

// --- set and frozenset. ---

// The table operations with the hash already computed (set.cpp). Return 1/0/-1 like dicts'.
int set_contains_hashed(VM& vm, SetObject* s, Value key, int64_t hash);
bool set_add_hashed(VM& vm, SetObject* s, Value key, int64_t hash);
int set_discard_hashed(VM& vm, SetObject* s, Value key, int64_t hash);
// set.update(iterable) for one iterable (CPython's set_update_internal, including its fast paths
// for sets and dicts, which decide the table size and so the iteration order).
bool set_update(VM& vm, SetObject* s, Value iterable);
// Empties the set (CPython's set_clear_internal).
void set_clear(SetObject* s);
// Rebuilds the table for at least `minused` entries (CPython's set_table_resize).
bool set_table_resize(VM& vm, SetObject* s, size_t minused);
// Removes and returns an arbitrary element (set.pop's finger walk); Null with KeyError if empty.
Value set_pop(VM& vm, SetObject* s);
// A new set (or frozenset) of type `type`, filled from `iterable` when it is not Null.
SetObject* set_new_from(VM& vm, TypeObject* type, Value iterable);
// hash(frozenset): CPython's frozenset_hash (cached).
int64_t frozenset_hash(SetObject* s);
// set.difference_update(other) for one argument (CPython's set_difference_update_internal).
bool set_difference_update_one(VM& vm, SetObject* so, Value other);
// set.symmetric_difference_update(other) for one argument.
bool set_symmetric_difference_update_one(VM& vm, SetObject* so, Value other);
// Swaps the tables of two sets (CPython's set_swap_bodies, used by intersection_update).
void set_swap_bodies(SetObject* a, SetObject* b);
// The table's mask: CPython's table always exists (8 slots when empty); ours is allocated lazily.
inline size_t set_mask(const SetObject* s) {
  return s->table.empty() ? 7 : s->table.size() - 1;
}

// --- Slices and ranges. ---

// An int64 index from an int or __index__ object; on overflow raises `overflow_type` with
// "cannot fit 'int' into an index-sized integer" (CPython's PyNumber_AsSsize_t). When the value
// has no __index__, raises TypeError with "'T' object cannot be interpreted as an integer".
bool index_to_int64(VM& vm, Value v, int64_t& out, TypeObject* overflow_type);
// True if v is an int or has __index__ (CPython's _PyIndex_Check).
bool has_index(VM& vm, Value v);
// CPython's _PyEval_SliceIndex: clamps out-of-range ints to the int64 limits.
bool slice_index_clamped(VM& vm, Value v, int64_t& out);

// --- Hashing and equality fast paths shared by dict and set. ---

// The cached hash of a str (CPython maps a real -1 to -2).
inline int64_t str_hash(StrObject* s) {
  if (s->hash == -1) {
    int64_t h = hash_bytes(s->view());
    s->hash = h == -1 ? -2 : h;
  }
  return s->hash;
}

// hash(v) with fast paths for small ints, strs, tuples and frozensets (the last two also so that
// their full 64-bit hashes are used, as CPython's tp_hash gives them).
inline bool fast_hash(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    out = i == -1 ? -2 : i;
    return true;
  }
  if (v.is_object()) {
    Object* o = v.as_object();
    if (o->type == vm.types.str) {
      out = str_hash(static_cast<StrObject*>(o));
      return true;
    }
    if (o->type == vm.types.tuple) return tuple_hash(vm, static_cast<TupleObject*>(o), out);
    if (o->type == vm.types.frozenset) {
      out = frozenset_hash(static_cast<SetObject*>(o));
      return true;
    }
  }
  return py_hash(vm, v, out);
}

inline bool str_bytes_equal(const StrObject* a, const StrObject* b) {
  return a->byte_size == b->byte_size &&
         (a->byte_size == 0 || __builtin_memcmp(a->data(), b->data(), a->byte_size) == 0);
}

// `stored == key` as dict and set lookups need it: identity, then cheap cases, then __eq__.
// 1 / 0 / -1 on error.
inline int lookup_equal(VM& vm, Value stored, Value key) {
  if (stored == key) return 1;
  if (stored.is_small_int() && key.is_small_int()) return 0;
  if (is_str(stored) && is_str(key)) {
    TypeObject* st = vm.types.str;
    if (stored.as_object()->type == st && key.as_object()->type == st)
      return str_bytes_equal(as_str(stored), as_str(key)) ? 1 : 0;
  }
  if (stored.is_double() && key.is_double()) return stored.as_double() == key.as_double();
  return py_equal(vm, stored, key);
}

// --- Recursion guard for natives that recurse on the C++ stack without going through a
// guarded protocol (hashes of nested tuples), as CPython's Py_EnterRecursiveCall. ---
class ContainerRecursionGuard {
 public:
  ContainerRecursionGuard(VM& vm, const char* where) : m_vm(vm) {
    ++m_vm.native_depth_ref();
    // The same bounds the protocols (py_repr, py_compare) apply to native re-entry.
    if (m_vm.native_depth() > 200 || m_vm.depth() > m_vm.options.recursion_limit) {
      m_ok = false;
      m_vm.raise_fmt(m_vm.exc.RecursionError, "maximum recursion depth exceeded{}", where);
    }
  }
  ~ContainerRecursionGuard() { --m_vm.native_depth_ref(); }
  ContainerRecursionGuard(const ContainerRecursionGuard&) = delete;
  ContainerRecursionGuard& operator=(const ContainerRecursionGuard&) = delete;
  bool ok() const { return m_ok; }

 private:
  VM& m_vm;
  bool m_ok = true;
};

// Checks that `bytes` more of container storage fit under the VM's memory limit (and under a
// sanity cap, so an absurd size raises MemoryError instead of aborting in the allocator), and
// accounts them. False with MemoryError pending otherwise.
bool reserve_bytes(VM& vm, size_t bytes);
// Only the sanity cap, for objects whose storage the heap accounts itself (tuples).
bool alloc_size_ok(VM& vm, size_t bytes);

// Grows `v` so it can hold `n` items, doubling like std::vector, accounting the growth.
template <class T>
bool reserve_items(VM& vm, std::vector<T>& v, size_t n) {
  if (n <= v.capacity()) return true;
  size_t cap = v.capacity() * 2;
  if (cap < n) cap = n;
  if (cap < 4) cap = 4;
  if (!reserve_bytes(vm, (cap - v.capacity()) * sizeof(T))) return false;
  v.reserve(cap);
  return true;
}

// `type.__name__` of a type object, for messages.
std::string_view type_name_of(TypeObject* t);

}  // namespace krait
