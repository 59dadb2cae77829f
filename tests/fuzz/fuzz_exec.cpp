// libFuzzer target: runs arbitrary source as `__main__` in a fresh VM with the standard library,
// a 64 MiB memory limit and output discarded, then formats the uncaught exception as the krait
// command would. Any input must end with a result or a Python exception; never a crash or a
// sanitizer report.
//
// Programs that run too long are interrupted: after 1 s of wall time the VM gets an interrupt
// request (KeyboardInterrupt at the next safepoint), repeated every 100 ms in case the program
// catches it. Time runs on the virtual clock, so sleeps cost nothing. The collector runs every
// 256 KiB of allocation instead of every 8 MiB so that an object it fails to reach is freed
// while still in use (ASan then reports the use).
//
// Environment: KRAIT_FUZZ_VERBOSE=1 shows the program's output and the exception report;
// KRAIT_FUZZ_WATCHDOG_MS sets the time before the first interrupt (0: never interrupt).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>

#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/vm.h"
#include "stdlib/stdlib.h"
#include "tests/fuzz/big_stack.h"

namespace {

std::mutex g_vm_mutex;
krait::VM* g_vm = nullptr;  // the VM running, for the watchdog (under g_vm_mutex)

bool verbose() {
  static const bool v = [] {
    const char* e = std::getenv("KRAIT_FUZZ_VERBOSE");
    return e && *e && *e != '0';
  }();
  return v;
}

long watchdog_ms() {
  static const long ms = [] {
    const char* e = std::getenv("KRAIT_FUZZ_WATCHDOG_MS");
    return e && *e ? std::atol(e) : 1000L;
  }();
  return ms;
}

void run(std::string_view source) {
  using namespace krait;
  VMOptions options;
  options.memory_limit = size_t(64) << 20;
  options.recursion_limit = 400;
  options.virtual_time = true;
  VM vm(options);
  vm.heap().set_min_gc_threshold(256 << 10);
  if (verbose()) {
    vm.output.out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
    vm.output.err = [](std::string_view s) {
      std::fflush(stdout);
      std::fwrite(s.data(), 1, s.size(), stderr);
    };
  } else {
    vm.output.out = [](std::string_view) {};
    vm.output.err = [](std::string_view) {};
  }
  vm.output.flush = [] {};
  vm.output.read_line = [](std::string&) { return false; };
  install_stdlib(vm);
  sys_set_argv(vm, {"fuzz.py"});

  ModuleObject* main_module = vm.new_module("__main__");
  DictObject* globals = main_module->dict;
  dict_set_str(vm, vm.modules(), vm.names.__main__, Value::object(main_module));
  Value builtins_module = dict_get_str(vm.modules(), vm.intern("builtins"));
  if (!builtins_module.is_null()) dict_set_str(vm, globals, vm.names.__builtins__, builtins_module);
  dict_set_str(vm, globals, vm.names.__spec__, Value::none());
  dict_set_str(vm, globals, vm.names.__loader__, Value::none());
  dict_set_str(vm, globals, vm.names.__package__, Value::none());

  {
    std::lock_guard<std::mutex> lock(g_vm_mutex);
    g_vm = &vm;
  }
  Value r = vm.exec_source(source, "fuzz.py", globals);
  if (r.is_null()) {
    Value exc = vm.take_error();
    // Formatting runs Python-level code too (__str__ of the exception...): it may be
    // interrupted as well, which only shortens the report.
    vm.print_exception(exc);
    vm.clear_error();
  }
  vm.collect_garbage();
  {
    std::lock_guard<std::mutex> lock(g_vm_mutex);
    g_vm = nullptr;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return -1;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  if (watchdog_ms() <= 0) {
    krait_fuzz::run_on_big_stack([&] { run(source); });
    return 0;
  }
  krait_fuzz::run_on_big_stack([&] { run(source); }, watchdog_ms(), 100,
                               [] {
                                 std::lock_guard<std::mutex> lock(g_vm_mutex);
                                 if (g_vm) g_vm->request_interrupt();
                               });
  return 0;
}
