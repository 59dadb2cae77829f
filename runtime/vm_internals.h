// State of a VM that only the runtime and the interpreter see (not native modules).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "runtime/generator.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace krait {

struct VM::Internals {
  uint64_t type_version_counter = 0;
  // The C++ stack: address near its base at the first entry into the VM, and how much of it
  // Python code may use before RecursionError (native re-entry is bounded by this, not a count).
  uintptr_t stack_base = 0;
  size_t stack_limit = 0;
  // Source text of `-c` code and the REPL: tracebacks show no line for "<string>" (as CPython).
  // Source text of files that ran, for tracebacks (CPython's linecache).
  std::unordered_map<std::string, std::string> sources;
  // Names like "<input-3>" whose lines tracebacks show (the REPL's inputs, as CPython 3.13's
  // "<python-input-N>"): other "<...>" names show none, as in CPython.
  std::unordered_set<std::string> interactive_sources;
  AsyncGenHooks asyncgen_hooks;  // sys.set_asyncgen_hooks
  void trace(GcVisitor& v) { asyncgen_hooks.trace(v); }
};

}  // namespace krait
