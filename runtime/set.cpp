// The set/frozenset hash table, replicating CPython 3.11's Objects/setobject.c.
//
// The table is an array of (hash, key) slots, a power of two in size (8 at least). A probe looks
// at the slot `hash & mask` and the LINEAR_PROBES slots after it (when they fit before the end
// of the table) before jumping with the perturbation recurrence `i = (i*5 + 1 + perturb) & mask`.
// Deleted slots hold a dummy marker with hash -1. The table grows when fill*5 >= mask*3, to
// hold used*4 (used*2 past 50000) entries. Because every step matches CPython, so does the
// order in which a set of ints iterates, and so does print({...}).
//
// CPython always has a table (its 8-slot smalltable); ours is allocated on the first insert and
// an empty vector stands for an all-empty 8-slot table.
#include <cstring>

#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/vm.h"

namespace krait {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The dummy marker of a deleted slot: a special-tag bit pattern that is no Python value.
constexpr Value kDummy = Value::from_bits(Value::kSpecialTag | 0xD);

inline bool slot_active(const SetEntry& e) { return !e.key.is_null() && e.key != kDummy; }

inline void ensure_table(SetObject* s) {
  if (s->table.empty()) s->table.assign(kMinSize, SetEntry{0, Value::null()});
}

// Inserts a key known to be absent into a table with no dummies (CPython's set_insert_clean).
void insert_clean(std::vector<SetEntry>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Finds `key`: its slot index, or -1 when absent, -2 on error (CPython's set_lookkey). An
// __eq__ that mutates the set makes the search start over.
int64_t lookkey(VM& vm, SetObject* s, Value key, int64_t hash) {
restart:
  if (s->table.empty()) return -1;
  size_t mask = s->table.size() - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t pos = i;
    for (;;) {
      const SetEntry& entry = s->table[pos];
      if (entry.key.is_null()) return -1;
      if (entry.hash == hash && entry.key != kDummy) {
        Value startkey = entry.key;
        if (startkey == key) return static_cast<int64_t>(pos);
        const SetEntry* table_before = s->table.data();
        int cmp = lookup_equal(vm, startkey, key);
        if (cmp < 0) return -2;
        if (s->table.data() != table_before || s->table.size() - 1 != mask ||
            s->table[pos].key != startkey) {
          goto restart;
        }
        if (cmp > 0) return static_cast<int64_t>(pos);
      }
      if (probes == 0) break;
      --probes;
      ++pos;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

void SetObject::trace(GcVisitor& v) const {
  for (const SetEntry& e : table) v.visit(e.key);  // the dummy is no object: visit() skips it
  v.visit(dict);
}

bool set_table_resize(VM& vm, SetObject* s, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  size_t oldsize = s->table.size();
  if (newsize == kMinSize && oldsize <= kMinSize && s->fill == s->used) {
    // CPython: a small table with no dummies has nothing to rebuild.
    ensure_table(s);
    return true;
  }
  if (newsize > oldsize && !reserve_bytes(vm, (newsize - oldsize) * sizeof(SetEntry))) {
    return false;
  }
  std::vector<SetEntry> newtable(newsize, SetEntry{0, Value::null()});
  for (const SetEntry& e : s->table) {
    if (slot_active(e)) insert_clean(newtable, e.key, e.hash);
  }
  s->table.swap(newtable);
  s->fill = s->used;
  return true;
}

int set_contains_hashed(VM& vm, SetObject* s, Value key, int64_t hash) {
  int64_t pos = lookkey(vm, s, key, hash);
  if (pos == -2) return -1;
  return pos >= 0 ? 1 : 0;
}

// CPython's set_add_entry.
bool set_add_hashed(VM& vm, SetObject* s, Value key, int64_t hash) {
restart:
  ensure_table(s);
  size_t mask = s->table.size() - 1;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  int64_t freeslot = -1;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t pos = i;
    for (;;) {
      SetEntry& entry = s->table[pos];
      if (entry.key.is_null()) {
        if (freeslot >= 0) {
          SetEntry& f = s->table[static_cast<size_t>(freeslot)];
          f.key = key;
          f.hash = hash;
          ++s->used;
          return true;
        }
        entry.key = key;
        entry.hash = hash;
        ++s->fill;
        ++s->used;
        if (s->fill * 5 < mask * 3) return true;
        return set_table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
      }
      if (entry.hash == hash && entry.key != kDummy) {
        Value startkey = entry.key;
        if (startkey == key) return true;
        const SetEntry* table_before = s->table.data();
        int cmp = lookup_equal(vm, startkey, key);
        if (cmp > 0) return true;
        if (cmp < 0) return false;
        if (s->table.data() != table_before || s->table.size() - 1 != mask ||
            s->table[pos].key != startkey) {
          goto restart;
        }
      } else if (entry.key == kDummy && entry.hash == -1) {
        freeslot = static_cast<int64_t>(pos);
      }
      if (probes == 0) break;
      --probes;
      ++pos;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_discard_hashed(VM& vm, SetObject* s, Value key, int64_t hash) {
  int64_t pos = lookkey(vm, s, key, hash);
  if (pos == -2) return -1;
  if (pos < 0) return 0;
  SetEntry& e = s->table[static_cast<size_t>(pos)];
  e.key = kDummy;
  e.hash = -1;
  --s->used;
  return 1;
}

int set_contains(VM& vm, SetObject* s, Value key) {
  int64_t hash;
  if (!fast_hash(vm, key, hash)) {
    // `{1} in {frozenset({1})}`: an unhashable set is looked up as a frozenset (CPython's
    // set_contains).
    if (is_set_like(key) && vm.isinstance(key, vm.types.set) &&
        vm.error_matches(vm.exc.TypeError)) {
      vm.clear_error();
      SetObject* tmp = set_new_from(vm, vm.types.frozenset, key);
      if (!tmp) return -1;
      return set_contains_hashed(vm, s, Value::object(tmp), frozenset_hash(tmp));
    }
    return -1;
  }
  return set_contains_hashed(vm, s, key, hash);
}

bool set_add(VM& vm, SetObject* s, Value key) {
  int64_t hash;
  if (!fast_hash(vm, key, hash)) return false;
  return set_add_hashed(vm, s, key, hash);
}

int set_discard(VM& vm, SetObject* s, Value key) {
  int64_t hash;
  if (!fast_hash(vm, key, hash)) return -1;
  return set_discard_hashed(vm, s, key, hash);
}

bool set_next(const SetObject* s, size_t& pos, Value& key) {
  size_t n = s->table.size();
  while (pos < n) {
    const SetEntry& e = s->table[pos++];
    if (slot_active(e)) {
      key = e.key;
      return true;
    }
  }
  return false;
}

void set_clear(SetObject* s) {
  std::vector<SetEntry>().swap(s->table);
  s->fill = 0;
  s->used = 0;
}

Value set_pop(VM& vm, SetObject* s) {
  if (s->used == 0) return vm.raise(vm.exc.KeyError, "pop from an empty set");
  size_t mask = s->table.size() - 1;
  size_t pos = s->finger & mask;
  while (!slot_active(s->table[pos])) {
    ++pos;
    if (pos > mask) pos = 0;
  }
  SetEntry& e = s->table[pos];
  Value key = e.key;
  e.key = kDummy;
  e.hash = -1;
  --s->used;
  s->finger = pos + 1;
  return key;
}

void set_swap_bodies(SetObject* a, SetObject* b) {
  a->table.swap(b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  // Like CPython, the pop() finger stays with the object; cached hashes are swapped only
  // between two frozensets (sets never cache one).
  if (a->hash != -1 || b->hash != -1) {
    std::swap(a->hash, b->hash);
  }
}

// CPython's set_merge: `other` is a set or frozenset.
static bool set_merge(VM& vm, SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return true;
  // One big resize at the start rather than incrementally.
  if ((so->fill + other->used) * 5 >= set_mask(so) * 3) {
    if (!set_table_resize(vm, so, (so->used + other->used) * 2)) return false;
  }
  ensure_table(so);
  size_t other_mask = set_mask(other);
  // An empty target of the same size with no dummies in the source: copy slot for slot.
  if (so->fill == 0 && set_mask(so) == other_mask && other->fill == other->used) {
    if (other->table.empty()) return true;
    for (size_t i = 0; i <= other_mask; ++i) {
      const SetEntry& e = other->table[i];
      if (!e.key.is_null()) so->table[i] = e;
    }
    so->fill = other->fill;
    so->used = other->used;
    return true;
  }
  // An empty target: insert without comparisons.
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (const SetEntry& e : other->table) {
      if (slot_active(e)) insert_clean(so->table, e.key, e.hash);
    }
    return true;
  }
  // Duplicates possible: ordinary insertions. `other` may change under __eq__, so index it.
  for (size_t i = 0; i < other->table.size(); ++i) {
    SetEntry e = other->table[i];
    if (slot_active(e)) {
      if (!set_add_hashed(vm, so, e.key, e.hash)) return false;
    }
  }
  return true;
}

bool set_update(VM& vm, SetObject* so, Value other) {
  if (is_set_like(other)) return set_merge(vm, so, as_set(other));
  if (is_dict(other) && other.as_object()->type == vm.types.dict) {
    DictObject* d = as_dict(other);
    size_t dictsize = d->used;
    if ((so->fill + dictsize) * 5 >= set_mask(so) * 3) {
      if (!set_table_resize(vm, so, (so->used + dictsize) * 2)) return false;
    }
    // The dict may change under a key's __eq__: walk it by position.
    for (size_t pos = 0; pos < d->entries.size(); ++pos) {
      DictEntry e = d->entries[pos];
      if (e.key.is_null()) continue;
      if (!set_add_hashed(vm, so, e.key, e.hash)) return false;
    }
    return true;
  }
  RootScope roots(vm);
  Value it = py_iter(vm, other);
  if (it.is_null()) return false;
  roots.add(it);
  for (;;) {
    Value key = py_next(vm, it);
    if (key.is_null()) return !vm.has_error();
    if (!set_add(vm, so, key)) return false;
  }
}

SetObject* set_new_from(VM& vm, TypeObject* type, Value iterable) {
  SetObject* s = vm.make<SetObject>(type);
  if (!s) return nullptr;
  if (iterable.is_null()) return s;
  RootScope roots(vm);
  roots.add(Value::object(s));
  if (!set_update(vm, s, iterable)) return nullptr;
  return s;
}

// CPython 3.11's frozenset_hash: an order-independent xor of shuffled entry hashes.
static inline uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

int64_t frozenset_hash(SetObject* s) {
  if (s->hash != -1) return s->hash;
  uint64_t hash = 0;
  // CPython xors every slot (empty ones hash 0, dummies -1) and then cancels the empty and
  // dummy contributions; xoring only the active entries gives the same value.
  for (const SetEntry& e : s->table) {
    if (slot_active(e)) hash ^= shuffle_bits(static_cast<uint64_t>(e.hash));
  }
  hash ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  s->hash = static_cast<int64_t>(hash);
  return s->hash;
}

}  // namespace krait
