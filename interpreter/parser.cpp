// parser.cpp — parser infrastructure (tokens, memo, positions, errors, the two passes)
// and the statement rules of CPython 3.11's grammar.
//
// Every rule function parses one rule of Grammar/python.gram, written above it. A rule
// returns null (or false) on failure with the token position restored, exactly like a
// pegen-generated function; `invalid_*` alternatives run only in the second pass.
#include "parser_internal.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace krait {
namespace detail {

// pegen's MAXSTACK: deeper rule nesting raises MemoryError like CPython's parser.
constexpr int kMaxParserDepth = 6000;

#define RULE_BEGIN(fail)            \
  DepthGuard depth_guard_(*this);   \
  if (m_error_indicator) return fail
#define CHECK_ERROR(fail) \
  if (m_error_indicator) return fail

DepthGuard::DepthGuard(Parser& parser) : p(parser) {
  if (++p.m_level > kMaxParserDepth && !p.m_error_indicator) p.raise_memory_error();
}

Parser::Parser(std::string_view source, std::string_view filename, Arena& arena,
               std::vector<Token>& tokens, const std::optional<LexError>& lex_error,
               StartRule start_rule, int depth_base)
    : m_src(source), m_filename(filename), m_arena(arena), m_tokens(tokens),
      m_lex_error(lex_error), m_start_rule(start_rule), m_level(depth_base) {
  m_memo_head.assign(tokens.size() + 2, -1);
  m_memo_pool.reserve(tokens.size() * 2);
}

// ---- tokens ------------------------------------------------------------------------------

// _PyPegen_fill_token: fetching past the last token reaches the tokenizer error.
const Token* Parser::fetch(int i) {
  if (i < static_cast<int>(m_tokens.size())) {
    if (i >= m_fill) m_fill = i + 1;
    return &m_tokens[i];
  }
  if (m_lex_error) {
    if (i >= m_fill) m_fill = i + 1;  // the ERRORTOKEN is recorded before the error
    raise_lex_error();
  }
  return nullptr;
}

const Token* Parser::expect(TokenKind k) {
  const Token* t = fetch(m_mark);
  if (!t || t->kind != k) return nullptr;
  if (k == TokenKind::Name && t->keyword != Keyword::NotKeyword) return nullptr;
  ++m_mark;
  return t;
}

const Token* Parser::expect_kw(Keyword kw) {
  const Token* t = fetch(m_mark);
  if (!t || t->kind != TokenKind::Name || t->keyword != kw) return nullptr;
  ++m_mark;
  return t;
}

const Token* Parser::expect_name() { return expect(TokenKind::Name); }

const Token* Parser::expect_soft_keyword(std::string_view kw) {
  const Token* t = fetch(m_mark);
  if (!t || t->kind != TokenKind::Name || t->keyword != Keyword::NotKeyword || text(t) != kw)
    return nullptr;
  ++m_mark;
  return t;
}

// _PyPegen_expect_forced_token (`&&'x'` in the grammar): raises right away.
const Token* Parser::expect_forced(TokenKind k, const char* expected) {
  if (m_error_indicator) return nullptr;
  const Token* t = fetch(m_mark);
  if (!t) return nullptr;
  if (t->kind != k) {
    raise_known_location(t, fmt::format("expected '{}'", expected));
    return nullptr;
  }
  ++m_mark;
  return t;
}

bool Parser::lookahead(TokenKind k) {
  const Token* t = fetch(m_mark);
  if (!t || t->kind != k) return false;
  if (k == TokenKind::Name && t->keyword != Keyword::NotKeyword) return false;
  return true;
}

bool Parser::lookahead_kw(Keyword kw) {
  const Token* t = fetch(m_mark);
  return t && t->kind == TokenKind::Name && t->keyword == kw;
}

bool Parser::lookahead_name() { return lookahead(TokenKind::Name); }

// NFKC normalisation of non-ASCII identifiers (PEP 3131), for the compatibility
// characters that occur in practice: fullwidth ASCII, the fi/fl ligatures, and a few
// Latin-1 letters. Other identifiers are kept as written.
static std::string_view normalize_identifier(std::string_view id, Arena& arena) {
  bool ascii = true;
  for (char c : id)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return id;
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < id.size()) {
    size_t at = i;
    int32_t cp = decode_utf8(id, i);
    if (cp < 0) return id;
    const char* rep = nullptr;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out += static_cast<char>(cp - 0xFEE0);
      changed = true;
      continue;
    }
    switch (cp) {
      case 0xAA: rep = "a"; break;
      case 0xBA: rep = "o"; break;
      case 0xB5: rep = "\xCE\xBC"; break;  // MICRO SIGN -> GREEK SMALL LETTER MU
      case 0x17F: rep = "s"; break;
      case 0xFB00: rep = "ff"; break;
      case 0xFB01: rep = "fi"; break;
      case 0xFB02: rep = "fl"; break;
      case 0xFB03: rep = "ffi"; break;
      case 0xFB04: rep = "ffl"; break;
      case 0x2071: rep = "i"; break;
      case 0x207F: rep = "n"; break;
      default: break;
    }
    if (rep) {
      out += rep;
      changed = true;
    } else {
      out.append(id.substr(at, i - at));
    }
  }
  return changed ? arena.intern(out) : id;
}

std::string_view Parser::ident(const Token* t) { return normalize_identifier(text(t), m_arena); }

NameExpr* Parser::name_from_token(const Token* t) {
  auto* n = m_arena.make<NameExpr>();
  n->id = normalize_identifier(text(t), m_arena);
  n->line = t->line;
  n->col = t->col;
  n->end_line = t->end_line;
  n->end_col = t->end_col;
  return n;
}

// ---- positions ---------------------------------------------------------------------------

// _PyPegen_get_last_nonnwhitespace_token.
const Token* Parser::last_nonwhitespace_token() {
  const Token* token = nullptr;
  for (int m = m_mark - 1; m >= 0; --m) {
    token = &m_tokens[m];
    if (token->kind != TokenKind::EndMarker &&
        (token->kind != TokenKind::Newline && token->kind != TokenKind::Indent &&
         token->kind != TokenKind::Dedent))
      break;
  }
  return token;
}

void Parser::set_extra(Loc& loc, int start) {
  const Token& s = m_tokens[start];
  loc.line = s.line;
  loc.col = s.col;
  const Token* e = last_nonwhitespace_token();
  if (e) {
    loc.end_line = e->end_line;
    loc.end_col = e->end_col;
  } else {
    loc.end_line = s.end_line;
    loc.end_col = s.end_col;
  }
}

Loc Parser::token_loc(const Token* t) const {
  Loc l;
  l.line = t->line;
  l.col = t->col;
  l.end_line = t->end_line;
  l.end_col = t->end_col;
  return l;
}

// ---- memo --------------------------------------------------------------------------------

void Parser::memo_put(MemoRule rule, int start, void* value) {
  if (start >= static_cast<int>(m_memo_head.size())) return;
  m_memo_pool.push_back({rule, m_mark, value, m_memo_head[start]});
  m_memo_head[start] = static_cast<int>(m_memo_pool.size()) - 1;
}

// ---- errors --------------------------------------------------------------------------------

bool Parser::tokenizer_ok() const { return !m_lex_error_hit; }

// The source line for an error report. CPython gives the line with its newline when the
// tokenizer is still on that line, and without it when it has read further.
std::string Parser::error_line_text(int line, bool* with_newline) {
  int cur_line = 0;
  if (m_fill > 0 && m_fill <= static_cast<int>(m_tokens.size()))
    cur_line = m_tokens[m_fill - 1].cur_line;
  else if (m_lex_error)
    cur_line = m_lex_error->line;
  *with_newline = cur_line <= line;
  int l = 1;
  size_t pos = 0;
  while (l < line && pos < m_src.size()) {
    size_t nl = m_src.find('\n', pos);
    if (nl == std::string_view::npos) {
      pos = m_src.size();
      break;
    }
    pos = nl + 1;
    ++l;
  }
  size_t nl = m_src.find('\n', pos);
  if (nl == std::string_view::npos) nl = m_src.size();
  std::string text(m_src.substr(pos, nl - pos));
  if (*with_newline && nl < m_src.size()) text += '\n';
  return text;
}

// _PyPegen_raise_error_known_location: `col` / `end_col` are 1-based byte offsets.
void Parser::raise_at(const char* type, std::string msg, int line, int col, int end_line,
                      int end_col) {
  m_error_indicator = true;
  SyntaxErrorInfo e;
  e.type = type;
  e.filename = std::string(m_filename);
  e.line = line;
  e.end_line = end_line;
  if (m_start_rule == StartRule::FString) {
    e.msg = "f-string: " + msg;
    e.text = m_fstring_text;
    col -= m_fstring_col;
    if (end_col > 0) end_col -= m_fstring_col;
  } else {
    e.msg = std::move(msg);
    bool nl = false;
    e.text = error_line_text(line, &nl);
  }
  e.col = byte_to_char_offset(e.text, col);
  e.end_col = end_col > 0 ? byte_to_char_offset(e.text, end_col) : end_col;
  e.incomplete = m_incomplete;
  m_error = std::move(e);
}

