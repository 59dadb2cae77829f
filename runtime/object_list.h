// The heap's list of its objects, oldest first: an array of fixed-size chunks. Growing never
// copies what is there (a vector of a million pointers would copy 8 MB and hold twice its size
// while it grows), and the sweep compacts it in place, in order.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace krait {

struct Object;

class ObjectList {
 public:
  static constexpr size_t kChunk = 4096;

  size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }
  Object*& operator[](size_t i) { return m_chunks[i / kChunk][i % kChunk]; }
  Object* back() const { return m_chunks[(m_size - 1) / kChunk][(m_size - 1) % kChunk]; }

  void push_back(Object* o) {
    if (m_size == m_chunks.size() * kChunk) m_chunks.push_back(std::make_unique<Object*[]>(kChunk));
    m_chunks[m_size / kChunk][m_size % kChunk] = o;
    ++m_size;
  }
  void pop_back() { --m_size; }
  // Keeps the first n; chunks beyond one spare are given back.
  void truncate(size_t n) {
    m_size = n;
    size_t keep = (n + kChunk - 1) / kChunk + 1;
    if (m_chunks.size() > keep) m_chunks.resize(keep);
  }

  // Oldest first / newest first.
  template <class F>
  void for_each(F&& f) {
    for (size_t i = 0; i < m_size; ++i) f((*this)[i]);
  }
  template <class F>
  void for_each_reversed(F&& f) {
    for (size_t i = m_size; i-- > 0;) f((*this)[i]);
  }

 private:
  std::vector<std::unique_ptr<Object*[]>> m_chunks;
  size_t m_size = 0;
};

}  // namespace krait
