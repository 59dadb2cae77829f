// `list`: the methods of the list type, its iterators, and list.sort (CPython 3.11's timsort,
// Objects/listobject.c + Objects/listsort.txt, including 3.11's powersort merge policy), plus the
// protocol helpers that build lists and tuples from arbitrary iterables.
//
// Error messages and corner cases follow CPython 3.11: "list index out of range", the slice
// assignment rules of list_ass_slice / list_ass_subscript, "list modified during sort".
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/builtin_types_init.h"
#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/misc_objects.h"
#include "runtime/protocol.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

// --- Shared container helpers (declared in containers.h). ---

namespace {
// Above this, a container allocation is refused with MemoryError rather than attempted (the
// allocator would abort instead of failing).
constexpr size_t kMaxContainerBytes = size_t(1) << 36;
}  // namespace

bool reserve_bytes(VM& vm, size_t bytes) {
  if (bytes > kMaxContainerBytes || vm.heap().would_exceed(bytes)) {
    vm.raise_memory_error();
    return false;
  }
  vm.heap().account(static_cast<ptrdiff_t>(bytes));
  return true;
}

bool alloc_size_ok(VM& vm, size_t bytes) {
  if (bytes > kMaxContainerBytes) {
    vm.raise_memory_error();
    return false;
  }
  return true;
}

std::string_view type_name_of(TypeObject* t) { return t->name->view(); }

void ListObject::trace(GcVisitor& v) const {
  for (Value x : items) v.visit(x);
  v.visit(dict);
}

namespace {

inline ListObject* self_list(const Value* args) { return as_list(args[0]); }

Value new_list_value(ListObject* l) { return l ? Value::object(l) : Value::null(); }

// A list of `n` items copied from `src`.
ListObject* list_from_range(VM& vm, const Value* src, size_t n) {
  if (!reserve_bytes(vm, n * sizeof(Value))) return nullptr;
  ListObject* r = vm.new_list(n);
  if (!r) return nullptr;
  r->items.assign(src, src + n);
  return r;
}

}  // namespace

bool list_append(VM& vm, ListObject* list, Value v) {
  if (list->items.size() == list->items.capacity() &&
      !reserve_items(vm, list->items, list->items.size() + 1)) {
    return false;
  }
  list->items.push_back(v);
  return true;
}

bool list_extend(VM& vm, ListObject* list, Value iterable) {
  if (iterable.is_object()) {
    Object* o = iterable.as_object();
    // CPython's list_extend fast path: exact lists and tuples (a copy first, for l.extend(l)).
    if (o->type == vm.types.list || o->type == vm.types.tuple) {
      const Value* src;
      size_t n;
      if (o->type == vm.types.list) {
        src = as_list(iterable)->items.data();
        n = as_list(iterable)->items.size();
      } else {
        src = as_tuple(iterable)->items();
        n = as_tuple(iterable)->size;
      }
      if (n == 0) return true;
      if (!reserve_items(vm, list->items, list->items.size() + n)) return false;
      if (o == list) {
        // l.extend(l): copy by index (inserting a vector's own range into it is undefined).
        size_t old = list->items.size();
        list->items.resize(old + n);
        for (size_t i = 0; i < n; ++i) list->items[old + i] = list->items[i];
      } else {
        list->items.insert(list->items.end(), src, src + n);
      }
      return true;
    }
  }
  RootScope roots(vm);
  Value it = py_iter(vm, iterable);
  if (it.is_null()) return false;
  roots.add(it);
  for (;;) {
    Value x = py_next(vm, it);
    if (x.is_null()) return !vm.has_error();
    if (!list_append(vm, list, x)) return false;
  }
}

ListObject* py_list_from_iterable(VM& vm, Value iterable) {
  if (iterable.is_object()) {
    Object* o = iterable.as_object();
    TypeObject* t = o->type;
    if (t == vm.types.list) return list_from_range(vm, as_list(iterable)->items.data(), as_list(iterable)->items.size());
    if (t == vm.types.tuple) return list_from_range(vm, as_tuple(iterable)->items(), as_tuple(iterable)->size);
    if (t == vm.types.dict) {
      DictObject* d = as_dict(iterable);
      if (!reserve_bytes(vm, d->used * sizeof(Value))) return nullptr;
      ListObject* r = vm.new_list(d->used);
      if (!r) return nullptr;
      for (const DictEntry& e : d->entries) {
        if (!e.key.is_null()) r->items.push_back(e.key);
      }
      return r;
    }
    if (t == vm.types.set || t == vm.types.frozenset) {
      SetObject* s = as_set(iterable);
      if (!reserve_bytes(vm, s->used * sizeof(Value))) return nullptr;
      ListObject* r = vm.new_list(s->used);
      if (!r) return nullptr;
      size_t pos = 0;
      Value k;
      while (set_next(s, pos, k)) r->items.push_back(k);
      return r;
    }
    if (t == vm.types.range && o->kind == ObjKind::Range) {  // not a big-int range
      auto* rg = static_cast<RangeObject*>(o);
      int64_t n = rg->length();
      if (!reserve_bytes(vm, static_cast<size_t>(n) * sizeof(Value))) return nullptr;
      ListObject* r = vm.new_list(static_cast<size_t>(n));
      if (!r) return nullptr;
      uint64_t cur = static_cast<uint64_t>(rg->start);
      for (int64_t i = 0; i < n; ++i) {
        Value v = vm.new_int(static_cast<int64_t>(cur));
        if (v.is_null()) return nullptr;
        r->items.push_back(v);
        cur += static_cast<uint64_t>(rg->step);
      }
      return r;
    }
  }
  ListObject* r = vm.new_list();
  if (!r) return nullptr;
  RootScope roots(vm);
  roots.add(Value::object(r));
  if (!list_extend(vm, r, iterable)) return nullptr;
  return r;
}

