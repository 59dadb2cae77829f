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
#include <atomic>
#include <cstring>

#include "runtime/containers.h"
#include "runtime/dict.h"
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

inline size_t usable_fraction(size_t n) { return (n << 1) / 3; }

// The smallest power of two >= minsize (and >= 8): CPython's calculate_log2_keysize.
inline size_t keysize_for(size_t minsize) {
  size_t size = kMinSize;
  while (size < minsize) size <<= 1;
  return size;
}

// A free slot (empty or dummy) for `hash` in an index known to have one.
inline size_t find_empty_slot(const std::vector<int32_t>& index, int64_t hash) {
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  size_t perturb = static_cast<size_t>(hash);
  while (index[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the index with room for `minsize`, compacting holes out of `entries`
// (CPython's dictresize). Returns false with MemoryError pending.
bool resize(VM* vm, DictObject* d, size_t minsize) {
  size_t newsize = keysize_for(minsize);
  size_t new_usable = usable_fraction(newsize);
  if (vm) {
    size_t old_bytes = d->index.capacity() * sizeof(int32_t) + d->entries.capacity() * sizeof(DictEntry);
    size_t new_bytes = newsize * sizeof(int32_t) + new_usable * sizeof(DictEntry);
    if (new_bytes > old_bytes && !reserve_bytes(*vm, new_bytes - old_bytes)) return false;
  }
  // Compact the entries in place: holes are dropped, order is kept.
  if (d->entries.size() != d->used) {
    size_t w = 0;
    for (size_t r = 0; r < d->entries.size(); ++r) {
      if (!d->entries[r].key.is_null()) {
        if (w != r) d->entries[w] = d->entries[r];
        ++w;
      }
    }
    d->entries.resize(w);
  }
  if (d->entries.capacity() < new_usable) {
    d->entries.reserve(new_usable);
  } else if (d->entries.capacity() > 2 * new_usable + 16) {
    std::vector<DictEntry> shrunk;
    shrunk.reserve(new_usable);
    shrunk.assign(d->entries.begin(), d->entries.end());
    d->entries.swap(shrunk);
  }
  std::vector<int32_t> index(newsize, kIxEmpty);
  for (size_t ix = 0; ix < d->entries.size(); ++ix) {
    index[find_empty_slot(index, d->entries[ix].hash)] = static_cast<int32_t>(ix);
  }
  d->index.swap(index);
  bump_version(d);
  return true;
}

// Makes room for one more entry (CPython: dk_usable <= 0 -> insertion_resize).
inline bool ensure_room(VM* vm, DictObject* d) {
  if (d->index.empty()) return resize(vm, d, kMinSize);
  if (d->entries.size() >= usable_fraction(d->index.size())) return resize(vm, d, d->used * 3);
  return true;
}

// Appends a key known to be absent.
inline void insert_new(DictObject* d, Value key, int64_t hash, Value value) {
  size_t slot = find_empty_slot(d->index, hash);
  d->index[slot] = static_cast<int32_t>(d->entries.size());
  d->entries.push_back(DictEntry{hash, key, value});
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
    if (!ensure_room(&vm, d)) return false;
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
  if (!ensure_room(&vm, d)) return false;
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
  // No way to report MemoryError here: grow without the limit check (names are small).
  if (d->index.empty()) {
    resize(nullptr, d, kMinSize);
  } else if (d->entries.size() >= usable_fraction(d->index.size())) {
    resize(nullptr, d, d->used * 3);
  }
  (void)vm;
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

void dict_clear(DictObject* d) {
  std::vector<DictEntry>().swap(d->entries);
  std::vector<int32_t>().swap(d->index);
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
  size_t bytes = src->index.size() * sizeof(int32_t) + src->used * sizeof(DictEntry);
  if (!reserve_bytes(vm, bytes)) return nullptr;
  if (src->entries.size() == src->used) {
    d->entries = src->entries;
    d->entries.reserve(usable_fraction(src->index.size()));
    d->index = src->index;
    d->used = src->used;
    bump_version(d);
    return d;
  }
  d->entries.reserve(usable_fraction(keysize_for(src->used * 3 / 2 + 1)));
  d->index.assign(keysize_for(src->used * 3 / 2 + 1), kIxEmpty);
  for (const DictEntry& e : src->entries) {
    if (e.key.is_null()) continue;
    if (d->entries.size() >= usable_fraction(d->index.size())) resize(nullptr, d, d->used * 3);
    insert_new(d, e.key, e.hash, e.value);
  }
  return d;
}

// Used by dict.popitem(): removes the last live entry, trimming trailing holes like CPython
// (which decrements dk_nentries so later inserts reuse the space).
bool dict_pop_last(DictObject* d, Value& key, Value& value) {
  while (!d->entries.empty() && d->entries.back().key.is_null()) d->entries.pop_back();
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
  d->entries.pop_back();
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
  return resize(&vm, d, need * 3 / 2 + 1);
}

}  // namespace krait
