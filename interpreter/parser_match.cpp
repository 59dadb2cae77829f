// parser_match.cpp — the match statement and its patterns (PEP 634), ported rule by rule from
// CPython 3.11's Grammar/python.gram ("match_stmt" to "keyword_pattern" and their invalid_*
// rules). `match` and `case` are soft keywords: a line that does not parse as a match statement
// is tried again as an ordinary statement.
#include <fmt/format.h>

#include "parser_internal.h"

namespace krait::detail {

#define RULE_BEGIN(fail)          \
  DepthGuard depth_guard_(*this); \
  if (m_error_indicator) return fail
#define CHECK_ERROR(fail) \
  if (m_error_indicator) return fail

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
Stmt* Parser::match_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_soft_keyword("match")) {
    if (Expr* subject = subject_expr()) {
      if (expect(TokenKind::Colon) && expect(TokenKind::Newline) && expect(TokenKind::Indent)) {
        std::vector<MatchCase*> cases;
        while (MatchCase* c = case_block()) cases.push_back(c);
        CHECK_ERROR(nullptr);
        if (!cases.empty() && expect(TokenKind::Dedent)) {
          auto* s = m_arena.make<MatchStmt>();
          s->subject = subject;
          s->cases = std::move(cases);
          return finish(s, start);
        }
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_match_stmt();
    CHECK_ERROR(nullptr);
  }
  m_mark = start;
  return nullptr;
}

// subject_expr:
//     | star_named_expression ',' star_named_expressions?
//     | named_expression
Expr* Parser::subject_expr() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* value = star_named_expression()) {
    if (expect(TokenKind::Comma)) {
      ExprList elts{value};
      star_named_expressions(elts);
      CHECK_ERROR(nullptr);
      return make_tuple(std::move(elts), ExprContext::Load, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  return named_expression();
}

// case_block:
//     | invalid_case_block
//     | "case" patterns guard? ':' block
MatchCase* Parser::case_block() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_case_block();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (expect_soft_keyword("case")) {
    if (Pattern* p = patterns()) {
      Expr* g = guard();
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Colon)) {
        if (StmtList* body = block()) {
          auto* c = m_arena.make<MatchCase>();
          c->pattern = p;
          c->guard = g;
          c->body = *body;
          return c;
        }
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// guard: 'if' named_expression
Expr* Parser::guard() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::If)) {
    if (Expr* e = named_expression()) return e;
  }
  m_mark = start;
  return nullptr;
}

// patterns:
//     | open_sequence_pattern
//     | pattern
Pattern* Parser::patterns() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  std::vector<Pattern*> items;
  if (open_sequence_pattern(items)) {
    auto* p = m_arena.make<Pattern>(PatternKind::MatchSequence);
    p->patterns = std::move(items);
    return finish(p, start);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  return pattern();
}

// pattern: as_pattern | or_pattern
Pattern* Parser::pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Pattern* p = as_pattern()) return p;
  m_mark = start;
  CHECK_ERROR(nullptr);
  return or_pattern();
}

// as_pattern:
//     | or_pattern 'as' pattern_capture_target
//     | invalid_as_pattern
Pattern* Parser::as_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Pattern* inner = or_pattern()) {
    if (expect_kw(Keyword::As)) {
      if (NameExpr* target = pattern_capture_target()) {
        auto* p = m_arena.make<Pattern>(PatternKind::MatchAs);
        p->pattern = inner;
        p->name = target->id;
        p->has_name = true;
        return finish(p, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    // invalid_as_pattern:
    //     | or_pattern 'as' "_"
    //     | or_pattern 'as' !NAME expression
    if (or_pattern() && expect_kw(Keyword::As)) {
      int m = m_mark;
      if (const Token* a = expect_soft_keyword("_"))
        return raise_known_location(a, "cannot use '_' as a target");
      m_mark = m;
      CHECK_ERROR(nullptr);
      if (!lookahead_name()) {
        if (Expr* a = expression()) return raise_known_location(*a, "invalid pattern target");
      }
    }
    m_mark = start;
    CHECK_ERROR(nullptr);
  }
  return nullptr;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::or_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  std::vector<Pattern*> alts;
  Pattern* first = closed_pattern();
  if (!first) {
    m_mark = start;
    return nullptr;
  }
  alts.push_back(first);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::VBar)) break;
    Pattern* next = closed_pattern();
    CHECK_ERROR(nullptr);
    if (!next) {
      m_mark = m;
      break;
    }
    alts.push_back(next);
  }
  if (alts.size() == 1) return first;
  auto* p = m_arena.make<Pattern>(PatternKind::MatchOr);
  p->patterns = std::move(alts);
  return finish(p, start);
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//     | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::closed_pattern() {
  RULE_BEGIN(nullptr);
  Pattern* memo = nullptr;
  if (memo_get(MemoRule::ClosedPattern, memo)) return memo;
  int start = m_mark;
  Pattern* p = nullptr;
  for (auto rule : {&Parser::literal_pattern, &Parser::capture_pattern, &Parser::wildcard_pattern,
                    &Parser::value_pattern, &Parser::group_pattern, &Parser::sequence_pattern,
                    &Parser::mapping_pattern, &Parser::class_pattern}) {
    m_mark = start;
    p = (this->*rule)();
    if (m_error_indicator) return nullptr;
    if (p) break;
  }
  if (!p) m_mark = start;
  memo_put(MemoRule::ClosedPattern, start, p);
  return p;
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
Pattern* Parser::literal_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* t = peek();
  if (!t) return nullptr;
  if (t->kind == TokenKind::Name) {
    auto singleton = [&](ConstantValue v) {
      ++m_mark;
      auto* p = m_arena.make<Pattern>(PatternKind::MatchSingleton);
      p->singleton = std::move(v);
      return finish(p, start);
    };
    if (t->keyword == Keyword::None) return singleton(NoneConst{});
    if (t->keyword == Keyword::True) return singleton(true);
    if (t->keyword == Keyword::False) return singleton(false);
    return nullptr;
  }
  Expr* value = literal_value();
  if (!value) return nullptr;
  auto* p = m_arena.make<Pattern>(PatternKind::MatchValue);
  p->value = value;
  return finish(p, start);
}

