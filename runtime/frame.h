// Activation records of Python code.
//
// A frame is one block of memory: this header, then `nlocalsplus` slots (locals, cells, free
// variables, as 3.11's localsplus), then the value stack (`stacksize` slots). Frames of ordinary
// calls are bump-allocated from the VM's FrameStack and freed in LIFO order; a generator's or
// coroutine's frame is allocated on its own and owned by the generator object, so it survives
// suspension. `back` links to the caller: a Python-to-Python call pushes a frame and stays in the
// same dispatch loop (the VM is stackless).
#pragma once

#include <cstdint>
#include <new>
#include <vector>

#include "runtime/object.h"

namespace krait {

struct CodeObject;
struct FunctionObject;
struct DictObject;
struct GeneratorObject;

struct Frame {
  enum Flags : uint8_t {
    kEntry = 1,     // returning from this frame leaves the dispatch loop (a native caller waits)
    kInitCall = 2,  // a constructor's __init__: replace the (None) result by `init_self`
    kOwnedByGenerator = 4,
  };

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  const Value* localsplus() const { return reinterpret_cast<const Value*>(this + 1); }
  Value* stack_base();
  void trace(GcVisitor& v) const;

  Frame* back = nullptr;
  CodeObject* code = nullptr;
  FunctionObject* func = nullptr;
  DictObject* globals = nullptr;
  DictObject* builtins = nullptr;
  Value locals = Value::null();  // the mapping of LOAD_NAME/STORE_NAME; Null in functions
  const uint32_t* ip = nullptr;  // next instruction, saved while another frame runs
  Value* sp = nullptr;           // stack top, saved likewise
  GeneratorObject* gen = nullptr;
  Value init_self = Value::null();
  uint8_t flags = 0;
  // Where the frame stack's top was before this frame was pushed (restored by pop).
  // (For a generator's frame, which is not on the frame stack: the size of its heap block.)
  uint32_t stack_prev_chunk = 0;
  char* stack_prev_top = nullptr;
};

// The stack frames of ordinary calls come from: chunks of memory used in LIFO order.
class FrameStack {
 public:
  FrameStack() = default;
  ~FrameStack();
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  // Space for a frame with `slots` Values after the header; nullptr if out of memory.
  Frame* push(size_t slots);
  void pop(Frame* f);

 private:
  struct Chunk {
    char* begin;
    char* end;
  };
  Frame* push_slow(size_t bytes);

  std::vector<Chunk> m_chunks;
  size_t m_current = 0;  // index of the chunk being used
  char* m_top = nullptr;
  char* m_end = nullptr;  // end of the current chunk
};

inline Frame* FrameStack::push(size_t slots) {
  size_t bytes = (sizeof(Frame) + slots * sizeof(Value) + 15) & ~size_t(15);
  // (Room left, not m_top + bytes: before the first chunk both are null, and adding to a null
  // pointer is undefined.)
  if (static_cast<size_t>(m_end - m_top) < bytes) [[unlikely]] {
    return push_slow(bytes);
  }
  char* prev = m_top;
  Frame* f = new (m_top) Frame;
  f->stack_prev_top = prev;
  f->stack_prev_chunk = static_cast<uint32_t>(m_current);
  m_top += bytes;
  return f;
}

inline void FrameStack::pop(Frame* f) {
  m_top = f->stack_prev_top;
  if (f->stack_prev_chunk != m_current) [[unlikely]] {
    m_current = f->stack_prev_chunk;
    m_end = m_chunks[m_current].end;
  }
}

}  // namespace krait
