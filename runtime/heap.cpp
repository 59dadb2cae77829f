// Mark-and-sweep over the heap's intrusive list of objects. Marking uses an explicit gray stack,
// so a million-element linked structure cannot overflow the C++ stack.
#include "runtime/heap.h"

namespace krait {

namespace {

class Marker final : public GcVisitor {
 public:
  void visit_object(const Object* o) override {
    if (o->gc_marked) return;
    const_cast<Object*>(o)->gc_marked = true;
    m_gray.push_back(o);
  }
  void drain() {
    while (!m_gray.empty()) {
      const Object* o = m_gray.back();
      m_gray.pop_back();
      o->trace(*this);
    }
  }

 private:
  std::vector<const Object*> m_gray;
};

}  // namespace

Heap::~Heap() {
  Object* o = m_objects;
  while (o) {
    Object* next = o->gc_next;
    destroy(o);
    o = next;
  }
}

void Heap::destroy(Object* o) {
  o->~Object();
  std::free(o);
}

void Heap::collect(const std::function<void(GcVisitor&)>& trace_roots) {
  Marker marker;
  trace_roots(marker);
  marker.drain();

  Object** link = &m_objects;
  size_t live_bytes = 0;
  while (Object* o = *link) {
    if (o->gc_marked) {
      o->gc_marked = false;
      live_bytes += o->gc_size + o->external_size();
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      --m_count;
      destroy(o);
    }
  }
  m_bytes = live_bytes;
  m_next_gc = live_bytes * 2 < (8u << 20) ? (8u << 20) : live_bytes * 2;
}

}  // namespace krait
