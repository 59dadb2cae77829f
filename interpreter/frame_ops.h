// Frame allocation, release and entry: inline because every Python call does them.
#pragma once

#include <cstdlib>

#include "interpreter/eval.h"
#include "runtime/function.h"
#include "runtime/vm.h"

namespace krait {

Frame* alloc_frame_on_heap(VM& vm, CodeObject* code);
void release_heap_frame(VM& vm, Frame* f);

inline Frame* alloc_frame(VM& vm, CodeObject* code, FunctionObject* func, bool on_heap) {
  Frame* f;
  if (on_heap) [[unlikely]] {
    f = alloc_frame_on_heap(vm, code);
    if (!f) return nullptr;
  } else {
    f = vm.frame_stack().push(code->nlocalsplus + code->stacksize + 1);
    if (!f) [[unlikely]] {
      vm.raise_memory_error();
      return nullptr;
    }
  }
  f->code = code;
  f->func = func;
  if (func) {
    f->globals = func->globals;
    f->builtins = func->builtins ? func->builtins : vm.builtins();
  }
  Value* lp = f->localsplus();
  for (size_t i = 0; i < code->nlocalsplus; ++i) lp[i] = Value::null();
  f->ip = code->code.data();
  f->sp = lp + code->nlocalsplus;
  return f;
}

inline void release_frame(VM& vm, Frame* f) {
  if (f->flags & Frame::kOwnedByGenerator) [[unlikely]] {
    release_heap_frame(vm, f);
  } else {
    vm.frame_stack().pop(f);
  }
}

inline bool enter_frame(VM& vm, Frame* f) {
  if (vm.depth() >= vm.options.recursion_limit) [[unlikely]] {
    vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  ++vm.depth_ref();
  f->back = vm.current_frame();
  vm.set_current_frame(f);
  return true;
}

}  // namespace krait
