// Runs a fuzz input on a thread with a large stack, as the krait command runs the interpreter
// (app/main.cpp): the VM bounds Python recursion by its recursion limit and expects native
// re-entry (repr, comparisons, the compiler on nested code) to hit that limit first.
#pragma once

#include <errno.h>
#include <pthread.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace krait_fuzz {

constexpr size_t kStackSize = size_t(512) << 20;  // as app/main.cpp

// Runs body() on a new thread with a kStackSize stack and waits for it. With an on_tick, calls
// it (on this thread) `first_ms` milliseconds after the start and every `every_ms` after that
// until body() returns.
inline void run_on_big_stack(const std::function<void()>& body, long first_ms = 0,
                             long every_ms = 100, const std::function<void()>& on_tick = {}) {
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, kStackSize) != 0) {
    std::fprintf(stderr, "fuzz: pthread_attr failed\n");
    std::abort();
  }
  auto trampoline = [](void* p) -> void* {
    (*static_cast<const std::function<void()>*>(p))();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()>*>(&body)) != 0) {
    std::fprintf(stderr, "fuzz: pthread_create failed\n");
    std::abort();
  }
  pthread_attr_destroy(&attr);
  if (!on_tick) {
    pthread_join(thread, nullptr);
    return;
  }
  timespec deadline;
  clock_gettime(CLOCK_REALTIME, &deadline);
  auto add_ms = [&deadline](long ms) {
    deadline.tv_sec += ms / 1000;
    deadline.tv_nsec += (ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
      deadline.tv_sec += 1;
      deadline.tv_nsec -= 1000000000L;
    }
  };
  add_ms(first_ms);
  while (pthread_timedjoin_np(thread, nullptr, &deadline) == ETIMEDOUT) {
    on_tick();
    add_ms(every_ms);
  }
}

}  // namespace krait_fuzz
