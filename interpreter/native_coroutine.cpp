// The coroutine protocol around NativeCoroutineObject::step (see runtime/native_coroutine.h).
#include "runtime/native_coroutine.h"

#include <fmt/format.h>

#include "interpreter/code_unit.h"
#include "interpreter/eval.h"
#include "runtime/function.h"
#include "runtime/str.h"
#include "runtime/vm.h"

namespace krait {

void NativeCoroutineObject::finalize(VM& vm) {
  if (state != State::Created) return;
  state = State::Closed;
  auto* code = static_cast<CodeObject*>(origin_code);
  vm.warn(vm.exc.RuntimeWarning, fmt::format("coroutine '{}' was never awaited", name()),
          code ? code->filename->view() : std::string_view(), origin_line);
}

void native_coroutine_created(VM& vm, NativeCoroutineObject* c) {
  Frame* caller = vm.current_frame();
  while (caller && (caller->code->flags & kHiddenFrames)) caller = caller->back;
  if (caller) {
    c->origin_code = caller->code;
    c->origin_line = frame_current_line(caller);
  }
  vm.register_finalizer(c);
}

Value native_coroutine_resume(VM& vm, NativeCoroutineObject* c, Value sent, Value exc,
                              bool& returned) {
  returned = false;
  switch (c->state) {
    case NativeCoroutineObject::State::Running:
      return vm.raise(vm.exc.ValueError, "coroutine already executing");
    case NativeCoroutineObject::State::Closed:
      if (!exc.is_null()) {
        vm.set_error(exc);
        return Value::null();
      }
      return vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
    case NativeCoroutineObject::State::Created:
      if (exc.is_null() && !sent.is_none()) {
        return vm.raise(vm.exc.TypeError, "can't send non-None value to a just-started coroutine");
      }
      break;
    default:
      break;
  }
  bool first = c->state == NativeCoroutineObject::State::Created;
  c->state = NativeCoroutineObject::State::Running;
  Value r = c->step(vm, sent, exc, first, returned);
  c->state = (r.is_null() || returned) ? NativeCoroutineObject::State::Closed
                                       : NativeCoroutineObject::State::Suspended;
  if (c->reusable) c->state = NativeCoroutineObject::State::Created;
  return r;
}

}  // namespace krait
