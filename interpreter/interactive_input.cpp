#include "interpreter/interactive_input.h"

#include "interpreter/ast.h"
#include "interpreter/parser.h"

namespace krait {

namespace {

bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f') return false;
  }
  return true;
}

// The last line typed (the text after the last-but-one newline).
std::string_view last_line(std::string_view source) {
  if (!source.empty() && source.back() == '\n') source.remove_suffix(1);
  size_t nl = source.rfind('\n');
  return nl == std::string_view::npos ? source : source.substr(nl + 1);
}

bool is_compound(ast::StmtKind k) {
  using K = ast::StmtKind;
  switch (k) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
    case K::ClassDef:
    case K::For:
    case K::AsyncFor:
    case K::While:
    case K::If:
    case K::With:
    case K::AsyncWith:
    case K::Try:
    case K::TryStar:
      return true;
    default:
      return false;
  }
}

}  // namespace

InputStatus classify_interactive_input(std::string_view source) {
  bool all_blank = true;
  for (size_t start = 0; start < source.size();) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) nl = source.size();
    if (!blank_or_comment(source.substr(start, nl - start))) {
      all_blank = false;
      break;
    }
    start = nl + 1;
  }
  if (all_blank) return InputStatus::Empty;
  bool ends_blank = blank_or_comment(last_line(source));
  ParseResult parsed = parse_source(source, "<input>", CompileMode::Single);
  if (parsed.error) {
    if (!parsed.error->incomplete) return InputStatus::Complete;
    // A blank line ends a block header without a body (IndentationError), but not an open
    // bracket or triple-quoted string, which may hold blank lines.
    if (ends_blank && parsed.error->type == "IndentationError") return InputStatus::Complete;
    return InputStatus::Incomplete;
  }
  const ast::Mod* mod = parsed.mod;
  if (!ends_blank && mod && !mod->body.empty() && is_compound(mod->body.front()->kind)) {
    return InputStatus::Incomplete;
  }
  return InputStatus::Complete;
}

}  // namespace krait
