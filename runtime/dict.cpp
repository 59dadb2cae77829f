// The dict hash table: CPython 3.11's compact dict (Objects/dictobject.c).
//
// `entries` keeps (hash, key, value) in insertion order; `index` is a power-of-two table of
// int32 positions into `entries` (-1 empty, -2 dummy), probed with CPython's perturbation
// recurrence. A new key goes at the end of `entries`; deleting leaves a hole (key Null) that the
// next resize compacts away. Like CPython, a resize happens when `entries` (holes included)
// reaches 2/3 of the index size, and sizes the new index for 3 * used.
//
// `keys_version` takes a fresh, process-wide unique value whenever the set of keys (or the
// entry positions) may change, so an inline cache that remembers (version, position) can never
// confuse two dicts or two states of one dict.
#include "runtime/dict.h"

#include <atomic>
#include <cstring>

#include "runtime/containers.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace krait {

namespace {

constexpr int32_t kIxEmpty = -1;
constexpr int32_t kIxDummy = -2;
constexpr size_t kMinSize = 8;
constexpr int kPerturbShift = 5;

// Versions only need to be unique; a relaxed atomic keeps several VMs in several threads apart.
std::atomic<uint64_t> g_next_keys_version{1};

inline void bump_version(DictObject* d) {
  d->keys_version = g_next_keys_version.fetch_add(1, std::memory_order_relaxed);
}

inline size_t usable_fraction(size_t n) {
  return (n << 1) / 3;
}

// The smallest power of two >= minsize (and >= 8): CPython's calculate_log2_keysize.
inline size_t keysize_for(size_t minsize) {
  size_t size = kMinSize;
  while (size < minsize) size <<= 1;
  return size;
}

// A free slot (empty or dummy) for `hash` in an index known to have one.
inline size_t find_empty_slot(const DictIndex& index, int64_t hash) {
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  while (index[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

}  // namespace

// The one place that lays out a dict's storage block: `index_size` int32 positions, then room
// for usable_fraction(index_size) entries (index sizes are powers of two >= 8, so the entries
// start 8-byte aligned).
struct DictStorage {
  static size_t block_bytes(size_t index_size) {
    return index_size * sizeof(int32_t) + usable_fraction(index_size) * sizeof(DictEntry);
  }
  static void* block(const DictObject* d) { return const_cast<int32_t*>(d->index.data()); }
  static void attach(DictObject* d, void* block, size_t index_size) {
    d->index.m_data = static_cast<int32_t*>(block);
    d->index.m_size = static_cast<uint32_t>(index_size);
    d->entries.m_data =
        reinterpret_cast<DictEntry*>(static_cast<char*>(block) + index_size * sizeof(int32_t));
    d->entries.m_capacity = static_cast<uint32_t>(usable_fraction(index_size));
    d->entries.m_size = 0;
  }
  static void detach(DictObject* d) {
    d->index = DictIndex();
    d->entries = DictEntries();
  }
  static void set_size(DictEntries& e, size_t n) { e.m_size = static_cast<uint32_t>(n); }
  static void release(Heap& heap, DictObject* d) {
    if (d->index.empty()) return;
    heap.free_block(block(d), block_bytes(d->index.size()));
    detach(d);
  }
  // A new, empty block for `index_size` slots; Null with MemoryError raised when the memory
  // limit (or malloc) says no. The caller moves entries over and frees the old block.
  static void* allocate(VM& vm, size_t index_size) {
    size_t bytes = block_bytes(index_size);
    // Positions are int32: a table of 2**30 slots is the largest.
    void* b = index_size > (size_t(1) << 30) ? nullptr : vm.heap().allocate_block(bytes);
    if (!b) {
      vm.raise_memory_error();
      return nullptr;
    }
    std::memset(b, 0xFF, index_size * sizeof(int32_t));  // every slot kIxEmpty (-1)
    return b;
  }
};

void DictObject::free_blocks(Heap& heap) {
  DictStorage::release(heap, this);
}

namespace {

// Rebuilds the index with room for `minsize`, compacting holes out of `entries`
// (CPython's dictresize). Returns false with MemoryError pending.
bool resize(VM& vm, DictObject* d, size_t minsize) {
  size_t newsize = keysize_for(minsize);
  size_t old_bytes = d->index.empty() ? 0 : DictStorage::block_bytes(d->index.size());
  size_t new_bytes = DictStorage::block_bytes(newsize);
  if (new_bytes > old_bytes && !reserve_bytes(vm, new_bytes - old_bytes)) return false;
  void* block = DictStorage::allocate(vm, newsize);
  if (!block) return false;
  const DictEntries old_entries = d->entries;
  void* old_block = DictStorage::block(d);
  size_t old_size = d->index.size();
  DictStorage::attach(d, block, newsize);
  // The live entries move over in order: holes are dropped.
  size_t w = 0;
  for (const DictEntry& e : old_entries) {
    if (e.key.is_null()) continue;
    d->entries.data()[w] = e;
    d->index[find_empty_slot(d->index, e.hash)] = static_cast<int32_t>(w);
    ++w;
  }
  DictStorage::set_size(d->entries, w);
  if (old_size) vm.heap().free_block(old_block, DictStorage::block_bytes(old_size));
  bump_version(d);
  return true;
}

// Makes room for one more entry (CPython: dk_usable <= 0 -> insertion_resize).
inline bool ensure_room(VM& vm, DictObject* d) {
  if (d->index.empty()) return resize(vm, d, kMinSize);
  if (d->entries.size() >= d->entries.capacity()) return resize(vm, d, d->used * 3);
  return true;
}

// Appends a key known to be absent, with room made by ensure_room.
inline void insert_new(DictObject* d, Value key, int64_t hash, Value value) {
  size_t slot = find_empty_slot(d->index, hash);
  size_t n = d->entries.size();
  d->index[slot] = static_cast<int32_t>(n);
  d->entries.data()[n] = DictEntry{hash, key, value};
  DictStorage::set_size(d->entries, n + 1);
  ++d->used;
  bump_version(d);
}

// The general probe: position of `key` in entries (>= 0), -1 if absent, -2 on error. Stores
// the index slot holding it in `slot_out`. A key's __eq__ may mutate the dict: like CPython's
// lookdict, the search restarts if the entry it compared against moved.
int64_t lookup(VM& vm, DictObject* d, Value key, int64_t hash, size_t* slot_out) {
restart:
  if (d->index.empty()) return -1;
  size_t mask = d->index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kIxEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[static_cast<size_t>(ix)];
      if (e.key == key) {
        if (slot_out) *slot_out = i;
        return ix;
      }
      if (e.hash == hash) {
        Value startkey = e.key;
        uint64_t version = d->keys_version;
        int cmp = lookup_equal(vm, startkey, key);
        if (cmp < 0) return -2;
        if (d->keys_version != version || d->index.size() - 1 != mask ||
            static_cast<size_t>(ix) >= d->entries.size() ||
            d->entries[static_cast<size_t>(ix)].key != startkey) {
          goto restart;
        }
        if (cmp > 0) {
          if (slot_out) *slot_out = i;
          return ix;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Equal text in another str object: out of line, so that the probe loop below stays small.
[[gnu::noinline, gnu::cold]] bool other_str_equal(Value stored, const StrObject* key) {
  return is_str(stored) && str_bytes_equal(as_str(stored), key);
}

// The str-only probe: compares identity, then cached hashes, then bytes. No Python code runs.
inline int64_t lookup_str(const DictObject* d, const StrObject* key, int64_t hash) {
  if (d->index.empty()) return -1;
  size_t mask = d->index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  const int32_t* index = d->index.data();
  const DictEntry* entries = d->entries.data();
  Value kv = Value::object(key);
  for (;;) {
    int32_t ix = index[i];
    if (ix == kIxEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = entries[ix];
      if (e.key == kv) return ix;
      if (e.hash == hash && other_str_equal(e.key, key)) return ix;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

void DictObject::trace(GcVisitor& v) const {
  for (const DictEntry& e : entries) {
    v.visit(e.key);
    v.visit(e.value);
  }
  v.visit(dict);
}

int dict_lookup(VM& vm, DictObject* d, Value key, Value& out) {
  if (is_str(key) && key.as_object()->type == vm.types.str) {
    int64_t ix = lookup_str(d, as_str(key), str_hash(as_str(key)));
    if (ix < 0) return 0;
    out = d->entries[static_cast<size_t>(ix)].value;
    return 1;
  }
  int64_t hash;
  if (!fast_hash(vm, key, hash)) return -1;
  return dict_lookup_hashed(vm, d, key, hash, out);
}

int dict_lookup_hashed(VM& vm, DictObject* d, Value key, int64_t hash, Value& out) {
  int64_t ix = lookup(vm, d, key, hash, nullptr);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  out = d->entries[static_cast<size_t>(ix)].value;
  return 1;
}

Value dict_get_str(DictObject* d, StrObject* key) {
  int64_t ix = lookup_str(d, key, str_hash(key));
  return ix < 0 ? Value::null() : d->entries[static_cast<size_t>(ix)].value;
}

int64_t dict_find_index(VM& vm, DictObject* d, Value key, int64_t hash) {
  return lookup(vm, d, key, hash, nullptr);
}

int64_t dict_find_str_index(const DictObject* d, StrObject* key) {
  return lookup_str(d, key, str_hash(key));
}

bool dict_set(VM& vm, DictObject* d, Value key, Value value) {
  if (is_str(key) && key.as_object()->type == vm.types.str) {
    StrObject* s = as_str(key);
    int64_t hash = str_hash(s);
    int64_t ix = lookup_str(d, s, hash);
    if (ix >= 0) {
      d->entries[static_cast<size_t>(ix)].value = value;
      return true;
    }
    if (!ensure_room(vm, d)) return false;
    insert_new(d, key, hash, value);
    return true;
  }
  int64_t hash;
  if (!fast_hash(vm, key, hash)) return false;
  return dict_set_hashed(vm, d, key, hash, value);
}

bool dict_set_hashed(VM& vm, DictObject* d, Value key, int64_t hash, Value value) {
  int64_t ix = lookup(vm, d, key, hash, nullptr);
  if (ix == -2) return false;
  if (ix >= 0) {
    // CPython keeps the original key object and replaces only the value.
    d->entries[static_cast<size_t>(ix)].value = value;
    return true;
  }
  if (!ensure_room(vm, d)) return false;
  insert_new(d, key, hash, value);
  return true;
}

void dict_set_str(VM& vm, DictObject* d, StrObject* key, Value value) {
  int64_t hash = str_hash(key);
  int64_t ix = lookup_str(d, key, hash);
  if (ix >= 0) {
    d->entries[static_cast<size_t>(ix)].value = value;
    return;
  }
  // No way to report failure here (names are small): on MemoryError the name is not stored
  // and the error is dropped.
  if (!ensure_room(vm, d)) {
    vm.clear_error();
    return;
  }
  insert_new(d, Value::object(key), hash, value);
}

int dict_delete(VM& vm, DictObject* d, Value key) {
  int64_t hash;
  if (!fast_hash(vm, key, hash)) return -1;
  size_t slot = 0;
  int64_t ix = lookup(vm, d, key, hash, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  d->index[slot] = kIxDummy;
  DictEntry& e = d->entries[static_cast<size_t>(ix)];
  e.key = Value::null();
  e.value = Value::null();
  --d->used;
  bump_version(d);
  return 1;
}

void dict_clear(VM& vm, DictObject* d) {
  DictStorage::release(vm.heap(), d);
  d->used = 0;
  bump_version(d);
}

bool dict_next(const DictObject* d, size_t& pos, Value& key, Value& value) {
  size_t n = d->entries.size();
  while (pos < n) {
    const DictEntry& e = d->entries[pos++];
    if (!e.key.is_null()) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

// --- Internals shared with dict_type.cpp (declared in containers.h). ---

DictObject* dict_copy(VM& vm, DictObject* src) {
  DictObject* d = vm.new_dict();
  if (!d) return nullptr;
  if (src->used == 0) return d;
  // Like CPython's clone_combined_dict for dense dicts: same index size, entries copied.
  if (src->entries.size() == src->used) {
    size_t size = src->index.size();
    if (!reserve_bytes(vm, DictStorage::block_bytes(size))) return nullptr;
    void* block = DictStorage::allocate(vm, size);
    if (!block) return nullptr;
    DictStorage::attach(d, block, size);
    std::memcpy(d->index.data(), src->index.data(), size * sizeof(int32_t));
    std::memcpy(d->entries.data(), src->entries.data(), src->used * sizeof(DictEntry));
    DictStorage::set_size(d->entries, src->used);
    d->used = src->used;
    bump_version(d);
    return d;
  }
  if (!resize(vm, d, src->used * 3 / 2 + 1)) return nullptr;
  for (const DictEntry& e : src->entries) {
    if (e.key.is_null()) continue;
    if (!ensure_room(vm, d)) return nullptr;
    insert_new(d, e.key, e.hash, e.value);
  }
  return d;
}

// Used by dict.popitem(): removes the last live entry, trimming trailing holes like CPython
// (which decrements dk_nentries so later inserts reuse the space).
bool dict_pop_last(DictObject* d, Value& key, Value& value) {
  while (!d->entries.empty() && d->entries.back().key.is_null())
    DictStorage::set_size(d->entries, d->entries.size() - 1);
  if (d->entries.empty()) return false;
  DictEntry e = d->entries.back();
  size_t ix = d->entries.size() - 1;
  // Find the index slot that refers to ix.
  size_t mask = d->index.size() - 1;
  size_t i = static_cast<size_t>(e.hash) & mask;
  size_t perturb = static_cast<size_t>(e.hash);
  while (d->index[i] != static_cast<int32_t>(ix)) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->index[i] = kIxDummy;
  DictStorage::set_size(d->entries, d->entries.size() - 1);
  --d->used;
  bump_version(d);
  key = e.key;
  value = e.value;
  return true;
}

// Used by fromkeys and merges: pre-size for `n` more keys (CPython's dictresize before bulk
// inserts, which also decides nothing observable but saves rehashing).
bool dict_presize(VM& vm, DictObject* d, size_t n) {
  size_t need = d->used + n;
  if (usable_fraction(d->index.size()) >= need + (d->entries.size() - d->used)) return true;
  return resize(vm, d, need * 3 / 2 + 1);
}

}  // namespace krait