// What literal_pattern and literal_expr share besides None/True/False:
//     | signed_number !('+' | '-') | complex_number | strings
Expr* Parser::literal_value() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* n = signed_number(false)) {
    if (!lookahead(TokenKind::Plus) && !lookahead(TokenKind::Minus)) return n;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (Expr* c = complex_number()) return c;
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (lookahead(TokenKind::String)) return strings();
  return nullptr;
}

// literal_expr: as literal_pattern, as an expression (mapping keys).
Expr* Parser::literal_expr() {
  RULE_BEGIN(nullptr);
  const Token* t = peek();
  if (t && t->kind == TokenKind::Name) {
    if (t->keyword == Keyword::None || t->keyword == Keyword::True || t->keyword == Keyword::False)
      return atom();
    return nullptr;
  }
  return literal_value();
}

// signed_number: NUMBER | '-' NUMBER   (real == true: signed_real_number, which requires a
// real NUMBER: "real number required in complex literal")
Expr* Parser::signed_number(bool real) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  bool minus = expect(TokenKind::Minus) != nullptr;
  if (!lookahead(TokenKind::Number)) {
    m_mark = start;
    return nullptr;
  }
  Expr* n = atom();
  if (!n) return nullptr;
  if (real && std::holds_alternative<ImaginaryLiteral>(n->as<ConstantExpr>()->value))
    return raise_known_location(*n, "real number required in complex literal");
  if (!minus) return n;
  auto* u = m_arena.make<UnaryOpExpr>();
  u->op = UnaryOpKind::USub;
  u->operand = n;
  return finish(u, start);
}

// complex_number:
//     | signed_real_number '+' imaginary_number
//     | signed_real_number '-' imaginary_number
Expr* Parser::complex_number() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* real = signed_number(true);
  if (!real) return nullptr;
  const Token* op = expect(TokenKind::Plus);
  if (!op) op = expect(TokenKind::Minus);
  if (!op || !lookahead(TokenKind::Number)) {
    m_mark = start;
    return nullptr;
  }
  Expr* imag = atom();
  if (!imag) return nullptr;
  if (!std::holds_alternative<ImaginaryLiteral>(imag->as<ConstantExpr>()->value))
    return raise_known_location(*imag, "imaginary number required in complex literal");
  auto* b = m_arena.make<BinOpExpr>();
  b->left = real;
  b->op = op->kind == TokenKind::Plus ? OperatorKind::Add : OperatorKind::Sub;
  b->right = imag;
  return finish(b, start);
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
NameExpr* Parser::pattern_capture_target() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* t = peek();
  if (!t || (t->kind == TokenKind::Name && text(t) == "_")) return nullptr;
  const Token* name = expect_name();
  if (!name) return nullptr;
  if (lookahead(TokenKind::Dot) || lookahead(TokenKind::LPar) || lookahead(TokenKind::Equal)) {
    m_mark = start;
    return nullptr;
  }
  NameExpr* n = name_from_token(name);
  n->ctx = ExprContext::Store;
  return n;
}

// capture_pattern: pattern_capture_target
Pattern* Parser::capture_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  NameExpr* n = pattern_capture_target();
  if (!n) return nullptr;
  auto* p = m_arena.make<Pattern>(PatternKind::MatchAs);
  p->name = n->id;
  p->has_name = true;
  return finish(p, start);
}

