// Mark-and-sweep over the heap's list of objects. Marking uses an explicit gray stack,
// so a million-element linked structure cannot overflow the C++ stack.
#include "runtime/heap.h"

#include "runtime/str.h"

namespace krait {

namespace {

class Marker final : public GcVisitor {
 public:
  void visit_object(const Object* o) override {
    if (o->gc_marked) return;
    const_cast<Object*>(o)->gc_marked = true;
    // str and bytes refer to nothing but their type: no trip through the gray stack (a big
    // dict of string keys is most of what a collection marks).
    if (o->kind == ObjKind::Str || o->kind == ObjKind::Bytes) {
      const Object* t = reinterpret_cast<const Object*>(o->type);
      if (t && !t->gc_marked) {
        const_cast<Object*>(t)->gc_marked = true;
        m_gray.push_back(t);
      }
      // A long concatenated str keeps its buffer (which refers to nothing but bytes).
      if (o->kind == ObjKind::Str && static_cast<const StrObject*>(o)->out_of_line)
        const_cast<Object*>(
            static_cast<const Object*>(static_cast<const StrObject*>(o)->outside()->buffer))
            ->gc_marked = true;
      return;
    }
    m_gray.push_back(o);
  }
  void drain() {
    while (!m_gray.empty()) {
      const Object* o = m_gray.back();
      m_gray.pop_back();
      // An instance keeps its class alive (a class may be referenced by nothing else).
      if (o->type) visit_object(reinterpret_cast<const Object*>(o->type));
      o->trace(*this);
    }
  }

 private:
  std::vector<const Object*> m_gray;
};

}  // namespace

Heap::~Heap() {
  for (ObjectList* list : {&m_objects, &m_finalizable}) {
    list->for_each([&](Object* o) { destroy(o); });
  }
  for (char* slab : m_slabs) std::free(slab);
}

void* Heap::allocate_from_slab(size_t rounded) {
  if (m_slab_top + rounded > m_slab_end) {
    constexpr size_t kSlabSize = 64 * 1024;
    char* slab = static_cast<char*>(std::malloc(kSlabSize));
    if (!slab) return nullptr;
    m_slabs.push_back(slab);
    m_slab_top = slab;
    m_slab_end = slab + kSlabSize;
  }
  void* p = m_slab_top;
  m_slab_top += rounded;
  return p;
}

void Heap::destroy(Object* o) {
  size_t size = o->gc_size;
  o->free_blocks(*this);
  o->~Object();
  if (size > kMaxSmall) {
    std::free(o);
    return;
  }
  auto* cell = reinterpret_cast<FreeCell*>(o);
  size_t cls = size_class(size);
  cell->next = m_free[cls];
  m_free[cls] = cell;
}

void Heap::add_finalizable(Object* o) {
  if (!m_objects.empty() && m_objects.back() == o) {
    m_objects.pop_back();
    m_finalizable.push_back(o);
  } else {
    m_late_finalizable.push_back(o);
  }
}

void Heap::sweep(ObjectList& objects, size_t& live_bytes) {
  // Far enough ahead that the fetches overlap; each object is read (mark bit) and written
  // (cleared, or freed) in its turn.
  constexpr size_t kAhead = 12;
  size_t n = objects.size();
  size_t kept = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) __builtin_prefetch(objects[i + kAhead], 1);
    Object* o = objects[i];
    if (o->gc_marked) {
      o->gc_marked = false;
      live_bytes += o->gc_size;
      if (o->kind != ObjKind::Str) live_bytes += o->external_size();
      objects[kept++] = o;
    } else {
      --m_count;
      destroy(o);
    }
  }
  objects.truncate(kept);
}

void Heap::collect(const std::function<void(GcVisitor&)>& trace_roots,
                   const std::function<void(GcVisitor&)>& resurrect,
                   const std::function<void()>& before_sweep) {
  Marker marker;
  trace_roots(marker);
  marker.drain();
  if (resurrect) {
    resurrect(marker);
    marker.drain();
  }
  if (before_sweep) before_sweep();
  std::erase_if(m_late_finalizable, [](Object* o) { return !o->gc_marked; });

  size_t live_bytes = 0;
  sweep(m_objects, live_bytes);
  sweep(m_finalizable, live_bytes);
  m_bytes = live_bytes;
  // The next collection when the heap has doubled; past 64 MiB, when it has grown by half, so
  // a program holding much (100,000 sleeping tasks) does not also hold as much garbage.
  size_t grow = live_bytes > (64u << 20) ? live_bytes / 2 : live_bytes;
  m_gc_threshold = live_bytes + grow < m_min_gc_threshold ? m_min_gc_threshold : live_bytes + grow;
  if (!m_attention.load(std::memory_order_relaxed))
    m_next_gc.store(m_gc_threshold, std::memory_order_relaxed);
}

}  // namespace krait
