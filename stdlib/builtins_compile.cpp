// compile() and the running of code objects by exec() and eval(): the builtins that reach into
// the interpreter (its compiler, loader and frames), kept apart from the rest of the builtins.
#include <string>

#include "interpreter/compiler.h"
#include "interpreter/eval.h"
#include "interpreter/frame_ops.h"
#include "interpreter/loader.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

// ast.PyCF_ALLOW_TOP_LEVEL_AWAIT: code that awaits at module level, run as a coroutine.
constexpr int64_t kPyCfAllowTopLevelAwait = 0x2000;

bool is_code_object(Value v) {
  return is_kind(v, ObjKind::Code);
}

Value run_code_object(VM& vm, Value code_value, DictObject* globals, Value locals,
                      const char* fname) {
  auto* code = static_cast<CodeObject*>(code_value.as_object());
  if (code->nfree > 0) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "code object passed to {}() may not contain free variables", fname);
  }
  return run_module_code(vm, code, globals, locals);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
//         _feature_version=-1): a code object. ASTs (flags & PyCF_ONLY_AST) are not supported.
Value builtin_compile(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{
      "compile",
      {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
      0,
      3,
      6};
  Value a[7];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  if (!is_str(a[1]) && !is_bytes(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "expected str, bytes or os.PathLike object, not {}",
                        vm.type_name(a[1]));
  }
  std::string filename(is_str(a[1]) ? str_view(a[1])
                                    : static_cast<BytesObject*>(a[1].as_object())->view());
  if (!is_str(a[2])) {
    return vm.raise_fmt(vm.exc.TypeError, "compile() argument 'mode' must be str, not {}",
                        vm.type_name(a[2]));
  }
  std::string_view mode_text = str_view(a[2]);
  CompileMode mode;
  if (mode_text == "exec") {
    mode = CompileMode::Exec;
  } else if (mode_text == "eval") {
    mode = CompileMode::Eval;
  } else if (mode_text == "single") {
    mode = CompileMode::Single;
  } else {
    return vm.raise(vm.exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  int64_t flags = 0;
  if (!a[3].is_null() && !py_index_int64(vm, a[3], flags)) return Value::null();
  if (flags & 0x400) {
    return vm.raise(vm.exc.NotImplementedError, "compile() to an AST is not supported by Krait");
  }
  std::string source;
  if (is_str(a[0])) {
    source = str_view(a[0]);
  } else if (is_bytes(a[0])) {
    source = static_cast<BytesObject*>(a[0].as_object())->view();
  } else {
    return vm.raise(vm.exc.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  if (source.find('\0') != std::string::npos) {
    return vm.raise(vm.exc.ValueError, "source code string cannot contain null bytes");
  }
  CompileOptions options;
  options.allow_top_level_await = flags & kPyCfAllowTopLevelAwait;
  CompileResult compiled = compile_source(source, filename, mode, options);
  if (compiled.error) return raise_syntax_error(vm, *compiled.error);
  if (!compiled.code) return vm.raise(vm.exc.SystemError, "compiler produced no code");
  if (!report_compile_warnings(vm, compiled.warnings)) return Value::null();
  CodeObject* code = load_code(vm, compiled.code);
  return code ? Value::object(code) : Value::null();
}

}  // namespace krait
