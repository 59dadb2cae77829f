// The VM's heap: every object is allocated here, counted, and freed by a precise mark-and-sweep
// collector that also collects cycles.
//
// The collector runs only at safepoints chosen by the VM (see VM::maybe_collect), never inside an
// allocation: native code can hold raw Values in C++ locals between safepoints without rooting
// them. Roots are supplied by a callback (the VM's frames, globals, handles...).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <functional>
#include <new>
#include <utility>
#include <vector>

#include "runtime/object.h"
#include "runtime/object_list.h"

// AddressSanitizer builds (GCC defines __SANITIZE_ADDRESS__, Clang only has __has_feature) give
// every object its own malloc block, so ASan sees every use after free.
#if defined(__SANITIZE_ADDRESS__)
#define KRAIT_HEAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KRAIT_HEAP_ASAN 1
#endif
#endif
#ifndef KRAIT_HEAP_ASAN
#define KRAIT_HEAP_ASAN 0
#endif

namespace krait {

class Heap {
 public:
  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates a T with `extra` trailing bytes (for inline character data and the like). Returns
  // nullptr when the memory limit would be exceeded; the caller raises MemoryError.
  template <class T, class... Args>
  T* make_sized(size_t extra, Args&&... args) {
    size_t size = sizeof(T) + extra;
    if (m_limit && m_bytes + size > m_limit) return nullptr;
    void* mem = allocate(size);
    if (!mem) return nullptr;
    T* obj = new (mem) T(std::forward<Args>(args)...);
    register_object(obj, size);
    return obj;
  }
  template <class T, class... Args>
  T* make(Args&&... args) {
    return make_sized<T>(0, std::forward<Args>(args)...);
  }

  // External (non-object) memory changes, e.g. a list growing its item vector.
  // (A release can be of memory the last collection did not count: never below zero.)
  void account(ptrdiff_t delta) {
    if (delta < 0 && static_cast<size_t>(-delta) > m_bytes) {
      m_bytes = 0;
    } else {
      m_bytes += delta;
    }
  }
  bool would_exceed(size_t more) const { return m_limit && m_bytes + more > m_limit; }

  // True when a collection is due or attention was requested: the one test safepoints make.
  bool should_collect() const { return m_bytes >= m_next_gc.load(std::memory_order_relaxed); }
  // Makes the next safepoint stop even if no collection is due (an interrupt from a signal
  // handler or another thread: both stores are lock-free atomics).
  void request_attention() {
    m_attention.store(true, std::memory_order_relaxed);
    m_next_gc.store(0, std::memory_order_relaxed);
  }
  bool attention_requested() const { return m_attention.load(std::memory_order_relaxed); }
  // Takes the request back; true when there was one.
  bool take_attention() {
    if (!m_attention.exchange(false, std::memory_order_relaxed)) return false;
    m_next_gc.store(m_gc_threshold, std::memory_order_relaxed);
    return true;
  }
  // Marks from the roots, then lets `resurrect` mark more (the unreachable objects that need a
  // finalizer, with is_marked telling what is reachable), then calls `before_sweep` (weak
  // references are cleared there) and sweeps the rest.
  void collect(const std::function<void(GcVisitor&)>& trace_roots,
               const std::function<void(GcVisitor&)>& resurrect = {},
               const std::function<void()>& before_sweep = {});

  // Calls f(o) for every object: those with a finalizer newest first, then the others newest
  // first.
  template <class F>
  void for_each_object(F&& f) {
    m_finalizable.for_each_reversed(f);
    m_objects.for_each_reversed(f);
  }
  // Objects with a finalizer live on a list of their own, so the collector looks for the
  // unreachable ones among them only. Best called right after allocating `o`.
  void add_finalizable(Object* o);
  // Calls f(o) for every object with a finalizer the marking did not reach (between marking
  // and sweeping).
  template <class F>
  void for_each_unmarked_finalizable(F&& f) {
    m_finalizable.for_each([&](Object* o) {
      if (!o->gc_marked) f(o);
    });
    for (Object* o : m_late_finalizable) {
      if (!o->gc_marked) f(o);
    }
  }

  // Memory that is not an object (a generator's frame) from the same size-class free lists:
  // no malloc header, and the blocks are reused. Not counted: the caller accounts for it.
  void* allocate_block(size_t size) { return allocate(size); }
  void free_block(void* p, size_t size) {
    if (size > kMaxSmall) {
      std::free(p);
      return;
    }
    auto* cell = static_cast<FreeCell*>(p);
    size_t cls = size_class(size);
    cell->next = m_free[cls];
    m_free[cls] = cell;
  }

  size_t bytes() const { return m_bytes; }
  size_t object_count() const { return m_count; }
  void set_limit(size_t limit) { m_limit = limit; }
  // The smallest heap size that triggers a collection (8 MiB). Tests and fuzzers lower it to
  // collect often, so that an object the collector fails to reach is freed while still in use.
  void set_min_gc_threshold(size_t bytes) {
    m_min_gc_threshold = bytes;
    m_gc_threshold = bytes;
    if (!m_attention.load(std::memory_order_relaxed))
      m_next_gc.store(bytes, std::memory_order_relaxed);
  }
  size_t limit() const { return m_limit; }

 private:
  void register_object(Object* o, size_t size) {
    o->gc_size = static_cast<uint32_t>(size > 0xFFFFFFFFu ? 0xFFFFFFFFu : size);
    m_objects.push_back(o);
    m_bytes += size;
    ++m_count;
  }
  // Small objects come from per-size free lists carved out of 64 KiB slabs: the collector frees
  // and the program allocates millions of same-sized objects, which malloc handles poorly.
  static constexpr size_t kGranule = 16;
#if KRAIT_HEAP_ASAN
  static constexpr size_t kMaxSmall = 0;  // plain malloc, so ASan sees every use after free
#else
  static constexpr size_t kMaxSmall = 256;
#endif
  static size_t size_class(size_t size) {
    return (size + kGranule - 1) / kGranule;
  }
  void* allocate(size_t size) {
    if (size > kMaxSmall) return std::malloc(size);
    size_t cls = size_class(size);
    FreeCell* cell = m_free[cls];
    if (cell) {
      m_free[cls] = cell->next;
      return cell;
    }
    return allocate_from_slab(cls * kGranule);
  }
  void* allocate_from_slab(size_t rounded);
  void destroy(Object* o);

  struct FreeCell {
    FreeCell* next;
  };
  FreeCell* m_free[kMaxSmall / kGranule + 1] = {};
  std::vector<char*> m_slabs;
  char* m_slab_top = nullptr;
  char* m_slab_end = nullptr;

  void sweep(ObjectList& objects, size_t& live_bytes);

  // Every object, oldest first, in arrays rather than a list threaded through the objects: the
  // sweep reads the array in order and fetches the objects far ahead of their turn, where a
  // list would wait for each object's cache miss before it knew the next one.
  ObjectList m_objects;
  ObjectList m_finalizable;                 // objects given a finalizer when they were allocated
  std::vector<Object*> m_late_finalizable;  // given one later, still on m_objects (weak)
  size_t m_bytes = 0;
  size_t m_count = 0;
  size_t m_min_gc_threshold = 8 << 20;
  size_t m_gc_threshold = 8 << 20;         // collect when m_bytes reaches it...
  std::atomic<size_t> m_next_gc{8 << 20};  // ...or 0 while attention is requested
  std::atomic<bool> m_attention{false};
  size_t m_limit = 0;
};

}  // namespace krait
