// parser.h — tokens to AST (second stage of the front end), and its public entry points.
//
// The parser is a hand-written port of CPython 3.11's PEG grammar (Grammar/python.gram)
// without type comments: the same rules in the same order, with
// memoisation where pegen memoises, and the same two passes: a fast first pass and, on
// failure, a second pass with the `invalid_*` rules enabled to find a specific error
// message. Error positions follow pegen's conventions (last token fetched, etc.).
#pragma once

#include "ast.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace krait {

// A compile-time error as CPython reports it. `type` is "SyntaxError",
// "IndentationError" or "TabError"; also "MemoryError" (parser nesting too deep, as
// CPython's parser) or "RecursionError" ("maximum recursion depth exceeded during
// compilation", AST nesting too deep for the compiler).
struct SyntaxErrorInfo {
  std::string type;
  std::string msg;
  std::string filename;
  int line = 0;
  int col = 0;       // 1-based character offset, as CPython's SyntaxError.offset
  int end_line = 0;
  int end_col = 0;   // as SyntaxError.end_offset (0 or -1 when CPython gives those)
  std::string text;  // the source line, with its newline when CPython gives it
  // The input ended inside a construct (open bracket, triple-quoted string, a block
  // header without body...): a REPL should read more lines instead of reporting.
  bool incomplete = false;
};

enum class CompileMode { Exec, Eval, Single };

struct ParseResult {
  std::string source;                  // normalised source; the AST points into it
  std::unique_ptr<ast::Arena> arena;
  ast::Mod* mod = nullptr;             // null on error
  std::optional<SyntaxErrorInfo> error;
};

// Parses `source` as a module (Exec), an expression (Eval) or one interactive statement
// (Single).
ParseResult parse_source(std::string_view source, std::string_view filename, CompileMode mode);

// Traceback carets, as CPython 3.11.7's traceback.c (extract_anchors_from_line): the
// segment (the source text of one instruction's single-line range) is parsed as a module
// of one expression statement. For a BinOp, [left_end, right_start) covers the operator
// (one or two characters); for a Subscript it runs from '[' to just past ']'. The
// traceback then prints '~' outside and '^' inside that range. Offsets are character
// offsets into `segment`; nullopt means "no anchors" (plain '^' carets).
struct CaretAnchors {
  int left_end = 0;
  int right_start = 0;
};
std::optional<CaretAnchors> caret_anchors(std::string_view segment);

}  // namespace krait