// wildcard_pattern: "_"
Pattern* Parser::wildcard_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (!expect_soft_keyword("_")) return nullptr;
  return finish(m_arena.make<Pattern>(PatternKind::MatchAs), start);
}

// value_pattern: attr !('.' | '(' | '=')
Pattern* Parser::value_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = attr();
  if (!a || lookahead(TokenKind::Dot) || lookahead(TokenKind::LPar) ||
      lookahead(TokenKind::Equal)) {
    m_mark = start;
    return nullptr;
  }
  auto* p = m_arena.make<Pattern>(PatternKind::MatchValue);
  p->value = a;
  return finish(p, start);
}

// attr: name_or_attr '.' NAME  (left-recursive: NAME ('.' NAME)+)
Expr* Parser::attr() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* e = name_or_attr();
  if (!e || e->kind != ExprKind::Attribute) {
    m_mark = start;
    return nullptr;
  }
  return e;
}

// name_or_attr: attr | NAME
Expr* Parser::name_or_attr() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* t = expect_name();
  if (!t) return nullptr;
  Expr* e = name_from_token(t);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Dot)) break;
    const Token* n = expect_name();
    if (!n) {
      m_mark = m;
      break;
    }
    auto* a = m_arena.make<AttributeExpr>();
    a->value = e;
    a->attr = ident(n);
    e = finish(a, start);
  }
  return e;
}

// group_pattern: '(' pattern ')'
Pattern* Parser::group_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LPar)) {
    if (Pattern* p = pattern()) {
      if (expect(TokenKind::RPar)) return p;
    }
  }
  m_mark = start;
  return nullptr;
}

// sequence_pattern:
//     | '[' maybe_sequence_pattern? ']'
//     | '(' open_sequence_pattern? ')'
Pattern* Parser::sequence_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  std::vector<Pattern*> items;
  auto make = [&]() {
    auto* p = m_arena.make<Pattern>(PatternKind::MatchSequence);
    p->patterns = std::move(items);
    return finish(p, start);
  };
  if (expect(TokenKind::LSqb)) {
    maybe_sequence_pattern(items);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RSqb)) return make();
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  items.clear();
  if (expect(TokenKind::LPar)) {
    int m = m_mark;
    if (!open_sequence_pattern(items)) {
      m_mark = m;
      items.clear();
    }
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RPar)) return make();
  }
  m_mark = start;
  return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
bool Parser::open_sequence_pattern(std::vector<Pattern*>& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  Pattern* head = maybe_star_pattern();
  if (head && expect(TokenKind::Comma)) {
    out.push_back(head);
    int m = m_mark;
    if (!maybe_sequence_pattern(out)) m_mark = m;
    CHECK_ERROR(false);
    return true;
  }
  m_mark = start;
  return false;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
bool Parser::maybe_sequence_pattern(std::vector<Pattern*>& out) {
  RULE_BEGIN(false);
  Pattern* first = maybe_star_pattern();
  if (!first) return false;
  out.push_back(first);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Pattern* next = maybe_star_pattern();
    CHECK_ERROR(false);
    if (!next) {
      m_mark = m;
      break;
    }
    out.push_back(next);
  }
  expect(TokenKind::Comma);
  return true;
}

// maybe_star_pattern: star_pattern | pattern
Pattern* Parser::maybe_star_pattern() {
  RULE_BEGIN(nullptr);
  if (Pattern* p = star_pattern()) return p;
  CHECK_ERROR(nullptr);
  return pattern();
}

// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::star_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (!expect(TokenKind::Star)) return nullptr;
  auto* p = m_arena.make<Pattern>(PatternKind::MatchStar);
  if (NameExpr* n = pattern_capture_target()) {
    p->name = n->id;
    p->has_name = true;
    return finish(p, start);
  }
  CHECK_ERROR(nullptr);
  if (expect_soft_keyword("_")) return finish(p, start);
  m_mark = start;
  return nullptr;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
