#include "app/sigint.h"

#include <signal.h>

#include <atomic>

#include "runtime/vm.h"

namespace {

volatile sig_atomic_t g_sigint = 0;
std::atomic<krait::VM*> g_vm{nullptr};

void on_sigint(int) {
  g_sigint = 1;
  if (krait::VM* vm = g_vm.load(std::memory_order_relaxed)) vm->request_interrupt();
}

void set_signals_blocked(bool blocked) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGWINCH);
  pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &set, nullptr);
}

}  // namespace

void install_sigint_handler(krait::VM* vm) {
  g_vm.store(vm, std::memory_order_relaxed);
  struct sigaction sa = {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, nullptr);
}

void block_signals_in_this_thread() {
  set_signals_blocked(true);
}
void unblock_signals_in_this_thread() {
  set_signals_blocked(false);
}

bool sigint_pending() {
  return g_sigint != 0;
}

void clear_sigint() {
  g_sigint = 0;
}