TupleObject* py_tuple_from_iterable(VM& vm, Value iterable) {
  if (is_tuple(iterable) && iterable.as_object()->type == vm.types.tuple) return as_tuple(iterable);
  const Value* src = nullptr;
  size_t n = 0;
  ListObject* tmp = nullptr;
  if (is_list(iterable) && iterable.as_object()->type == vm.types.list) {
    src = as_list(iterable)->items.data();
    n = as_list(iterable)->items.size();
  } else {
    tmp = py_list_from_iterable(vm, iterable);
    if (!tmp) return nullptr;
    src = tmp->items.data();
    n = tmp->items.size();
  }
  if (n == 0) return vm.empty_tuple();
  RootScope roots(vm);
  if (tmp) roots.add(Value::object(tmp));
  TupleObject* t = vm.new_tuple(n);
  if (!t) return nullptr;
  std::copy(src, src + n, t->items());
  return t;
}

// --- Timsort. ---

namespace {

constexpr ptrdiff_t kMinGallop = 7;

// A run of keys and (when sorting with a key function) the parallel values.
struct SortSlice {
  Value* keys;
  Value* values;  // null when there is no key function
};

inline void ss_copy(SortSlice* s1, ptrdiff_t i, const SortSlice* s2, ptrdiff_t j) {
  s1->keys[i] = s2->keys[j];
  if (s1->values) s1->values[i] = s2->values[j];
}
inline void ss_copy_incr(SortSlice* dst, SortSlice* src) {
  *dst->keys++ = *src->keys++;
  if (dst->values) *dst->values++ = *src->values++;
}
inline void ss_copy_decr(SortSlice* dst, SortSlice* src) {
  *dst->keys-- = *src->keys--;
  if (dst->values) *dst->values-- = *src->values--;
}
inline void ss_memcpy(SortSlice* s1, ptrdiff_t i, const SortSlice* s2, ptrdiff_t j, ptrdiff_t n) {
  std::memcpy(static_cast<void*>(&s1->keys[i]), &s2->keys[j], sizeof(Value) * n);
  if (s1->values) std::memcpy(static_cast<void*>(&s1->values[i]), &s2->values[j], sizeof(Value) * n);
}
inline void ss_memmove(SortSlice* s1, ptrdiff_t i, const SortSlice* s2, ptrdiff_t j, ptrdiff_t n) {
  std::memmove(static_cast<void*>(&s1->keys[i]), &s2->keys[j], sizeof(Value) * n);
  if (s1->values) std::memmove(static_cast<void*>(&s1->values[i]), &s2->values[j], sizeof(Value) * n);
}
inline void ss_advance(SortSlice* s, ptrdiff_t n) {
  s->keys += n;
  if (s->values) s->values += n;
}

void reverse_range(Value* lo, Value* hi) {
  --hi;
  while (lo < hi) {
    std::swap(*lo, *hi);
    ++lo;
    --hi;
  }
}

class TimSort {
 public:
  // `tmp` is a rooted scratch list: the merge buffer lives in its items, so values parked there
  // during a merge stay visible to the collector.
  TimSort(VM& vm, ListObject* tmp, Value* keys, Value* values, ptrdiff_t n)
      : m_vm(vm), m_tmp(tmp), m_basekeys(keys), m_listlen(n) {
    m_lo.keys = keys;
    m_lo.values = values;
    m_pending.reserve(88);
  }

  bool sort() {
    ptrdiff_t nremaining = m_listlen;
    if (nremaining < 2) return true;
    ptrdiff_t minrun = compute_minrun(nremaining);
    SortSlice lo = m_lo;
    do {
      bool descending = false;
      ptrdiff_t n = count_run(lo.keys, lo.keys + nremaining, descending);
      if (n < 0) return false;
      if (descending) {
        reverse_range(lo.keys, lo.keys + n);
        if (lo.values) reverse_range(lo.values, lo.values + n);
      }
      if (n < minrun) {
        ptrdiff_t force = nremaining <= minrun ? nremaining : minrun;
        if (!binarysort(lo, lo.keys + force, lo.keys + n)) return false;
        n = force;
      }
      if (!found_new_run(n)) return false;
      m_pending.push_back(Run{lo, n, 0});
      ss_advance(&lo, n);
      nremaining -= n;
    } while (nremaining);
    return merge_force_collapse();
  }

 private:
  struct Run {
    SortSlice base;
    ptrdiff_t len;
    int power;
  };

  // a < b: 1, 0, or -1 with an exception pending.
  int lt(Value a, Value b) {
    if (both_small_ints(a, b)) return a.as_small_int() < b.as_small_int();
    if (a.is_double() && b.is_double()) return a.as_double() < b.as_double();
    if (is_str(a) && is_str(b) && a.as_object()->type == m_vm.types.str &&
        b.as_object()->type == m_vm.types.str) {
      return str_view(a).compare(str_view(b)) < 0;
    }
    return py_compare_bool(m_vm, a, b, CompareOp::Lt);
  }

  static ptrdiff_t compute_minrun(ptrdiff_t n) {
    ptrdiff_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // Length of the run starting at lo; a strictly descending run is reported as such.
  ptrdiff_t count_run(Value* lo, Value* hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    ptrdiff_t n = 2;
    int k = lt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
      descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (!k) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (k) break;
      }
    }
    return n;
  }

  // Binary insertion sort of [lo, hi), where [lo, start) is already sorted.
  bool binarysort(SortSlice lo, Value* hi, Value* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
      Value* l = lo.keys;
      Value* r = start;
      Value pivot = *r;
      do {
        Value* p = l + ((r - l) >> 1);
        int k = lt(pivot, *p);
        if (k < 0) return false;
        if (k) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      for (Value* p = start; p > l; --p) *p = *(p - 1);
      *l = pivot;
      if (lo.values) {
        // The same move in the values array, by index.
        ptrdiff_t il = l - lo.keys;
        ptrdiff_t is = start - lo.keys;
        Value vpivot = lo.values[is];
        for (ptrdiff_t p = is; p > il; --p) lo.values[p] = lo.values[p - 1];
        lo.values[il] = vpivot;
      }
    }
    return true;
  }

