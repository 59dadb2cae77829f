// `dict`: CPython's compact, insertion-ordered hash table.
//
// `entries` holds (hash, key, value) in insertion order, with deleted entries left as holes
// (key == Null) until the next resize; `index` is an open-addressing table of positions into
// `entries`, probed with CPython's perturbation scheme. `keys_version` changes whenever the set
// of keys changes (not when a value is replaced), which is what the global-variable inline caches
// key on: a cached entry position stays valid while the version is unchanged.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace krait {

struct StrObject;
class Heap;
class VM;

struct DictEntry {
  int64_t hash;
  Value key;  // Null: deleted
  Value value;
};

// The entries of a dict: a fixed-capacity array inside the dict's storage block (see
// DictObject). Reads look like a std::vector's; only dict.cpp changes it.
class DictEntries {
 public:
  size_t size() const { return m_size; }
  size_t capacity() const { return m_capacity; }
  bool empty() const { return m_size == 0; }
  DictEntry& operator[](size_t i) { return m_data[i]; }
  const DictEntry& operator[](size_t i) const { return m_data[i]; }
  DictEntry* data() { return m_data; }
  const DictEntry* data() const { return m_data; }
  DictEntry* begin() { return m_data; }
  DictEntry* end() { return m_data + m_size; }
  const DictEntry* begin() const { return m_data; }
  const DictEntry* end() const { return m_data + m_size; }
  DictEntry& back() { return m_data[m_size - 1]; }
  const DictEntry& back() const { return m_data[m_size - 1]; }

 private:
  friend struct DictStorage;
  DictEntry* m_data = nullptr;
  uint32_t m_size = 0;
  uint32_t m_capacity = 0;
};

// The index table: a power-of-two array of positions in `entries`.
class DictIndex {
 public:
  size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }
  int32_t& operator[](size_t i) { return m_data[i]; }
  int32_t operator[](size_t i) const { return m_data[i]; }
  int32_t* data() { return m_data; }
  const int32_t* data() const { return m_data; }

 private:
  friend struct DictStorage;
  int32_t* m_data = nullptr;
  uint32_t m_size = 0;
};

// A dict keeps its index and its entries in one block (CPython's PyDictKeysObject does too),
// taken from the heap's size-class free lists when small: an instance's attribute dict costs
// one free-list pop, not two mallocs, and the collector gives it back as cheaply.
struct DictObject : Object {
  explicit DictObject(TypeObject* t) : Object(t, ObjKind::Dict) {}
  void trace(GcVisitor& v) const override;
  size_t external_size() const override {
    return entries.capacity() * sizeof(DictEntry) + index.size() * sizeof(int32_t);
  }
  void free_blocks(Heap& heap) override;

  DictEntries entries;
  DictIndex index;  // -1 empty, -2 dummy (deleted), else position in entries
  size_t used = 0;  // live entries
  uint64_t keys_version = 0;
  DictObject* dict = nullptr;  // attribute dict of subclass instances
};

inline bool is_dict(Value v) {
  return is_kind(v, ObjKind::Dict);
}
inline DictObject* as_dict(Value v) {
  return static_cast<DictObject*>(v.as_object());
}

// Lookups return 1 (found), 0 (absent) or -1 (an exception from __hash__/__eq__ is pending).
int dict_lookup(VM& vm, DictObject* d, Value key, Value& out);
int dict_lookup_hashed(VM& vm, DictObject* d, Value key, int64_t hash, Value& out);
// Fast path for interned-or-not str keys: no Python code can run, so no error is possible.
Value dict_get_str(DictObject* d, StrObject* key);  // Null when absent
// Position of a key in `entries`, or -1 (absent) / -2 (error).
int64_t dict_find_index(VM& vm, DictObject* d, Value key, int64_t hash);
int64_t dict_find_str_index(const DictObject* d, StrObject* key);
// Returns false with an exception pending on failure (unhashable key, MemoryError).
bool dict_set(VM& vm, DictObject* d, Value key, Value value);
bool dict_set_hashed(VM& vm, DictObject* d, Value key, int64_t hash, Value value);
void dict_set_str(VM& vm, DictObject* d, StrObject* key, Value value);
// 1 deleted, 0 absent (no exception raised: the caller raises KeyError if it wants), -1 error.
int dict_delete(VM& vm, DictObject* d, Value key);
void dict_clear(VM& vm, DictObject* d);
// Iteration in insertion order: advance `pos` over holes; false at the end.
bool dict_next(const DictObject* d, size_t& pos, Value& key, Value& value);

}  // namespace krait
