// The standard library's entry points for a host (the `krait` command, embedders): installing
// the builtins and the native modules into a VM, and setting sys.argv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace krait {

class VM;

// Creates the `builtins` module (print, len, the builtin types and exceptions...), makes its dict
// the VM's builtins, gives the builtin iterator types (enumerate, zip, map, ...) their methods
// and registers the native modules (sys, math) for import. Call once, after constructing the VM.
void install_stdlib(VM& vm);

// Sets sys.argv (argv[0] is the script path, as in CPython).
void sys_set_argv(VM& vm, const std::vector<std::string>& argv);
// sys.path[0] = dir (where the script's own modules are found).
void sys_set_path0(VM& vm, const std::string& dir);
// sys.executable: the host's program file ('' unless the host sets it, as for an embedded
// CPython).
void sys_set_executable(VM& vm, const std::string& path);

// Runs the functions registered with atexit.register (last first), if the program imported
// atexit; their errors are reported on stderr. Call when the program ends.
void run_atexit_callbacks(VM& vm);

// The source of a stdlib module written in Python ("unittest", "urllib.parse"), or nullptr:
// what `krait -m name` runs when no file on sys.path provides the module.
const char* stdlib_module_source(std::string_view name);

}  // namespace krait
