// Importing the stdlib's Python modules: a module object in sys.modules first (so the module
// may be imported again while it runs), then its source runs in that module's namespace with
// its frames hidden from tracebacks.
#include "stdlib/py_modules.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace krait {

void register_python_modules(VM& vm) {
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; ++m) {
    const EmbeddedModule* mod = m;
    vm.register_builtin_module(mod->name, [mod](VM& vm) -> Value {
      ModuleObject* module = vm.new_module(mod->name);
      if (!module) return Value::null();
      StrObject* key = vm.intern(mod->name);
      dict_set_str(vm, vm.modules(), key, Value::object(module));
      std::string filename = std::string("<frozen ") + mod->name + ">";
      Value r = vm.exec_stdlib_source(mod->source, filename, module->dict);
      if (r.is_null()) {
        Value err = vm.take_error();
        dict_delete(vm, vm.modules(), Value::object(key));
        vm.clear_error();
        vm.set_error(err);
        return Value::null();
      }
      return Value::object(module);
    });
  }
}

}  // namespace krait
