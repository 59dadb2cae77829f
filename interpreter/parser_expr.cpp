// parser_expr.cpp — expression, target and call-argument rules of the parser, with
// their invalid_* rules (CPython 3.11's Grammar/python.gram, "EXPRESSIONS" onwards).
#include "parser_internal.h"

#include <fmt/format.h>

namespace krait::detail {

#define RULE_BEGIN(fail)            \
  DepthGuard depth_guard_(*this);   \
  if (m_error_indicator) return fail
#define CHECK_ERROR(fail) \
  if (m_error_indicator) return fail

// A memoised rule body: looks the result up, else runs `body` and stores the result.
#define MEMO_RULE(rule, T)                 \
  RULE_BEGIN(nullptr);                     \
  T* memo_res_ = nullptr;                  \
  if (memo_get(rule, memo_res_)) return memo_res_; \
  int memo_start_ = m_mark;

#define MEMO_RETURN(rule, value)                   \
  do {                                             \
    decltype(memo_res_) v_ = (value);              \
    if (!v_) m_mark = memo_start_;                 \
    memo_put(rule, memo_start_, v_);               \
    return v_;                                     \
  } while (0)

Expr* Parser::make_tuple(ExprList elts, ExprContext ctx, int start) {
  auto* t = m_arena.make<SequenceExpr>(ExprKind::Tuple);
  t->elts = std::move(elts);
  t->ctx = ctx;
  return finish(t, start);
}

// _PyPegen_set_expr_context: a copy of `e` in the given context.
Expr* Parser::set_expr_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: {
      auto* n = m_arena.make<NameExpr>(*e->as<NameExpr>());
      n->ctx = ctx;
      return n;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      auto* s = m_arena.make<SequenceExpr>(*e->as<SequenceExpr>());
      for (auto*& el : s->elts) el = set_expr_context(el, ctx);
      s->ctx = ctx;
      return s;
    }
    case ExprKind::Subscript: {
      auto* s = m_arena.make<SubscriptExpr>(*e->as<SubscriptExpr>());
      s->ctx = ctx;
      return s;
    }
    case ExprKind::Attribute: {
      auto* a = m_arena.make<AttributeExpr>(*e->as<AttributeExpr>());
      a->ctx = ctx;
      return a;
    }
    case ExprKind::Starred: {
      auto* s = m_arena.make<StarredExpr>(*e->as<StarredExpr>());
      s->value = set_expr_context(s->value, ctx);
      s->ctx = ctx;
      return s;
    }
    default:
      return e;
  }
}

// ---- expressions -----------------------------------------------------------------------

// expressions:
//     | expression (',' expression )+ [','] | expression ',' | expression
Expr* Parser::expressions() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = expression();
  if (!a) return nullptr;
  ExprList elts{a};
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* c = expression();
    if (!c) {
      m_mark = m;
      break;
    }
    elts.push_back(c);
  }
  CHECK_ERROR(nullptr);
  if (elts.size() > 1) {
    expect(TokenKind::Comma);
    return make_tuple(std::move(elts), ExprContext::Load, start);
  }
  if (expect(TokenKind::Comma)) return make_tuple(std::move(elts), ExprContext::Load, start);
  return a;
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression() {
  MEMO_RULE(MemoRule::Expression, Expr);
  if (m_call_invalid_rules) {
    invalid_expression();
    CHECK_ERROR(nullptr);
    m_mark = memo_start_;
    invalid_legacy_expression();
    CHECK_ERROR(nullptr);
    m_mark = memo_start_;
  }
  if (Expr* a = disjunction()) {
    int m = m_mark;
    if (expect_kw(Keyword::If)) {
      if (Expr* b = disjunction()) {
        if (expect_kw(Keyword::Else)) {
          if (Expr* c = expression()) {
            auto* e = m_arena.make<IfExpExpr>();
            e->test = b;
            e->body = a;
            e->orelse = c;
            MEMO_RETURN(MemoRule::Expression, finish(e, memo_start_));
          }
        }
      }
    }
    CHECK_ERROR(nullptr);
    m_mark = m;
    MEMO_RETURN(MemoRule::Expression, a);
  }
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::Expression, lambdef());
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Yield) && expect_kw(Keyword::From)) {
    if (Expr* a = expression()) {
      auto* y = m_arena.make<YieldFromExpr>();
      y->value = a;
      return finish(y, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect_kw(Keyword::Yield)) {
    Expr* a = star_expressions();
    CHECK_ERROR(nullptr);
    auto* y = m_arena.make<YieldExpr>();
    y->value = a;
    return finish(y, start);
  }
  return nullptr;
}

// star_expressions:
//     | star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
Expr* Parser::star_expressions() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = star_expression();
  if (!a) return nullptr;
  ExprList elts{a};
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* c = star_expression();
    if (!c) {
      m_mark = m;
      break;
    }
    elts.push_back(c);
  }
  CHECK_ERROR(nullptr);
  if (elts.size() > 1) {
    expect(TokenKind::Comma);
    return make_tuple(std::move(elts), ExprContext::Load, start);
  }
  if (expect(TokenKind::Comma)) return make_tuple(std::move(elts), ExprContext::Load, start);
  return a;
}

