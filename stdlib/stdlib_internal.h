// What the files of the builtins, sys and math modules share: argument checks worded as CPython
// words them, the standard streams behind sys.stdout / print(), and the module initialisers
// that stdlib.cpp registers.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/object.h"
#include "runtime/value.h"
#include "runtime/vm.h"

namespace krait {

struct DictObject;
struct TupleObject;
struct Frame;

// --- Argument checks (CPython's getargs.c messages). ---

// METH_O: "len() takes exactly one argument (0 given)", "len() takes no keyword arguments".
bool check_one_arg(VM& vm, const char* fname, size_t nargs, TupleObject* kwnames);
// METH_NOARGS: "globals() takes no arguments (1 given)".
bool check_no_args(VM& vm, const char* fname, size_t nargs, TupleObject* kwnames);
// _PyArg_CheckPositional plus no keywords: "getattr expected at least 2 arguments, got 1".
bool check_positional(VM& vm, const char* fname, size_t nargs, TupleObject* kwnames, size_t min,
                      size_t max);

// Argument Clinic's keyword parser (_PyArg_UnpackKeywords). `names` lists every parameter in
// order: the first `posonly` are positional-only, the first `maxpos` accept positional
// arguments, the first `minpos` are required; the rest are keyword-only and optional.
struct ClinicSpec {
  const char* fname;
  std::initializer_list<const char*> names;
  size_t posonly, minpos, maxpos;
};
// Fills out[0..names.size()) (Null for an absent optional argument). The keyword values follow
// the positional ones in `args`, as in the NativeFn convention.
bool bind_clinic(VM& vm, const ClinicSpec& spec, const Value* args, size_t nargs,
                 TupleObject* kwnames, Value* out);

// A native function in a module/namespace dict.
bool add_function(VM& vm, DictObject* d, const char* name, NativeFn fn);

// isinstance(obj, cls) with __instancecheck__: 1, 0, or -1 with an exception pending.
int py_isinstance(VM& vm, Value obj, Value cls);

// --- Standard streams (sys.stdout & co), defined in sys_module.cpp. ---

// The fd (0, 1, 2) of one of sys's own stream objects, or -1 for anything else.
int std_stream_fd(Value v);
// sys.<name> ("stdout", "stderr", "stdin") when the sys module has been created, else Null.
// Never fails.
Value sys_attribute(VM& vm, std::string_view name);
// Writes text to a file-like object: the VM's output hooks for sys's own streams, else
// file.write(text). False with an exception pending on error.
bool file_write(VM& vm, Value file, std::string_view text);
// file.flush() for a file-like object (nothing for sys's own streams).
bool file_flush(VM& vm, Value file);

// --- Frames ---

// locals() of a frame: its locals mapping for module and class bodies, or a new dict snapshot
// of the fast locals and cells of a function frame. Null with an exception pending on failure.
Value frame_locals(VM& vm, Frame* frame);

// --- Code objects (builtins_compile.cpp) ---

bool is_code_object(Value v);
// Runs a module-level code object with these namespaces (exec/eval of a code object);
// `fname` names the caller in error messages.
Value run_code_object(VM& vm, Value code, DictObject* globals, Value locals, const char* fname);
// builtins.compile.
Value builtin_compile(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);

// --- Module initialisers and type setup (registered by stdlib.cpp). ---

Value builtins_module_create(VM& vm);      // builtins_module.cpp
void init_builtin_iterator_types(VM& vm);  // iterators.cpp
// iter(func, sentinel): a callable_iterator (iterators.cpp).
Value new_callable_iterator(VM& vm, Value func, Value sentinel);
Value sys_module_init(VM& vm);   // sys_module.cpp
Value math_module_init(VM& vm);  // math_module.cpp
Value gc_module_init(VM& vm);  // gc_module.cpp
Value asyncio_native_module_init(VM& vm);  // asyncio_native.cpp
Value random_module_init(VM& vm);  // random_module.cpp
Value time_module_init(VM& vm);  // time_module.cpp
Value posix_module_init(VM& vm);  // posix_module.cpp
Value io_module_init(VM& vm);     // file_object.cpp
Value json_native_module_init(VM& vm);  // json_native.cpp
Value re_native_module_init(VM& vm);    // re_native.cpp
Value traceback_module_init(VM& vm);    // traceback_native.cpp
void install_generic_aliases(VM& vm);   // generic_alias.cpp: list[int], int | None
Value hashlib_native_module_init(VM& vm);  // hashlib_module.cpp
Value weakref_native_module_init(VM& vm);  // weakref_native.cpp
// sys._getframe and its snapshot frame type (frame_snapshot.cpp).
void install_frame_snapshots(VM& vm, DictObject* sys_dict);
Value builtin_open_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames);

}  // namespace krait