  // Leftmost position in a[0:n] where key belongs (a[k-1] < key <= a[k]); -1 on error.
  ptrdiff_t gallop_left(Value key, Value* a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    int c = lt(*a, key);
    if (c < 0) return -1;
    if (c) {
      const ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        c = lt(a[ofs], key);
        if (c < 0) return -1;
        if (c) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        c = lt(*(a - ofs), key);
        if (c < 0) return -1;
        if (c) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      c = lt(a[m], key);
      if (c < 0) return -1;
      if (c) {
        lastofs = m + 1;
      } else {
        ofs = m;
      }
    }
    return ofs;
  }

  // Rightmost position in a[0:n] where key belongs (a[k-1] <= key < a[k]); -1 on error.
  ptrdiff_t gallop_right(Value key, Value* a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    int c = lt(key, *a);
    if (c < 0) return -1;
    if (c) {
      const ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        c = lt(key, *(a - ofs));
        if (c < 0) return -1;
        if (c) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        c = lt(key, a[ofs]);
        if (c < 0) return -1;
        if (c) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      c = lt(key, a[m]);
      if (c < 0) return -1;
      if (c) {
        ofs = m;
      } else {
        lastofs = m + 1;
      }
    }
    return ofs;
  }

  // Room for `need` keys (and values) in the merge buffer.
  bool getmem(ptrdiff_t need) {
    size_t total = static_cast<size_t>(need) * (m_lo.values ? 2 : 1);
    if (m_tmp->items.size() < total) {
      if (!reserve_bytes(m_vm, (total - m_tmp->items.size()) * sizeof(Value))) return false;
      m_tmp->items.resize(total, Value::none());
    }
    m_a.keys = m_tmp->items.data();
    m_a.values = m_lo.values ? m_a.keys + need : nullptr;
    return true;
  }

  // Merges the na elements at ssa with the nb at ssb (ssa + na == ssb), na <= nb.
  bool merge_lo(SortSlice ssa, ptrdiff_t na, SortSlice ssb, ptrdiff_t nb) {
    if (!getmem(na)) return false;
    SortSlice dest;
    bool result = false;
    ptrdiff_t k;
    ptrdiff_t min_gallop;
    ss_memcpy(&m_a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = m_a;

    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;

    min_gallop = m_min_gallop;
    for (;;) {
      ptrdiff_t acount = 0;
      ptrdiff_t bcount = 0;
      for (;;) {
        int c = lt(ssb.keys[0], ssa.keys[0]);
        if (c < 0) goto fail;
        if (c) {
          ss_copy_incr(&dest, &ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) goto succeed;
          if (bcount >= min_gallop) break;
        } else {
          ss_copy_incr(&dest, &ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) goto copy_b;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        m_min_gallop = min_gallop;
        k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          if (k < 0) goto fail;
          ss_memcpy(&dest, 0, &ssa, 0, k);
          ss_advance(&dest, k);
          ss_advance(&ssa, k);
          na -= k;
          if (na == 1) goto copy_b;
          // na == 0 is impossible with a consistent comparison, but possible without.
          if (na == 0) goto succeed;
        }
        ss_copy_incr(&dest, &ssb);
        --nb;
        if (nb == 0) goto succeed;

        k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) goto fail;
          ss_memmove(&dest, 0, &ssb, 0, k);
          ss_advance(&dest, k);
          ss_advance(&ssb, k);
          nb -= k;
          if (nb == 0) goto succeed;
        }
        ss_copy_incr(&dest, &ssa);
        --na;
        if (na == 1) goto copy_b;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      m_min_gallop = min_gallop;
    }
  succeed:
    result = true;
  fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    return result;
  copy_b:
    // The last element of ssa belongs at the end of the merge.
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return true;
  }