// star_expression (memo): '*' bitwise_or | expression
Expr* Parser::star_expression() {
  MEMO_RULE(MemoRule::StarExpression, Expr);
  if (expect(TokenKind::Star)) {
    if (Expr* a = bitwise_or()) {
      auto* s = m_arena.make<StarredExpr>();
      s->value = a;
      MEMO_RETURN(MemoRule::StarExpression, finish(s, memo_start_));
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::StarExpression, expression());
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::star_named_expressions(ExprList& out) {
  RULE_BEGIN(false);
  Expr* a = star_named_expression();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* b = star_named_expression();
    if (!b) {
      m_mark = m;
      break;
    }
    out.push_back(b);
  }
  CHECK_ERROR(false);
  expect(TokenKind::Comma);
  return true;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::Star)) {
    if (Expr* a = bitwise_or()) {
      auto* s = m_arena.make<StarredExpr>();
      s->value = a;
      return finish(s, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignment_expression() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (const Token* a = expect_name()) {
    if (expect(TokenKind::ColonEqual)) {
      if (Expr* b = expression()) {
        auto* n = m_arena.make<NamedExpr>();
        n->target = set_expr_context(name_from_token(a), ExprContext::Store);
        n->value = b;
        return finish(n, start);
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr* Parser::named_expression() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = assignment_expression()) return a;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_named_expression();
    CHECK_ERROR(nullptr);
    m_mark = start;
  }
  if (Expr* e = expression()) {
    if (!lookahead(TokenKind::ColonEqual)) return e;
  }
  m_mark = start;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction )+ | conjunction
Expr* Parser::disjunction() {
  MEMO_RULE(MemoRule::Disjunction, Expr);
  Expr* a = conjunction();
  if (!a) MEMO_RETURN(MemoRule::Disjunction, nullptr);
  ExprList values{a};
  for (;;) {
    int m = m_mark;
    if (!expect_kw(Keyword::Or)) break;
    Expr* c = conjunction();
    if (!c) {
      m_mark = m;
      break;
    }
    values.push_back(c);
  }
  CHECK_ERROR(nullptr);
  if (values.size() == 1) MEMO_RETURN(MemoRule::Disjunction, a);
  auto* b = m_arena.make<BoolOpExpr>();
  b->op = BoolOpKind::Or;
  b->values = std::move(values);
  MEMO_RETURN(MemoRule::Disjunction, finish(b, memo_start_));
}

// conjunction (memo): inversion ('and' inversion )+ | inversion
Expr* Parser::conjunction() {
  MEMO_RULE(MemoRule::Conjunction, Expr);
  Expr* a = inversion();
  if (!a) MEMO_RETURN(MemoRule::Conjunction, nullptr);
  ExprList values{a};
  for (;;) {
    int m = m_mark;
    if (!expect_kw(Keyword::And)) break;
    Expr* c = inversion();
    if (!c) {
      m_mark = m;
      break;
    }
    values.push_back(c);
  }
  CHECK_ERROR(nullptr);
  if (values.size() == 1) MEMO_RETURN(MemoRule::Conjunction, a);
  auto* b = m_arena.make<BoolOpExpr>();
  b->op = BoolOpKind::And;
  b->values = std::move(values);
  MEMO_RETURN(MemoRule::Conjunction, finish(b, memo_start_));
}

// inversion (memo): 'not' inversion | comparison
Expr* Parser::inversion() {
  MEMO_RULE(MemoRule::Inversion, Expr);
  if (expect_kw(Keyword::Not)) {
    if (Expr* a = inversion()) {
      auto* u = m_arena.make<UnaryOpExpr>();
      u->op = UnaryOpKind::Not;
      u->operand = a;
      MEMO_RETURN(MemoRule::Inversion, finish(u, memo_start_));
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::Inversion, comparison());
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in'
//     | 'is' 'not' | 'is' (each followed by bitwise_or)
Expr* Parser::comparison() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
  for (;;) {
    int m = m_mark;
    const Token* t = peek();
    if (!t) break;
    CmpOpKind op;
    bool ok = true;
    switch (t->kind) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; ++m_mark; break;
      case TokenKind::NotEqual:
        // _PyPegen_check_barry_as_flufl: "<>" is not accepted.
        if (text(t) != "!=") {
          ok = false;
          break;
        }
        op = CmpOpKind::NotEq;
        ++m_mark;
        break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; ++m_mark; break;
      case TokenKind::Less: op = CmpOpKind::Lt; ++m_mark; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; ++m_mark; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; ++m_mark; break;
      case TokenKind::Name:
        if (t->keyword == Keyword::Not) {
          ++m_mark;
          if (!expect_kw(Keyword::In)) ok = false;
          op = CmpOpKind::NotIn;
        } else if (t->keyword == Keyword::In) {
          ++m_mark;
          op = CmpOpKind::In;
        } else if (t->keyword == Keyword::Is) {
          ++m_mark;
          op = expect_kw(Keyword::Not) ? CmpOpKind::IsNot : CmpOpKind::Is;
        } else {
          ok = false;
        }
        break;
      default: ok = false; break;
    }
    if (!ok) {
      m_mark = m;
      break;
    }
    Expr* b = bitwise_or();
    if (!b && op == CmpOpKind::IsNot) {
      // 'is' 'not' bitwise_or failed: try 'is' bitwise_or ('is not_a_name' is impossible,
      // but keep pegen's alternative order).
      CHECK_ERROR(nullptr);
      m_mark = m + 1;
      op = CmpOpKind::Is;
      b = bitwise_or();
    }
    if (!b) {
      m_mark = m;
      break;
    }
    ops.push_back(op);
    comparators.push_back(b);
  }
  CHECK_ERROR(nullptr);
  if (ops.empty()) return a;
  auto* c = m_arena.make<CompareExpr>();
  c->left = a;
  c->ops = std::move(ops);
  c->comparators = std::move(comparators);
  return finish(c, start);
}

// A left-recursive binary-operator level: `self: self op next | next`.
#define BINARY_LEVEL(fn, rule, next, MATCH)                                  \
  Expr* Parser::fn() {                                                       \
    MEMO_RULE(rule, Expr);                                                   \
    Expr* a = next();                                                        \
    if (!a) MEMO_RETURN(rule, nullptr);                                      \
    for (;;) {                                                               \
      int m = m_mark;                                                        \
      const Token* t = peek();                                               \
      if (!t) break;                                                         \
      OperatorKind op;                                                       \
      if (!(MATCH)) break;                                                   \
      ++m_mark;                                                              \
      Expr* b = next();                                                      \
      if (!b) {                                                              \
        m_mark = m;                                                          \
        break;                                                               \
      }                                                                      \
      auto* e = m_arena.make<BinOpExpr>();                                   \
      e->left = a;                                                           \
      e->op = op;                                                            \
      e->right = b;                                                          \
      a = finish(e, memo_start_);                                            \
    }                                                                        \
    CHECK_ERROR(nullptr);                                                    \
    MEMO_RETURN(rule, a);                                                    \
  }

static bool match_op(const Token* t, TokenKind k, OperatorKind kind, OperatorKind& op) {
  if (t->kind != k) return false;
  op = kind;
  return true;
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
BINARY_LEVEL(bitwise_or, MemoRule::BitwiseOr, bitwise_xor,
             match_op(t, TokenKind::VBar, OperatorKind::BitOr, op))
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
BINARY_LEVEL(bitwise_xor, MemoRule::BitwiseXor, bitwise_and,
             match_op(t, TokenKind::Circumflex, OperatorKind::BitXor, op))
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
BINARY_LEVEL(bitwise_and, MemoRule::BitwiseAnd, shift_expr,
             match_op(t, TokenKind::Amper, OperatorKind::BitAnd, op))
// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
BINARY_LEVEL(shift_expr, MemoRule::ShiftExpr, sum,
             match_op(t, TokenKind::LeftShift, OperatorKind::LShift, op) ||
                 match_op(t, TokenKind::RightShift, OperatorKind::RShift, op))
// sum: sum '+' term | sum '-' term | term
BINARY_LEVEL(sum, MemoRule::Sum, term,
             match_op(t, TokenKind::Plus, OperatorKind::Add, op) ||
                 match_op(t, TokenKind::Minus, OperatorKind::Sub, op))
// term: term '*' factor | term '/' factor | term '//' factor | term '%' factor
//     | term '@' factor | factor
BINARY_LEVEL(term, MemoRule::Term, factor,
             match_op(t, TokenKind::Star, OperatorKind::Mult, op) ||
                 match_op(t, TokenKind::Slash, OperatorKind::Div, op) ||
                 match_op(t, TokenKind::DoubleSlash, OperatorKind::FloorDiv, op) ||
                 match_op(t, TokenKind::Percent, OperatorKind::Mod, op) ||
                 match_op(t, TokenKind::At, OperatorKind::MatMult, op))

// factor (memo): '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  MEMO_RULE(MemoRule::Factor, Expr);
  const Token* t = peek();
  if (t && (t->kind == TokenKind::Plus || t->kind == TokenKind::Minus ||
            t->kind == TokenKind::Tilde)) {
    ++m_mark;
    if (Expr* a = factor()) {
      auto* u = m_arena.make<UnaryOpExpr>();
      u->op = t->kind == TokenKind::Plus    ? UnaryOpKind::UAdd
              : t->kind == TokenKind::Minus ? UnaryOpKind::USub
                                            : UnaryOpKind::Invert;
      u->operand = a;
      MEMO_RETURN(MemoRule::Factor, finish(u, memo_start_));
    }
    m_mark = memo_start_;
    CHECK_ERROR(nullptr);
  }
  MEMO_RETURN(MemoRule::Factor, power());
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = await_primary();
  if (!a) return nullptr;
  int m = m_mark;
  if (expect(TokenKind::DoubleStar)) {
    if (Expr* b = factor()) {
      auto* e = m_arena.make<BinOpExpr>();
      e->left = a;
      e->op = OperatorKind::Pow;
      e->right = b;
      return finish(e, start);
    }
  }
  CHECK_ERROR(nullptr);
  m_mark = m;
  return a;
}

// await_primary (memo): AWAIT primary | primary
Expr* Parser::await_primary() {
  MEMO_RULE(MemoRule::AwaitPrimary, Expr);
  if (expect_kw(Keyword::Await)) {
    if (Expr* a = primary()) {
      auto* w = m_arena.make<AwaitExpr>();
      w->value = a;
      MEMO_RETURN(MemoRule::AwaitPrimary, finish(w, memo_start_));
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::AwaitPrimary, primary());
}

// primary:
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//     | primary '[' slices ']' | atom
Expr* Parser::primary() {
  MEMO_RULE(MemoRule::Primary, Expr);
  Expr* a = atom();
  if (!a) MEMO_RETURN(MemoRule::Primary, nullptr);
  for (;;) {
    int m = m_mark;
    CHECK_ERROR(nullptr);
    const Token* t = peek();
    if (!t) break;
    if (t->kind == TokenKind::Dot) {
      ++m_mark;
      if (const Token* b = expect_name()) {
        auto* e = m_arena.make<AttributeExpr>();
        e->value = a;
        e->attr = ident(b);
        a = finish(e, memo_start_);
        continue;
      }
      m_mark = m;
      break;
    }
    if (t->kind == TokenKind::LPar) {
      if (Expr* g = genexp()) {
        auto* c = m_arena.make<CallExpr>();
        c->func = a;
        c->args.push_back(g);
        a = finish(c, memo_start_);
        continue;
      }
      CHECK_ERROR(nullptr);
      m_mark = m;
      ++m_mark;
      CallExpr* args_node = arguments();
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::RPar)) {
        auto* c = m_arena.make<CallExpr>();
        c->func = a;
        if (args_node) {
          c->args = args_node->args;
          c->keywords = args_node->keywords;
        }
        a = finish(c, memo_start_);
        continue;
      }
      m_mark = m;
      break;
    }
    if (t->kind == TokenKind::LSqb) {
      ++m_mark;
      Expr* b = slices();
      if (b && expect(TokenKind::RSqb)) {
        auto* s = m_arena.make<SubscriptExpr>();
        s->value = a;
        s->slice = b;
        a = finish(s, memo_start_);
        continue;
      }
      m_mark = m;
      break;
    }
    break;
  }
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::Primary, a);
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = slice()) {
    if (!lookahead(TokenKind::Comma)) return a;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  auto elem = [&]() -> Expr* {
    if (Expr* s = slice()) return s;
    if (m_error_indicator) return nullptr;
    return starred_expression();
  };
  Expr* a = elem();
  if (!a) return nullptr;
  ExprList elts{a};
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* b = elem();
    if (!b) {
      m_mark = m;
      break;
    }
    elts.push_back(b);
  }
  CHECK_ERROR(nullptr);
  expect(TokenKind::Comma);
  return make_tuple(std::move(elts), ExprContext::Load, start);
}