Pattern* Parser::mapping_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (!expect(TokenKind::LBrace)) return nullptr;
  auto* p = m_arena.make<Pattern>(PatternKind::MatchMapping);
  auto rest = [&]() -> bool {  // double_star_pattern: '**' pattern_capture_target
    int m = m_mark;
    if (expect(TokenKind::DoubleStar)) {
      if (NameExpr* n = pattern_capture_target()) {
        p->name = n->id;
        p->has_name = true;
        return true;
      }
    }
    m_mark = m;
    return false;
  };
  int after_brace = m_mark;
  if (expect(TokenKind::RBrace)) return finish(p, start);
  if (rest()) {
    expect(TokenKind::Comma);
    if (expect(TokenKind::RBrace)) return finish(p, start);
  }
  CHECK_ERROR(nullptr);
  m_mark = after_brace;
  p->has_name = false;
  // items_pattern: ','.key_value_pattern+
  for (;;) {
    int m = m_mark;
    if (!p->keys.empty() && !expect(TokenKind::Comma)) break;
    // key_value_pattern: (literal_expr | attr) ':' pattern
    Expr* key = literal_expr();
    CHECK_ERROR(nullptr);
    if (!key) key = attr();
    CHECK_ERROR(nullptr);
    Pattern* value = nullptr;
    if (key && expect(TokenKind::Colon)) value = pattern();
    CHECK_ERROR(nullptr);
    if (!value) {
      m_mark = m;
      break;
    }
    p->keys.push_back(key);
    p->patterns.push_back(value);
  }
  if (p->keys.empty()) {
    m_mark = start;
    return nullptr;
  }
  int m = m_mark;
  if (expect(TokenKind::Comma) && rest()) {
    expect(TokenKind::Comma);
    if (expect(TokenKind::RBrace)) return finish(p, start);
  }
  CHECK_ERROR(nullptr);
  m_mark = m;
  p->has_name = false;
  expect(TokenKind::Comma);
  if (expect(TokenKind::RBrace)) return finish(p, start);
  m_mark = start;
  return nullptr;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
Pattern* Parser::class_pattern() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* cls = name_or_attr();
  if (!cls || !expect(TokenKind::LPar)) {
    m_mark = start;
    return nullptr;
  }
  int args_start = m_mark;
  auto* p = m_arena.make<Pattern>(PatternKind::MatchClass);
  p->cls = cls;
  // Positional sub-patterns, then keyword ones (keyword_pattern: NAME '=' pattern).
  auto keyword_pattern = [&]() -> bool {
    int m = m_mark;
    const Token* name = expect_name();
    if (name && expect(TokenKind::Equal)) {
      if (Pattern* v = pattern()) {
        p->kwd_attrs.push_back(ident(name));
        p->kwd_patterns.push_back(v);
        return true;
      }
    }
    m_mark = m;
    return false;
  };
  // positional_patterns, then keyword_patterns, then an optional ','.
  bool first = true;
  for (;;) {
    int m = m_mark;
    if (!first && !expect(TokenKind::Comma)) break;
    if (p->kwd_attrs.empty()) {
      if (Pattern* v = pattern()) {
        p->patterns.push_back(v);
        first = false;
        continue;
      }
      CHECK_ERROR(nullptr);
    }
    if (keyword_pattern()) {
      first = false;
      continue;
    }
    CHECK_ERROR(nullptr);
    m_mark = m;
    break;
  }
  expect(TokenKind::Comma);
  if (expect(TokenKind::RPar)) return finish(p, start);
  if (m_call_invalid_rules) {
    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    // invalid_class_argument_pattern:
    //     | [positional_patterns ','] keyword_patterns ',' positional_patterns
    m_mark = args_start;
    auto positional_patterns = [&](std::vector<Pattern*>* out) -> bool {
      Pattern* v = pattern();
      if (!v) return false;
      if (out) out->push_back(v);
      for (;;) {
        int m = m_mark;
        Pattern* next = expect(TokenKind::Comma) ? pattern() : nullptr;
        if (!next) {
          m_mark = m;
          return true;
        }
        if (out) out->push_back(next);
      }
    };
    if (!(positional_patterns(nullptr) && expect(TokenKind::Comma))) m_mark = args_start;
    CHECK_ERROR(nullptr);
    if (keyword_pattern()) {
      for (;;) {
        int m = m_mark;
        if (!(expect(TokenKind::Comma) && keyword_pattern())) {
          m_mark = m;
          break;
        }
      }
      CHECK_ERROR(nullptr);
      std::vector<Pattern*> misplaced;
      if (expect(TokenKind::Comma) && positional_patterns(&misplaced))
        return raise_known_range(*misplaced.front(), *misplaced.back(),
                                 "positional patterns follow keyword patterns");
    }
    CHECK_ERROR(nullptr);
  }
  m_mark = start;
  return nullptr;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | "match" subject_expr ':' NEWLINE !INDENT
void* Parser::invalid_match_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_soft_keyword("match") && subject_expr() && expect(TokenKind::Newline))
    return raise_syntax_error("expected ':'");
  m_mark = start;
  CHECK_ERROR(nullptr);
  const Token* a = expect_soft_keyword("match");
  if (a && subject_expr() && expect(TokenKind::Colon))
    block_header_indent_error(a, "'match' statement");
  m_mark = start;
  return nullptr;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE
//     | "case" patterns guard? ':' NEWLINE !INDENT
void* Parser::invalid_case_block() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_soft_keyword("case") && patterns()) {
    guard();
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::Newline)) return raise_syntax_error("expected ':'");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  const Token* a = expect_soft_keyword("case");
  if (a && patterns()) {
    guard();
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::Colon)) block_header_indent_error(a, "'case' statement");
  }
  m_mark = start;
  return nullptr;
}

}  // namespace krait::detail
