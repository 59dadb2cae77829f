// Runs a fuzz input on a thread with a large stack, as the krait command runs the interpreter
// (app/main.cpp): the VM bounds Python recursion by its recursion limit and expects native
// re-entry (repr, comparisons, the compiler on nested code) to hit that limit first.
//
// One worker thread serves every input: a new thread per input would put each stack at a new
// address, and ASan's shadow of the pages touched there would pile up in the fuzzer's RSS.
#pragma once

#include <pthread.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>

namespace krait_fuzz {

constexpr size_t kStackSize = size_t(512) << 20;  // as app/main.cpp

class BigStackWorker {
 public:
  static BigStackWorker& get() {
    static BigStackWorker* w = new BigStackWorker();  // never joined: lives until exit
    return *w;
  }

  // Runs body() on the worker and waits for it. With an on_tick, calls it (on this thread)
  // `first_ms` milliseconds after the start and every `every_ms` after that until body()
  // returns.
  void run(const std::function<void()>& body, long first_ms, long every_ms,
           const std::function<void()>& on_tick) {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_job = &body;
    m_done = false;
    m_cv.notify_all();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(first_ms);
    while (!m_done) {
      if (!on_tick) {
        m_cv.wait(lock);
        continue;
      }
      if (m_cv.wait_until(lock, deadline) == std::cv_status::timeout && !m_done) {
        lock.unlock();
        on_tick();
        lock.lock();
        deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(every_ms);
      }
    }
  }

 private:
  BigStackWorker() {
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, kStackSize) != 0 ||
        pthread_create(&thread, &attr, &BigStackWorker::main, this) != 0) {
      std::fprintf(stderr, "fuzz: cannot start the worker thread\n");
      std::abort();
    }
    pthread_attr_destroy(&attr);
    pthread_detach(thread);
  }
  static void* main(void* p) {
    auto* self = static_cast<BigStackWorker*>(p);
    std::unique_lock<std::mutex> lock(self->m_mutex);
    for (;;) {
      self->m_cv.wait(lock, [self] { return self->m_job != nullptr; });
      const std::function<void()>* job = self->m_job;
      lock.unlock();
      (*job)();
      lock.lock();
      self->m_job = nullptr;
      self->m_done = true;
      self->m_cv.notify_all();
    }
    return nullptr;
  }

  std::mutex m_mutex;
  std::condition_variable m_cv;
  const std::function<void()>* m_job = nullptr;
  bool m_done = true;
};

inline void run_on_big_stack(const std::function<void()>& body, long first_ms = 0,
                             long every_ms = 100, const std::function<void()>& on_tick = {}) {
  BigStackWorker::get().run(body, first_ms, every_ms, on_tick);
}

}  // namespace krait_fuzz