// slice: [expression] ':' [expression] [':' [expression] ] | named_expression
Expr* Parser::slice() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  {
    Expr* a = expression();
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::Colon)) {
      Expr* b = expression();
      CHECK_ERROR(nullptr);
      Expr* c = nullptr;
      int m = m_mark;
      if (expect(TokenKind::Colon)) {
        c = expression();
        CHECK_ERROR(nullptr);
      } else {
        m_mark = m;
      }
      auto* s = m_arena.make<SliceExpr>();
      s->lower = a;
      s->upper = b;
      s->step = c;
      return finish(s, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  return named_expression();
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* t = peek();
  if (!t) return nullptr;
  auto constant = [&](ConstantValue v) {
    ++m_mark;
    auto* c = m_arena.make<ConstantExpr>();
    c->value = std::move(v);
    return finish(c, start);
  };
  switch (t->kind) {
    case TokenKind::Name:
      switch (t->keyword) {
        case Keyword::NotKeyword: ++m_mark; return name_from_token(t);
        case Keyword::True: return constant(true);
        case Keyword::False: return constant(false);
        case Keyword::None: return constant(NoneConst{});
        default: return nullptr;
      }
    case TokenKind::String:
      return strings();
    case TokenKind::Number: {
      ++m_mark;
      // _PyPegen_number_token: underscores removed, then int/float/imaginary.
      std::string digits;
      for (char c : text(t))
        if (c != '_') digits += c;
      auto* c = m_arena.make<ConstantExpr>();
      finish(c, start);
      char last = digits.back();
      bool is_hex = digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
      if (last == 'j' || last == 'J') {
        digits.pop_back();
        c->value = ImaginaryLiteral{std::strtod(digits.c_str(), nullptr)};
      } else if (!is_hex && digits.find_first_of(".eE") != std::string::npos) {
        c->value = std::strtod(digits.c_str(), nullptr);
      } else {
        int base = 10;
        size_t skip = 0;
        if (digits.size() > 1 && digits[0] == '0') {
          char p = digits[1] | 0x20;
          if (p == 'x') base = 16, skip = 2;
          else if (p == 'o') base = 8, skip = 2;
          else if (p == 'b') base = 2, skip = 2;
        }
        // Accumulate with overflow detection; beyond int64 keep decimal digits.
        uint64_t v = 0;
        bool overflow = false;
        for (size_t i = skip; i < digits.size(); ++i) {
          char ch = digits[i];
          int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
          if (v > (UINT64_MAX - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base)) {
            overflow = true;
            break;
          }
          v = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
        }
        if (!overflow && v <= static_cast<uint64_t>(INT64_MAX)) {
          c->value = static_cast<int64_t>(v);
        } else {
          // Convert to decimal digits with a simple base conversion on a digit vector.
          std::vector<uint32_t> dec{0};  // little-endian base 1e9
          for (size_t i = skip; i < digits.size(); ++i) {
            char ch = digits[i];
            uint64_t carry = static_cast<uint64_t>(ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10);
            for (auto& limb : dec) {
              uint64_t cur = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
              limb = static_cast<uint32_t>(cur % 1000000000u);
              carry = cur / 1000000000u;
            }
            while (carry) {
              dec.push_back(static_cast<uint32_t>(carry % 1000000000u));
              carry /= 1000000000u;
            }
          }
          std::string s = fmt::format("{}", dec.back());
          for (size_t i = dec.size() - 1; i-- > 0;) s += fmt::format("{:09d}", dec[i]);
          c->value = BigIntLiteral{s};
        }
      }
      return c;
    }
    case TokenKind::LPar: {
      if (Expr* e = tuple()) return e;
      CHECK_ERROR(nullptr);
      if (Expr* e = group()) return e;
      CHECK_ERROR(nullptr);
      return genexp();
    }
    case TokenKind::LSqb: {
      if (Expr* e = list()) return e;
      CHECK_ERROR(nullptr);
      return listcomp();
    }
    case TokenKind::LBrace: {
      if (Expr* e = dict()) return e;
      CHECK_ERROR(nullptr);
      if (Expr* e = set()) return e;
      CHECK_ERROR(nullptr);
      if (Expr* e = dictcomp()) return e;
      CHECK_ERROR(nullptr);
      return setcomp();
    }
    case TokenKind::Ellipsis:
      return constant(Ellipsis{});
    default:
      return nullptr;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
Expr* Parser::group() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LPar)) {
    Expr* a = yield_expr();
    CHECK_ERROR(nullptr);
    if (!a) a = named_expression();
    if (a && expect(TokenKind::RPar)) return a;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_group();
    m_mark = start;
  }
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Lambda)) {
    Arguments* a = params(true);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::Colon)) {
      if (Expr* b = expression()) {
        auto* l = m_arena.make<LambdaExpr>();
        l->args = a ? a : m_arena.make<Arguments>();
        l->body = b;
        return finish(l, start);
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// strings (memo): STRING+
Expr* Parser::strings() {
  MEMO_RULE(MemoRule::Strings, Expr);
  int first = m_mark;
  while (expect(TokenKind::String)) {
  }
  CHECK_ERROR(nullptr);
  if (m_mark == first) MEMO_RETURN(MemoRule::Strings, nullptr);
  Expr* e = concatenate_strings(first, m_mark - 1);
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::Strings, e);
}

Expr* Parser::concatenate_strings(int first, int last) {
  return StringLiteralParser(*this).concatenate(first, last);
}

// list: '[' [star_named_expressions] ']'
Expr* Parser::list() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LSqb)) {
    ExprList elts;
    star_named_expressions(elts);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RSqb)) {
      auto* l = m_arena.make<SequenceExpr>(ExprKind::List);
      l->elts = std::move(elts);
      return finish(l, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
Expr* Parser::tuple() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LPar)) {
    ExprList elts;
    int m = m_mark;
    if (Expr* y = star_named_expression()) {
      if (expect(TokenKind::Comma)) {
        elts.push_back(y);
        star_named_expressions(elts);
      } else {
        m_mark = m;
      }
    } else {
      m_mark = m;
    }
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RPar)) return make_tuple(std::move(elts), ExprContext::Load, start);
  }
  m_mark = start;
  return nullptr;
}