  // As merge_lo, for na >= nb, merging from the right.
  bool merge_hi(SortSlice ssa, ptrdiff_t na, SortSlice ssb, ptrdiff_t nb) {
    if (!getmem(nb)) return false;
    SortSlice dest, basea, baseb;
    bool result = false;
    ptrdiff_t k;
    ptrdiff_t min_gallop;
    dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&m_a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = m_a;
    ssb.keys = m_a.keys + nb - 1;
    if (ssb.values) ssb.values = m_a.values + nb - 1;
    ss_advance(&ssa, na - 1);

    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;

    min_gallop = m_min_gallop;
    for (;;) {
      ptrdiff_t acount = 0;
      ptrdiff_t bcount = 0;
      for (;;) {
        int c = lt(ssb.keys[0], ssa.keys[0]);
        if (c < 0) goto fail;
        if (c) {
          ss_copy_decr(&dest, &ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) goto succeed;
          if (acount >= min_gallop) break;
        } else {
          ss_copy_decr(&dest, &ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) goto copy_a;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        m_min_gallop = min_gallop;
        k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
        if (k < 0) goto fail;
        k = na - k;
        acount = k;
        if (k) {
          ss_advance(&dest, -k);
          ss_advance(&ssa, -k);
          ss_memmove(&dest, 1, &ssa, 1, k);
          na -= k;
          if (na == 0) goto succeed;
        }
        ss_copy_decr(&dest, &ssb);
        --nb;
        if (nb == 1) goto copy_a;

        k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
        if (k < 0) goto fail;
        k = nb - k;
        bcount = k;
        if (k) {
          ss_advance(&dest, -k);
          ss_advance(&ssb, -k);
          ss_memcpy(&dest, 1, &ssb, 1, k);
          nb -= k;
          if (nb == 1) goto copy_a;
          // nb == 0 is impossible with a consistent comparison, but possible without.
          if (nb == 0) goto succeed;
        }
        ss_copy_decr(&dest, &ssa);
        --na;
        if (na == 0) goto succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      m_min_gallop = min_gallop;
    }
  succeed:
    result = true;
  fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
  copy_a:
    // The first element of ssb belongs at the front of the merge.
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return true;
  }

  // Merges the runs at stack indices i and i+1.
  bool merge_at(size_t i) {
    SortSlice ssa = m_pending[i].base;
    ptrdiff_t na = m_pending[i].len;
    SortSlice ssb = m_pending[i + 1].base;
    ptrdiff_t nb = m_pending[i + 1].len;

    m_pending[i].len = na + nb;
    if (i + 3 == m_pending.size()) m_pending[i + 1] = m_pending[i + 2];
    m_pending.pop_back();

    // Where does b start in a? Elements of a before that are already in place.
    ptrdiff_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return false;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return true;

    // Where does a end in b? Elements of b after that are already in place.
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return nb == 0;

    if (na <= nb) return merge_lo(ssa, na, ssb, nb);
    return merge_hi(ssa, na, ssb, nb);
  }

  // Powersort's node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
  static int powerloop(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2, ptrdiff_t n) {
    int result = 0;
    ptrdiff_t a = 2 * s1 + n1;
    ptrdiff_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  // CPython 3.11's found_new_run: merges pending runs of greater power than the new boundary.
  bool found_new_run(ptrdiff_t n2) {
    if (!m_pending.empty()) {
      Run& top = m_pending.back();
      ptrdiff_t s1 = top.base.keys - m_basekeys;
      ptrdiff_t n1 = top.len;
      int power = powerloop(s1, n1, n2, m_listlen);
      while (m_pending.size() > 1 && m_pending[m_pending.size() - 2].power > power) {
        if (!merge_at(m_pending.size() - 2)) return false;
      }
      m_pending.back().power = power;
    }
    return true;
  }

  bool merge_force_collapse() {
    while (m_pending.size() > 1) {
      size_t n = m_pending.size() - 2;
      if (n > 0 && m_pending[n - 1].len < m_pending[n + 1].len) --n;
      if (!merge_at(n)) return false;
    }
    return true;
  }

  VM& m_vm;
  ListObject* m_tmp;
  Value* m_basekeys;
  ptrdiff_t m_listlen;
  SortSlice m_lo{};
  SortSlice m_a{};
  ptrdiff_t m_min_gallop = kMinGallop;
  std::vector<Run> m_pending;
};

}  // namespace

bool list_sort(VM& vm, ListObject* list, Value keyfunc, bool reverse) {
  if (keyfunc.is_none()) keyfunc = Value::null();
  RootScope roots(vm);
  // The list is emptied while it sorts (as CPython does), so that a comparison or key function
  // that mutates it cannot disturb the memory being sorted; changes it makes are detected
  // afterwards (any growth gives the emptied vector a capacity) and discarded.
  ListObject* saved = vm.make<ListObject>(vm.types.list);
  if (!saved) return false;
  roots.add(Value::object(saved));
  ListObject* tmp = vm.make<ListObject>(vm.types.list);
  if (!tmp) return false;
  roots.add(Value::object(tmp));
  saved->items.swap(list->items);
  std::vector<Value>& items = saved->items;
  ptrdiff_t n = static_cast<ptrdiff_t>(items.size());

  ListObject* keys = nullptr;
  if (!keyfunc.is_null()) {
    keys = vm.make<ListObject>(vm.types.list);
    if (!keys || !reserve_items(vm, keys->items, items.size())) {
      list->items.swap(items);
      return false;
    }
    roots.add(Value::object(keys));
    for (ptrdiff_t i = 0; i < n; ++i) {
      Value k = vm.call(keyfunc, {items[static_cast<size_t>(i)]});
      if (k.is_null()) {
        // CPython's keyfunc_fail: the original list comes back, mutations are dropped.
        list->items.swap(items);
        return false;
      }
      keys->items.push_back(k);
    }
  }

  bool ok = true;
  if (n > 1) {
    if (reverse) {
      if (keys) reverse_range(keys->items.data(), keys->items.data() + n);
      reverse_range(items.data(), items.data() + n);
    }
    TimSort ts(vm, tmp, keys ? keys->items.data() : items.data(), keys ? items.data() : nullptr, n);
    ok = ts.sort();
  }
  if (list->items.capacity() != 0 || !list->items.empty()) {
    if (ok) {
      vm.raise(vm.exc.ValueError, "list modified during sort");
      ok = false;
    }
  }
  if (reverse && n > 1) reverse_range(items.data(), items.data() + n);
  list->items.swap(items);
  std::vector<Value>().swap(saved->items);
  return ok;
}

// --- The list type's methods. ---

namespace {

#define KRAIT_NO_KWARGS(name)                                         \
  do {                                                                \
    if (!check_no_kwargs(vm, name, kwnames)) return Value::null();    \
  } while (0)
#define KRAIT_ARG_COUNT(name, lo, hi)                                             \
  do {                                                                            \
    if (!check_arg_count(vm, name, nargs - 1, lo, hi)) return Value::null();      \
  } while (0)

// Normalises an index for item access: false (with IndexError `msg`) when out of range.
bool list_index_of(VM& vm, Value key, size_t size, size_t& out, const char* msg) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (!index_to_int64(vm, key, i, vm.exc.IndexError)) {
    return false;
  }
  if (i < 0) i += static_cast<int64_t>(size);
  if (i < 0 || i >= static_cast<int64_t>(size)) {
    vm.raise(vm.exc.IndexError, msg);
    return false;
  }
  out = static_cast<size_t>(i);
  return true;
}

Value list_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 1) return vm.raise(vm.exc.TypeError, "list.__new__(): not enough arguments");
  if (!is_type(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "list.__new__(X): X is not a type object ({})",
                        vm.type_name(args[0]));
  }
  TypeObject* t = as_type(args[0]);
  if (!vm.is_subtype(t, vm.types.list)) {
    return vm.raise_fmt(vm.exc.TypeError, "list.__new__({}): {} is not a subtype of list",
                        type_name_of(t), type_name_of(t));
  }
  return new_list_value(vm.make<ListObject>(t));
}

