// The dispatch loop and the frame machinery around it.
#pragma once

#include <vector>

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

// alloc_frame, release_frame and enter_frame are in frame_ops.h (inline): a frame for `code`
// with its slots Null, on the heap for generators (they outlive the call), else on the VM's
// frame stack; enter_frame checks the recursion limit and links the frame.
// Binds a call's arguments to the parameters in f's localsplus (CPython's error messages).
bool bind_arguments(VM& vm, FunctionObject* func, Frame* f, const Value* args, size_t nargs,
                    TupleObject* kwnames);
// A generator/coroutine object over a prepared (heap) frame.
Value make_generator(VM& vm, FunctionObject* func, Frame* f);
// True (with RecursionError pending) when the C++ stack is nearly exhausted.
bool c_stack_exhausted(VM& vm);
// The line a frame is executing (or suspended at): its last started instruction's line.
int frame_current_line(const Frame* f);
// Whether an exception raised at `pc` would be caught inside the code (a try/with is open).
bool pc_has_handler(const CodeObject* code, uint32_t pc);
// Appends (code, pc) to exc's traceback, as the exception leaves or passes a frame.
void add_traceback(VM& vm, Value exc, CodeObject* code, uint32_t pc);

struct SyntaxErrorInfo;
struct CompileWarning;
// Raises the compiler's error as a Python exception (SyntaxError and subclasses get their
// fields; too-deep nesting is RecursionError/MemoryError). Returns Null.
Value raise_syntax_error(VM& vm, const SyntaxErrorInfo& info);

// Reports the compiler's SyntaxWarnings ("is" with a literal, "perhaps you missed a comma?") as
// CPython does: through warnings.warn_explicit when the warnings module is loaded (its filters
// apply), else printed as "file:line: SyntaxWarning: message" and the source line. False with
// the exception pending when a filter turned one into an error.
bool report_compile_warnings(VM& vm, const std::vector<CompileWarning>& warnings);
// The builtins a frame running with these globals sees: their __builtins__ (a dict or a
// module); globals without one get the builtins module inserted, as CPython's exec() does.
DictObject* builtins_for(VM& vm, DictObject* globals);
// `import name` / `from name import fromlist` (IMPORT_NAME, __import__): the module to bind,
// `level` dots up from the package of the module whose globals these are.
Value import_name(VM& vm, DictObject* globals, StrObject* name, Value fromlist, int64_t level);
// Runs module-level code (exec, eval, a script) with these globals and locals. Code compiled
// with top-level await (flagged kCoroutine) is not run: the result is a coroutine to await.
Value run_module_code(VM& vm, CodeObject* code, DictObject* globals, Value locals);

}  // namespace krait