// set: '{' star_named_expressions '}'
Expr* Parser::set() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LBrace)) {
    ExprList elts;
    if (star_named_expressions(elts) && expect(TokenKind::RBrace)) {
      auto* s = m_arena.make<SetExpr>();
      s->elts = std::move(elts);
      return finish(s, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
Expr* Parser::dict() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LBrace)) {
    ExprList keys, values;
    double_starred_kvpairs(keys, values);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RBrace)) {
      auto* d = m_arena.make<DictExpr>();
      d->keys = std::move(keys);
      d->values = std::move(values);
      return finish(d, start);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules && expect(TokenKind::LBrace)) {
    invalid_double_starred_kvpairs();
    CHECK_ERROR(nullptr);
    expect(TokenKind::RBrace);
  }
  m_mark = start;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::double_starred_kvpairs(ExprList& keys, ExprList& values) {
  RULE_BEGIN(false);
  Expr *k = nullptr, *v = nullptr;
  if (!double_starred_kvpair(k, v)) return false;
  keys.push_back(k);
  values.push_back(v);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    if (!double_starred_kvpair(k, v)) {
      m_mark = m;
      break;
    }
    keys.push_back(k);
    values.push_back(v);
  }
  CHECK_ERROR(false);
  expect(TokenKind::Comma);
  return true;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
bool Parser::double_starred_kvpair(Expr*& key, Expr*& value) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (expect(TokenKind::DoubleStar)) {
    if (Expr* a = bitwise_or()) {
      key = nullptr;
      value = a;
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  return kvpair(key, value);
}

// kvpair: expression ':' expression
bool Parser::kvpair(Expr*& key, Expr*& value) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (Expr* a = expression()) {
    if (expect(TokenKind::Colon)) {
      if (Expr* b = expression()) {
        key = a;
        value = b;
        return true;
      }
    }
  }
  m_mark = start;
  return false;
}

// for_if_clauses: for_if_clause+
bool Parser::for_if_clauses(std::vector<Comprehension*>& out) {
  RULE_BEGIN(false);
  for (;;) {
    int m = m_mark;
    Comprehension* c = for_if_clause();
    if (!c) {
      m_mark = m;
      break;
    }
    out.push_back(c);
  }
  CHECK_ERROR(false);
  return !out.empty();
}

// for_if_clause:
//     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
//     | invalid_for_target
Comprehension* Parser::for_if_clause() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  for (int alt = 0; alt < 2; ++alt) {
    m_mark = start;
    CHECK_ERROR(nullptr);
    bool is_async = alt == 0;
    if (is_async && !expect_kw(Keyword::Async)) continue;
    if (!expect_kw(Keyword::For)) continue;
    Expr* a = star_targets();
    if (!a || !expect_kw(Keyword::In)) continue;
    // Cut after 'in'.
    Expr* b = disjunction();
    if (!b) {
      m_mark = start;
      return nullptr;
    }
    auto* c = m_arena.make<Comprehension>();
    c->target = a;
    c->iter = b;
    c->is_async = is_async;
    for (;;) {
      int m = m_mark;
      if (!expect_kw(Keyword::If)) break;
      Expr* z = disjunction();
      if (!z) {
        m_mark = m;
        break;
      }
      c->ifs.push_back(z);
    }
    CHECK_ERROR(nullptr);
    return c;
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_for_target();
    m_mark = start;
  }
  return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
Expr* Parser::listcomp() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LSqb)) {
    if (Expr* a = named_expression()) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(gens) && expect(TokenKind::RSqb)) {
        auto* c = m_arena.make<ComprehensionExpr>(ExprKind::ListComp);
        c->elt = a;
        c->generators = std::move(gens);
        return finish(c, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_comprehension();
    m_mark = start;
  }
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
Expr* Parser::setcomp() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LBrace)) {
    if (Expr* a = named_expression()) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(gens) && expect(TokenKind::RBrace)) {
        auto* c = m_arena.make<ComprehensionExpr>(ExprKind::SetComp);
        c->elt = a;
        c->generators = std::move(gens);
        return finish(c, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_comprehension();
    m_mark = start;
  }
  return nullptr;
}

// genexp: '(' ( assignment_expression | expression !':=') for_if_clauses ')'
//     | invalid_comprehension
Expr* Parser::genexp() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LPar)) {
    Expr* a = assignment_expression();
    CHECK_ERROR(nullptr);
    if (!a) {
      int m = m_mark;
      a = expression();
      if (a && lookahead(TokenKind::ColonEqual)) {
        a = nullptr;
        m_mark = m;
      }
    }
    if (a) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(gens) && expect(TokenKind::RPar)) {
        auto* c = m_arena.make<ComprehensionExpr>(ExprKind::GeneratorExp);
        c->elt = a;
        c->generators = std::move(gens);
        return finish(c, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_comprehension();
    m_mark = start;
  }
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
Expr* Parser::dictcomp() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LBrace)) {
    Expr *k = nullptr, *v = nullptr;
    if (kvpair(k, v)) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(gens) && expect(TokenKind::RBrace)) {
        auto* c = m_arena.make<ComprehensionExpr>(ExprKind::DictComp);
        c->elt = k;
        c->value = v;
        c->generators = std::move(gens);
        return finish(c, start);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_dict_comprehension();
    m_mark = start;
  }
  return nullptr;
}

// ---- call arguments ----------------------------------------------------------------------

