// The `gc` module: collect() runs the collector (and the finalizers it queues) when it is safe,
// that is when no native code below the caller holds Values the collector cannot see.
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

Value gc_collect(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  (void)kwnames;
  if (nargs > 1) return vm.raise(vm.exc.TypeError, "collect() takes at most 1 argument");
  size_t before = vm.heap().object_count();
  // Called from bytecode, the only native below is this one, which holds nothing.
  if (vm.native_depth() == 0) vm.collect_garbage();
  size_t after = vm.heap().object_count();
  return vm.new_int(static_cast<int64_t>(before > after ? before - after : 0));
}

Value gc_noop(VM&, const Value*, size_t, TupleObject*) {
  return Value::none();
}
Value gc_isenabled(VM&, const Value*, size_t, TupleObject*) {
  return Value::true_();
}

}  // namespace

Value gc_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("gc");
  if (!m) return Value::null();
  if (!add_function(vm, m->dict, "collect", gc_collect) ||
      !add_function(vm, m->dict, "enable", gc_noop) ||
      !add_function(vm, m->dict, "disable", gc_noop) ||
      !add_function(vm, m->dict, "isenabled", gc_isenabled)) {
    return Value::null();
  }
  return Value::object(m);
}

}  // namespace krait
