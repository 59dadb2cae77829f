// Installs the standard library into a VM: the builtins module, the methods of the builtin
// iterator types, and the native modules importable by name. Also the argument checks the
// stdlib's natives share, worded as CPython's getargs.c words them.
#include "stdlib/stdlib.h"

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"
#include "stdlib/py_modules.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

void install_stdlib(VM& vm) {
  init_builtin_iterator_types(vm);
  Value builtins = builtins_module_create(vm);
  if (builtins.is_null()) return;  // MemoryError pending
  vm.set_builtins(static_cast<ModuleObject*>(builtins.as_object())->dict);
  dict_set_str(vm, vm.modules(), vm.intern("builtins"), builtins);
  vm.register_builtin_module("sys", sys_module_init);
  vm.register_builtin_module("math", math_module_init);
  vm.register_builtin_module("gc", gc_module_init);
  vm.register_builtin_module("_asyncio", asyncio_native_module_init);
  register_python_modules(vm);
  vm.register_builtin_module("random", random_module_init);
  vm.register_builtin_module("time", time_module_init);
  vm.register_builtin_module("posix", posix_module_init);
  vm.register_builtin_module("io", io_module_init);
  vm.register_builtin_module("_json", json_native_module_init);
  vm.register_builtin_module("_re", re_native_module_init);
  vm.register_builtin_module("traceback", traceback_module_init);
  vm.register_builtin_module("_hashlib", hashlib_native_module_init);
  vm.register_builtin_module("_weakref", weakref_native_module_init);
  install_generic_aliases(vm);
  add_function(vm, vm.builtins(), "open", builtin_open_fn);
}

void sys_set_argv(VM& vm, const std::vector<std::string>& argv) {
  Value sys = vm.import_module("sys");
  if (sys.is_null()) {
    vm.clear_error();
    return;
  }
  ListObject* l = vm.new_list(argv.size());
  if (!l) {
    vm.clear_error();
    return;
  }
  for (const std::string& a : argv) {
    Value s = vm.new_str(a);
    if (s.is_null()) {
      vm.clear_error();
      return;
    }
    l->items.push_back(s);
  }
  dict_set_str(vm, static_cast<ModuleObject*>(sys.as_object())->dict, vm.intern("argv"),
               Value::object(l));
}

void sys_set_executable(VM& vm, const std::string& path) {
  Value sys = vm.import_module("sys");
  Value value = sys.is_null() ? Value::null() : vm.new_str(path);
  if (value.is_null()) {
    vm.clear_error();
    return;
  }
  dict_set_str(vm, static_cast<ModuleObject*>(sys.as_object())->dict, vm.intern("executable"),
               value);
}

void sys_set_path0(VM& vm, const std::string& dir) {
  Value sys = vm.import_module("sys");
  if (sys.is_null()) {
    vm.clear_error();
    return;
  }
  Value path = dict_get_str(static_cast<ModuleObject*>(sys.as_object())->dict, vm.intern("path"));
  Value entry = vm.new_str(dir);
  if (!is_list(path) || entry.is_null()) {
    vm.clear_error();
    return;
  }
  auto& items = as_list(path)->items;
  if (items.empty()) {
    items.push_back(entry);
  } else {
    items[0] = entry;
  }
}

// --- Argument checks ---

bool check_one_arg(VM& vm, const char* fname, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 1) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly one argument ({} given)", fname, nargs);
    return false;
  }
  return true;
}

bool check_no_args(VM& vm, const char* fname, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 0) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments ({} given)", fname, nargs);
    return false;
  }
  return true;
}

bool check_positional(VM& vm, const char* fname, size_t nargs, TupleObject* kwnames, size_t min,
                      size_t max) {
  if (kwnames && kwnames->size) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", fname);
    return false;
  }
  if (nargs < min) {
    vm.raise_fmt(vm.exc.TypeError, "{} expected {}{} argument{}, got {}", fname,
                 min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    vm.raise_fmt(vm.exc.TypeError, "{} expected {}{} argument{}, got {}", fname,
                 min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool bind_clinic(VM& vm, const ClinicSpec& spec, const Value* args, size_t nargs,
                 TupleObject* kwnames, Value* out) {
  const char* const* names = spec.names.begin();
  size_t maxargs = spec.names.size();
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < maxargs; ++i) out[i] = Value::null();
  if (nargs + nkw > maxargs) {
    // "keyword" when nargs == 0 avoids wrong messages in some cases (bpo-31229).
    vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} {}argument{} ({} given)", spec.fname,
                 maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  if (nargs > spec.maxpos) {
    if (spec.maxpos == 0) {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes no positional arguments", spec.fname);
    } else {
      vm.raise_fmt(vm.exc.TypeError, "{}() takes {} {} positional argument{} ({} given)",
                   spec.fname, spec.minpos < spec.maxpos ? "at most" : "exactly", spec.maxpos,
                   spec.maxpos == 1 ? "" : "s", nargs);
    }
    return false;
  }
  size_t minposonly = spec.posonly < spec.minpos ? spec.posonly : spec.minpos;
  if (nargs < minposonly) {
    vm.raise_fmt(vm.exc.TypeError, "{}() takes {} {} positional argument{} ({} given)", spec.fname,
                 minposonly < spec.maxpos ? "at least" : "exactly", minposonly,
                 minposonly == 1 ? "" : "s", nargs);
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  const Value* kwvalues = args + nargs;
  auto find_kw = [&](const char* name) -> Value {
    for (size_t k = 0; k < nkw; ++k) {
      if (str_view(kwnames->items()[k]) == name) return kwvalues[k];
    }
    return Value::null();
  };
  size_t remaining = nkw;
  for (size_t i = nargs > spec.posonly ? nargs : spec.posonly; i < maxargs; ++i) {
    Value v = remaining ? find_kw(names[i]) : Value::null();
    if (!v.is_null()) {
      out[i] = v;
      --remaining;
    } else if (i < spec.minpos) {
      vm.raise_fmt(vm.exc.TypeError, "{}() missing required argument '{}' (pos {})", spec.fname,
                   names[i], i + 1);
      return false;
    }
  }
  if (remaining) {
    for (size_t i = spec.posonly; i < nargs; ++i) {
      if (!find_kw(names[i]).is_null()) {
        vm.raise_fmt(vm.exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                     spec.fname, names[i], i + 1);
        return false;
      }
    }
    for (size_t k = 0; k < nkw; ++k) {
      std::string_view key = str_view(kwnames->items()[k]);
      bool known = false;
      for (size_t i = spec.posonly; i < maxargs && !known; ++i) known = key == names[i];
      if (!known) {
        vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key,
                     spec.fname);
        return false;
      }
    }
  }
  return true;
}

bool add_function(VM& vm, DictObject* d, const char* name, NativeFn fn) {
  NativeFunctionObject* f = vm.new_native(name, fn);
  if (!f) return false;
  return dict_set(vm, d, Value::object(vm.intern(name)), Value::object(f));
}

const char* stdlib_module_source(std::string_view name) {
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; ++m) {
    if (name == m->name) return m->source;
  }
  return nullptr;
}

void run_atexit_callbacks(VM& vm) {
  Value module = dict_get_str(vm.modules(), vm.intern("atexit"));
  if (module.is_null() || !is_kind(module, ObjKind::Module)) return;
  Value saved = vm.take_error();
  Value run = dict_get_str(static_cast<ModuleObject*>(module.as_object())->dict,
                           vm.intern("_run_exitfuncs"));
  if (!run.is_null() && vm.call(run, {}).is_null()) vm.write_unraisable(run);
  if (!saved.is_null()) vm.set_error(saved);
}

}  // namespace krait