Value list_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  ListObject* self = self_list(args);
  // CPython rejects keywords unless a subclass has its own __new__ (which may take them).
  if (kwnames && kwnames->size) {
    TypeObject* t = vm.type_of(args[0]);
    Value nf = type_lookup(t, vm.names.__new__);
    if (t == vm.types.list || (is_native_function(nf) && as_native(nf)->fn == list_new)) {
      KRAIT_NO_KWARGS("list");
    }
  }
  KRAIT_ARG_COUNT("list", 0, 1);
  std::vector<Value>().swap(self->items);
  if (nargs == 2) {
    if (!list_extend(vm, self, args[1])) return Value::null();
  }
  return Value::none();
}

Value list_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  ListObject* self = self_list(args);
  if (self->items.empty()) return vm.new_str_ascii("[]");
  if (!vm.repr_enter(self)) return vm.new_str_ascii("[...]");
  std::string out = "[";
  for (size_t i = 0; i < self->items.size(); ++i) {
    if (i) out += ", ";
    if (!repr_into(vm, self->items[i], out)) {
      vm.repr_leave(self);
      return Value::null();
    }
  }
  out += ']';
  vm.repr_leave(self);
  return vm.new_str(out);
}

// CPython's list_richcompare.
Value list_richcompare(VM& vm, Value v, Value w, CompareOp op) {
  if (!is_list(w)) return vm.not_implemented();
  ListObject* vl = as_list(v);
  ListObject* wl = as_list(w);
  if (vl->items.size() != wl->items.size() && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    return Value::boolean(op == CompareOp::Ne);
  }
  size_t i = 0;
  for (; i < vl->items.size() && i < wl->items.size(); ++i) {
    Value a = vl->items[i];
    Value b = wl->items[i];
    if (a == b) continue;
    int k = py_equal(vm, a, b);
    if (k < 0) return Value::null();
    if (!k) break;
  }
  size_t vs = vl->items.size(), ws = wl->items.size();
  if (i >= vs || i >= ws) {
    switch (op) {
      case CompareOp::Lt: return Value::boolean(vs < ws);
      case CompareOp::Le: return Value::boolean(vs <= ws);
      case CompareOp::Eq: return Value::boolean(vs == ws);
      case CompareOp::Ne: return Value::boolean(vs != ws);
      case CompareOp::Gt: return Value::boolean(vs > ws);
      case CompareOp::Ge: return Value::boolean(vs >= ws);
    }
  }
  if (op == CompareOp::Eq) return Value::false_();
  if (op == CompareOp::Ne) return Value::true_();
  return py_compare(vm, vl->items[i], wl->items[i], op);
}

template <CompareOp Op>
Value list_cmp(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  return list_richcompare(vm, args[0], args[1], Op);
}

Value list_len(VM& vm, const Value* args, size_t, TupleObject*) {
  return vm.new_int(static_cast<int64_t>(self_list(args)->items.size()));
}

Value list_contains(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  ListObject* self = self_list(args);
  for (size_t i = 0; i < self->items.size(); ++i) {
    int r = py_equal(vm, self->items[i], args[1]);
    if (r < 0) return Value::null();
    if (r) return Value::true_();
  }
  return Value::false_();
}

// Copies the slice start:stop:step (already adjusted) of `src` into a new list.
Value slice_of(VM& vm, const Value* src, int64_t start, int64_t step, int64_t len) {
  if (!reserve_bytes(vm, static_cast<size_t>(len) * sizeof(Value))) return Value::null();
  ListObject* r = vm.new_list(static_cast<size_t>(len));
  if (!r) return Value::null();
  if (step == 1) {
    r->items.assign(src + start, src + start + len);
  } else {
    int64_t cur = start;
    for (int64_t i = 0; i < len; ++i, cur += step) r->items.push_back(src[cur]);
  }
  return Value::object(r);
}

Value list_getitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  ListObject* self = self_list(args);
  Value key = args[1];
  if (key.is_small_int() || has_index(vm, key)) {
    size_t i;
    if (!list_index_of(vm, key, self->items.size(), i, "list index out of range")) return Value::null();
    return self->items[i];
  }
  if (is_kind(key, ObjKind::Slice)) {
    int64_t start, stop, step, len;
    if (!slice_indices(vm, key, static_cast<int64_t>(self->items.size()), start, stop, step, len)) {
      return Value::null();
    }
    return slice_of(vm, self->items.data(), start, step, len);
  }
  return vm.raise_fmt(vm.exc.TypeError, "list indices must be integers or slices, not {}",
                      vm.type_name(key));
}

// PySequence_Fast: the items of `v` as a vector (a copy), TypeError `msg` if not iterable.
bool sequence_fast(VM& vm, Value v, const char* msg, std::vector<Value>& out) {
  if (v.is_object()) {
    TypeObject* t = v.as_object()->type;
    if (t == vm.types.list) {
      out = as_list(v)->items;
      return true;
    }
    if (t == vm.types.tuple) {
      out.assign(as_tuple(v)->items(), as_tuple(v)->items() + as_tuple(v)->size);
      return true;
    }
  }
  RootScope roots(vm);
  Value it = py_iter(vm, v);
  if (it.is_null()) {
    if (vm.error_matches(vm.exc.TypeError)) {
      vm.clear_error();
      vm.raise(vm.exc.TypeError, msg);
    }
    return false;
  }
  roots.add(it);
  // Collect into a rooted list: the iteration can run Python code.
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
  out.swap(tmp->items);
  return true;
}