std::nullptr_t Parser::raise_known_location(const Loc& a, std::string msg) {
  raise_at("SyntaxError", std::move(msg), a.line, a.col + 1, a.end_line, a.end_col + 1);
  return nullptr;
}

std::nullptr_t Parser::raise_known_location(const Token* a, std::string msg) {
  return raise_known_location(token_loc(a), std::move(msg));
}

std::nullptr_t Parser::raise_known_range(const Loc& a, const Loc& b, std::string msg) {
  raise_at("SyntaxError", std::move(msg), a.line, a.col + 1, b.end_line, b.end_col + 1);
  return nullptr;
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: the end is the tokenizer's current position.
std::nullptr_t Parser::raise_starting_from(const Loc& a, std::string msg) {
  int end_line = a.line, end_col = 0;
  if (m_fill > 0 && m_fill <= static_cast<int>(m_tokens.size())) {
    end_line = m_tokens[m_fill - 1].cur_line;
    end_col = m_tokens[m_fill - 1].cur_col;
  }
  raise_at("SyntaxError", std::move(msg), a.line, a.col + 1, end_line, end_col);
  return nullptr;
}

// _PyPegen_raise_error(p, type, 0, msg): located at the last token fetched.
std::nullptr_t Parser::raise_last_token(const char* type, std::string msg) {
  if (m_fill == 0) {
    raise_at(type, std::move(msg), 0, 0, 0, -1);
    return nullptr;
  }
  if (m_fill > static_cast<int>(m_tokens.size())) {
    // The last token is the tokenizer's error token: use the lexer's position.
    const LexError& le = *m_lex_error;
    raise_at(type, std::move(msg), le.line, le.col, le.line, -1);
    return nullptr;
  }
  const Token& t = m_tokens[m_fill - 1];
  int col = t.col == -1 ? t.cur_col : t.col + 1;
  int end_col = t.end_col == -1 ? -1 : t.end_col + 1;
  raise_at(type, std::move(msg), t.line, col, t.end_line, end_col);
  return nullptr;
}

void Parser::raise_lex_error() {
  if (m_error_indicator && m_error) return;
  m_lex_error_hit = true;
  const LexError& le = *m_lex_error;
  m_incomplete = m_incomplete || le.incomplete;
  if (le.eof_in_brackets) {
    raise_unclosed_bracket();
    return;
  }
  m_error_indicator = true;
  SyntaxErrorInfo e;
  e.type = le.type;
  e.msg = le.msg;
  e.filename = std::string(m_filename);
  e.line = le.line;
  e.end_line = le.end_line;
  if (m_start_rule == StartRule::FString) {
    e.msg = "f-string: " + e.msg;
    e.text = m_fstring_text;
  } else {
    bool nl = false;
    e.text = error_line_text(le.line, &nl);
    if (!le.text_with_newline && !e.text.empty() && e.text.back() == '\n') e.text.pop_back();
    if (le.text_with_newline && !nl) {
      // Reported on the tokenizer's current line: CPython keeps the newline.
      size_t pos = 0;
      int l = 1;
      while (l < le.line) {
        pos = m_src.find('\n', pos) + 1;
        ++l;
      }
      size_t end = m_src.find('\n', pos);
      e.text = std::string(m_src.substr(pos, end == std::string_view::npos ? end : end - pos + 1));
    }
  }
  e.col = byte_to_char_offset(e.text, le.col);
  e.end_col = le.end_col > 0 ? byte_to_char_offset(e.text, le.end_col) : le.end_col;
  e.incomplete = le.incomplete;
  m_error = std::move(e);
}

// raise_unclosed_parentheses_error.
void Parser::raise_unclosed_bracket() {
  const LexError& le = *m_lex_error;
  m_incomplete = true;
  raise_at("SyntaxError", fmt::format("'{}' was never closed", le.bracket), le.bracket_line,
           le.bracket_col + 1, le.bracket_line, 0);
  // The text: with newline only when the tokenizer is still on that line.
  if (m_error && m_start_rule != StartRule::FString) {
    bool nl = le.line <= le.bracket_line;
    if (!nl && !m_error->text.empty() && m_error->text.back() == '\n') m_error->text.pop_back();
    if (nl && (m_error->text.empty() || m_error->text.back() != '\n')) m_error->text += '\n';
  }
}

void Parser::raise_memory_error() {
  m_error_indicator = true;
  SyntaxErrorInfo e;
  e.type = "MemoryError";
  e.filename = std::string(m_filename);
  m_error = std::move(e);
}

// _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error later in the file
// takes priority over a parser error; an unclosed bracket does when it opened on an
// earlier line than the parser error.
void Parser::tokenize_full_source_to_check_for_errors() {
  if (!m_lex_error || m_lex_error_hit) return;
  if (m_start_rule == StartRule::FString) return;
  const LexError& le = *m_lex_error;
  if (le.eof_in_brackets) {
    int current_err_line = 0;
    if (m_fill > 0 && m_fill <= static_cast<int>(m_tokens.size()))
      current_err_line = m_tokens[m_fill - 1].line;
    if (current_err_line > le.bracket_line) {
      m_error.reset();
      raise_unclosed_bracket();
    }
    return;
  }
  if (le.overrides_parser_error) {
    m_error.reset();
    m_error_indicator = false;
    m_fill = static_cast<int>(m_tokens.size());
    raise_lex_error();
  }
}

// _PyPegen_set_syntax_error after the second pass.
void Parser::set_syntax_error(int last_token_index) {
  if (m_error) {
    bool tok_ok = tokenizer_ok() && m_fill < static_cast<int>(m_tokens.size());
    if (tok_ok && m_error->type != "MemoryError") tokenize_full_source_to_check_for_errors();
    return;
  }
  if (m_fill == 0) {
    raise_syntax_error("error at start before reading any input");
    return;
  }
  const Token& last = m_tokens[last_token_index];
  if (last.kind == TokenKind::EndMarker) m_incomplete = true;
  if (last.kind == TokenKind::Indent || last.kind == TokenKind::Dedent) {
    raise_indentation_error(last.kind == TokenKind::Indent ? "unexpected indent"
                                                           : "unexpected unindent");
    return;
  }
  raise_known_location(&last, "invalid syntax");
  tokenize_full_source_to_check_for_errors();
}

Mod* Parser::run() {
  Mod* res = nullptr;
  Expr* fres = nullptr;
  auto run_start = [&]() {
    switch (m_start_rule) {
      case StartRule::File: res = file_rule(); break;
      case StartRule::Interactive: res = interactive_rule(); break;
      case StartRule::Eval: res = eval_rule(); break;
      case StartRule::FString: fres = fstring_rule(); break;
    }
  };
  run_start();
  bool ok = m_start_rule == StartRule::FString ? fres != nullptr : res != nullptr;
  if (ok && !m_error_indicator) {
    if (m_start_rule == StartRule::Interactive && bad_single_statement()) {
      raise_syntax_error("multiple statements found while compiling a single statement");
      return nullptr;
    }
    m_fstring_result = fres;
    return res;
  }
  if (m_error && m_error->type == "MemoryError") return nullptr;
  // Second pass with the invalid_ rules, reporting the first pass's furthest token for
  // a generic error.
  // _is_end_of_source, checked after the first pass as CPython's
  // PyCF_ALLOW_INCOMPLETE_INPUT does.
  bool end_of_source = m_fill > m_eof_token_index;
  int last_token_index = std::min(m_fill, static_cast<int>(m_tokens.size())) - 1;
  if (last_token_index < 0) last_token_index = 0;
  std::fill(m_memo_head.begin(), m_memo_head.end(), -1);
  m_memo_pool.clear();
  m_mark = 0;
  m_call_invalid_rules = true;
  if (!m_error_indicator) run_start();
  if (m_error && m_error->type == "MemoryError") return nullptr;
  if (m_fill > static_cast<int>(m_tokens.size()) && !m_error) raise_lex_error();
  set_syntax_error(last_token_index);
  if (m_error && end_of_source) m_error->incomplete = true;
  return nullptr;
}

// bad_single_statement: anything but whitespace and comments after the statement, i.e.
// any real token after the one that ended it.
bool Parser::bad_single_statement() {
  if (m_mark > 0 && m_tokens[m_mark - 1].kind == TokenKind::EndMarker) return false;
  for (int i = m_mark; i < static_cast<int>(m_tokens.size()); ++i) {
    TokenKind k = m_tokens[i].kind;
    if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent &&
        k != TokenKind::EndMarker)
      return true;
  }
  return false;
}

// ---- start rules ---------------------------------------------------------------------------

// file: [statements] ENDMARKER
Mod* Parser::file_rule() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  StmtList body;
  statements(body);
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::EndMarker)) {
    Mod* m = m_arena.make<Mod>();
    m->kind = ModKind::Module;
    m->body = std::move(body);
    return m;
  }
  m_mark = start;
  return nullptr;
}

// interactive: statement_newline
Mod* Parser::interactive_rule() {
  RULE_BEGIN(nullptr);
  StmtList body;
  if (!statement_newline(body)) return nullptr;
  Mod* m = m_arena.make<Mod>();
  m->kind = ModKind::Interactive;
  m->body = std::move(body);
  return m;
}

