// compiler.h — the front end's public entry point: source text to a CodeUnit.
//
// compile_source runs the whole pipeline (lexer, parser, symbol table, code generator,
// assembler). Code generation follows CPython 3.11's Python/compile.c, with the bytecode
// deviations documented in opcodes.def (one word per instruction, absolute jumps, no
// CACHE/PRECALL/RESUME, YIELD_FROM instead of SEND, explicit PUSH_NULL before calls).
// Nothing here depends on the runtime.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code_unit.h"
#include "parser.h"

namespace krait {

// A compile-time warning CPython would print (SyntaxWarning / DeprecationWarning), e.g.
// '"is" with a literal. Did you mean "=="?'. The caller decides whether to show them.
struct CompileWarning {
  std::string category;  // "SyntaxWarning"
  std::string msg;
  std::string filename;
  int line = 0;
  int col = 0;       // 0-based, as the compiler's locations (for the SyntaxError an "error"
  int end_line = 0;  // filter turns the warning into)
  int end_col = 0;
};

struct CompileResult {
  std::shared_ptr<const CodeUnit> code;  // null on error
  // On error: a SyntaxError / IndentationError / TabError, or "RecursionError" /
  // "MemoryError" when the source nests too deeply (see SyntaxErrorInfo::type).
  std::optional<SyntaxErrorInfo> error;
  std::vector<CompileWarning> warnings;
};

struct CompileOptions {
  // Allow `await`, `async for`, `async with` and async comprehensions at module level
  // (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT, used by the asyncio REPL). A module using
  // them gets the kCoroutine flag.
  bool allow_top_level_await = false;
};

CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode);
CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode,
                             const CompileOptions& options);

}  // namespace krait
