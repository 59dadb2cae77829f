// The dispatch loop and the frame machinery around it.
#pragma once

#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/vm.h"

namespace krait {

enum class FrameExit { Return, Yield, Error };

// Runs `entry` (flagged Frame::kEntry) and every frame it calls, until `entry` returns, yields
// (generator frames) or raises. With `throw_exc` not Null, the exception is raised at the frame's
// current instruction first (generator.throw()).
Value run_frame(VM& vm, Frame* entry, FrameExit& how, Value throw_exc = Value::null());

// A frame for `code`, its slots Null. Generator frames live on the heap (they outlive the call);
// others on the VM's frame stack. Null with an exception pending when out of memory.
Frame* alloc_frame(VM& vm, CodeObject* code, FunctionObject* func, bool on_heap);
void release_frame(VM& vm, Frame* f);
// Binds a call's arguments to the parameters in f's localsplus (CPython's error messages).
bool bind_arguments(VM& vm, FunctionObject* func, Frame* f, const Value* args, size_t nargs,
                    TupleObject* kwnames);
// A generator/coroutine object over a prepared (heap) frame.
Value make_generator(VM& vm, FunctionObject* func, Frame* f);
// Pushes a frame: depth and C stack checks, linking to the current frame.
bool enter_frame(VM& vm, Frame* f);
// True (with RecursionError pending) when the C++ stack is nearly exhausted.
bool c_stack_exhausted(VM& vm);
// Appends (code, pc) to exc's traceback, as the exception leaves or passes a frame.
void add_traceback(VM& vm, Value exc, CodeObject* code, uint32_t pc);

}  // namespace krait
