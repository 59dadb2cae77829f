// The import system: modules the VM registered (native ones and the stdlib's embedded Python),
// then `.py` files and packages found on sys.path (a package's submodules on its __path__), as
// CPython's path finder finds them; dotted names import each parent first; relative imports
// resolve against the importing module's __package__.
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "interpreter/eval.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"

namespace krait {

namespace {

bool is_regular_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Value raise_not_found(VM& vm, std::string_view message, std::string_view name) {
  Value e = vm.new_exception(vm.exc.ModuleNotFoundError, message);
  if (e.is_null()) return e;
  Value n = vm.new_str(name);
  if (n.is_null()) return n;
  if (!py_setattr(vm, e, vm.intern("name"), n)) return Value::null();
  return vm.raise_value(e);
}

// The directories to search: sys.path for a top-level module, the parent's __path__ for a
// submodule. Entries that are not str are skipped, as CPython's path finder skips them.
std::vector<std::string> search_dirs(Value path_list) {
  std::vector<std::string> dirs;
  if (!is_list(path_list)) return dirs;
  for (Value entry : as_list(path_list)->items) {
    if (is_str(entry)) dirs.emplace_back(str_view(entry));
  }
  return dirs;
}

Value sys_path(VM& vm) {
  Value sys = dict_get_str(vm.modules(), vm.intern("sys"));
  if (!is_kind(sys, ObjKind::Module)) return Value::null();
  return dict_get_str(static_cast<ModuleObject*>(sys.as_object())->dict, vm.intern("path"));
}

struct FoundSource {
  std::string file;     // the .py file to run
  std::string package;  // for a package: its directory (its __path__), else empty
};

bool find_source(const std::vector<std::string>& dirs, std::string_view name, FoundSource& out) {
  for (const std::string& dir : dirs) {
    std::string base = dir.empty() ? std::string() : dir + "/";
    std::string package_dir = base + std::string(name);
    std::string init = package_dir + "/__init__.py";
    if (is_regular_file(init)) {
      out = {init, package_dir};
      return true;
    }
    std::string file = base + std::string(name) + ".py";
    if (is_regular_file(file)) {
      out = {file, std::string()};
      return true;
    }
  }
  return false;
}

// Runs a module's source in a new module object, which is in sys.modules while it runs (so
// circular imports see it) and taken out again if it fails.
Value load_source_module(VM& vm, std::string_view fullname, const FoundSource& found) {
  std::ifstream in(found.file, std::ios::binary);
  if (!in) {
    return vm.raise_fmt(vm.exc.ImportError, "cannot read '{}' for module '{}'", found.file,
                        fullname);
  }
  std::ostringstream text;
  text << in.rdbuf();
  ModuleObject* m = vm.new_module(fullname);
  if (!m) return Value::null();
  DictObject* d = m->dict;
  size_t dot = fullname.rfind('.');
  std::string_view package = !found.package.empty()          ? fullname
                             : dot == std::string_view::npos ? std::string_view()
                                                             : fullname.substr(0, dot);
  Value file = vm.new_str(found.file);
  Value pkg = vm.new_str(package);
  if (file.is_null() || pkg.is_null()) return Value::null();
  dict_set_str(vm, d, vm.names.__file__, file);
  dict_set_str(vm, d, vm.names.__package__, pkg);
  dict_set_str(vm, d, vm.names.__spec__, Value::none());
  dict_set_str(vm, d, vm.names.__loader__, Value::none());
  Value builtins = dict_get_str(vm.modules(), vm.intern("builtins"));
  if (!builtins.is_null()) dict_set_str(vm, d, vm.names.__builtins__, builtins);
  if (!found.package.empty()) {
    ListObject* path = vm.new_list(1);
    Value dir = vm.new_str(found.package);
    if (!path || dir.is_null()) return Value::null();
    path->items.push_back(dir);
    dict_set_str(vm, d, vm.intern("__path__"), Value::object(path));
  }
  StrObject* key = vm.intern(fullname);
  dict_set_str(vm, vm.modules(), key, Value::object(m));
  if (vm.exec_source(text.str(), found.file, d).is_null()) {
    Value err = vm.take_error();
    dict_delete(vm, vm.modules(), Value::object(key));
    vm.clear_error();
    vm.set_error(err);
    return Value::null();
  }
  // The module may have replaced itself in sys.modules, as CPython allows.
  Value loaded = dict_get_str(vm.modules(), key);
  if (loaded.is_null()) {
    return vm.raise_fmt(vm.exc.ImportError, "Loaded module {} not found in sys.modules", fullname);
  }
  return loaded;
}

}  // namespace

Value VM::import_module(std::string_view fullname) {
  StrObject* key = intern(fullname);
  Value found = dict_get_str(m_modules, key);
  if (!found.is_null()) return found;

  size_t dot = fullname.rfind('.');
  Value parent = Value::null();
  Value path_list = Value::null();
  if (dot != std::string_view::npos) {
    std::string_view parent_name = fullname.substr(0, dot);
    parent = import_module(parent_name);
    if (parent.is_null()) return parent;
    // Importing the parent may have imported this module too.
    found = dict_get_str(m_modules, key);
    if (!found.is_null()) return found;
    path_list = py_getattr_opt(*this, parent, intern("__path__"));
    if (path_list.is_null() && has_error()) return Value::null();
  } else {
    path_list = sys_path(*this);
  }

  Value m = Value::null();
  auto it = m_module_inits.find(std::string(fullname));
  if (it != m_module_inits.end()) {
    m = it->second(*this);
    if (m.is_null()) return m;
    dict_set_str(*this, m_modules, key, m);
  } else {
    if (dot != std::string_view::npos && path_list.is_null()) {
      return raise_not_found(*this,
                             fmt::format("No module named '{}'; '{}' is not a package", fullname,
                                         fullname.substr(0, dot)),
                             fullname);
    }
    std::string_view leaf = dot == std::string_view::npos ? fullname : fullname.substr(dot + 1);
    FoundSource source;
    if (!find_source(search_dirs(path_list), leaf, source)) {
      return raise_not_found(*this, fmt::format("No module named '{}'", fullname), fullname);
    }
    m = load_source_module(*this, fullname, source);
    if (m.is_null()) return m;
  }
  // A submodule becomes an attribute of its package.
  if (!parent.is_null() && !py_setattr(*this, parent, intern(fullname.substr(dot + 1)), m)) {
    return Value::null();
  }
  return m;
}

Value import_name(VM& vm, DictObject* globals, StrObject* name, Value fromlist, int64_t level) {
  std::string fullname(name->view());
  if (level > 0) {
    // The package the importing module is in: __package__, else derived from __name__.
    Value package = globals ? dict_get_str(globals, vm.names.__package__) : Value::null();
    std::string base;
    if (is_str(package)) {
      base = str_view(package);
    } else {
      Value modname = globals ? dict_get_str(globals, vm.names.__name__) : Value::null();
      if (is_str(modname)) {
        base = str_view(modname);
        if (dict_get_str(globals, vm.intern("__path__")).is_null()) {
          size_t dot = base.rfind('.');
          base = dot == std::string::npos ? std::string() : base.substr(0, dot);
        }
      }
    }
    if (base.empty()) {
      return vm.raise(vm.exc.ImportError, "attempted relative import with no known parent package");
    }
    for (int64_t i = 1; i < level; ++i) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) {
        return vm.raise(vm.exc.ImportError, "attempted relative import beyond top-level package");
      }
      base.resize(dot);
    }
    fullname = fullname.empty() ? base : base + "." + fullname;
  } else if (fullname.empty()) {
    return vm.raise(vm.exc.ValueError, "Empty module name");
  }
  Value module = vm.import_module(fullname);
  if (module.is_null()) return module;

  int has_fromlist = 0;
  if (!fromlist.is_null() && !fromlist.is_none()) {
    has_fromlist = py_truthy(vm, fromlist);
    if (has_fromlist < 0) return Value::null();
  }
  if (!has_fromlist) {
    // `import a.b.c` binds `a`.
    if (level > 0 || fullname.find('.') == std::string::npos) return module;
    return dict_get_str(vm.modules(), vm.intern(fullname.substr(0, fullname.find('.'))));
  }
  // `from package import submodule`: import the submodules the package lacks as attributes.
  Value path = py_getattr_opt(vm, module, vm.intern("__path__"));
  if (path.is_null()) {
    vm.clear_error();
    return module;
  }
  std::vector<Value> names;
  if (is_tuple(fromlist)) {
    names.assign(as_tuple(fromlist)->items(),
                 as_tuple(fromlist)->items() + as_tuple(fromlist)->size);
  } else if (is_list(fromlist)) {
    names = as_list(fromlist)->items;
  }
  for (Value n : names) {
    if (!is_str(n) || str_view(n) == "*") continue;
    Value attr = py_getattr_opt(vm, module, as_str(n));
    if (!attr.is_null()) continue;
    if (vm.has_error()) return Value::null();
    std::string sub = fullname + "." + std::string(str_view(n));
    if (vm.import_module(sub).is_null()) {
      // Not a submodule either: IMPORT_FROM reports the missing name.
      if (!vm.error_matches(vm.exc.ModuleNotFoundError)) return Value::null();
      Value e = vm.error();
      Value missing = py_getattr_opt(vm, e, vm.intern("name"));
      if (!is_str(missing) || str_view(missing) != sub) return Value::null();
      vm.clear_error();
    }
  }
  return module;
}

}  // namespace krait