// arguments (memo): args [','] &')' | invalid_arguments
CallExpr* Parser::arguments() {
  MEMO_RULE(MemoRule::Arguments, CallExpr);
  if (CallExpr* a = args()) {
    expect(TokenKind::Comma);
    if (lookahead(TokenKind::RPar)) MEMO_RETURN(MemoRule::Arguments, a);
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  if (m_call_invalid_rules) {
    invalid_arguments();
    CHECK_ERROR(nullptr);
    m_mark = memo_start_;
  }
  MEMO_RETURN(MemoRule::Arguments, static_cast<CallExpr*>(nullptr));
}

// args:
//     | ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
CallExpr* Parser::args() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  auto positional = [&]() -> Expr* {
    if (Expr* s = starred_expression()) return s;
    if (m_error_indicator) return nullptr;
    int m = m_mark;
    Expr* a = assignment_expression();
    if (m_error_indicator) return nullptr;
    if (!a) {
      a = expression();
      if (a && lookahead(TokenKind::ColonEqual)) a = nullptr;
    }
    if (a && !lookahead(TokenKind::Equal)) return a;
    m_mark = m;
    return nullptr;
  };
  if (Expr* first = positional()) {
    ExprList pos{first};
    for (;;) {
      int m = m_mark;
      if (!expect(TokenKind::Comma)) break;
      Expr* e = positional();
      if (!e) {
        m_mark = m;
        break;
      }
      pos.push_back(e);
    }
    CHECK_ERROR(nullptr);
    std::vector<KeywordOrStarred> kws;
    int m = m_mark;
    if (!(expect(TokenKind::Comma) && kwargs(kws))) {
      m_mark = m;
      kws.clear();
    }
    CHECK_ERROR(nullptr);
    // _PyPegen_collect_call_seqs
    auto* c = m_arena.make<CallExpr>();
    c->args = std::move(pos);
    for (auto& k : kws) {
      if (k.starred)
        c->args.push_back(k.starred);
      else
        c->keywords.push_back(k.keyword);
    }
    return finish(c, start);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  std::vector<KeywordOrStarred> kws;
  if (kwargs(kws)) {
    auto* c = m_arena.make<CallExpr>();
    for (auto& k : kws) {
      if (k.starred)
        c->args.push_back(k.starred);
      else
        c->keywords.push_back(k.keyword);
    }
    return finish(c, start);
  }
  m_mark = start;
  return nullptr;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
bool Parser::kwargs(std::vector<KeywordOrStarred>& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  auto gather = [&](bool double_starred, std::vector<KeywordOrStarred>& v) {
    KeywordOrStarred k;
    if (!(double_starred ? kwarg_or_double_starred(k) : kwarg_or_starred(k))) return false;
    v.push_back(k);
    for (;;) {
      int m = m_mark;
      if (!expect(TokenKind::Comma)) break;
      KeywordOrStarred k2;
      if (!(double_starred ? kwarg_or_double_starred(k2) : kwarg_or_starred(k2))) {
        m_mark = m;
        break;
      }
      v.push_back(k2);
    }
    return !m_error_indicator;
  };
  {
    std::vector<KeywordOrStarred> a, b;
    if (gather(false, a) && expect(TokenKind::Comma) && gather(true, b)) {
      out = std::move(a);
      out.insert(out.end(), b.begin(), b.end());
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  {
    std::vector<KeywordOrStarred> a;
    if (gather(false, a)) {
      out = std::move(a);
      return true;
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  {
    std::vector<KeywordOrStarred> a;
    if (gather(true, a)) {
      out = std::move(a);
      return true;
    }
  }
  m_mark = start;
  return false;
}

// starred_expression: '*' expression
Expr* Parser::starred_expression() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::Star)) {
    if (Expr* a = expression()) {
      auto* s = m_arena.make<StarredExpr>();
      s->value = a;
      return finish(s, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
bool Parser::kwarg_or_starred(KeywordOrStarred& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_kwarg();
    CHECK_ERROR(false);
    m_mark = start;
  }
  if (const Token* a = expect_name()) {
    if (expect(TokenKind::Equal)) {
      if (Expr* b = expression()) {
        auto* k = m_arena.make<KeywordArg>();
        k->arg = ident(a);
        k->has_arg = true;
        k->value = b;
        set_extra(*k, start);
        out.keyword = k;
        return true;
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  if (Expr* s = starred_expression()) {
    out.starred = s;
    return true;
  }
  return false;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
bool Parser::kwarg_or_double_starred(KeywordOrStarred& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  if (m_call_invalid_rules) {
    invalid_kwarg();
    CHECK_ERROR(false);
    m_mark = start;
  }
  if (const Token* a = expect_name()) {
    if (expect(TokenKind::Equal)) {
      if (Expr* b = expression()) {
        auto* k = m_arena.make<KeywordArg>();
        k->arg = ident(a);
        k->has_arg = true;
        k->value = b;
        set_extra(*k, start);
        out.keyword = k;
        return true;
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(false);
  if (expect(TokenKind::DoubleStar)) {
    if (Expr* b = expression()) {
      auto* k = m_arena.make<KeywordArg>();
      k->value = b;
      set_extra(*k, start);
      out.keyword = k;
      return true;
    }
  }
  m_mark = start;
  return false;
}

// ---- targets -----------------------------------------------------------------------------

// star_targets: star_target !',' | star_target (',' star_target )* [',']
Expr* Parser::star_targets() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  Expr* a = star_target();
  if (!a) return nullptr;
  if (!lookahead(TokenKind::Comma)) return a;
  CHECK_ERROR(nullptr);
  ExprList elts{a};
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* c = star_target();
    if (!c) {
      m_mark = m;
      break;
    }
    elts.push_back(c);
  }
  CHECK_ERROR(nullptr);
  expect(TokenKind::Comma);
  return make_tuple(std::move(elts), ExprContext::Store, start);
}

// star_targets_list_seq: ','.star_target+ [',']
bool Parser::star_targets_list_seq(ExprList& out) {
  RULE_BEGIN(false);
  Expr* a = star_target();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* b = star_target();
    if (!b) {
      m_mark = m;
      break;
    }
    out.push_back(b);
  }
  CHECK_ERROR(false);
  expect(TokenKind::Comma);
  return true;
}

// star_targets_tuple_seq: star_target (',' star_target )+ [','] | star_target ','
bool Parser::star_targets_tuple_seq(ExprList& out) {
  RULE_BEGIN(false);
  int start = m_mark;
  Expr* a = star_target();
  if (!a) return false;
  ExprList elts{a};
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* c = star_target();
    if (!c) {
      m_mark = m;
      break;
    }
    elts.push_back(c);
  }
  CHECK_ERROR(false);
  if (elts.size() > 1) {
    expect(TokenKind::Comma);
    out = std::move(elts);
    return true;
  }
  if (expect(TokenKind::Comma)) {
    out = std::move(elts);
    return true;
  }
  m_mark = start;
  return false;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::star_target() {
  MEMO_RULE(MemoRule::StarTarget, Expr);
  if (expect(TokenKind::Star)) {
    if (!lookahead(TokenKind::Star)) {
      if (Expr* a = star_target()) {
        auto* s = m_arena.make<StarredExpr>();
        s->value = set_expr_context(a, ExprContext::Store);
        s->ctx = ExprContext::Store;
        MEMO_RETURN(MemoRule::StarTarget, finish(s, memo_start_));
      }
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::StarTarget, target_with_star_atom());
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
Expr* Parser::target_with_star_atom() {
  MEMO_RULE(MemoRule::TargetWithStarAtom, Expr);
  if (Expr* a = t_primary()) {
    int m = m_mark;
    if (expect(TokenKind::Dot)) {
      if (const Token* b = expect_name()) {
        if (!t_lookahead()) {
          auto* e = m_arena.make<AttributeExpr>();
          e->value = a;
          e->attr = ident(b);
          e->ctx = ExprContext::Store;
          MEMO_RETURN(MemoRule::TargetWithStarAtom, finish(e, memo_start_));
        }
      }
    }
    m_mark = m;
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::LSqb)) {
      Expr* b = slices();
      if (b && expect(TokenKind::RSqb) && !t_lookahead()) {
        auto* e = m_arena.make<SubscriptExpr>();
        e->value = a;
        e->slice = b;
        e->ctx = ExprContext::Store;
        MEMO_RETURN(MemoRule::TargetWithStarAtom, finish(e, memo_start_));
      }
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::TargetWithStarAtom, star_atom());
}

// star_atom:
//     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
Expr* Parser::star_atom() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (const Token* a = expect_name()) return set_expr_context(name_from_token(a), ExprContext::Store);
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    Expr* a = target_with_star_atom();
    if (a && expect(TokenKind::RPar)) return set_expr_context(a, ExprContext::Store);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    ExprList elts;
    star_targets_tuple_seq(elts);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RPar)) return make_tuple(std::move(elts), ExprContext::Store, start);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LSqb)) {
    ExprList elts;
    star_targets_list_seq(elts);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RSqb)) {
      auto* l = m_arena.make<SequenceExpr>(ExprKind::List);
      l->elts = std::move(elts);
      l->ctx = ExprContext::Store;
      return finish(l, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
Expr* Parser::single_target() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = single_subscript_attribute_target()) return a;
  CHECK_ERROR(nullptr);
  if (const Token* a = expect_name()) return set_expr_context(name_from_token(a), ExprContext::Store);
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    Expr* a = single_target();
    if (a && expect(TokenKind::RPar)) return a;
  }
  m_mark = start;
  return nullptr;
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
Expr* Parser::single_subscript_attribute_target() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = t_primary()) {
    int m = m_mark;
    if (expect(TokenKind::Dot)) {
      if (const Token* b = expect_name()) {
        if (!t_lookahead()) {
          auto* e = m_arena.make<AttributeExpr>();
          e->value = a;
          e->attr = ident(b);
          e->ctx = ExprContext::Store;
          return finish(e, start);
        }
      }
    }
    m_mark = m;
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::LSqb)) {
      Expr* b = slices();
      if (b && expect(TokenKind::RSqb) && !t_lookahead()) {
        auto* e = m_arena.make<SubscriptExpr>();
        e->value = a;
        e->slice = b;
        e->ctx = ExprContext::Store;
        return finish(e, start);
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// t_primary:
//     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
Expr* Parser::t_primary() {
  MEMO_RULE(MemoRule::TPrimary, Expr);
  Expr* a = atom();
  if (!a || !t_lookahead()) MEMO_RETURN(MemoRule::TPrimary, static_cast<Expr*>(nullptr));
  for (;;) {
    int m = m_mark;
    CHECK_ERROR(nullptr);
    const Token* t = peek();
    if (!t) break;
    Expr* next = nullptr;
    if (t->kind == TokenKind::Dot) {
      ++m_mark;
      if (const Token* b = expect_name()) {
        auto* e = m_arena.make<AttributeExpr>();
        e->value = a;
        e->attr = ident(b);
        next = finish(e, memo_start_);
      }
    } else if (t->kind == TokenKind::LSqb) {
      ++m_mark;
      Expr* b = slices();
      if (b && expect(TokenKind::RSqb)) {
        auto* s = m_arena.make<SubscriptExpr>();
        s->value = a;
        s->slice = b;
        next = finish(s, memo_start_);
      }
    } else if (t->kind == TokenKind::LPar) {
      if (Expr* g = genexp()) {
        if (t_lookahead()) {
          auto* c = m_arena.make<CallExpr>();
          c->func = a;
          c->args.push_back(g);
          a = finish(c, memo_start_);
          continue;
        }
      }
      CHECK_ERROR(nullptr);
      m_mark = m + 1;
      CallExpr* args_node = arguments();
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::RPar)) {
        auto* c = m_arena.make<CallExpr>();
        c->func = a;
        if (args_node) {
          c->args = args_node->args;
          c->keywords = args_node->keywords;
        }
        next = finish(c, memo_start_);
      }
    }
    CHECK_ERROR(nullptr);
    if (next && t_lookahead()) {
      a = next;
      continue;
    }
    m_mark = m;
    break;
  }
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::TPrimary, a);
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  const Token* t = peek();
  return t && (t->kind == TokenKind::LPar || t->kind == TokenKind::LSqb || t->kind == TokenKind::Dot);
}

// del_targets: ','.del_target+ [',']
bool Parser::del_targets(ExprList& out) {
  RULE_BEGIN(false);
  Expr* a = del_target();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = m_mark;
    if (!expect(TokenKind::Comma)) break;
    Expr* b = del_target();
    if (!b) {
      m_mark = m;
      break;
    }
    out.push_back(b);
  }
  CHECK_ERROR(false);
  expect(TokenKind::Comma);
  return true;
}

// del_target (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
Expr* Parser::del_target() {
  MEMO_RULE(MemoRule::DelTarget, Expr);
  if (Expr* a = t_primary()) {
    int m = m_mark;
    if (expect(TokenKind::Dot)) {
      if (const Token* b = expect_name()) {
        if (!t_lookahead()) {
          auto* e = m_arena.make<AttributeExpr>();
          e->value = a;
          e->attr = ident(b);
          e->ctx = ExprContext::Del;
          MEMO_RETURN(MemoRule::DelTarget, finish(e, memo_start_));
        }
      }
    }
    m_mark = m;
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::LSqb)) {
      Expr* b = slices();
      if (b && expect(TokenKind::RSqb) && !t_lookahead()) {
        auto* e = m_arena.make<SubscriptExpr>();
        e->value = a;
        e->slice = b;
        e->ctx = ExprContext::Del;
        MEMO_RETURN(MemoRule::DelTarget, finish(e, memo_start_));
      }
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  MEMO_RETURN(MemoRule::DelTarget, del_t_atom());
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
Expr* Parser::del_t_atom() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (const Token* a = expect_name()) return set_expr_context(name_from_token(a), ExprContext::Del);
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    Expr* a = del_target();
    if (a && expect(TokenKind::RPar)) return set_expr_context(a, ExprContext::Del);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    ExprList elts;
    del_targets(elts);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RPar)) return make_tuple(std::move(elts), ExprContext::Del, start);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LSqb)) {
    ExprList elts;
    del_targets(elts);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::RSqb)) {
      auto* l = m_arena.make<SequenceExpr>(ExprKind::List);
      l->elts = std::move(elts);
      l->ctx = ExprContext::Del;
      return finish(l, start);
    }
  }
  m_mark = start;
  return nullptr;
}