// CPython's list_ass_slice: a[ilow:ihigh] = v (v Null: delete).
bool list_ass_slice(VM& vm, ListObject* a, int64_t ilow, int64_t ihigh, Value v) {
  std::vector<Value> src;
  if (!v.is_null()) {
    if (!sequence_fast(vm, v, "can only assign an iterable", src)) return false;
  }
  int64_t size = static_cast<int64_t>(a->items.size());
  if (ilow < 0) {
    ilow = 0;
  } else if (ilow > size) {
    ilow = size;
  }
  if (ihigh < ilow) {
    ihigh = ilow;
  } else if (ihigh > size) {
    ihigh = size;
  }
  size_t lo = static_cast<size_t>(ilow), hi = static_cast<size_t>(ihigh);
  size_t d = src.size();
  size_t removed = hi - lo;
  if (d > removed && !reserve_items(vm, a->items, a->items.size() + (d - removed))) return false;
  if (d == removed) {
    std::copy(src.begin(), src.end(), a->items.begin() + static_cast<ptrdiff_t>(lo));
  } else {
    a->items.erase(a->items.begin() + static_cast<ptrdiff_t>(lo),
                   a->items.begin() + static_cast<ptrdiff_t>(hi));
    a->items.insert(a->items.begin() + static_cast<ptrdiff_t>(lo), src.begin(), src.end());
  }
  return true;
}

// Deletes the extended slice (step != 1) of `len` items.
void delete_extended(ListObject* self, int64_t start, int64_t step, int64_t len) {
  if (len <= 0) return;
  if (step < 0) {
    start = start + step * (len - 1);
    step = -step;
  }
  std::vector<Value>& items = self->items;
  size_t w = static_cast<size_t>(start);
  int64_t next_del = start;
  int64_t deleted = 0;
  for (size_t r = static_cast<size_t>(start); r < items.size(); ++r) {
    if (deleted < len && static_cast<int64_t>(r) == next_del) {
      ++deleted;
      next_del += step;
      continue;
    }
    items[w++] = items[r];
  }
  items.resize(w);
}

// list[key] = value, or del list[key] when value is Null.
Value list_ass_subscript(VM& vm, ListObject* self, Value key, Value value) {
  if (key.is_small_int() || has_index(vm, key)) {
    size_t i;
    if (!list_index_of(vm, key, self->items.size(), i, "list assignment index out of range")) {
      return Value::null();
    }
    if (value.is_null()) {
      self->items.erase(self->items.begin() + static_cast<ptrdiff_t>(i));
    } else {
      self->items[i] = value;
    }
    return Value::none();
  }
  if (!is_kind(key, ObjKind::Slice)) {
    return vm.raise_fmt(vm.exc.TypeError, "list indices must be integers or slices, not {}",
                        vm.type_name(key));
  }
  int64_t start, stop, step, len;
  if (!slice_indices(vm, key, static_cast<int64_t>(self->items.size()), start, stop, step, len)) {
    return Value::null();
  }
  if (step == 1) {
    if (!list_ass_slice(vm, self, start, stop, value)) return Value::null();
    return Value::none();
  }
  if (value.is_null()) {
    delete_extended(self, start, step, len);
    return Value::none();
  }
  std::vector<Value> seq;
  if (value.is_object() && value.as_object() == self) {
    seq = self->items;
  } else if (!sequence_fast(vm, value, "must assign iterable to extended slice", seq)) {
    return Value::null();
  }
  if (static_cast<int64_t>(seq.size()) != len) {
    return vm.raise_fmt(vm.exc.ValueError,
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        seq.size(), len);
  }
  if (len == 0) return Value::none();
  // The iteration may have changed the list: recompute against its current size.
  if (!slice_indices(vm, key, static_cast<int64_t>(self->items.size()), start, stop, step, len)) {
    return Value::null();
  }
  if (static_cast<int64_t>(seq.size()) != len) {
    return vm.raise_fmt(vm.exc.ValueError,
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        seq.size(), len);
  }
  int64_t cur = start;
  for (int64_t i = 0; i < len; ++i, cur += step) self->items[static_cast<size_t>(cur)] = seq[static_cast<size_t>(i)];
  return Value::none();
}

Value list_setitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 3) return vm.raise(vm.exc.TypeError, "expected 2 arguments");
  return list_ass_subscript(vm, self_list(args), args[1], args[2]);
}

Value list_delitem(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  return list_ass_subscript(vm, self_list(args), args[1], Value::null());
}

Value list_add(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!is_list(args[1])) return vm.not_implemented();
  ListObject* a = self_list(args);
  ListObject* b = as_list(args[1]);
  size_t n = a->items.size() + b->items.size();
  if (!reserve_bytes(vm, n * sizeof(Value))) return Value::null();
  ListObject* r = vm.new_list(n);
  if (!r) return Value::null();
  r->items.insert(r->items.end(), a->items.begin(), a->items.end());
  r->items.insert(r->items.end(), b->items.begin(), b->items.end());
  return Value::object(r);
}

Value list_iadd(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  if (!list_extend(vm, self_list(args), args[1])) return Value::null();
  return args[0];
}

// The repeat count of seq * n; false with NotImplemented semantics reported via `notimpl`.
bool repeat_count(VM& vm, Value n, int64_t& count, bool& notimpl) {
  notimpl = false;
  if (n.is_small_int()) {
    count = n.as_small_int();
    return true;
  }
  if (!has_index(vm, n)) {
    notimpl = true;
    return false;
  }
  return index_to_int64(vm, n, count, vm.exc.OverflowError);
}