// eval: expressions NEWLINE* ENDMARKER
Mod* Parser::eval_rule() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = expressions()) {
    while (expect(TokenKind::Newline)) {
    }
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::EndMarker)) {
      Mod* m = m_arena.make<Mod>();
      m->kind = ModKind::Expression;
      m->expr = a;
      return m;
    }
  }
  m_mark = start;
  return nullptr;
}

// fstring: star_expressions
Expr* Parser::fstring_rule() {
  RULE_BEGIN(nullptr);
  return star_expressions();
}

// ---- statements ----------------------------------------------------------------------------

// statements: statement+
bool Parser::statements(StmtList& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  bool any = false;
  for (;;) {
    int m = m_mark;
    if (!statement(out)) {
      m_mark = m;
      break;
    }
    any = true;
  }
  CHECK_ERROR(false);
  if (!any) m_mark = start;
  return any;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(StmtList& out) {
  RULE_BEGIN(false);
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return true;
  }
  CHECK_ERROR(false);
  return simple_stmts(out);
}

// statement_newline:
//     | compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
bool Parser::statement_newline(StmtList& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (Stmt* s = compound_stmt()) {
    if (expect(TokenKind::Newline)) {
      out.push_back(s);
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  if (simple_stmts(out)) return true;
  CHECK_ERROR(false);
  if (expect(TokenKind::Newline)) {
    auto* p = m_arena.make<SimpleStmt>(StmtKind::Pass);
    finish(p, start);
    out.push_back(p);
    return true;
  }
  CHECK_ERROR(false);
  if (expect(TokenKind::EndMarker)) {
    // _PyPegen_interactive_exit: no statement at all.
    m_incomplete = true;
    return false;
  }
  return false;
}

// simple_stmts:
//     | simple_stmt !';' NEWLINE
//     | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(StmtList& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (Stmt* s = simple_stmt()) {
    if (!lookahead(TokenKind::Semi) && expect(TokenKind::Newline)) {
      out.push_back(s);
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  StmtList seq;
  if (Stmt* s = simple_stmt()) {
    seq.push_back(s);
    for (;;) {
      int m = m_mark;
      if (!expect(TokenKind::Semi)) break;
      Stmt* s2 = simple_stmt();
      if (!s2) {
        m_mark = m;
        break;
      }
      seq.push_back(s2);
    }
    CHECK_ERROR(false);
    expect(TokenKind::Semi);
    if (expect(TokenKind::Newline)) {
      out.insert(out.end(), seq.begin(), seq.end());
      return true;
    }
  }
  m_mark = start;
  return false;
}

// simple_stmt (memo):
//     | assignment | star_expressions | &'return' return_stmt | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt | 'pass' | &'del' del_stmt | &'yield' yield_stmt
//     | &'assert' assert_stmt | 'break' | 'continue' | &'global' global_stmt
//     | &'nonlocal' nonlocal_stmt
Stmt* Parser::simple_stmt() {
  RULE_BEGIN(nullptr);
  Stmt* res = nullptr;
  if (memo_get(MemoRule::SimpleStmt, res)) return res;
  int start = m_mark;
  auto done = [&](Stmt* s) {
    if (!s) m_mark = start;
    memo_put(MemoRule::SimpleStmt, start, s);
    return s;
  };
  if ((res = assignment())) return done(res);
  CHECK_ERROR(nullptr);
  if (Expr* e = star_expressions()) {
    auto* s = m_arena.make<ExprStmt>();
    s->value = e;
    return done(finish(s, start));
  }
  CHECK_ERROR(nullptr);
  const Token* t = peek();
  if (!t) return nullptr;
  if (t->kind == TokenKind::Name) {
    switch (t->keyword) {
      case Keyword::Return:
        if ((res = return_stmt())) return done(res);
        break;
      case Keyword::Import:
      case Keyword::From:
        if ((res = import_stmt())) return done(res);
        break;
      case Keyword::Raise:
        if ((res = raise_stmt())) return done(res);
        break;
      case Keyword::Pass:
        ++m_mark;
        return done(finish(m_arena.make<SimpleStmt>(StmtKind::Pass), start));
      case Keyword::Del:
        if ((res = del_stmt())) return done(res);
        break;
      case Keyword::Yield:
        if ((res = yield_stmt())) return done(res);
        break;
      case Keyword::Assert:
        if ((res = assert_stmt())) return done(res);
        break;
      case Keyword::Break:
        ++m_mark;
        return done(finish(m_arena.make<SimpleStmt>(StmtKind::Break), start));
      case Keyword::Continue:
        ++m_mark;
        return done(finish(m_arena.make<SimpleStmt>(StmtKind::Continue), start));
      case Keyword::Global:
        if ((res = global_stmt(StmtKind::Global))) return done(res);
        break;
      case Keyword::Nonlocal:
        if ((res = global_stmt(StmtKind::Nonlocal))) return done(res);
        break;
      default:
        break;
    }
  }
  CHECK_ERROR(nullptr);
  return done(nullptr);
}

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
Stmt* Parser::compound_stmt() {
  RULE_BEGIN(nullptr);
  const Token* t = peek();
  if (!t) return nullptr;
  Stmt* s = nullptr;
  bool at = t->kind == TokenKind::At;
  Keyword kw = t->kind == TokenKind::Name ? t->keyword : Keyword::NotKeyword;
  if (kw == Keyword::Def || at || kw == Keyword::Async) {
    if ((s = function_def())) return s;
    CHECK_ERROR(nullptr);
  }
  if (kw == Keyword::If) {
    if ((s = if_stmt(false))) return s;
    CHECK_ERROR(nullptr);
  }
  if (kw == Keyword::Class || at) {
    if ((s = class_def())) return s;
    CHECK_ERROR(nullptr);
  }
  if (kw == Keyword::With || kw == Keyword::Async) {
    if ((s = with_stmt())) return s;
    CHECK_ERROR(nullptr);
  }
  if (kw == Keyword::For || kw == Keyword::Async) {
    if ((s = for_stmt())) return s;
    CHECK_ERROR(nullptr);
  }
  if (kw == Keyword::Try) {
    if ((s = try_stmt())) return s;
    CHECK_ERROR(nullptr);
  }
  if (kw == Keyword::While) {
    if ((s = while_stmt())) return s;
    CHECK_ERROR(nullptr);
  }
  if (t->kind == TokenKind::Name && t->keyword == Keyword::NotKeyword && text(t) == "match") {
    if ((s = match_stmt())) return s;
    CHECK_ERROR(nullptr);
  }
  return nullptr;
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
Stmt* Parser::assignment() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  auto optional_rhs = [&]() -> Expr* {
    int m = m_mark;
    if (expect(TokenKind::Equal)) {
      if (Expr* d = annotated_rhs()) return d;
    }
    m_mark = m;
    return nullptr;
  };
  // NAME ':' expression ['=' annotated_rhs]
  if (const Token* a = expect_name()) {
    if (expect(TokenKind::Colon)) {
      if (Expr* b = expression()) {
        Expr* c = optional_rhs();
        CHECK_ERROR(nullptr);
        auto* s = m_arena.make<AnnAssignStmt>();
        s->target = set_expr_context(name_from_token(a), ExprContext::Store);
        s->annotation = b;
        s->value = c;
        s->simple = true;
        return finish(s, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    Expr* a = nullptr;
    if (expect(TokenKind::LPar)) {
      Expr* b = single_target();
      if (b && expect(TokenKind::RPar)) a = b;
    }
    if (!a) {
      m_mark = start;
      CHECK_ERROR(nullptr);
      a = single_subscript_attribute_target();
    }
    CHECK_ERROR(nullptr);
    if (a && expect(TokenKind::Colon)) {
      if (Expr* b = expression()) {
        Expr* c = optional_rhs();
        CHECK_ERROR(nullptr);
        auto* s = m_arena.make<AnnAssignStmt>();
        s->target = a;
        s->annotation = b;
        s->value = c;
        s->simple = false;
        return finish(s, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    ExprList targets;
    for (;;) {
      int m = m_mark;
      Expr* z = star_targets();
      if (z && expect(TokenKind::Equal)) {
        targets.push_back(z);
        continue;
      }
      m_mark = m;
      break;
    }
    CHECK_ERROR(nullptr);
    if (!targets.empty()) {
      Expr* b = yield_expr();
      CHECK_ERROR(nullptr);
      if (!b) b = star_expressions();
      CHECK_ERROR(nullptr);
      if (b && !lookahead(TokenKind::Equal)) {
        auto* s = m_arena.make<AssignStmt>();
        s->targets = std::move(targets);
        s->value = b;
        return finish(s, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // single_target augassign ~ (yield_expr | star_expressions)
  if (Expr* a = single_target()) {
    OperatorKind op;
    if (augassign(op)) {
      Expr* c = yield_expr();
      CHECK_ERROR(nullptr);
      if (!c) c = star_expressions();
      CHECK_ERROR(nullptr);
      if (c) {
        auto* s = m_arena.make<AugAssignStmt>();
        s->target = a;
        s->op = op;
        s->value = c;
        return finish(s, start);
      }
      m_mark = start;
      return nullptr;  // the cut: no further alternatives
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_assignment();
    m_mark = start;
  }
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotated_rhs() {
  RULE_BEGIN(nullptr);
  if (Expr* e = yield_expr()) return e;
  CHECK_ERROR(nullptr);
  return star_expressions();
}

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
bool Parser::augassign(OperatorKind& op) {
  const Token* t = peek();
  if (!t) return false;
  switch (t->kind) {
    case TokenKind::PlusEqual: op = OperatorKind::Add; break;
    case TokenKind::MinEqual: op = OperatorKind::Sub; break;
    case TokenKind::StarEqual: op = OperatorKind::Mult; break;
    case TokenKind::AtEqual: op = OperatorKind::MatMult; break;
    case TokenKind::SlashEqual: op = OperatorKind::Div; break;
    case TokenKind::PercentEqual: op = OperatorKind::Mod; break;
    case TokenKind::AmperEqual: op = OperatorKind::BitAnd; break;
    case TokenKind::VBarEqual: op = OperatorKind::BitOr; break;
    case TokenKind::CircumflexEqual: op = OperatorKind::BitXor; break;
    case TokenKind::LeftShiftEqual: op = OperatorKind::LShift; break;
    case TokenKind::RightShiftEqual: op = OperatorKind::RShift; break;
    case TokenKind::DoubleStarEqual: op = OperatorKind::Pow; break;
    case TokenKind::DoubleSlashEqual: op = OperatorKind::FloorDiv; break;
    default: return false;
  }
  ++m_mark;
  return true;
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::return_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (!expect_kw(Keyword::Return)) return nullptr;
  Expr* a = star_expressions();
  CHECK_ERROR(nullptr);
  auto* s = m_arena.make<ReturnStmt>();
  s->value = a;
  return finish(s, start);
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Raise)) {
    if (Expr* a = expression()) {
      Expr* b = nullptr;
      int m = m_mark;
      if (expect_kw(Keyword::From)) {
        b = expression();
        if (!b) m_mark = m;
      }
      CHECK_ERROR(nullptr);
      auto* s = m_arena.make<RaiseStmt>();
      s->exc = a;
      s->cause = b;
      return finish(s, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::Raise)) return finish(m_arena.make<RaiseStmt>(), start);
  return nullptr;
}

// global_stmt: 'global' ','.NAME+
// nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::global_stmt(StmtKind kind) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (!expect_kw(kind == StmtKind::Global ? Keyword::Global : Keyword::Nonlocal)) return nullptr;
  auto* s = m_arena.make<NamesStmt>(kind);
  const Token* n = expect_name();
  if (!n) {
    m_mark = start;
    return nullptr;
  }
  s->names.push_back(text(n));
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    const Token* n2 = expect_name();
    if (!n2) {
      m_mark = m;
      break;
    }
    s->names.push_back(text(n2));
  }
  CHECK_ERROR(nullptr);
  return finish(s, start);
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::del_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Del)) {
    ExprList targets;
    if (del_targets(targets) && (lookahead(TokenKind::Semi) || lookahead(TokenKind::Newline))) {
      auto* s = m_arena.make<DeleteStmt>();
      s->targets = std::move(targets);
      return finish(s, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_del_stmt();
    m_mark = start;
  }
  return nullptr;
}

// yield_stmt: yield_expr
Stmt* Parser::yield_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* y = yield_expr();
  if (!y) return nullptr;
  auto* s = m_arena.make<ExprStmt>();
  s->value = y;
  return finish(s, start);
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Assert)) {
    if (Expr* a = expression()) {
      Expr* b = nullptr;
      int m = m_mark;
      if (expect(TokenKind::Comma)) {
        b = expression();
        if (!b) m_mark = m;
      }
      CHECK_ERROR(nullptr);
      auto* s = m_arena.make<AssertStmt>();
      s->test = a;
      s->msg = b;
      return finish(s, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// import_stmt: import_name | import_from
Stmt* Parser::import_stmt() {
  RULE_BEGIN(nullptr);
  if (Stmt* s = import_name()) return s;
  CHECK_ERROR(nullptr);
  return import_from();
}

// import_name: 'import' dotted_as_names
Stmt* Parser::import_name() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Import)) {
    std::vector<Alias*> names;
    if (dotted_as_names(names)) {
      auto* s = m_arena.make<ImportStmt>();
      s->names = std::move(names);
      return finish(s, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt* Parser::import_from() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  auto count_dots = [&]() {
    int level = 0;
    for (;;) {
      if (expect(TokenKind::Dot))
        level += 1;
      else if (expect(TokenKind::Ellipsis))
        level += 3;
      else
        break;
    }
    return level;
  };
  if (expect_kw(Keyword::From)) {
    int level = count_dots();
    if (Expr* b = dotted_name()) {
      if (expect_kw(Keyword::Import)) {
        std::vector<Alias*> names;
        if (import_from_targets(names)) {
          auto* s = m_arena.make<ImportFromStmt>();
          s->module = b->as<NameExpr>()->id;
          s->has_module = true;
          s->names = std::move(names);
          s->level = level;
          return finish(s, start);
        }
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::From)) {
    int level = count_dots();
    if (level > 0 && expect_kw(Keyword::Import)) {
      std::vector<Alias*> names;
      if (import_from_targets(names)) {
        auto* s = m_arena.make<ImportFromStmt>();
        s->names = std::move(names);
        s->level = level;
        return finish(s, start);
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//     | invalid_import_from_targets
bool Parser::import_from_targets(std::vector<Alias*>& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (expect(TokenKind::LPar)) {
    std::vector<Alias*> names;
    if (import_from_as_names(names)) {
      expect(TokenKind::Comma);
      if (expect(TokenKind::RPar)) {
        out = std::move(names);
        return true;
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  {
    std::vector<Alias*> names;
    if (import_from_as_names(names) && !lookahead(TokenKind::Comma)) {
      out = std::move(names);
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  if (expect(TokenKind::Star)) {
    auto* a = m_arena.make<Alias>();
    a->name = "*";
    set_extra(*a, start);
    out.push_back(a);
    return true;
  }
  CHECK_ERROR(false);
  if (m_call_invalid_rules) {
    invalid_import_from_targets();
    m_mark = start;
  }
  return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::import_from_as_names(std::vector<Alias*>& out) {
  RULE_BEGIN(false);
  Alias* a = import_from_as_name();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Alias* b = import_from_as_name();
    if (!b) {
      m_mark = m;
      break;
    }
    out.push_back(b);
  }
  CHECK_ERROR(false);
  return true;
}

// import_from_as_name: NAME ['as' NAME]
Alias* Parser::import_from_as_name() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_name();
  if (!a) return nullptr;
  std::string_view asname;
  int m = m_mark;
  if (expect_kw(Keyword::As)) {
    if (const Token* z = expect_name())
      asname = ident(z);
    else
      m_mark = m;
  }
  CHECK_ERROR(nullptr);
  auto* al = m_arena.make<Alias>();
  al->name = ident(a);
  al->asname = asname;
  set_extra(*al, start);
  return al;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dotted_as_names(std::vector<Alias*>& out) {
  RULE_BEGIN(false);
  Alias* a = dotted_as_name();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Alias* b = dotted_as_name();
    if (!b) {
      m_mark = m;
      break;
    }
    out.push_back(b);
  }
  CHECK_ERROR(false);
  return true;
}

// dotted_as_name: dotted_name ['as' NAME]
Alias* Parser::dotted_as_name() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = dotted_name();
  if (!a) return nullptr;
  std::string_view asname;
  int m = m_mark;
  if (expect_kw(Keyword::As)) {
    if (const Token* z = expect_name())
      asname = ident(z);
    else
      m_mark = m;
  }
  CHECK_ERROR(nullptr);
  auto* al = m_arena.make<Alias>();
  al->name = a->as<NameExpr>()->id;
  al->asname = asname;
  set_extra(*al, start);
  return al;
}

// dotted_name: dotted_name '.' NAME | NAME
Expr* Parser::dotted_name() {
  RULE_BEGIN(nullptr);
  Expr* res = nullptr;
  if (memo_get(MemoRule::DottedName, res)) return res;
  int start = m_mark;
  const Token* first = expect_name();
  if (!first) {
    memo_put(MemoRule::DottedName, start, nullptr);
    return nullptr;
  }
  NameExpr* n = name_from_token(first);
  std::string joined;
  bool joined_any = false;
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Dot)) break;
    const Token* b = expect_name();
    if (!b) {
      m_mark = m;
      break;
    }
    if (!joined_any) joined = std::string(n->id);
    joined_any = true;
    joined += '.';
    joined += ident(b);
  }
  CHECK_ERROR(nullptr);
  if (joined_any) n->id = m_arena.intern(joined);
  memo_put(MemoRule::DottedName, start, n);
  return n;
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
StmtList* Parser::block() {
  RULE_BEGIN(nullptr);
  StmtList* res = nullptr;
  if (memo_get(MemoRule::Block, res)) return res;
  int start = m_mark;
  if (expect(TokenKind::Newline) && expect(TokenKind::Indent)) {
    StmtList body;
    if (statements(body) && expect(TokenKind::Dedent)) {
      res = m_arena.make<StmtList>(std::move(body));
      memo_put(MemoRule::Block, start, res);
      return res;
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  {
    StmtList body;
    if (simple_stmts(body)) {
      res = m_arena.make<StmtList>(std::move(body));
      memo_put(MemoRule::Block, start, res);
      return res;
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_block();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  memo_put(MemoRule::Block, start, nullptr);
  return nullptr;
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(ExprList& out) {
  RULE_BEGIN(false);
  for (;;) {
    int m = m_mark;
    if (expect(TokenKind::At)) {
      Expr* f = named_expression();
      if (f && expect(TokenKind::Newline)) {
        out.push_back(f);
        continue;
      }
    }
    m_mark = m;
    break;
  }
  CHECK_ERROR(false);
  return !out.empty();
}

// class_def: decorators class_def_raw | class_def_raw
Stmt* Parser::class_def() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  ExprList decs;
  if (decorators(decs)) {
    if (Stmt* b = class_def_raw()) {
      b->as<ClassDefStmt>()->decorator_list = std::move(decs);
      return b;
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  return class_def_raw();
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def_raw() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_class_def_raw();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (expect_kw(Keyword::Class)) {
    if (const Token* a = expect_name()) {
      CallExpr* b = nullptr;
      bool have_parens = false;
      int m = m_mark;
      if (expect(TokenKind::LPar)) {
        CallExpr* z = arguments();
        CHECK_ERROR(nullptr);
        if (expect(TokenKind::RPar)) {
          b = z;
          have_parens = true;
        } else {
          m_mark = m;
        }
      }
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Colon)) {
        if (StmtList* c = block()) {
          auto* s = m_arena.make<ClassDefStmt>();
          s->name = ident(a);
          if (have_parens && b) {
            s->bases = b->args;
            s->keywords = b->keywords;
          }
          s->body = *c;
          return finish(s, start);
        }
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
Stmt* Parser::function_def() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  ExprList decs;
  if (decorators(decs)) {
    if (Stmt* f = function_def_raw()) {
      f->as<FunctionDefStmt>()->decorator_list = std::move(decs);
      return f;
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  return function_def_raw();
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
Stmt* Parser::function_def_raw() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_def_raw();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  for (int alt = 0; alt < 2; ++alt) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    bool is_async = alt == 1;
    if (is_async && !expect_kw(Keyword::Async)) continue;
    if (!expect_kw(Keyword::Def)) continue;
    const Token* n = expect_name();
    if (!n) continue;
    if (!expect_forced(TokenKind::LPar, "(")) return nullptr;
    Arguments* ps = params(false);
    CHECK_ERROR(nullptr);
    if (!expect(TokenKind::RPar)) continue;
    Expr* returns = nullptr;
    int m = m_mark;
    if (expect(TokenKind::RArrow)) {
      returns = expression();
      if (!returns) m_mark = m;
    }
    CHECK_ERROR(nullptr);
    if (!expect_forced(TokenKind::Colon, ":")) return nullptr;
    StmtList* b = block();
    if (!b) continue;
    auto* s = m_arena.make<FunctionDefStmt>(is_async ? StmtKind::AsyncFunctionDef
                                                     : StmtKind::FunctionDef);
    s->name = ident(n);
    s->args = ps ? ps : m_arena.make<Arguments>();
    s->body = *b;
    s->returns = returns;
    return finish(s, start);
  }
  m_mark = start;
  return nullptr;
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
// elif_stmt: (the same with 'elif')
Stmt* Parser::if_stmt(bool elif) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Keyword kw = elif ? Keyword::Elif : Keyword::If;
  if (m_call_invalid_rules) {
    invalid_if_stmt(elif);
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (expect_kw(kw)) {
    if (Expr* a = named_expression()) {
      if (expect(TokenKind::Colon)) {
        if (StmtList* b = block()) {
          int m = m_mark;
          if (Stmt* c = if_stmt(true)) {
            auto* s = m_arena.make<IfStmt>();
            s->test = a;
            s->body = *b;
            s->orelse.push_back(c);
            return finish(s, start);
          }
          m_mark = m;
          CHECK_ERROR(nullptr);
          StmtList orelse;
          else_block(orelse);
          CHECK_ERROR(nullptr);
          auto* s = m_arena.make<IfStmt>();
          s->test = a;
          s->body = *b;
          s->orelse = std::move(orelse);
          return finish(s, start);
        }
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(StmtList& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_else_stmt();
    CHECK_ERROR(false);
    m_mark = start;
  }
  if (expect_kw(Keyword::Else)) {
    if (!expect_forced(TokenKind::Colon, ":")) return false;
    if (StmtList* b = block()) {
      out = *b;
      return true;
    }
  }
  m_mark = start;
  return false;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_while_stmt();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (expect_kw(Keyword::While)) {
    if (Expr* a = named_expression()) {
      if (expect(TokenKind::Colon)) {
        if (StmtList* b = block()) {
          StmtList orelse;
          else_block(orelse);
          CHECK_ERROR(nullptr);
          auto* s = m_arena.make<WhileStmt>();
          s->test = a;
          s->body = *b;
          s->orelse = std::move(orelse);
          return finish(s, start);
        }
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
Stmt* Parser::for_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_for_stmt();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  for (int alt = 0; alt < 2; ++alt) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    bool is_async = alt == 1;
    if (is_async && !expect_kw(Keyword::Async)) continue;
    if (!expect_kw(Keyword::For)) continue;
    Expr* t = star_targets();
    if (!t) continue;
    if (!expect_kw(Keyword::In)) continue;
    // Cut: from here a failure ends the rule.
    Expr* ex = star_expressions();
    if (ex && expect(TokenKind::Colon)) {
      if (StmtList* b = block()) {
        StmtList orelse;
        else_block(orelse);
        CHECK_ERROR(nullptr);
        auto* s = m_arena.make<ForStmt>(is_async ? StmtKind::AsyncFor : StmtKind::For);
        s->target = t;
        s->iter = ex;
        s->body = *b;
        s->orelse = std::move(orelse);
        return finish(s, start);
      }
    }
    m_mark = start;
    return nullptr;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_for_target();
    m_mark = start;
  }
  return nullptr;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
Stmt* Parser::with_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_with_stmt_indent();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  auto items = [&](std::vector<WithItem*>& out) {
    WithItem* w = with_item();
    if (!w) return false;
    out.push_back(w);
    for (;;) {
      int m = m_mark;
      if (!expect(TokenKind::Comma)) break;
      WithItem* w2 = with_item();
      if (!w2) {
        m_mark = m;
        break;
      }
      out.push_back(w2);
    }
    return !m_error_indicator;
  };
  for (int alt = 0; alt < 4; ++alt) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    bool is_async = alt >= 2;
    bool parens = alt % 2 == 0;
    if (is_async && !expect_kw(Keyword::Async)) continue;
    if (!expect_kw(Keyword::With)) continue;
    if (parens && !expect(TokenKind::LPar)) continue;
    std::vector<WithItem*> its;
    if (!items(its)) continue;
    if (parens) {
      expect(TokenKind::Comma);
      if (!expect(TokenKind::RPar)) continue;
    }
    if (!expect(TokenKind::Colon)) continue;
    StmtList* b = block();
    if (!b) continue;
    auto* s = m_arena.make<WithStmt>(is_async ? StmtKind::AsyncWith : StmtKind::With);
    s->items = std::move(its);
    s->body = *b;
    return finish(s, start);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_with_stmt();
    m_mark = start;
  }
  return nullptr;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | expression
WithItem* Parser::with_item() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* e = expression()) {
    if (expect_kw(Keyword::As)) {
      if (Expr* t = star_target()) {
        if (lookahead(TokenKind::Comma) || lookahead(TokenKind::RPar) ||
            lookahead(TokenKind::Colon)) {
          auto* w = m_arena.make<WithItem>();
          w->context_expr = e;
          w->optional_vars = t;
          return w;
        }
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_with_item();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (Expr* e = expression()) {
    auto* w = m_arena.make<WithItem>();
    w->context_expr = e;
    return w;
  }
  return nullptr;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
Stmt* Parser::try_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_try_stmt();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  for (int alt = 0; alt < 3; ++alt) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    if (!expect_kw(Keyword::Try)) return nullptr;
    if (!expect_forced(TokenKind::Colon, ":")) return nullptr;
    StmtList* b = block();
    if (!b) continue;
    if (alt == 0) {
      StmtList f;
      if (!finally_block(f)) continue;
      auto* s = m_arena.make<TryStmt>(StmtKind::Try);
      s->body = *b;
      s->finalbody = std::move(f);
      return finish(s, start);
    }
    bool star = alt == 2;
    std::vector<ExceptHandler*> handlers;
    for (;;) {
      int m = m_mark;
      ExceptHandler* h = except_block(star);
      if (!h) {
        m_mark = m;
        break;
      }
      handlers.push_back(h);
    }
    CHECK_ERROR(nullptr);
    if (handlers.empty()) continue;
    StmtList orelse, fin;
    else_block(orelse);
    CHECK_ERROR(nullptr);
    finally_block(fin);
    CHECK_ERROR(nullptr);
    auto* s = m_arena.make<TryStmt>(star ? StmtKind::TryStar : StmtKind::Try);
    s->body = *b;
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(fin);
    return finish(s, start);
  }
  m_mark = start;
  return nullptr;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME] ':' block
//     | invalid_except_stmt
ExceptHandler* Parser::except_block(bool star) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    if (star)
      invalid_except_star_stmt_indent();
    else
      invalid_except_stmt_indent();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (expect_kw(Keyword::Except) && (!star || expect(TokenKind::Star))) {
    if (Expr* e = expression()) {
      std::string_view name;
      int m = m_mark;
      if (expect_kw(Keyword::As)) {
        if (const Token* z = expect_name())
          name = text(z);
        else
          m_mark = m;
      }
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Colon)) {
        if (StmtList* b = block()) {
          auto* h = m_arena.make<ExceptHandler>();
          h->type = e;
          h->name = name;
          h->body = *b;
          set_extra(*h, start);
          return h;
        }
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (!star && expect_kw(Keyword::Except) && expect(TokenKind::Colon)) {
    if (StmtList* b = block()) {
      auto* h = m_arena.make<ExceptHandler>();
      h->body = *b;
      set_extra(*h, start);
      return h;
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_except_stmt();
    m_mark = start;
  }
  return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
bool Parser::finally_block(StmtList& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_finally_stmt();
    CHECK_ERROR(false);
    m_mark = start;
  }
  if (expect_kw(Keyword::Finally)) {
    if (!expect_forced(TokenKind::Colon, ":")) return false;
    if (StmtList* b = block()) {
      out = *b;
      return true;
    }
  }
  m_mark = start;
  return false;
}

// ---- parameters ---------------------------------------------------------------------------
// The def and lambda parameter rules differ only in annotations and in the closing
// token (')' or ':'), so one set of functions parses both.

bool Parser::param_end(bool lambda) {
  return lookahead(lambda ? TokenKind::Colon : TokenKind::RPar);
}

// params: invalid_parameters | parameters
// lambda_params: invalid_lambda_parameters | lambda_parameters
Arguments* Parser::params(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_parameters(lambda);
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  return parameters(lambda);
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
Arguments* Parser::parameters(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  auto no_defaults = [&](std::vector<Arg*>& out) {
    for (;;) {
      Arg* a = param_no_default(lambda);
      if (!a) break;
      out.push_back(a);
    }
  };
  auto with_defaults = [&](std::vector<NameDefaultPair>& out) {
    for (;;) {
      NameDefaultPair p;
      if (!param_with_default(lambda, p)) break;
      out.push_back(p);
    }
  };
  auto opt_star_etc = [&](StarEtc& se) -> bool {
    int m = m_mark;
    if (star_etc(lambda, se)) return true;
    m_mark = m;
    return false;
  };
  {
    std::vector<Arg*> a;
    if (slash_no_default(lambda, a)) {
      std::vector<Arg*> b;
      std::vector<NameDefaultPair> c;
      no_defaults(b);
      CHECK_ERROR(nullptr);
      with_defaults(c);
      CHECK_ERROR(nullptr);
      StarEtc d;
      bool has_d = opt_star_etc(d);
      CHECK_ERROR(nullptr);
      return make_arguments(&a, nullptr, &b, &c, has_d ? &d : nullptr);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  {
    SlashWithDefault a;
    if (slash_with_default(lambda, a)) {
      std::vector<NameDefaultPair> b;
      with_defaults(b);
      CHECK_ERROR(nullptr);
      StarEtc c;
      bool has_c = opt_star_etc(c);
      CHECK_ERROR(nullptr);
      return make_arguments(nullptr, &a, nullptr, &b, has_c ? &c : nullptr);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  {
    std::vector<Arg*> a;
    no_defaults(a);
    CHECK_ERROR(nullptr);
    if (!a.empty()) {
      std::vector<NameDefaultPair> b;
      with_defaults(b);
      CHECK_ERROR(nullptr);
      StarEtc c;
      bool has_c = opt_star_etc(c);
      CHECK_ERROR(nullptr);
      return make_arguments(nullptr, nullptr, &a, &b, has_c ? &c : nullptr);
    }
  }
  m_mark = start;
  {
    std::vector<NameDefaultPair> a;
    with_defaults(a);
    CHECK_ERROR(nullptr);
    if (!a.empty()) {
      StarEtc b;
      bool has_b = opt_star_etc(b);
      CHECK_ERROR(nullptr);
      return make_arguments(nullptr, nullptr, nullptr, &a, has_b ? &b : nullptr);
    }
  }
  m_mark = start;
  {
    StarEtc a;
    if (star_etc(lambda, a)) return make_arguments(nullptr, nullptr, nullptr, nullptr, &a);
  }
  m_mark = start;
  return nullptr;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
bool Parser::slash_no_default(bool lambda, std::vector<Arg*>& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  std::vector<Arg*> a;
  for (;;) {
    Arg* p = param_no_default(lambda);
    if (!p) break;
    a.push_back(p);
  }
  CHECK_ERROR(false);
  if (!a.empty() && expect(TokenKind::Slash)) {
    if (expect(TokenKind::Comma) || param_end(lambda)) {
      out = std::move(a);
      return true;
    }
  }
  m_mark = start;
  return false;
}

// slash_with_default:
//     | param_no_default* param_with_default+ '/' ','
//     | param_no_default* param_with_default+ '/' &')'
bool Parser::slash_with_default(bool lambda, SlashWithDefault& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  std::vector<Arg*> a;
  for (;;) {
    Arg* p = param_no_default(lambda);
    if (!p) break;
    a.push_back(p);
  }
  CHECK_ERROR(false);
  std::vector<NameDefaultPair> b;
  for (;;) {
    NameDefaultPair p;
    if (!param_with_default(lambda, p)) break;
    b.push_back(p);
  }
  CHECK_ERROR(false);
  if (!b.empty() && expect(TokenKind::Slash)) {
    if (expect(TokenKind::Comma) || param_end(lambda)) {
      out.plain_names = std::move(a);
      out.names_with_defaults = std::move(b);
      return true;
    }
  }
  m_mark = start;
  return false;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
bool Parser::star_etc(bool lambda, StarEtc& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_star_etc(lambda);
    CHECK_ERROR(false);
    m_mark = start;
  }
  auto maybe_defaults = [&](std::vector<NameDefaultPair>& v) {
    for (;;) {
      NameDefaultPair p;
      if (!param_maybe_default(lambda, p)) break;
      v.push_back(p);
    }
  };
  auto opt_kwds = [&]() -> Arg* {
    int m = m_mark;
    Arg* k = kwds(lambda);
    if (!k) m_mark = m;
    return k;
  };
  for (int alt = 0; alt < 2; ++alt) {
    if (lambda && alt == 1) break;
    m_mark = start;
    CHECK_ERROR(false);
    if (!expect(TokenKind::Star)) break;
    Arg* a = alt == 0 ? param_no_default(lambda) : param_no_default_star_annotation();
    if (!a) continue;
    std::vector<NameDefaultPair> b;
    maybe_defaults(b);
    CHECK_ERROR(false);
    Arg* c = opt_kwds();
    CHECK_ERROR(false);
    out.vararg = a;
    out.kwonlyargs = std::move(b);
    out.kwarg = c;
    return true;
  }
  m_mark = start;
  CHECK_ERROR(false);
  if (expect(TokenKind::Star) && expect(TokenKind::Comma)) {
    std::vector<NameDefaultPair> b;
    maybe_defaults(b);
    CHECK_ERROR(false);
    if (!b.empty()) {
      Arg* c = opt_kwds();
      CHECK_ERROR(false);
      out.kwonlyargs = std::move(b);
      out.kwarg = c;
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  if (Arg* a = kwds(lambda)) {
    out.kwarg = a;
    return true;
  }
  m_mark = start;
  return false;
}

// kwds: invalid_kwds | '**' param_no_default
Arg* Parser::kwds(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_kwds(lambda);
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (expect(TokenKind::DoubleStar)) {
    if (Arg* a = param_no_default(lambda)) return a;
  }
  m_mark = start;
  return nullptr;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
Arg* Parser::param_no_default(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Arg* a = param(lambda)) {
    if (expect(TokenKind::Comma)) return a;
    CHECK_ERROR(nullptr);
    if (param_end(lambda)) return a;
  }
  m_mark = start;
  return nullptr;
}

// param_no_default_star_annotation:
//     | param_star_annotation ',' TYPE_COMMENT? | param_star_annotation TYPE_COMMENT? &')'
// param_star_annotation: NAME star_annotation
// star_annotation: ':' star_expression
Arg* Parser::param_no_default_star_annotation() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (const Token* n = expect_name()) {
    if (expect(TokenKind::Colon)) {
      if (Expr* ann = star_expression()) {
        auto* a = m_arena.make<Arg>();
        a->name = ident(n);
        a->annotation = ann;
        set_extra(*a, start);
        if (expect(TokenKind::Comma) || lookahead(TokenKind::RPar)) return a;
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
bool Parser::param_with_default(bool lambda, NameDefaultPair& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (Arg* a = param(lambda)) {
    if (Expr* c = default_value()) {
      if (expect(TokenKind::Comma) || param_end(lambda)) {
        out.arg = a;
        out.value = c;
        return true;
      }
    }
  }
  m_mark = start;
  return false;
}

// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
bool Parser::param_maybe_default(bool lambda, NameDefaultPair& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (Arg* a = param(lambda)) {
    int m = m_mark;
    Expr* c = default_value();
    if (!c) m_mark = m;
    CHECK_ERROR(false);
    if (expect(TokenKind::Comma) || param_end(lambda)) {
      out.arg = a;
      out.value = c;
      return true;
    }
  }
  m_mark = start;
  return false;
}

// param: NAME annotation?      annotation: ':' expression
// lambda_param: NAME
Arg* Parser::param(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* n = expect_name();
  if (!n) return nullptr;
  Expr* ann = nullptr;
  if (!lambda) {
    int m = m_mark;
    if (expect(TokenKind::Colon)) {
      ann = expression();
      if (!ann) m_mark = m;
    }
    CHECK_ERROR(nullptr);
  }
  auto* a = m_arena.make<Arg>();
  a->name = ident(n);
  a->annotation = ann;
  set_extra(*a, start);
  return a;
}

// default: '=' expression | invalid_default
Expr* Parser::default_value() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::Equal)) {
    if (Expr* a = expression()) return a;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_default();
    m_mark = start;
  }
  return nullptr;
}

// _PyPegen_make_arguments.
Arguments* Parser::make_arguments(std::vector<Arg*>* slash_without_default,
                                  SlashWithDefault* slash_with_default,
                                  std::vector<Arg*>* plain_names,
                                  std::vector<NameDefaultPair>* names_with_default,
                                  StarEtc* star_etc) {
  auto* a = m_arena.make<Arguments>();
  if (slash_without_default) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default) {
    a->posonlyargs = slash_with_default->plain_names;
    for (auto& p : slash_with_default->names_with_defaults) a->posonlyargs.push_back(p.arg);
  }
  if (plain_names) a->args = *plain_names;
  if (names_with_default)
    for (auto& p : *names_with_default) a->args.push_back(p.arg);
  if (slash_with_default)
    for (auto& p : slash_with_default->names_with_defaults) a->defaults.push_back(p.value);
  if (names_with_default)
    for (auto& p : *names_with_default) a->defaults.push_back(p.value);
  if (star_etc) {
    a->vararg = star_etc->vararg;
    for (auto& p : star_etc->kwonlyargs) {
      a->kwonlyargs.push_back(p.arg);
      a->kw_defaults.push_back(p.value);
    }
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

// ---- invalid_* statement rules -----------------------------------------------------------

// Common shape: KW ... ':' NEWLINE !INDENT -> IndentationError "expected an indented
// block after <what> on line N". Called with the position just after the ':'.
bool Parser::block_header_indent_error(const Token* kw, const char* what) {
  if (expect(TokenKind::Newline) && !lookahead(TokenKind::Indent)) {
    CHECK_ERROR(false);
    raise_indentation_error(fmt::format("expected an indented block after {} on line {}", what, kw->line));
    return true;
  }
  return false;
}

// invalid_block: NEWLINE !INDENT
void* Parser::invalid_block() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::Newline) && !lookahead(TokenKind::Indent)) {
    CHECK_ERROR(nullptr);
    return raise_indentation_error("expected an indented block");
  }
  m_mark = start;
  return nullptr;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void* Parser::invalid_import_from_targets() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  std::vector<Alias*> names;
  if (import_from_as_names(names) && expect(TokenKind::Comma) && expect(TokenKind::Newline))
    return raise_syntax_error("trailing comma not allowed without surrounding parentheses");
  m_mark = start;
  return nullptr;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
// invalid_with_stmt_indent: (the same shapes followed by ':' NEWLINE !INDENT)
void* Parser::invalid_with_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  auto items = [&](bool parens) {
    auto one = [&]() {
      Expr* e = parens ? expressions() : expression();
      if (!e) return false;
      int m = m_mark;
      if (expect_kw(Keyword::As)) {
        if (!star_target()) m_mark = m;
      }
      return !m_error_indicator;
    };
    if (!one()) return false;
    for (;;) {
      int m = m_mark;
      if (!expect(TokenKind::Comma)) break;
      if (!one()) {
        m_mark = m;
        break;
      }
    }
    return !m_error_indicator;
  };
  for (int parens = 0; parens < 2; ++parens) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    expect_kw(Keyword::Async);
    if (!expect_kw(Keyword::With)) continue;
    if (parens && !expect(TokenKind::LPar)) continue;
    if (!items(parens)) continue;
    if (parens) {
      expect(TokenKind::Comma);
      if (!expect(TokenKind::RPar)) continue;
    }
    if (expect(TokenKind::Newline)) return raise_syntax_error("expected ':'");
  }
  m_mark = start;
  return nullptr;
}

void* Parser::invalid_with_stmt_indent() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  for (int parens = 0; parens < 2; ++parens) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    expect_kw(Keyword::Async);
    const Token* a = expect_kw(Keyword::With);
    if (!a) continue;
    if (parens && !expect(TokenKind::LPar)) continue;
    auto one = [&]() {
      Expr* e = parens ? expressions() : expression();
      if (!e) return false;
      int m = m_mark;
      if (expect_kw(Keyword::As)) {
        if (!star_target()) m_mark = m;
      }
      return !m_error_indicator;
    };
    if (!one()) continue;
    for (;;) {
      int m = m_mark;
      if (!expect(TokenKind::Comma)) break;
      if (!one()) {
        m_mark = m;
        break;
      }
    }
    CHECK_ERROR(nullptr);
    if (parens) {
      expect(TokenKind::Comma);
      if (!expect(TokenKind::RPar)) continue;
    }
    if (!expect(TokenKind::Colon)) continue;
    if (block_header_indent_error(a, "'with' statement")) return nullptr;
    CHECK_ERROR(nullptr);
  }
  m_mark = start;
  return nullptr;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void* Parser::invalid_try_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_kw(Keyword::Try);
  if (a && expect(TokenKind::Colon)) {
    if (block_header_indent_error(a, "'try' statement")) return nullptr;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::Try) && expect(TokenKind::Colon) && block()) {
    if (!lookahead_kw(Keyword::Except) && !lookahead_kw(Keyword::Finally)) {
      CHECK_ERROR(nullptr);
      return raise_syntax_error("expected 'except' or 'finally' block");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  for (int star = 0; star < 2; ++star) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    if (!expect_kw(Keyword::Try) || !expect(TokenKind::Colon)) continue;
    while (block()) {
    }
    CHECK_ERROR(nullptr);
    int n = 0;
    for (;;) {
      int m = m_mark;
      if (!except_block(star == 1)) {
        m_mark = m;
        break;
      }
      ++n;
    }
    CHECK_ERROR(nullptr);
    if (n == 0) continue;
    const Token* ex = expect_kw(Keyword::Except);
    if (!ex) continue;
    if (star == 0) {
      const Token* b = expect(TokenKind::Star);
      if (!b || !expression()) continue;
      int m = m_mark;
      if (!(expect_kw(Keyword::As) && expect_name())) m_mark = m;
      if (expect(TokenKind::Colon))
        return raise_known_range(token_loc(ex), token_loc(b),
                                 "cannot have both 'except' and 'except*' on the same 'try'");
    } else {
      int m = m_mark;
      if (expression()) {
        int m2 = m_mark;
        if (!(expect_kw(Keyword::As) && expect_name())) m_mark = m2;
      } else {
        m_mark = m;
      }
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Colon))
        return raise_known_location(ex, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_except_stmt:
//     | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//     | 'except' '*'? expression ['as' NAME ] NEWLINE
//     | 'except' NEWLINE
//     | 'except' '*' (NEWLINE | ':')
void* Parser::invalid_except_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Except)) {
    expect(TokenKind::Star);
    if (Expr* a = expression()) {
      if (expect(TokenKind::Comma) && expressions()) {
        int m = m_mark;
        if (!(expect_kw(Keyword::As) && expect_name())) m_mark = m;
        if (expect(TokenKind::Colon))
          return raise_starting_from(*a, "multiple exception types must be parenthesized");
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::Except)) {
    expect(TokenKind::Star);
    if (expression()) {
      int m = m_mark;
      if (!(expect_kw(Keyword::As) && expect_name())) m_mark = m;
      if (expect(TokenKind::Newline)) return raise_syntax_error("expected ':'");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::Except) && expect(TokenKind::Newline))
    return raise_syntax_error("expected ':'");
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::Except) && expect(TokenKind::Star) &&
      (expect(TokenKind::Newline) || expect(TokenKind::Colon)))
    return raise_syntax_error("expected one or more exception types");
  m_mark = start;
  return nullptr;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void* Parser::invalid_finally_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_kw(Keyword::Finally);
  if (a && expect(TokenKind::Colon)) block_header_indent_error(a, "'finally' statement");
  m_mark = start;
  return nullptr;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
void* Parser::invalid_except_stmt_indent() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_kw(Keyword::Except);
  if (a && expression()) {
    int m = m_mark;
    if (!(expect_kw(Keyword::As) && expect_name())) m_mark = m;
    if (expect(TokenKind::Colon) && block_header_indent_error(a, "'except' statement"))
      return nullptr;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  a = expect_kw(Keyword::Except);
  if (a && expect(TokenKind::Colon)) block_header_indent_error(a, "'except' statement");
  m_mark = start;
  return nullptr;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
void* Parser::invalid_except_star_stmt_indent() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_kw(Keyword::Except);
  if (a && expect(TokenKind::Star) && expression()) {
    int m = m_mark;
    if (!(expect_kw(Keyword::As) && expect_name())) m_mark = m;
    if (expect(TokenKind::Colon)) block_header_indent_error(a, "'except*' statement");
  }
  m_mark = start;
  return nullptr;
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE
//     | 'if' named_expression ':' NEWLINE !INDENT
// invalid_elif_stmt: (the same with 'elif')
void* Parser::invalid_if_stmt(bool elif) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Keyword kw = elif ? Keyword::Elif : Keyword::If;
  if (expect_kw(kw) && named_expression() && expect(TokenKind::Newline))
    return raise_syntax_error("expected ':'");
  m_mark = start;
  CHECK_ERROR(nullptr);
  const Token* a = expect_kw(kw);
  if (a && named_expression() && expect(TokenKind::Colon))
    block_header_indent_error(a, elif ? "'elif' statement" : "'if' statement");
  m_mark = start;
  return nullptr;
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void* Parser::invalid_else_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_kw(Keyword::Else);
  if (a && expect(TokenKind::Colon)) block_header_indent_error(a, "'else' statement");
  m_mark = start;
  return nullptr;
}

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE
//     | 'while' named_expression ':' NEWLINE !INDENT
void* Parser::invalid_while_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::While) && named_expression() && expect(TokenKind::Newline))
    return raise_syntax_error("expected ':'");
  m_mark = start;
  CHECK_ERROR(nullptr);
  const Token* a = expect_kw(Keyword::While);
  if (a && named_expression() && expect(TokenKind::Colon))
    block_header_indent_error(a, "'while' statement");
  m_mark = start;
  return nullptr;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void* Parser::invalid_for_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  expect_kw(Keyword::Async);
  if (expect_kw(Keyword::For) && star_targets() && expect_kw(Keyword::In) &&
      star_expressions() && expect(TokenKind::Newline))
    return raise_syntax_error("expected ':'");
  m_mark = start;
  CHECK_ERROR(nullptr);
  expect_kw(Keyword::Async);
  const Token* a = expect_kw(Keyword::For);
  if (a && star_targets() && expect_kw(Keyword::In) && star_expressions() &&
      expect(TokenKind::Colon))
    block_header_indent_error(a, "'for' statement");
  m_mark = start;
  return nullptr;
}

// invalid_def_raw:
//     | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void* Parser::invalid_def_raw() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  expect_kw(Keyword::Async);
  const Token* a = expect_kw(Keyword::Def);
  if (a && expect_name() && expect(TokenKind::LPar)) {
    params(false);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RPar)) {
      int m = m_mark;
      if (!(expect(TokenKind::RArrow) && expression())) m_mark = m;
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Colon)) block_header_indent_error(a, "function definition");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void* Parser::invalid_class_def_raw() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  for (int alt = 0; alt < 2; ++alt) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    const Token* a = expect_kw(Keyword::Class);
    if (!a || !expect_name()) continue;
    int m = m_mark;
    if (expect(TokenKind::LPar)) {
      arguments();
      CHECK_ERROR(nullptr);
      if (!expect(TokenKind::RPar)) m_mark = m;
    }
    CHECK_ERROR(nullptr);
    if (alt == 0) {
      if (expect(TokenKind::Newline)) return raise_syntax_error("expected ':'");
    } else if (expect(TokenKind::Colon)) {
      if (block_header_indent_error(a, "class definition")) return nullptr;
    }
  }
  m_mark = start;
  return nullptr;
}

}  // namespace detail

// ---- public entry points ----------------------------------------------------------------

ParseResult parse_source(std::string_view source, std::string_view filename, CompileMode mode) {
  ParseResult result;
  result.arena = std::make_unique<ast::Arena>();
  if (source.find('\0') != std::string_view::npos) {
    SyntaxErrorInfo e;
    e.type = "SyntaxError";
    e.msg = "source code string cannot contain null bytes";
    e.filename = std::string(filename);
    result.error = std::move(e);
    return result;
  }
  // The source must be UTF-8 (encoding declarations other than UTF-8 are not supported).
  for (size_t i = 0, line = 1; i < source.size();) {
    size_t at = i;
    unsigned char c = static_cast<unsigned char>(source[i]);
    if (c < 0x80) {
      if (c == '\n') ++line;
      ++i;
      continue;
    }
    if (decode_utf8(source, i) < 0) {
      SyntaxErrorInfo e;
      e.type = "SyntaxError";
      e.msg = fmt::format(
          "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding "
          "declared; see https://peps.python.org/pep-0263/ for details",
          static_cast<unsigned char>(source[at]), filename, line);
      e.filename = std::string(filename);
      e.line = static_cast<int>(line);
      result.error = std::move(e);
      return result;
    }
  }
  result.source = normalize_source(source);
  Lexer lexer(result.source);
  lexer.run();
  if (mode == CompileMode::Single) {
    // _PyPegen_fill_token: in single-input mode the first ENDMARKER is preceded by an
    // extra NEWLINE, so that a compound statement can end the input.
    std::vector<Token>& toks = lexer.tokens();
    if (toks.size() > 1 && toks.back().kind == TokenKind::EndMarker) {
      Token nl = toks.back();
      nl.kind = TokenKind::Newline;
      toks.insert(toks.end() - 1, nl);
    }
  }
  detail::StartRule rule = mode == CompileMode::Exec   ? detail::StartRule::File
                           : mode == CompileMode::Eval ? detail::StartRule::Eval
                                                       : detail::StartRule::Interactive;
  detail::Parser parser(result.source, filename, *result.arena, lexer.tokens(), lexer.error(),
                        rule, 0);
  int eof_index = lexer.eof_token_index();
  parser.set_eof_token_index(eof_index < 0 ? INT32_MAX : eof_index);
  result.mod = parser.run();
  if (!result.mod) {
    result.error = std::move(parser.error());
    if (!result.error) {
      SyntaxErrorInfo e;
      e.type = "SyntaxError";
      e.msg = "invalid syntax";
      e.filename = std::string(filename);
      result.error = std::move(e);
    }
  }
  return result;
}

std::optional<CaretAnchors> caret_anchors(std::string_view segment) {
  ParseResult r = parse_source(segment, "<string>", CompileMode::Exec);
  if (!r.mod || r.mod->body.size() != 1) return std::nullopt;
  const ast::Stmt* s = r.mod->body[0];
  if (s->kind != ast::StmtKind::Expr) return std::nullopt;
  const ast::Expr* e = s->as<ast::ExprStmt>()->value;
  // Offsets below are byte offsets into the segment (as the AST's), normalised to
  // characters at the end, following traceback.py's _extract_caret_anchors_from_line_segment.
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v'; };
  int len = static_cast<int>(segment.size());
  auto normalize = [&](int off) { return byte_to_char_offset(segment, off); };
  if (e->kind == ast::ExprKind::BinOp) {
    // traceback.c: the first non-space character between the operands (skipping a ')'
    // that closes a parenthesised left operand), two characters for `//`, `**`, ...
    const auto* b = e->as<ast::BinOpExpr>();
    if (b->left->end_line != 1 || b->right->line != 1) return std::nullopt;
    int left = -1, right = -1;
    for (int i = b->left->end_col; i < b->right->col && i < len; ++i) {
      if (segment[i] == ' ' || segment[i] == '\t' || segment[i] == '\f') continue;
      left = i;
      right = i + 1;
      if (i + 1 < b->right->col && !(segment[i + 1] == ' ' || segment[i + 1] == '\t' || segment[i + 1] == '\f'))
        ++right;
      if (i + 1 < b->right->col && segment[i] == ')') continue;
      break;
    }
    if (left < 0) return std::nullopt;
    return CaretAnchors{normalize(left), normalize(right)};
  }
  if (e->kind == ast::ExprKind::Subscript) {
    const auto* sub = e->as<ast::SubscriptExpr>();
    if (sub->value->end_line != 1 || sub->slice->end_line != 1) return std::nullopt;
    int left = normalize(sub->value->end_col);
    int right = normalize(sub->slice->end_col + 1);
    // These loops index the segment by character offset, as traceback.py does.
    std::vector<uint32_t> chars;
    for (size_t i = 0; i < segment.size();) {
      int32_t cp = decode_utf8(segment, i);
      chars.push_back(cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp));
      if (cp < 0) ++i;
    }
    int clen = static_cast<int>(chars.size());
    auto cspace = [&](int i) { return chars[i] < 0x80 && is_space(static_cast<char>(chars[i])); };
    while (left < clen && (cspace(left) || chars[left] != '[')) ++left;
    while (right < clen && (cspace(right) || chars[right] != ']')) ++right;
    if (right < clen) ++right;
    return CaretAnchors{left, right};
  }
  return std::nullopt;
}

}  // namespace krait
