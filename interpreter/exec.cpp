// Running source text: compile, load, and execute it in a module-level frame. SyntaxErrors from
// the compiler become Python SyntaxError instances here.
#include "interpreter/compiler.h"
#include "interpreter/eval.h"
#include "interpreter/frame_ops.h"
#include "interpreter/loader.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm_internals.h"

namespace krait {

Value raise_syntax_error(VM& vm, const SyntaxErrorInfo& info) {
  // Source nested too deeply for the compiler is not a syntax error in CPython either.
  if (info.type == "RecursionError") return vm.raise(vm.exc.RecursionError, info.msg);
  if (info.type == "MemoryError") return vm.raise(vm.exc.MemoryError, info.msg);
  TypeObject* type = vm.exc.SyntaxError;
  if (info.type == "IndentationError") type = vm.exc.IndentationError;
  if (info.type == "TabError") type = vm.exc.TabError;
  Value msg = vm.new_str(info.msg);
  Value filename = vm.new_str(info.filename);
  Value text = info.text.empty() ? Value::none() : vm.new_str(info.text);
  if (msg.is_null() || filename.is_null() || text.is_null()) return Value::null();
  Value details = vm.new_tuple({filename, vm.new_int(info.line), vm.new_int(info.col), text,
                                vm.new_int(info.end_line), vm.new_int(info.end_col)});
  if (details.is_null()) return details;
  Value e = vm.call(Value::object(type), {msg, details});
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

DictObject* builtins_for(VM& vm, DictObject* globals) {
  Value b = dict_get_str(globals, vm.names.__builtins__);
  if (is_dict(b)) return as_dict(b);
  if (is_kind(b, ObjKind::Module)) return static_cast<ModuleObject*>(b.as_object())->dict;
  // exec() with fresh globals gets the builtins module, as CPython inserts it.
  Value m = dict_get_str(vm.modules(), vm.intern("builtins"));
  if (!m.is_null()) dict_set_str(vm, globals, vm.names.__builtins__, m);
  return vm.builtins();
}

Value run_module_code(VM& vm, CodeObject* code, DictObject* globals, Value locals) {
  if (code->flags & kCoroutine) {
    // Top-level await: the code becomes a coroutine (CPython: FunctionType(code, globals)()),
    // whose module-level names still live in `locals`.
    auto* fn = vm.make<FunctionObject>(vm.types.function, code, globals);
    if (!fn) return Value::null();
    fn->builtins = builtins_for(vm, globals);
    fn->name = code->name;
    fn->qualname = code->qualname;
    Frame* f = alloc_frame(vm, code, fn, true);
    if (!f) return Value::null();
    f->locals = locals;
    return make_generator(vm, fn, f);
  }
  if (c_stack_exhausted(vm)) return Value::null();
  Frame* f = alloc_frame(vm, code, nullptr, false);
  if (!f) return Value::null();
  f->globals = globals;
  f->builtins = builtins_for(vm, globals);
  f->locals = locals;
  if (!enter_frame(vm, f)) {
    release_frame(vm, f);
    return Value::null();
  }
  f->flags |= Frame::kEntry;
  // Called from Python code (exec/eval builtins), a native is on the stack holding Values the
  // collector cannot see: no collection until it returns.
  bool nested = f->back != nullptr;
  if (nested) ++vm.native_depth_ref();
  FrameExit how;
  Value r = run_frame(vm, f, how);
  if (nested) --vm.native_depth_ref();
  return r;
}

namespace {

void hide_frames(CodeObject* code) {
  code->flags |= kHiddenFrames;
  for (Value c : code->consts) {
    if (is_kind(c, ObjKind::Code)) hide_frames(static_cast<CodeObject*>(c.as_object()));
  }
}

CodeObject* compile_to_code(VM& vm, std::string_view source, std::string_view filename,
                            CompileMode mode, const CompileOptions& options, bool hidden) {
  if (!hidden) vm.internals().sources[std::string(filename)] = std::string(source);
  CompileResult compiled = compile_source(source, filename, mode, options);
  if (compiled.error) {
    raise_syntax_error(vm, *compiled.error);
    return nullptr;
  }
  if (!compiled.code) {
    vm.raise(vm.exc.SystemError, "compiler produced no code");
    return nullptr;
  }
  if (!hidden && !report_compile_warnings(vm, compiled.warnings)) return nullptr;
  CodeObject* code = load_code(vm, compiled.code);
  if (code && hidden) hide_frames(code);
  return code;
}

Value run_source(VM& vm, std::string_view source, std::string_view filename, DictObject* globals,
                 DictObject* locals, CompileMode mode, bool hidden = false) {
  CodeObject* code = compile_to_code(vm, source, filename, mode, CompileOptions{}, hidden);
  if (!code) return Value::null();
  return run_module_code(vm, code, globals, Value::object(locals ? locals : globals));
}

}  // namespace

Value VM::exec_source(std::string_view source, std::string_view filename, DictObject* globals,
                      DictObject* locals) {
  Value r = run_source(*this, source, filename, globals, locals, CompileMode::Exec);
  return r.is_null() ? r : Value::none();
}

Value VM::exec_stdlib_source(std::string_view source, std::string_view filename,
                             DictObject* globals) {
  Value r = run_source(*this, source, filename, globals, nullptr, CompileMode::Exec, true);
  return r.is_null() ? r : Value::none();
}

Value VM::eval_source(std::string_view source, std::string_view filename, DictObject* globals,
                      DictObject* locals) {
  return run_source(*this, source, filename, globals, locals, CompileMode::Eval);
}

Value VM::compile_interactive(std::string_view source, std::string_view filename) {
  CompileOptions options;
  options.allow_top_level_await = true;
  internals().interactive_sources.insert(std::string(filename));
  CodeObject* code = compile_to_code(*this, source, filename, CompileMode::Single, options, false);
  return code ? Value::object(code) : Value::null();
}

Value VM::run_code(Value code, DictObject* globals) {
  if (!is_kind(code, ObjKind::Code))
    return raise(exc.TypeError, "run_code() expects a code object");
  return run_module_code(*this, static_cast<CodeObject*>(code.as_object()), globals,
                         Value::object(globals));
}

}  // namespace krait