Value list_repeat(VM& vm, ListObject* self, Value n) {
  int64_t count;
  bool notimpl;
  if (!repeat_count(vm, n, count, notimpl)) return notimpl ? vm.not_implemented() : Value::null();
  size_t size = self->items.size();
  if (count <= 0 || size == 0) return new_list_value(vm.new_list());
  if (static_cast<uint64_t>(count) > (kMaxContainerBytes / sizeof(Value)) / size) {
    return vm.raise_memory_error();
  }
  size_t total = size * static_cast<size_t>(count);
  if (!reserve_bytes(vm, total * sizeof(Value))) return Value::null();
  ListObject* r = vm.new_list(total);
  if (!r) return Value::null();
  if (size == 1) {
    r->items.assign(total, self->items[0]);
  } else {
    for (int64_t i = 0; i < count; ++i) r->items.insert(r->items.end(), self->items.begin(), self->items.end());
  }
  return Value::object(r);
}

Value list_mul(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  return list_repeat(vm, self_list(args), args[1]);
}

Value list_imul(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2) return vm.raise(vm.exc.TypeError, "expected 1 argument");
  ListObject* self = self_list(args);
  int64_t count;
  bool notimpl;
  if (!repeat_count(vm, args[1], count, notimpl)) return notimpl ? vm.not_implemented() : Value::null();
  size_t size = self->items.size();
  if (count <= 0) {
    std::vector<Value>().swap(self->items);
    return args[0];
  }
  if (size == 0 || count == 1) return args[0];
  if (static_cast<uint64_t>(count) > (kMaxContainerBytes / sizeof(Value)) / size) {
    return vm.raise_memory_error();
  }
  size_t total = size * static_cast<size_t>(count);
  if (!reserve_items(vm, self->items, total)) return Value::null();
  self->items.resize(total);
  for (size_t i = size; i < total; ++i) self->items[i] = self->items[i - size];
  return args[0];
}

Value list_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = vm.make<SeqIterObject>(vm.types.list_iterator, args[0]);
  return it ? Value::object(it) : Value::null();
}

Value list_reversed(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = vm.make<SeqIterObject>(vm.types.list_reverseiterator, args[0]);
  if (!it) return Value::null();
  // index is one past the next item to return; 0 means exhausted.
  it->index = self_list(args)->items.size();
  return Value::object(it);
}

Value list_append_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.append");
  KRAIT_ARG_COUNT("list.append", 1, 1);
  if (!list_append(vm, self_list(args), args[1])) return Value::null();
  return Value::none();
}

Value list_clear_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.clear");
  KRAIT_ARG_COUNT("list.clear", 0, 0);
  std::vector<Value>().swap(self_list(args)->items);
  return Value::none();
}

Value list_copy_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.copy");
  KRAIT_ARG_COUNT("list.copy", 0, 0);
  ListObject* self = self_list(args);
  return new_list_value(list_from_range(vm, self->items.data(), self->items.size()));
}

Value list_count_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.count");
  KRAIT_ARG_COUNT("list.count", 1, 1);
  ListObject* self = self_list(args);
  int64_t count = 0;
  for (size_t i = 0; i < self->items.size(); ++i) {
    Value x = self->items[i];
    if (x == args[1]) {
      ++count;
      continue;
    }
    int r = py_equal(vm, x, args[1]);
    if (r < 0) return Value::null();
    count += r;
  }
  return vm.new_int(count);
}

Value list_extend_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.extend");
  KRAIT_ARG_COUNT("list.extend", 1, 1);
  if (!list_extend(vm, self_list(args), args[1])) return Value::null();
  return Value::none();
}

// _PyEval_SliceIndexNotNone: start/stop of index() and count-like methods.
bool slice_index_not_none(VM& vm, Value v, int64_t& out) {
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

Value list_index_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("index");
  KRAIT_ARG_COUNT("index", 1, 3);
  ListObject* self = self_list(args);
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 2 && !slice_index_not_none(vm, args[2], start)) return Value::null();
  if (nargs > 3 && !slice_index_not_none(vm, args[3], stop)) return Value::null();
  int64_t size = static_cast<int64_t>(self->items.size());
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(self->items.size()); ++i) {
    int r = py_equal(vm, self->items[static_cast<size_t>(i)], args[1]);
    if (r < 0) return Value::null();
    if (r) return vm.new_int(i);
  }
  std::string rep;
  if (!repr_into(vm, args[1], rep)) return Value::null();
  return vm.raise_fmt(vm.exc.ValueError, "{} is not in list", rep);
}

Value list_insert_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("insert");
  KRAIT_ARG_COUNT("insert", 2, 2);
  ListObject* self = self_list(args);
  int64_t where;
  if (args[1].is_small_int()) {
    where = args[1].as_small_int();
  } else if (!index_to_int64(vm, args[1], where, vm.exc.OverflowError)) {
    return Value::null();
  }
  int64_t n = static_cast<int64_t>(self->items.size());
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  if (!reserve_items(vm, self->items, self->items.size() + 1)) return Value::null();
  self->items.insert(self->items.begin() + where, args[2]);
  return Value::none();
}

Value list_pop_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("pop");
  KRAIT_ARG_COUNT("pop", 0, 1);
  ListObject* self = self_list(args);
  int64_t i = -1;
  if (nargs == 2) {
    if (args[1].is_small_int()) {
      i = args[1].as_small_int();
    } else if (!index_to_int64(vm, args[1], i, vm.exc.OverflowError)) {
      return Value::null();
    }
  }
  int64_t n = static_cast<int64_t>(self->items.size());
  if (n == 0) return vm.raise(vm.exc.IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.exc.IndexError, "pop index out of range");
  Value v = self->items[static_cast<size_t>(i)];
  if (i == n - 1) {
    self->items.pop_back();
  } else {
    self->items.erase(self->items.begin() + i);
  }
  return v;
}

Value list_remove_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.remove");
  KRAIT_ARG_COUNT("list.remove", 1, 1);
  ListObject* self = self_list(args);
  for (size_t i = 0; i < self->items.size(); ++i) {
    int r = py_equal(vm, self->items[i], args[1]);
    if (r < 0) return Value::null();
    if (r) {
      if (i < self->items.size()) self->items.erase(self->items.begin() + static_cast<ptrdiff_t>(i));
      return Value::none();
    }
  }
  return vm.raise(vm.exc.ValueError, "list.remove(x): x not in list");
}

