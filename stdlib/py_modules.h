// The standard library's modules written in Python (stdlib/py/*.py), compiled into the binary
// at build time (cmake/embed_python.cmake) and run on first import.
#pragma once

namespace krait {

class VM;

struct EmbeddedModule {
  const char* name;
  const char* source;
};
extern const EmbeddedModule kEmbeddedModules[];  // ends with {nullptr, nullptr}

// Registers every embedded module for import.
void register_python_modules(VM& vm);

}  // namespace krait