// ---- invalid_* expression rules ----------------------------------------------------------

Expr* Parser::last_comprehension_item(Comprehension* c) {
  if (c->ifs.empty()) return c->iter;
  return c->ifs.back();
}

// _PyPegen_get_invalid_target.
Expr* Parser::get_invalid_target(Expr* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
      for (Expr* el : e->as<SequenceExpr>()->elts)
        if (Expr* child = get_invalid_target(el, type)) return child;
      return nullptr;
    case ExprKind::Starred:
      if (type == TargetsType::Del) return e;
      return get_invalid_target(e->as<StarredExpr>()->value, type);
    case ExprKind::Compare:
      if (type == TargetsType::For) {
        auto* c = e->as<CompareExpr>();
        if (c->ops[0] == CmpOpKind::In) return get_invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

// RAISE_SYNTAX_ERROR_INVALID_TARGET.
std::nullptr_t Parser::raise_invalid_target(TargetsType type, Expr* e) {
  Expr* invalid = get_invalid_target(e, type);
  if (!invalid) return nullptr;
  const char* msg = type == TargetsType::Del ? "cannot delete {}" : "cannot assign to {}";
  return raise_known_location(*invalid, fmt::format(fmt::runtime(msg), expr_name(invalid)));
}

// _PyPegen_nonparen_genexp_in_call
void Parser::nonparen_genexp_in_call(CallExpr* a, std::vector<Comprehension*>& comps) {
  size_t len = a->args.size();
  if (len <= 1) return;
  raise_known_range(*a->args[len - 1], *last_comprehension_item(comps.back()),
                    "Generator expression must be parenthesized");
}

// _PyPegen_arguments_parsing_error
void Parser::arguments_parsing_error(CallExpr* e) {
  bool keyword_unpacking = false;
  for (KeywordArg* k : e->keywords)
    if (!k->has_arg) keyword_unpacking = true;
  raise_syntax_error(keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument");
}

// invalid_arguments:
//     | args ',' '*'
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
void* Parser::invalid_arguments() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (args() && expect(TokenKind::Comma)) {
    if (const Token* a = expect(TokenKind::Star))
      return raise_known_location(a, "iterable argument unpacking follows keyword argument unpacking");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (Expr* a = expression()) {
    std::vector<Comprehension*> b;
    if (for_if_clauses(b) && expect(TokenKind::Comma)) {
      int m = m_mark;
      if (!args()) {
        m_mark = m;
        CHECK_ERROR(nullptr);
        std::vector<Comprehension*> b2;
        if (!(expression() && for_if_clauses(b2))) m_mark = m;
      }
      CHECK_ERROR(nullptr);
      return raise_known_range(*a, *last_comprehension_item(b.back()),
                               "Generator expression must be parenthesized");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (const Token* a = expect_name()) {
    if (const Token* b = expect(TokenKind::Equal)) {
      std::vector<Comprehension*> c;
      if (expression() && for_if_clauses(c))
        return raise_known_range(token_loc(a), token_loc(b),
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (CallExpr* a = args()) {
    std::vector<Comprehension*> b;
    if (for_if_clauses(b)) {
      nonparen_genexp_in_call(a, b);
      CHECK_ERROR(nullptr);
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (args() && expect(TokenKind::Comma)) {
    if (Expr* a = expression()) {
      std::vector<Comprehension*> b;
      if (for_if_clauses(b))
        return raise_known_range(*a, *last_comprehension_item(b.back()),
                                 "Generator expression must be parenthesized");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (CallExpr* a = args()) {
    if (expect(TokenKind::Comma) && args()) {
      arguments_parsing_error(a);
      return nullptr;
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
void* Parser::invalid_kwarg() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  const Token* a = expect_kw(Keyword::True);
  if (!a) a = expect_kw(Keyword::False);
  if (!a) a = expect_kw(Keyword::None);
  if (a) {
    if (const Token* b = expect(TokenKind::Equal))
      return raise_known_range(token_loc(a), token_loc(b),
                               fmt::format("cannot assign to {}", text(a)));
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (const Token* n = expect_name()) {
    if (const Token* b = expect(TokenKind::Equal)) {
      std::vector<Comprehension*> c;
      if (expression() && for_if_clauses(c))
        return raise_known_range(token_loc(n), token_loc(b),
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  {
    bool name_eq = expect_name() && expect(TokenKind::Equal);
    m_mark = start;
    CHECK_ERROR(nullptr);
    if (!name_eq) {
      if (Expr* e = expression()) {
        if (const Token* b = expect(TokenKind::Equal))
          return raise_known_range(*e, token_loc(b),
                                   "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// expression_without_invalid:
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
// (with the invalid_ rules disabled while it runs)
Expr* Parser::expression_without_invalid() {
  RULE_BEGIN(nullptr);
  bool saved = m_call_invalid_rules;
  m_call_invalid_rules = false;
  int start = m_mark;
  Expr* res = nullptr;
  if (Expr* a = disjunction()) {
    int m = m_mark;
    if (expect_kw(Keyword::If)) {
      if (Expr* b = disjunction()) {
        if (expect_kw(Keyword::Else)) {
          if (Expr* c = expression()) {
            auto* e = m_arena.make<IfExpExpr>();
            e->test = b;
            e->body = a;
            e->orelse = c;
            res = finish(e, start);
          }
        }
      }
    }
    if (!res) {
      m_mark = m;
      res = a;
    }
  }
  if (!res && !m_error_indicator) {
    m_mark = start;
    res = lambdef();
  }
  m_call_invalid_rules = saved;
  if (!res) m_mark = start;
  return res;
}

// invalid_legacy_expression: NAME !'(' star_expressions
void* Parser::invalid_legacy_expression() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (const Token* a = expect_name()) {
    if (!lookahead(TokenKind::LPar)) {
      CHECK_ERROR(nullptr);
      if (Expr* b = star_expressions()) {
        if (is_legacy_stmt_name(text(a)))
          return raise_known_range(token_loc(a), *b,
                                   fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?",
                                               text(a), text(a)));
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
void* Parser::invalid_expression() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  {
    bool excluded = false;
    if (const Token* t = peek()) {
      if (t->kind == TokenKind::Name && t->keyword == Keyword::NotKeyword) {
        std::string_view s = text(t);
        if (s == "match" || s == "case" || s == "_") excluded = true;  // SOFT_KEYWORD
        const Token* t2 = fetch(m_mark + 1);
        if (t2 && t2->kind == TokenKind::String) excluded = true;
      }
    }
    CHECK_ERROR(nullptr);
    if (!excluded) {
      if (Expr* a = disjunction()) {
        if (Expr* b = expression_without_invalid()) {
          bool legacy = a->kind == ExprKind::Name && is_legacy_stmt_name(a->as<NameExpr>()->id);
          if (!legacy && m_tokens[m_mark - 1].level != 0)
            return raise_known_range(*a, *b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (Expr* a = disjunction()) {
    if (expect_kw(Keyword::If)) {
      if (Expr* b = disjunction()) {
        if (!lookahead_kw(Keyword::Else) && !lookahead(TokenKind::Colon)) {
          CHECK_ERROR(nullptr);
          return raise_known_range(*a, *b, "expected 'else' after 'if' expression");
        }
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_named_expression (memo):
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void* Parser::invalid_named_expression() {
  MEMO_RULE(MemoRule::InvalidNamedExpression, void);
  if (Expr* a = expression()) {
    if (expect(TokenKind::ColonEqual) && expression())
      return raise_known_location(*a, fmt::format("cannot use assignment expressions with {}",
                                                  expr_name(a)));
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  if (const Token* a = expect_name()) {
    if (expect(TokenKind::Equal)) {
      if (Expr* b = bitwise_or()) {
        if (!lookahead(TokenKind::Equal) && !lookahead(TokenKind::ColonEqual)) {
          CHECK_ERROR(nullptr);
          return raise_known_range(token_loc(a), *b,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  {
    bool excluded = false;
    int m = m_mark;
    if (list() || (m_mark = m, tuple()) || (m_mark = m, genexp())) excluded = true;
    m_mark = m;
    CHECK_ERROR(nullptr);
    if (!excluded && (lookahead_kw(Keyword::True) || lookahead_kw(Keyword::None) ||
                      lookahead_kw(Keyword::False)))
      excluded = true;
    if (!excluded) {
      if (Expr* a = bitwise_or()) {
        if (expect(TokenKind::Equal) && bitwise_or()) {
          if (!lookahead(TokenKind::Equal) && !lookahead(TokenKind::ColonEqual)) {
            CHECK_ERROR(nullptr);
            return raise_known_location(
                *a, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                expr_name(a)));
          }
        }
      }
    }
  }
  m_mark = memo_start_;
  CHECK_ERROR(nullptr);
  memo_put(MemoRule::InvalidNamedExpression, memo_start_, nullptr);
  return nullptr;
}

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign (yield_expr | star_expressions)
void* Parser::invalid_assignment() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = invalid_ann_assign_target()) {
    if (expect(TokenKind::Colon) && expression())
      return raise_known_location(*a, fmt::format("only single target (not {}) can be annotated",
                                                  expr_name(a)));
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (Expr* a = star_named_expression()) {
    if (expect(TokenKind::Comma)) {
      for (;;) {
        ExprList tmp;
        int m = m_mark;
        if (!star_named_expressions(tmp)) {
          m_mark = m;
          break;
        }
      }
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Colon) && expression())
        return raise_known_location(*a, "only single target (not tuple) can be annotated");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (Expr* a = expression()) {
    if (expect(TokenKind::Colon) && expression())
      return raise_known_location(*a, "illegal target for annotation");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  auto skip_targets = [&]() {
    for (;;) {
      int m = m_mark;
      if (star_targets() && expect(TokenKind::Equal)) continue;
      m_mark = m;
      break;
    }
  };
  skip_targets();
  CHECK_ERROR(nullptr);
  if (Expr* a = star_expressions()) {
    if (expect(TokenKind::Equal)) return raise_invalid_target(TargetsType::Star, a);
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  skip_targets();
  CHECK_ERROR(nullptr);
  if (Expr* a = yield_expr()) {
    if (expect(TokenKind::Equal))
      return raise_known_location(*a, "assignment to yield expression not possible");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (Expr* a = star_expressions()) {
    OperatorKind op;
    if (augassign(op)) {
      Expr* c = yield_expr();
      CHECK_ERROR(nullptr);
      if (!c) c = star_expressions();
      if (c)
        return raise_known_location(
            *a, fmt::format("'{}' is an illegal expression for augmented assignment", expr_name(a)));
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
Expr* Parser::invalid_ann_assign_target() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = list()) return a;
  CHECK_ERROR(nullptr);
  if (Expr* a = tuple()) return a;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    Expr* a = invalid_ann_assign_target();
    if (a && expect(TokenKind::RPar)) return a;
  }
  m_mark = start;
  return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void* Parser::invalid_del_stmt() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect_kw(Keyword::Del)) {
    if (Expr* a = star_expressions()) return raise_invalid_target(TargetsType::Del, a);
  }
  m_mark = start;
  return nullptr;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
void* Parser::invalid_comprehension() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LSqb) || expect(TokenKind::LPar) || expect(TokenKind::LBrace)) {
    if (Expr* a = starred_expression()) {
      std::vector<Comprehension*> c;
      if (for_if_clauses(c))
        return raise_known_location(*a, "iterable unpacking cannot be used in comprehension");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LSqb) || expect(TokenKind::LBrace)) {
    if (Expr* a = star_named_expression()) {
      if (expect(TokenKind::Comma)) {
        ExprList b;
        if (star_named_expressions(b)) {
          std::vector<Comprehension*> c;
          if (for_if_clauses(c))
            return raise_known_range(*a, *b.back(),
                                     "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LSqb) || expect(TokenKind::LBrace)) {
    if (Expr* a = star_named_expression()) {
      if (const Token* b = expect(TokenKind::Comma)) {
        std::vector<Comprehension*> c;
        if (for_if_clauses(c))
          return raise_known_range(*a, token_loc(b),
                                   "did you forget parentheses around the comprehension target?");
      }
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void* Parser::invalid_dict_comprehension() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LBrace)) {
    if (const Token* a = expect(TokenKind::DoubleStar)) {
      std::vector<Comprehension*> c;
      if (bitwise_or() && for_if_clauses(c) && expect(TokenKind::RBrace))
        return raise_known_location(a, "dict unpacking cannot be used in dict comprehension");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_parameters:
//     | param_no_default* invalid_parameters_helper param_no_default
//     | param_no_default* '(' param_no_default+ ','? ')'
//     | "/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'
//     | [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
//     | param_maybe_default+ '/' '*'
// invalid_lambda_parameters: (the same with lambda parameters; the parenthesised form
//     accepts ','.lambda_param+)
void* Parser::invalid_parameters(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  auto skip_no_defaults = [&]() {
    while (param_no_default(lambda)) {
    }
  };
  auto skip_maybe_defaults = [&](int& count) {
    count = 0;
    for (;;) {
      NameDefaultPair p;
      if (!param_maybe_default(lambda, p)) break;
      ++count;
    }
  };
  // param_no_default* invalid_parameters_helper param_no_default
  skip_no_defaults();
  CHECK_ERROR(nullptr);
  if (invalid_parameters_helper(lambda)) {
    if (Arg* a = param_no_default(lambda))
      return raise_known_location(*a, "non-default argument follows default argument");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // param_no_default* '(' param_no_default+ ','? ')'
  skip_no_defaults();
  CHECK_ERROR(nullptr);
  if (const Token* a = expect(TokenKind::LPar)) {
    int n = 0;
    if (lambda) {
      // ','.lambda_param+
      if (param(true)) {
        ++n;
        for (;;) {
          int m = m_mark;
          if (!(expect(TokenKind::Comma) && param(true))) {
            m_mark = m;
            break;
          }
          ++n;
        }
      }
    } else {
      while (param_no_default(false)) ++n;
    }
    CHECK_ERROR(nullptr);
    if (n > 0) {
      expect(TokenKind::Comma);
      if (const Token* b = expect(TokenKind::RPar))
        return raise_known_range(token_loc(a), token_loc(b),
                                 lambda ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // "/" ','
  if (const Token* a = expect(TokenKind::Slash)) {
    if (expect(TokenKind::Comma))
      return raise_known_location(a, "at least one argument must precede /");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  auto slash_any = [&]() {
    int m = m_mark;
    std::vector<Arg*> a;
    if (slash_no_default(lambda, a)) return true;
    m_mark = m;
    SlashWithDefault b;
    if (slash_with_default(lambda, b)) return true;
    m_mark = m;
    return false;
  };
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  if (slash_any()) {
    int n;
    skip_maybe_defaults(n);
    CHECK_ERROR(nullptr);
    if (const Token* a = expect(TokenKind::Slash))
      return raise_known_location(a, "/ may appear only once");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default)
  //     param_maybe_default* '/'
  {
    slash_any();
    CHECK_ERROR(nullptr);
    int n;
    skip_maybe_defaults(n);
    CHECK_ERROR(nullptr);
    if (expect(TokenKind::Star)) {
      if (expect(TokenKind::Comma) || param_no_default(lambda)) {
        skip_maybe_defaults(n);
        CHECK_ERROR(nullptr);
        if (const Token* a = expect(TokenKind::Slash))
          return raise_known_location(a, "/ must be ahead of *");
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  // param_maybe_default+ '/' '*'
  {
    int n;
    skip_maybe_defaults(n);
    CHECK_ERROR(nullptr);
    if (n > 0 && expect(TokenKind::Slash)) {
      if (const Token* a = expect(TokenKind::Star))
        return raise_known_location(a, "expected comma between / and *");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
bool Parser::invalid_parameters_helper(bool lambda) {
  RULE_BEGIN(false);
  int start = m_mark;
  SlashWithDefault a;
  if (slash_with_default(lambda, a)) return true;
  m_mark = start;
  CHECK_ERROR(false);
  int n = 0;
  for (;;) {
    NameDefaultPair p;
    if (!param_with_default(lambda, p)) break;
    ++n;
  }
  CHECK_ERROR(false);
  if (n == 0) m_mark = start;
  return n > 0;
}

// invalid_default: '=' &(')'|',')
void* Parser::invalid_default() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (const Token* a = expect(TokenKind::Equal)) {
    if (lookahead(TokenKind::RPar) || lookahead(TokenKind::Comma))
      return raise_known_location(a, "expected default value expression");
  }
  m_mark = start;
  return nullptr;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param '='
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**'))
//     | '*' lambda_param '='
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
void* Parser::invalid_star_etc(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  TokenKind close = lambda ? TokenKind::Colon : TokenKind::RPar;
  if (const Token* a = expect(TokenKind::Star)) {
    bool hit = expect(close) != nullptr;
    if (!hit && expect(TokenKind::Comma))
      hit = expect(close) != nullptr || expect(TokenKind::DoubleStar) != nullptr;
    if (hit) {
      if (lambda) return raise_syntax_error("named arguments must follow bare *");
      return raise_known_location(a, "named arguments must follow bare *");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::Star) && param(lambda)) {
    if (const Token* a = expect(TokenKind::Equal))
      return raise_known_location(a, "var-positional argument cannot have default value");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::Star) && (param_no_default(lambda) || expect(TokenKind::Comma))) {
    for (;;) {
      NameDefaultPair p;
      if (!param_maybe_default(lambda, p)) break;
    }
    CHECK_ERROR(nullptr);
    if (const Token* a = expect(TokenKind::Star)) {
      if (param_no_default(lambda) || expect(TokenKind::Comma))
        return raise_known_location(a, "* argument may appear only once");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_kwds:
//     | '**' param '='
//     | '**' param ',' param
//     | '**' param ',' ('*'|'**'|'/')
void* Parser::invalid_kwds(bool lambda) {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::DoubleStar) && param(lambda)) {
    if (const Token* a = expect(TokenKind::Equal))
      return raise_known_location(a, "var-keyword argument cannot have default value");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::DoubleStar) && param(lambda) && expect(TokenKind::Comma)) {
    if (Arg* a = param(lambda))
      return raise_known_location(*a, "arguments cannot follow var-keyword argument");
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::DoubleStar) && param(lambda) && expect(TokenKind::Comma)) {
    const Token* a = expect(TokenKind::Star);
    if (!a) a = expect(TokenKind::DoubleStar);
    if (!a) a = expect(TokenKind::Slash);
    if (a) return raise_known_location(a, "arguments cannot follow var-keyword argument");
  }
  m_mark = start;
  return nullptr;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void* Parser::invalid_with_item() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expression() && expect_kw(Keyword::As)) {
    if (Expr* a = expression()) {
      if (lookahead(TokenKind::Comma) || lookahead(TokenKind::RPar) || lookahead(TokenKind::Colon))
        return raise_invalid_target(TargetsType::Star, a);
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void* Parser::invalid_for_target() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  expect_kw(Keyword::Async);
  if (expect_kw(Keyword::For)) {
    if (Expr* a = star_expressions()) return raise_invalid_target(TargetsType::For, a);
  }
  m_mark = start;
  return nullptr;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void* Parser::invalid_group() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (expect(TokenKind::LPar)) {
    if (Expr* a = starred_expression()) {
      if (expect(TokenKind::RPar))
        return raise_known_location(*a, "cannot use starred expression here");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expect(TokenKind::LPar)) {
    if (const Token* a = expect(TokenKind::DoubleStar)) {
      if (expression() && expect(TokenKind::RPar))
        return raise_known_location(a, "cannot use double starred expression here");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void* Parser::invalid_double_starred_kvpairs() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  {
    Expr *k = nullptr, *v = nullptr;
    if (double_starred_kvpair(k, v)) {
      for (;;) {
        int m = m_mark;
        if (!(expect(TokenKind::Comma) && double_starred_kvpair(k, v))) {
          m_mark = m;
          break;
        }
      }
      CHECK_ERROR(nullptr);
      if (expect(TokenKind::Comma)) {
        invalid_kvpair();
        CHECK_ERROR(nullptr);
      }
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expression() && expect(TokenKind::Colon)) {
    if (const Token* a = expect(TokenKind::Star)) {
      if (bitwise_or())
        return raise_starting_from(token_loc(a), "cannot use a starred expression in a dictionary value");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expression()) {
    if (const Token* a = expect(TokenKind::Colon)) {
      if (lookahead(TokenKind::RBrace) || lookahead(TokenKind::Comma))
        return raise_known_location(a, "expression expected after dictionary key and ':'");
    }
  }
  m_mark = start;
  return nullptr;
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
void* Parser::invalid_kvpair() {
  RULE_BEGIN(nullptr);
  int start = m_mark;
  if (Expr* a = expression()) {
    if (!lookahead(TokenKind::Colon)) {
      CHECK_ERROR(nullptr);
      raise_at("SyntaxError", "':' expected after dictionary key", a->line, a->end_col,
               a->end_line, 0);
      return nullptr;
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expression() && expect(TokenKind::Colon)) {
    if (const Token* a = expect(TokenKind::Star)) {
      if (bitwise_or())
        return raise_starting_from(token_loc(a), "cannot use a starred expression in a dictionary value");
    }
  }
  m_mark = start;
  CHECK_ERROR(nullptr);
  if (expression()) {
    if (const Token* a = expect(TokenKind::Colon)) {
      if (lookahead(TokenKind::RBrace) || lookahead(TokenKind::Comma))
        return raise_known_location(a, "expression expected after dictionary key and ':'");
    }
  }
  m_mark = start;
  return nullptr;
}

}  // namespace krait::detail