Value list_reverse_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  KRAIT_NO_KWARGS("list.reverse");
  KRAIT_ARG_COUNT("list.reverse", 0, 0);
  ListObject* self = self_list(args);
  std::reverse(self->items.begin(), self->items.end());
  return Value::none();
}

Value list_sort_m(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const NativeArgSpec spec("sort", "*, key=None, reverse=False");
  // Argument Clinic's messages for a keyword-only signature.
  if (nargs > 1) return vm.raise(vm.exc.TypeError, "sort() takes no positional arguments");
  if (kwnames) {
    for (size_t k = 0; k < kwnames->size; ++k) {
      std::string_view name = str_view(kwnames->items()[k]);
      if (name != "key" && name != "reverse") {
        return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for sort()",
                            name);
      }
    }
  }
  Value bound[2];
  if (!spec.bind(vm, args + 1, nargs - 1, kwnames, bound)) return Value::null();
  bool reverse = false;
  if (!bound[1].is_null()) {
    Value r = bound[1];
    if (r.is_bool()) {
      reverse = r.is_true();
    } else {
      int64_t v;
      if (!index_to_int64(vm, r, v, vm.exc.OverflowError)) return Value::null();
      reverse = v != 0;
    }
  }
  if (!list_sort(vm, self_list(args), bound[0], reverse)) return Value::null();
  return Value::none();
}

// --- list_iterator and list_reverseiterator. ---

Value self_iter(VM&, const Value* args, size_t, TupleObject*) { return args[0]; }

Value list_iter_next(VM&, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::null();
  auto& items = as_list(it->seq)->items;
  if (it->index < items.size()) return items[it->index++];
  it->seq = Value::null();
  return Value::null();
}

Value list_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  size_t n = as_list(it->seq)->items.size();
  return vm.new_int(it->index < n ? static_cast<int64_t>(n - it->index) : 0);
}

Value list_reviter_next(VM&, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::null();
  auto& items = as_list(it->seq)->items;
  if (it->index > 0 && it->index - 1 < items.size()) return items[--it->index];
  it->index = 0;
  it->seq = Value::null();
  return Value::null();
}

Value list_reviter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  size_t n = as_list(it->seq)->items.size();
  return vm.new_int(static_cast<int64_t>(it->index <= n ? it->index : 0));
}

// --- iterator: the __getitem__-protocol iterator of iter(seq) (CPython's seqiterobject). ---

Value seq_iter_next(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::null();
  if (it->index >= static_cast<size_t>(INT64_MAX)) {
    return vm.raise(vm.exc.OverflowError, "iter index too large");
  }
  Value seq = it->seq;
  Value r = py_getitem(vm, seq, vm.new_int(static_cast<int64_t>(it->index)));
  if (!r.is_null()) {
    ++it->index;
    return r;
  }
  if (vm.error_matches(vm.exc.IndexError) || vm.error_matches(vm.exc.StopIteration)) {
    vm.clear_error();
    it->seq = Value::null();
  }
  return Value::null();
}

Value seq_iter_length_hint(VM& vm, const Value* args, size_t, TupleObject*) {
  auto* it = static_cast<SeqIterObject*>(args[0].as_object());
  if (it->seq.is_null()) return Value::small_int(0);
  if (lookup_special(vm, vm.type_of(it->seq), Slot::Len).is_null()) return vm.not_implemented();
  int64_t n;
  if (!py_len(vm, it->seq, n)) return Value::null();
  int64_t rest = n - static_cast<int64_t>(it->index);
  return vm.new_int(rest > 0 ? rest : 0);
}

}  // namespace

void init_list_type(VM& vm) {
  TypeObject* t = vm.types.list;
  vm.add_methods(t, {
                        {"__new__", list_new, MethodDef::kStatic},
                        {"__init__", list_init},
                        {"__repr__", list_repr},
                        {"__eq__", list_cmp<CompareOp::Eq>},
                        {"__ne__", list_cmp<CompareOp::Ne>},
                        {"__lt__", list_cmp<CompareOp::Lt>},
                        {"__le__", list_cmp<CompareOp::Le>},
                        {"__gt__", list_cmp<CompareOp::Gt>},
                        {"__ge__", list_cmp<CompareOp::Ge>},
                        {"__len__", list_len},
                        {"__contains__", list_contains},
                        {"__getitem__", list_getitem},
                        {"__setitem__", list_setitem},
                        {"__delitem__", list_delitem},
                        {"__add__", list_add},
                        {"__iadd__", list_iadd},
                        {"__mul__", list_mul},
                        {"__rmul__", list_mul},
                        {"__imul__", list_imul},
                        {"__iter__", list_iter},
                        {"__reversed__", list_reversed},
                        {"append", list_append_m},
                        {"clear", list_clear_m},
                        {"copy", list_copy_m},
                        {"count", list_count_m},
                        {"extend", list_extend_m},
                        {"index", list_index_m},
                        {"insert", list_insert_m},
                        {"pop", list_pop_m},
                        {"remove", list_remove_m},
                        {"reverse", list_reverse_m},
                        {"sort", list_sort_m},
                    });
  vm.add_attr(t, "__hash__", Value::none());

  vm.add_methods(vm.types.list_iterator, {
                                             {"__iter__", self_iter},
                                             {"__next__", list_iter_next},
                                             {"__length_hint__", list_iter_length_hint},
                                         });
  vm.add_methods(vm.types.seq_iterator, {
                                            {"__iter__", self_iter},
                                            {"__next__", seq_iter_next},
                                            {"__length_hint__", seq_iter_length_hint},
                                        });
  vm.add_methods(vm.types.list_reverseiterator,
                 {
                     {"__iter__", self_iter},
                     {"__next__", list_reviter_next},
                     {"__length_hint__", list_reviter_length_hint},
                 });
}

}  // namespace krait
