// compiler_expr.cpp — code generation for expressions (CPython 3.11 compile.c: calls with
// LOAD_METHOD, star-unpacking, comprehensions as nested functions, short-circuit
// conditions, chained comparisons, f-strings), plus the small constant folding CPython's
// AST optimiser does for unary minus and tuples of constants.
#include "compiler_internal.h"
#include "lexer.h"

#include <fmt/format.h>

#include <cmath>

namespace krait::detail {

constexpr size_t kStackUseGuideline = 30;

static int binop_arg(OperatorKind op) {
  switch (op) {
    case OperatorKind::Add: return kNbAdd;
    case OperatorKind::Sub: return kNbSubtract;
    case OperatorKind::Mult: return kNbMultiply;
    case OperatorKind::MatMult: return kNbMatrixMultiply;
    case OperatorKind::Div: return kNbTrueDivide;
    case OperatorKind::Mod: return kNbRemainder;
    case OperatorKind::Pow: return kNbPower;
    case OperatorKind::LShift: return kNbLshift;
    case OperatorKind::RShift: return kNbRshift;
    case OperatorKind::BitOr: return kNbOr;
    case OperatorKind::BitXor: return kNbXor;
    case OperatorKind::BitAnd: return kNbAnd;
    case OperatorKind::FloorDiv: return kNbFloorDivide;
  }
  return kNbAdd;
}

// ---- constants ------------------------------------------------------------------------

Constant Compiler::const_value(const ConstantValue& v, bool& ok) {
  ok = true;
  struct V {
    Compiler& c;
    bool& ok;
    Constant operator()(const NoneConst&) const { return NoneConst{}; }
    Constant operator()(bool b) const { return b; }
    Constant operator()(int64_t i) const { return i; }
    Constant operator()(const BigIntLiteral& b) const { return b; }
    Constant operator()(double d) const { return d; }
    Constant operator()(const ImaginaryLiteral&) const {
      ok = false;  // not a constant: Compiler::constant lowers it to complex(0.0, imag)
      return NoneConst{};
    }
    Constant operator()(const std::string& s) const { return s; }
    Constant operator()(const Bytes& b) const { return b; }
    Constant operator()(const Ellipsis&) const { return Ellipsis{}; }
  };
  return std::visit(V{*this, ok}, v);
}

static bool const_truth(const Constant& c) {
  struct V {
    bool operator()(const NoneConst&) const { return false; }
    bool operator()(bool b) const { return b; }
    bool operator()(int64_t i) const { return i != 0; }
    bool operator()(const BigIntLiteral&) const { return true; }
    bool operator()(double d) const { return d != 0.0; }
    bool operator()(const std::string& s) const { return !s.empty(); }
    bool operator()(const Bytes& b) const { return !b.data.empty(); }
    bool operator()(const Ellipsis&) const { return true; }
    bool operator()(const std::shared_ptr<const CodeUnit>&) const { return true; }
    bool operator()(const ConstTuple& t) const { return !t.items.empty(); }
  };
  return std::visit(V{}, c.value);
}

// Negation of a decimal digit string; the result is an int64 when it fits.
static Constant negate_bigint(const std::string& digits) {
  std::string neg = digits[0] == '-' ? digits.substr(1) : "-" + digits;
  if (neg == "-9223372036854775808") return Constant(INT64_MIN);
  return Constant(BigIntLiteral{neg});
}

static std::optional<Constant> fold_binop(OperatorKind op, const Constant& l, const Constant& r);

// The value of `e` if it is a constant after CPython's AST folding (unary operators on
// numeric constants, `not` on constants, tuples of constants, and the safe subset of
// binary operations below); nullopt otherwise.
static std::optional<Constant> fold(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: {
      const auto& v = e->as<ConstantExpr>()->value;
      struct V {
        std::optional<Constant> operator()(const NoneConst&) const { return Constant(NoneConst{}); }
        std::optional<Constant> operator()(bool b) const { return Constant(b); }
        std::optional<Constant> operator()(int64_t i) const { return Constant(i); }
        std::optional<Constant> operator()(const BigIntLiteral& b) const { return Constant(b); }
        std::optional<Constant> operator()(double d) const { return Constant(d); }
        std::optional<Constant> operator()(const ImaginaryLiteral&) const { return std::nullopt; }
        std::optional<Constant> operator()(const std::string& s) const { return Constant(s); }
        std::optional<Constant> operator()(const Bytes& b) const { return Constant(b); }
        std::optional<Constant> operator()(const Ellipsis&) const { return Constant(Ellipsis{}); }
      };
      return std::visit(V{}, v);
    }
    case ExprKind::UnaryOp: {
      auto* u = e->as<UnaryOpExpr>();
      auto inner = fold(u->operand);
      if (!inner) return std::nullopt;
      const auto& v = inner->value;
      switch (u->op) {
        case UnaryOpKind::Not:
          return Constant(!const_truth(*inner));
        case UnaryOpKind::USub:
          if (auto* i = std::get_if<int64_t>(&v)) {
            if (*i == INT64_MIN) return Constant(BigIntLiteral{"9223372036854775808"});
            return Constant(-*i);
          }
          if (auto* b = std::get_if<bool>(&v)) return Constant(int64_t{*b ? -1 : 0});
          if (auto* d = std::get_if<double>(&v)) return Constant(-*d);
          if (auto* b = std::get_if<BigIntLiteral>(&v)) return negate_bigint(b->digits);
          return std::nullopt;
        case UnaryOpKind::UAdd:
          if (std::holds_alternative<int64_t>(v) || std::holds_alternative<double>(v) ||
              std::holds_alternative<BigIntLiteral>(v))
            return inner;
          if (auto* b = std::get_if<bool>(&v)) return Constant(int64_t{*b ? 1 : 0});
          return std::nullopt;
        case UnaryOpKind::Invert:
          if (auto* i = std::get_if<int64_t>(&v)) return Constant(~*i);
          if (auto* b = std::get_if<bool>(&v)) return Constant(int64_t{*b ? -2 : -1});
          return std::nullopt;
      }
      return std::nullopt;
    }
    case ExprKind::BinOp: {
      auto* b = e->as<BinOpExpr>();
      auto l = fold(b->left);
      if (!l) return std::nullopt;
      auto r = fold(b->right);
      if (!r) return std::nullopt;
      return fold_binop(b->op, *l, *r);
    }
    case ExprKind::Tuple: {
      auto* t = e->as<SequenceExpr>();
      if (t->ctx != ExprContext::Load) return std::nullopt;
      ConstTuple tup;
      for (const Expr* el : t->elts) {
        auto c = fold(el);
        if (!c) return std::nullopt;
        tup.items.push_back(std::move(*c));
      }
      return Constant(std::move(tup));
    }
    default:
      return std::nullopt;
  }
}

// fold_binop (ast_opt.c) restricted to results Krait represents exactly: int64 and float
// arithmetic without overflow or division by zero, bitwise operations and shifts on
// int64, str/bytes concatenation and str repetition up to CPython's size limits. Anything
// else (big ints, bools, complex) is left to run time.
static std::optional<Constant> fold_binop(OperatorKind op, const Constant& l, const Constant& r) {
  const auto& lv = l.value;
  const auto& rv = r.value;
  const int64_t* li = std::get_if<int64_t>(&lv);
  const int64_t* ri = std::get_if<int64_t>(&rv);
  const double* ld = std::get_if<double>(&lv);
  const double* rd = std::get_if<double>(&rv);
  if (li && ri) {
    int64_t a = *li, b = *ri, res;
    switch (op) {
      case OperatorKind::Add:
        if (__builtin_add_overflow(a, b, &res)) return std::nullopt;
        return Constant(res);
      case OperatorKind::Sub:
        if (__builtin_sub_overflow(a, b, &res)) return std::nullopt;
        return Constant(res);
      case OperatorKind::Mult:
        if (__builtin_mul_overflow(a, b, &res)) return std::nullopt;
        return Constant(res);
      case OperatorKind::FloorDiv:
      case OperatorKind::Mod: {
        if (b == 0 || (a == INT64_MIN && b == -1)) return std::nullopt;
        int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
          m += b;
          q -= 1;
        }
        return Constant(op == OperatorKind::FloorDiv ? q : m);
      }
      case OperatorKind::Div: {
        const int64_t kExact = int64_t{1} << 53;
        if (b == 0 || a > kExact || a < -kExact || b > kExact || b < -kExact) return std::nullopt;
        return Constant(static_cast<double>(a) / static_cast<double>(b));
      }
      case OperatorKind::Pow: {
        if (b < 0 || b > 64) return std::nullopt;
        int64_t acc = 1;
        for (int64_t i = 0; i < b; ++i)
          if (__builtin_mul_overflow(acc, a, &acc)) return std::nullopt;
        return Constant(acc);
      }
      case OperatorKind::LShift:
        if (b < 0 || b > 62 || a < 0 || (a >> (62 - b)) != 0) return std::nullopt;
        return Constant(a << b);
      case OperatorKind::RShift:
        if (b < 0) return std::nullopt;
        return Constant(b >= 63 ? (a < 0 ? int64_t{-1} : int64_t{0}) : (a >> b));
      case OperatorKind::BitAnd: return Constant(a & b);
      case OperatorKind::BitOr: return Constant(a | b);
      case OperatorKind::BitXor: return Constant(a ^ b);
      default: return std::nullopt;
    }
  }
  if ((ld || li) && (rd || ri) && (ld || rd)) {
    double a = ld ? *ld : static_cast<double>(*li);
    double b = rd ? *rd : static_cast<double>(*ri);
    switch (op) {
      case OperatorKind::Add: return Constant(a + b);
      case OperatorKind::Sub: return Constant(a - b);
      case OperatorKind::Mult: return Constant(a * b);
      case OperatorKind::Div:
        if (b == 0.0) return std::nullopt;
        return Constant(a / b);
      default: return std::nullopt;
    }
  }
  constexpr size_t kMaxStrSize = 4096;
  const std::string* ls = std::get_if<std::string>(&lv);
  const std::string* rs = std::get_if<std::string>(&rv);
  if (ls && rs && op == OperatorKind::Add && ls->size() + rs->size() <= kMaxStrSize)
    return Constant(*ls + *rs);
  if (op == OperatorKind::Mult && ((ls && ri) || (li && rs))) {
    const std::string& str = ls ? *ls : *rs;
    int64_t count = ls ? *ri : *li;
    if (count <= 0) return Constant(std::string());
    if (str.size() * static_cast<uint64_t>(count) > kMaxStrSize) return std::nullopt;
    std::string out;
    for (int64_t i = 0; i < count; ++i) out += str;
    return Constant(std::move(out));
  }
  const Bytes* lb = std::get_if<Bytes>(&lv);
  const Bytes* rb = std::get_if<Bytes>(&rv);
  if (lb && rb && op == OperatorKind::Add && lb->data.size() + rb->data.size() <= kMaxStrSize)
    return Constant(Bytes{lb->data + rb->data});
  if (op == OperatorKind::Mult && ((lb && ri) || (li && rb))) {
    const std::string& data = lb ? lb->data : rb->data;
    int64_t count = lb ? *ri : *li;
    if (count <= 0) return Constant(Bytes{});
    if (data.size() * static_cast<uint64_t>(count) > kMaxStrSize) return std::nullopt;
    std::string out;
    for (int64_t i = 0; i < count; ++i) out += data;
    return Constant(Bytes{std::move(out)});
  }
  return std::nullopt;
}

// optimize_format (3.11 ast_opt.c): 'fmt' % (a, b) with only %s / %r / %a units (with
// optional '-', width and precision) becomes an f-string. Returns false if not applicable.
struct FormatPart {
  std::string literal;     // when expr is null
  const Expr* expr = nullptr;
  int conversion = 0;
  std::string spec;
};

static bool plan_format(const std::string& fmt, const ExprList& elts, std::vector<FormatPart>& parts) {
  size_t pos = 0, cnt = 0, len = fmt.size();
  while (true) {
    // parse_literal
    size_t start = pos;
    std::string lit;
    while (pos < len) {
      if (fmt[pos] != '%') {
        lit += fmt[pos++];
      } else if (pos + 1 < len && fmt[pos + 1] == '%') {
        lit += '%';
        pos += 2;
      } else {
        break;
      }
    }
    if (pos != start) {
      FormatPart p;
      p.literal = std::move(lit);
      parts.push_back(std::move(p));
    }
    if (pos >= len) break;
    if (cnt >= elts.size()) return false;  // more format units than items
    ++pos;                                 // the '%'
    // simple_format_arg_parse
    constexpr int kMaxDigits = 3;
    int flags_ljust = 0, width = -1, prec = -1;
    auto next = [&](char& ch) {
      if (pos >= len) return false;
      ch = fmt[pos++];
      return true;
    };
    char ch;
    bool other_flag = false;
    for (;;) {
      if (!next(ch)) return false;
      if (ch == '-') flags_ljust = 1;
      else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') other_flag = true;
      else break;
    }
    (void)other_flag;
    if (ch >= '0' && ch <= '9') {
      width = 0;
      int digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + (ch - '0');
        if (!next(ch)) return false;
        if (++digits >= kMaxDigits) return false;
      }
    }
    if (ch == '.') {
      if (!next(ch)) return false;
      prec = 0;
      int digits = 0;
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + (ch - '0');
        if (!next(ch)) return false;
        if (++digits >= kMaxDigits) return false;
      }
    }
    if (ch != 's' && ch != 'r' && ch != 'a') return false;
    FormatPart p;
    p.expr = elts[cnt++];
    p.conversion = ch;
    if (!flags_ljust && width > 0) p.spec += '>';
    if (width >= 0) p.spec += std::to_string(width);
    if (prec >= 0) p.spec += "." + std::to_string(prec);
    parts.push_back(std::move(p));
  }
  return cnt == elts.size();
}

bool Compiler::constant(const ConstantExpr* e) {
  if (auto* imag = std::get_if<ImaginaryLiteral>(&e->value)) {
    // Krait has no complex constant: `2j` compiles to `complex(0.0, 2.0)`, so a script
    // with imaginary literals still compiles and fails only where one is evaluated
    // (NameError while there is no complex type).
    emit(Opcode::PUSH_NULL);
    emit(Opcode::LOAD_GLOBAL, m_u->names.add("complex"));
    emit_load_const(0.0);
    emit_load_const(imag->imag);
    emit(Opcode::CALL, 2);
    return true;
  }
  bool ok = true;
  Constant c = const_value(e->value, ok);
  if (!ok) return error_at("internal error: bad constant");
  emit_load_const(std::move(c));
  return true;
}

// ---- dispatch -----------------------------------------------------------------------------

bool Compiler::visit_exprs(const ExprList& l) {
  for (const Expr* e : l)
    if (!visit_expr(e)) return false;
  return true;
}

// fold_iter (ast_opt.c): iterating over a list of constants iterates a constant tuple,
// over a set of constants a constant frozenset.
bool Compiler::visit_iter(const Expr* e) {
  if (e->kind == ExprKind::List || e->kind == ExprKind::Set) {
    const ExprList& elts = e->kind == ExprKind::List ? e->as<SequenceExpr>()->elts : e->as<SetExpr>()->elts;
    ConstTuple t;
    bool all = true;
    for (const Expr* el : elts) {
      if (el->kind == ExprKind::Starred) {
        all = false;
        break;
      }
      auto c = fold(el);
      if (!c) {
        all = false;
        break;
      }
      t.items.push_back(std::move(*c));
    }
    if (all) {
      SourcePos old = m_u->loc;
      bool old_has = m_u->has_loc;
      set_loc(*e);
      if (e->kind == ExprKind::Set) {
        FrozenSetConst fs;
        fs.items = std::move(t.items);
        emit_load_const(std::move(fs));
      } else {
        emit_load_const(std::move(t));
      }
      m_u->loc = old;
      m_u->has_loc = old_has;
      return true;
    }
  }
  return visit_expr(e);
}

// compiler_visit_expr: the instructions of an expression carry its location.
bool Compiler::visit_expr(const Expr* e) {
  CompilerDepthGuard guard(*this);
  if (!guard.ok) return recursion_error();
  SourcePos old = m_u->loc;
  bool old_has = m_u->has_loc;
  set_loc(*e);
  bool res = visit_expr1(e);
  m_u->loc = old;
  m_u->has_loc = old_has;
  return res;
}

bool Compiler::visit_expr1(const Expr* e) {
  switch (e->kind) {
    case ExprKind::NamedExpr: {
      auto* n = e->as<NamedExpr>();
      if (!visit_expr(n->value)) return false;
      emit(Opcode::COPY, 1);
      return visit_expr(n->target);
    }
    case ExprKind::BoolOp:
      return boolop(e->as<BoolOpExpr>());
    case ExprKind::BinOp: {
      if (auto folded = fold(e)) {
        emit_load_const(std::move(*folded));
        return true;
      }
      auto* b = e->as<BinOpExpr>();
      if (b->op == OperatorKind::Mod && b->left->kind == ExprKind::Constant &&
          b->right->kind == ExprKind::Tuple) {
        const auto* fmt = std::get_if<std::string>(&b->left->as<ConstantExpr>()->value);
        const ExprList& elts = b->right->as<SequenceExpr>()->elts;
        bool starred = false;
        for (const Expr* el : elts)
          if (el->kind == ExprKind::Starred) starred = true;
        std::vector<FormatPart> parts;
        if (fmt && !starred && !fold(b->right) && plan_format(*fmt, elts, parts)) {
          for (const FormatPart& p : parts) {
            if (!p.expr) {
              unset_loc();
              emit_load_const(p.literal);
              set_loc(*e);
              continue;
            }
            SourcePos old = m_u->loc;
            set_loc(*p.expr);
            if (!visit_expr(p.expr)) return false;
            int oparg = p.conversion == 's' ? kFvcStr : p.conversion == 'r' ? kFvcRepr : kFvcAscii;
            if (!p.spec.empty()) {
              unset_loc();
              emit_load_const(p.spec);
              set_loc(*p.expr);
              oparg |= kFvsHaveSpec;
            }
            emit(Opcode::FORMAT_VALUE, oparg);
            m_u->loc = old;
          }
          if (parts.size() != 1) emit(Opcode::BUILD_STRING, static_cast<int>(parts.size()));
          return true;
        }
      }
      if (!visit_expr(b->left) || !visit_expr(b->right)) return false;
      emit(Opcode::BINARY_OP, binop_arg(b->op));
      return true;
    }
    case ExprKind::UnaryOp: {
      if (auto folded = fold(e)) {
        emit_load_const(std::move(*folded));
        return true;
      }
      auto* u = e->as<UnaryOpExpr>();
      if (!visit_expr(u->operand)) return false;
      switch (u->op) {
        case UnaryOpKind::Invert: emit(Opcode::UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(Opcode::UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(Opcode::UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(Opcode::UNARY_NEGATIVE); break;
      }
      return true;
    }
    case ExprKind::Lambda:
      return lambda(e->as<LambdaExpr>());
    case ExprKind::IfExp:
      return ifexp(e->as<IfExpExpr>());
    case ExprKind::Dict:
      return dict(e->as<DictExpr>());
    case ExprKind::Set:
      return set(e->as<SetExpr>());
    case ExprKind::GeneratorExp:
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
      return comprehension(e->as<ComprehensionExpr>());
    case ExprKind::Yield: {
      if (m_u->ste->type != ScopeType::Function) return error_at("'yield' outside function");
      auto* y = e->as<YieldExpr>();
      if (y->value) {
        if (!visit_expr(y->value)) return false;
      } else {
        emit_load_const(NoneConst{});
      }
      return add_yield();
    }
    case ExprKind::YieldFrom: {
      if (m_u->ste->type != ScopeType::Function) return error_at("'yield' outside function");
      if (m_u->scope_type == CompilerScope::AsyncFunction)
        return error_at("'yield from' inside async function");
      if (!visit_expr(e->as<YieldFromExpr>()->value)) return false;
      emit(Opcode::GET_YIELD_FROM_ITER);
      emit_load_const(NoneConst{});
      return add_yield_from(false);
    }
    case ExprKind::Await: {
      if (!is_top_level_await()) {
        if (m_u->ste->type != ScopeType::Function) return error_at("'await' outside function");
        if (m_u->scope_type != CompilerScope::AsyncFunction &&
            m_u->scope_type != CompilerScope::Comprehension)
          return error_at("'await' outside async function");
      }
      if (!visit_expr(e->as<AwaitExpr>()->value)) return false;
      emit(Opcode::GET_AWAITABLE, 0);
      emit_load_const(NoneConst{});
      return add_yield_from(true);
    }
    case ExprKind::Compare:
      return compare(e->as<CompareExpr>());
    case ExprKind::Call:
      return call(e->as<CallExpr>());
    case ExprKind::Constant:
      return constant(e->as<ConstantExpr>());
    case ExprKind::JoinedStr:
      return joined_str(e->as<JoinedStrExpr>());
    case ExprKind::FormattedValue:
      return formatted_value(e->as<FormattedValueExpr>());
    case ExprKind::Attribute:
      return attribute(e->as<AttributeExpr>());
    case ExprKind::Subscript:
      return subscript(e->as<SubscriptExpr>());
    case ExprKind::Starred:
      if (e->as<StarredExpr>()->ctx == ExprContext::Store)
        return error_at("starred assignment target must be in a list or tuple");
      return error_at("can't use starred expression here");
    case ExprKind::Slice:
      return slice(e->as<SliceExpr>());
    case ExprKind::Name: {
      auto* n = e->as<NameExpr>();
      if (n->ctx == ExprContext::Load && n->id == "__debug__") {
        emit_load_const(true);  // the AST optimiser's constant
        return true;
      }
      return nameop(n->id, n->ctx);
    }
    case ExprKind::List:
      return list(e->as<SequenceExpr>());
    case ExprKind::Tuple:
      return tuple(e->as<SequenceExpr>());
  }
  return true;
}

// ADDOP_YIELD
bool Compiler::add_yield() {
  if (m_u->ste->generator && m_u->ste->coroutine) emit(Opcode::ASYNC_GEN_WRAP);
  emit(Opcode::YIELD_VALUE);
  return true;
}

// update_start_location_to_match_attr: a multi-line attribute reports the line of the
// attribute name.
void Compiler::update_start_location_to_match_attr(const AttributeExpr* attr) {
  if (m_u->loc.line != attr->end_line) {
    m_u->loc.line = attr->end_line;
    int len = 0;
    for (size_t i = 0; i < attr->attr.size();) {
      if (decode_utf8(attr->attr, i) < 0) ++i;
      ++len;
    }
    if (len <= attr->end_col) {
      m_u->loc.col = attr->end_col - len;
    } else {
      m_u->loc.col = -1;
      m_u->loc.end_col = -1;
    }
  }
}

bool Compiler::attribute(const AttributeExpr* e) {
  if (!visit_expr(e->value)) return false;
  update_start_location_to_match_attr(e);
  switch (e->ctx) {
    case ExprContext::Load:
      emit_name(Opcode::LOAD_ATTR, std::string(e->attr));
      return true;
    case ExprContext::Store:
      if (forbidden_name(e->attr, ExprContext::Store)) return false;
      emit_name(Opcode::STORE_ATTR, std::string(e->attr));
      return true;
    case ExprContext::Del:
      emit_name(Opcode::DELETE_ATTR, std::string(e->attr));
      return true;
  }
  return true;
}

bool Compiler::subscript(const SubscriptExpr* e) {
  if (e->ctx == ExprContext::Load) {
    check_subscripter(e->value);
    check_index(e->value, e->slice);
  }
  if (!visit_expr(e->value) || !visit_expr(e->slice)) return false;
  switch (e->ctx) {
    case ExprContext::Load: emit(Opcode::BINARY_SUBSCR); break;
    case ExprContext::Store: emit(Opcode::STORE_SUBSCR); break;
    case ExprContext::Del: emit(Opcode::DELETE_SUBSCR); break;
  }
  return true;
}

bool Compiler::slice(const SliceExpr* s) {
  int n = 2;
  if (s->lower) {
    if (!visit_expr(s->lower)) return false;
  } else {
    emit_load_const(NoneConst{});
  }
  if (s->upper) {
    if (!visit_expr(s->upper)) return false;
  } else {
    emit_load_const(NoneConst{});
  }
  if (s->step) {
    ++n;
    if (!visit_expr(s->step)) return false;
  }
  emit(Opcode::BUILD_SLICE, n);
  return true;
}

// ---- SyntaxWarnings for obviously wrong code (CPython's check_caller etc.) --------------

static const char* literal_type_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: {
      const auto& v = e->as<ConstantExpr>()->value;
      if (std::holds_alternative<NoneConst>(v)) return "NoneType";
      if (std::holds_alternative<bool>(v)) return "bool";
      if (std::holds_alternative<int64_t>(v) || std::holds_alternative<BigIntLiteral>(v)) return "int";
      if (std::holds_alternative<double>(v)) return "float";
      if (std::holds_alternative<ImaginaryLiteral>(v)) return "complex";
      if (std::holds_alternative<std::string>(v)) return "str";
      if (std::holds_alternative<Bytes>(v)) return "bytes";
      if (std::holds_alternative<Ellipsis>(v)) return "ellipsis";
      return nullptr;
    }
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    case ExprKind::Lambda: return "function";
    default: return nullptr;
  }
}

bool Compiler::check_caller(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: {
      SourcePos old = m_u->loc;
      set_loc(*e);
      warn(fmt::format("'{}' object is not callable; perhaps you missed a comma?", literal_type_name(e)));
      m_u->loc = old;
      return true;
    }
    default:
      return true;
  }
}

bool Compiler::check_subscripter(const Expr* e) {
  if (e->kind == ExprKind::Constant) {
    const auto& v = e->as<ConstantExpr>()->value;
    if (std::holds_alternative<NoneConst>(v) || std::holds_alternative<int64_t>(v) ||
        std::holds_alternative<BigIntLiteral>(v) || std::holds_alternative<double>(v) ||
        std::holds_alternative<bool>(v) || std::holds_alternative<ImaginaryLiteral>(v) ||
        std::holds_alternative<Ellipsis>(v)) {
      SourcePos old = m_u->loc;
      set_loc(*e);
      warn(fmt::format("'{}' object is not subscriptable; perhaps you missed a comma?",
                       literal_type_name(e)));
      m_u->loc = old;
    }
    return true;
  }
  switch (e->kind) {
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::Lambda: {
      SourcePos old = m_u->loc;
      set_loc(*e);
      warn(fmt::format("'{}' object is not subscriptable; perhaps you missed a comma?",
                       literal_type_name(e)));
      m_u->loc = old;
      return true;
    }
    default:
      return true;
  }
}

bool Compiler::check_index(const Expr* e, const Expr* s) {
  const char* index_type = nullptr;
  if (s->kind == ExprKind::Constant) {
    const auto& v = s->as<ConstantExpr>()->value;
    if (std::holds_alternative<int64_t>(v) || std::holds_alternative<BigIntLiteral>(v) ||
        std::holds_alternative<bool>(v))
      return true;
    index_type = literal_type_name(s);
  } else {
    switch (s->kind) {
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::ListComp:
      case ExprKind::JoinedStr:
      case ExprKind::FormattedValue:
      case ExprKind::Set:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
      case ExprKind::Dict:
      case ExprKind::DictComp:
      case ExprKind::Lambda:
        index_type = literal_type_name(s);
        break;
      default:
        return true;
    }
  }
  const char* type = nullptr;
  if (e->kind == ExprKind::Constant) {
    const auto& v = e->as<ConstantExpr>()->value;
    if (std::holds_alternative<std::string>(v) || std::holds_alternative<Bytes>(v))
      type = literal_type_name(e);
  } else if (e->kind == ExprKind::Tuple || e->kind == ExprKind::List ||
             e->kind == ExprKind::ListComp || e->kind == ExprKind::JoinedStr ||
             e->kind == ExprKind::FormattedValue) {
    type = literal_type_name(e);
  }
  if (!type || !index_type) return true;
  SourcePos old = m_u->loc;
  set_loc(*e);
  warn(fmt::format("{} indices must be integers or slices, not {}; perhaps you missed a comma?",
                   type, index_type));
  m_u->loc = old;
  return true;
}

// ---- conditions -----------------------------------------------------------------------------

void Compiler::add_compare(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: emit(Opcode::COMPARE_OP, kCmpEq); break;
    case CmpOpKind::NotEq: emit(Opcode::COMPARE_OP, kCmpNe); break;
    case CmpOpKind::Lt: emit(Opcode::COMPARE_OP, kCmpLt); break;
    case CmpOpKind::LtE: emit(Opcode::COMPARE_OP, kCmpLe); break;
    case CmpOpKind::Gt: emit(Opcode::COMPARE_OP, kCmpGt); break;
    case CmpOpKind::GtE: emit(Opcode::COMPARE_OP, kCmpGe); break;
    case CmpOpKind::Is: emit(Opcode::IS_OP, 0); break;
    case CmpOpKind::IsNot: emit(Opcode::IS_OP, 1); break;
    case CmpOpKind::In: emit(Opcode::CONTAINS_OP, 0); break;
    case CmpOpKind::NotIn: emit(Opcode::CONTAINS_OP, 1); break;
  }
}

// check_compare: '"is" with a literal' warnings.
bool Compiler::check_compare(const CompareExpr* e) {
  auto is_literal = [](const Expr* x) {
    if (x->kind == ExprKind::Constant) {
      const auto& v = x->as<ConstantExpr>()->value;
      return !(std::holds_alternative<NoneConst>(v) || std::holds_alternative<bool>(v) ||
               std::holds_alternative<Ellipsis>(v));
    }
    return x->kind == ExprKind::JoinedStr || x->kind == ExprKind::List ||
           x->kind == ExprKind::ListComp || x->kind == ExprKind::Dict ||
           x->kind == ExprKind::DictComp || x->kind == ExprKind::Set ||
           x->kind == ExprKind::SetComp || x->kind == ExprKind::Tuple;
  };
  bool left = is_literal(e->left);
  for (size_t i = 0; i < e->ops.size(); ++i) {
    CmpOpKind op = e->ops[i];
    const Expr* right = e->comparators[i];
    bool r = is_literal(right);
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (left || r)) {
      warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?");
    }
    left = r;
  }
  return true;
}

// compiler_jump_if
bool Compiler::jump_if(const Expr* e, int next, bool cond) {
  switch (e->kind) {
    case ExprKind::UnaryOp: {
      auto* u = e->as<UnaryOpExpr>();
      if (u->op == UnaryOpKind::Not) return jump_if(u->operand, next, !cond);
      break;
    }
    case ExprKind::BoolOp: {
      auto* b = e->as<BoolOpExpr>();
      size_t n = b->values.size() - 1;
      bool cond2 = b->op == BoolOpKind::Or;
      int next2 = next;
      if (cond2 != cond) next2 = new_label();
      for (size_t i = 0; i < n; ++i)
        if (!jump_if(b->values[i], next2, cond2)) return false;
      if (!jump_if(b->values[n], next, cond)) return false;
      if (next2 != next) use_label(next2);
      return true;
    }
    case ExprKind::IfExp: {
      auto* i = e->as<IfExpExpr>();
      int end = new_label(), next2 = new_label();
      if (!jump_if(i->test, next2, false)) return false;
      if (!jump_if(i->body, next, cond)) return false;
      emit_jump_noline(Opcode::JUMP, end);
      use_label(next2);
      if (!jump_if(i->orelse, next, cond)) return false;
      use_label(end);
      return true;
    }
    case ExprKind::Compare: {
      // As CPython 3.11, the comparison's location stays current for what follows
      // (the conditional jump, and e.g. the AssertionError of an assert).
      set_loc(*e);
      auto* c = e->as<CompareExpr>();
      size_t n = c->ops.size() - 1;
      if (n > 0) {
        check_compare(c);
        int cleanup = new_label();
        if (!visit_expr(c->left)) return false;
        for (size_t i = 0; i < n; ++i) {
          if (!visit_expr(c->comparators[i])) return false;
          emit(Opcode::SWAP, 2);
          emit(Opcode::COPY, 2);
          add_compare(c->ops[i]);
          emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
        }
        if (!visit_expr(c->comparators[n])) return false;
        add_compare(c->ops[n]);
        emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, next);
        int end = new_label();
        emit_jump_noline(Opcode::JUMP, end);
        use_label(cleanup);
        emit(Opcode::POP_TOP);
        if (!cond) emit_jump_noline(Opcode::JUMP, next);
        use_label(end);
        return true;
      }
      break;
    }
    default:
      break;
  }
  // General implementation.
  if (!visit_expr(e)) return false;
  emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, next);
  return true;
}

bool Compiler::boolop(const BoolOpExpr* e) {
  Opcode jumpi = e->op == BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  int end = new_label();
  size_t n = e->values.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    if (!visit_expr(e->values[i])) return false;
    emit_jump(jumpi, end);
  }
  if (!visit_expr(e->values[n])) return false;
  use_label(end);
  return true;
}

bool Compiler::ifexp(const IfExpExpr* e) {
  int end = new_label(), next = new_label();
  if (!jump_if(e->test, next, false)) return false;
  if (!visit_expr(e->body)) return false;
  emit_jump_noline(Opcode::JUMP, end);
  use_label(next);
  if (!visit_expr(e->orelse)) return false;
  use_label(end);
  return true;
}

// compiler_compare
bool Compiler::compare(const CompareExpr* e) {
  check_compare(e);
  if (!visit_expr(e->left)) return false;
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    const Expr* right = e->comparators[0];
    // fold_iter: `x in [1, 2]` tests against a constant tuple, `x in {1, 2}` against a
    // constant frozenset.
    if ((e->ops[0] == CmpOpKind::In || e->ops[0] == CmpOpKind::NotIn) &&
        (right->kind == ExprKind::List || right->kind == ExprKind::Set)) {
      ConstTuple t;
      bool all = true;
      const ExprList& elts = right->kind == ExprKind::List ? right->as<SequenceExpr>()->elts
                                                           : right->as<SetExpr>()->elts;
      for (const Expr* el : elts) {
        auto c = fold(el);
        if (!c) {
          all = false;
          break;
        }
        t.items.push_back(std::move(*c));
      }
      if (all) {
        SourcePos old = m_u->loc;
        set_loc(*right);
        if (right->kind == ExprKind::Set) {
          FrozenSetConst fs;
          fs.items = std::move(t.items);
          emit_load_const(std::move(fs));
        } else {
          emit_load_const(std::move(t));
        }
        m_u->loc = old;
        add_compare(e->ops[0]);
        return true;
      }
    }
    if (!visit_expr(right)) return false;
    add_compare(e->ops[0]);
    return true;
  }
  int cleanup = new_label();
  for (size_t i = 0; i < n; ++i) {
    if (!visit_expr(e->comparators[i])) return false;
    emit(Opcode::SWAP, 2);
    emit(Opcode::COPY, 2);
    add_compare(e->ops[i]);
    emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (!visit_expr(e->comparators[n])) return false;
  add_compare(e->ops[n]);
  int end = new_label();
  emit_jump_noline(Opcode::JUMP, end);
  use_label(cleanup);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_TOP);
  use_label(end);
  return true;
}

// ---- calls ------------------------------------------------------------------------------------

bool Compiler::is_import_originated(const Expr* e) {
  if (e->kind != ExprKind::Name) return false;
  return (m_st.top()->flags_of(std::string(e->as<NameExpr>()->id)) & kDefImport) != 0;
}

bool Compiler::validate_keywords(const std::vector<KeywordArg*>& keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    const KeywordArg* key = keywords[i];
    if (!key->has_arg) continue;
    if (forbidden_name(key->arg, ExprContext::Store)) return false;
    for (size_t j = i + 1; j < keywords.size(); ++j) {
      const KeywordArg* other = keywords[j];
      if (other->has_arg && other->arg == key->arg) {
        set_loc(*other);
        return error_at(fmt::format("keyword argument repeated: {}", key->arg));
      }
    }
  }
  return true;
}

// maybe_optimize_method_call: obj.meth(args) without *args / **kwargs uses LOAD_METHOD.
bool Compiler::maybe_optimize_method_call(const CallExpr* e, bool& done) {
  done = false;
  const Expr* meth = e->func;
  if (meth->kind != ExprKind::Attribute || meth->as<AttributeExpr>()->ctx != ExprContext::Load) return true;
  auto* attr = meth->as<AttributeExpr>();
  if (is_import_originated(attr->value)) return true;
  size_t argsl = e->args.size(), kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return true;
  for (const Expr* a : e->args)
    if (a->kind == ExprKind::Starred) return true;
  for (const KeywordArg* k : e->keywords)
    if (!k->has_arg) return true;
  done = true;
  if (!validate_keywords(e->keywords)) return false;
  if (!visit_expr(attr->value)) return false;
  SourcePos old = m_u->loc;
  set_loc(*meth);
  update_start_location_to_match_attr(attr);
  emit_name(Opcode::LOAD_METHOD, std::string(attr->attr));
  m_u->loc = old;
  if (!visit_exprs(e->args)) return false;
  if (kwdsl) {
    for (const KeywordArg* k : e->keywords)
      if (!visit_expr(k->value)) return false;
    if (!call_simple_kw_helper(e->keywords)) return false;
  }
  set_loc(*e);
  update_start_location_to_match_attr(attr);
  emit(Opcode::CALL, static_cast<int>(argsl + kwdsl));
  return true;
}

bool Compiler::call(const CallExpr* e) {
  bool done = false;
  if (!maybe_optimize_method_call(e, done)) return false;
  if (done) return true;
  check_caller(e->func);
  SourcePos old = m_u->loc;
  set_loc(*e->func);
  emit(Opcode::PUSH_NULL);
  m_u->loc = old;
  if (!visit_expr(e->func)) return false;
  return call_helper(0, e->args, e->keywords);
}

bool Compiler::call_simple_kw_helper(const std::vector<KeywordArg*>& keywords) {
  ConstTuple names;
  for (const KeywordArg* k : keywords) names.items.push_back(Constant(std::string(k->arg)));
  emit(Opcode::KW_NAMES, add_const(std::move(names)));
  return true;
}

// compiler_subkwargs
bool Compiler::subkwargs(const std::vector<KeywordArg*>& keywords, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    ConstTuple keys;
    for (size_t i = begin; i < end; ++i) {
      if (!visit_expr(keywords[i]->value)) return false;
      keys.items.push_back(Constant(std::string(keywords[i]->arg)));
    }
    emit_load_const(std::move(keys));
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<int>(n));
    return true;
  }
  if (big) emit_noline(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    emit_load_const(std::string(keywords[i]->arg));
    if (!visit_expr(keywords[i]->value)) return false;
    if (big) emit_noline(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, static_cast<int>(n));
  return true;
}

// compiler_call_helper: `n` arguments are already on the stack.
bool Compiler::call_helper(int n, const ExprList& args, const std::vector<KeywordArg*>& keywords) {
  if (!validate_keywords(keywords)) return false;
  size_t nelts = args.size(), nkwelts = keywords.size();
  bool ex_call = nelts + nkwelts * 2 > kStackUseGuideline;
  for (const Expr* a : args)
    if (a->kind == ExprKind::Starred) ex_call = true;
  for (const KeywordArg* k : keywords)
    if (!k->has_arg) ex_call = true;
  if (!ex_call) {
    if (!visit_exprs(args)) return false;
    if (nkwelts) {
      for (const KeywordArg* k : keywords)
        if (!visit_expr(k->value)) return false;
      if (!call_simple_kw_helper(keywords)) return false;
    }
    emit(Opcode::CALL, n + static_cast<int>(nelts + nkwelts));
    return true;
  }
  // Positional arguments.
  if (n == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred) {
    if (!visit_expr(args[0]->as<StarredExpr>()->value)) return false;
  } else if (!starunpack_helper(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                                Opcode::LIST_EXTEND, true)) {
    return false;
  }
  // Keyword arguments.
  if (nkwelts) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkwelts; ++i) {
      const KeywordArg* kw = keywords[i];
      if (!kw->has_arg) {
        // A keyword argument unpacking.
        if (nseen) {
          if (!subkwargs(keywords, i - nseen, i)) return false;
          if (have_dict) emit(Opcode::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(Opcode::BUILD_MAP, 0);
          have_dict = true;
        }
        if (!visit_expr(kw->value)) return false;
        emit(Opcode::DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      // Pack up any trailing keyword arguments.
      if (!subkwargs(keywords, nkwelts - nseen, nkwelts)) return false;
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
      have_dict = true;
    }
  }
  emit(Opcode::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  return true;
}

// ---- containers ---------------------------------------------------------------------------------

// starunpack_helper: more than two constants become one constant (a tuple, or a
// frozenset for set displays) extended into the new container.
bool Compiler::starunpack_helper(const ExprList& elts, int pushed, Opcode build, Opcode add,
                                 Opcode extend, bool tuple) {
  size_t n = elts.size();
  if (n > 2) {
    ConstTuple folded;
    bool all = true;
    // Constants after AST folding, as CPython's are_all_items_const sees them: `-1` and
    // `(1, 2)` count.
    for (const Expr* el : elts) {
      auto c = fold(el);
      if (!c) {
        all = false;
        break;
      }
      folded.items.push_back(std::move(*c));
    }
    if (all) {
      if (tuple && !pushed) {
        emit_load_const(std::move(folded));
      } else {
        emit(build, pushed);
        if (add == Opcode::SET_ADD) {
          FrozenSetConst fs;
          fs.items = std::move(folded.items);
          emit_load_const(std::move(fs));
        } else {
          emit_load_const(std::move(folded));
        }
        emit(extend, 1);
        if (tuple) emit(Opcode::LIST_TO_TUPLE);
      }
      return true;
    }
  }
  bool big = n + static_cast<size_t>(pushed) > kStackUseGuideline;
  bool seen_star = false;
  for (const Expr* el : elts)
    if (el->kind == ExprKind::Starred) seen_star = true;
  if (!seen_star && !big) {
    if (!visit_exprs(elts)) return false;
    emit(tuple ? Opcode::BUILD_TUPLE : build, static_cast<int>(n) + pushed);
    return true;
  }
  bool sequence_built = false;
  if (big) {
    emit(build, pushed);
    sequence_built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const Expr* el = elts[i];
    if (el->kind == ExprKind::Starred) {
      if (!sequence_built) {
        emit(build, static_cast<int>(i) + pushed);
        sequence_built = true;
      }
      if (!visit_expr(el->as<StarredExpr>()->value)) return false;
      emit(extend, 1);
    } else {
      if (!visit_expr(el)) return false;
      if (sequence_built) emit(add, 1);
    }
  }
  if (tuple) emit(Opcode::LIST_TO_TUPLE);
  return true;
}

bool Compiler::unpack_helper(const ExprList& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    const Expr* el = elts[i];
    if (el->kind == ExprKind::Starred && !seen_star) {
      if (i >= (1u << 8) || n - i - 1 >= (kMaxOparg >> 8))
        return error_at("too many expressions in star-unpacking assignment");
      emit(Opcode::UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
      seen_star = true;
    } else if (el->kind == ExprKind::Starred) {
      return error_at("multiple starred expressions in assignment");
    }
  }
  if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<int>(n));
  return true;
}

bool Compiler::assignment_helper(const ExprList& elts) {
  if (!unpack_helper(elts)) return false;
  for (const Expr* el : elts)
    if (!visit_expr(el->kind != ExprKind::Starred ? el : el->as<StarredExpr>()->value)) return false;
  return true;
}

bool Compiler::list(const SequenceExpr* e) {
  if (e->ctx == ExprContext::Store) return assignment_helper(e->elts);
  if (e->ctx == ExprContext::Load)
    return starunpack_helper(e->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false);
  return visit_exprs(e->elts);
}

bool Compiler::tuple(const SequenceExpr* e) {
  if (e->ctx == ExprContext::Store) return assignment_helper(e->elts);
  if (e->ctx == ExprContext::Load) {
    if (auto folded = fold(e)) {
      emit_load_const(std::move(*folded));
      return true;
    }
    return starunpack_helper(e->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }
  return visit_exprs(e->elts);
}

bool Compiler::set(const SetExpr* e) {
  return starunpack_helper(e->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, false);
}

bool Compiler::subdict(const DictExpr* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  bool all_const = true;
  for (size_t i = begin; i < end; ++i)
    if (!e->keys[i] || e->keys[i]->kind != ExprKind::Constant) all_const = false;
  if (n > 1 && !big && all_const) {
    ConstTuple keys;
    for (size_t i = begin; i < end; ++i) {
      auto c = fold(e->keys[i]);
      if (!c) {
        all_const = false;
        break;
      }
      keys.items.push_back(std::move(*c));
    }
    if (all_const) {
      for (size_t i = begin; i < end; ++i)
        if (!visit_expr(e->values[i])) return false;
      emit_load_const(std::move(keys));
      emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<int>(n));
      return true;
    }
  }
  if (big) emit(Opcode::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    if (!visit_expr(e->keys[i]) || !visit_expr(e->values[i])) return false;
    if (big) emit(Opcode::MAP_ADD, 1);
  }
  if (!big) emit(Opcode::BUILD_MAP, static_cast<int>(n));
  return true;
}

bool Compiler::dict(const DictExpr* e) {
  size_t n = e->values.size();
  bool have_dict = false;
  size_t elements = 0;
  for (size_t i = 0; i < n; ++i) {
    bool is_unpacking = e->keys[i] == nullptr;
    if (is_unpacking) {
      if (elements) {
        if (!subdict(e, i - elements, i)) return false;
        if (have_dict) emit(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      if (!visit_expr(e->values[i])) return false;
      emit(Opcode::DICT_UPDATE, 1);
    } else {
      if (elements * 2 > kStackUseGuideline) {
        if (!subdict(e, i - elements, i + 1)) return false;
        if (have_dict) emit(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      } else {
        ++elements;
      }
    }
  }
  if (elements) {
    if (!subdict(e, n - elements, n)) return false;
    if (have_dict) emit(Opcode::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Opcode::BUILD_MAP, 0);
  return true;
}

// ---- f-strings -------------------------------------------------------------------------------

bool Compiler::formatted_value(const FormattedValueExpr* e) {
  if (!visit_expr(e->value)) return false;
  int oparg = kFvcNone;
  switch (e->conversion) {
    case 's': oparg = kFvcStr; break;
    case 'r': oparg = kFvcRepr; break;
    case 'a': oparg = kFvcAscii; break;
    default: break;
  }
  if (e->format_spec) {
    if (!visit_expr(e->format_spec)) return false;
    oparg |= kFvsHaveSpec;
  }
  emit(Opcode::FORMAT_VALUE, oparg);
  return true;
}

bool Compiler::joined_str(const JoinedStrExpr* e) {
  size_t n = e->values.size();
  if (n > kStackUseGuideline) {
    emit_load_const(std::string());
    emit_name(Opcode::LOAD_METHOD, "join");
    emit(Opcode::BUILD_LIST, 0);
    for (const Expr* v : e->values) {
      if (!visit_expr(v)) return false;
      emit(Opcode::LIST_APPEND, 1);
    }
    emit(Opcode::CALL, 1);
    return true;
  }
  if (!visit_exprs(e->values)) return false;
  if (n != 1) emit(Opcode::BUILD_STRING, static_cast<int>(n));
  return true;
}

// ---- functions and comprehensions -------------------------------------------------------

bool Compiler::lambda(const LambdaExpr* e) {
  const Arguments* args = e->args;
  if (!check_debug_args(args)) return false;
  int flags = default_arguments(args);
  if (flags < 0) return false;
  if (!enter_scope("<lambda>", CompilerScope::Lambda, e, e->line)) return false;
  // Make None the first constant, so the lambda can't have a docstring.
  add_const(NoneConst{});
  m_u->argcount = static_cast<int>(args->args.size());
  m_u->posonlyargcount = static_cast<int>(args->posonlyargs.size());
  m_u->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  if (!visit_expr(e->body)) return false;
  std::shared_ptr<CodeUnit> co;
  if (m_u->ste->generator) {
    co = assemble(false);
  } else {
    emit(Opcode::RETURN_VALUE);
    co = assemble(true);
  }
  exit_scope();
  if (!co) return false;
  return make_closure(std::move(co), flags);
}

// compiler_comprehension
bool Compiler::comprehension(const ComprehensionExpr* e) {
  const char* name = e->kind == ExprKind::GeneratorExp ? "<genexpr>"
                     : e->kind == ExprKind::ListComp   ? "<listcomp>"
                     : e->kind == ExprKind::SetComp    ? "<setcomp>"
                                                       : "<dictcomp>";
  CompilerScope outer_scope = m_u->scope_type;
  bool top_level_await = is_top_level_await();
  const Comprehension* outermost = e->generators[0];
  if (!enter_scope(name, CompilerScope::Comprehension, e, e->line)) return false;
  set_loc(*e);
  bool is_async_generator = m_u->ste->coroutine;
  if (is_async_generator && e->kind != ExprKind::GeneratorExp &&
      outer_scope != CompilerScope::AsyncFunction && outer_scope != CompilerScope::Comprehension &&
      !top_level_await)
    return error_at("asynchronous comprehension outside of an asynchronous function");
  switch (e->kind) {
    case ExprKind::ListComp: emit(Opcode::BUILD_LIST, 0); break;
    case ExprKind::SetComp: emit(Opcode::BUILD_SET, 0); break;
    case ExprKind::DictComp: emit(Opcode::BUILD_MAP, 0); break;
    default: break;
  }
  if (!comprehension_generator(e, 0, 0)) return false;
  if (e->kind != ExprKind::GeneratorExp) emit(Opcode::RETURN_VALUE);
  auto co = assemble(true);
  exit_scope();
  if (!co) return false;
  if (top_level_await && is_async_generator) m_u->ste->coroutine = true;
  if (!make_closure(std::move(co), 0)) return false;
  if (!visit_iter(outermost->iter)) return false;
  emit(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  emit(Opcode::CALL, 0);
  if (is_async_generator && e->kind != ExprKind::GeneratorExp) {
    emit(Opcode::GET_AWAITABLE, 0);
    emit_load_const(NoneConst{});
    add_yield_from(true);
  }
  return true;
}

bool Compiler::comprehension_generator(const ComprehensionExpr* e, size_t gen_index, int depth) {
  if (e->generators[gen_index]->is_async) return async_comprehension_generator(e, gen_index, depth);
  return sync_comprehension_generator(e, gen_index, depth);
}

static bool comprehension_element(Compiler& c, const ComprehensionExpr* e, int depth) {
  switch (e->kind) {
    case ExprKind::GeneratorExp:
      if (!c.visit_expr(e->elt)) return false;
      c.add_yield();
      c.emit(Opcode::POP_TOP);
      return true;
    case ExprKind::ListComp:
      if (!c.visit_expr(e->elt)) return false;
      c.emit(Opcode::LIST_APPEND, depth + 1);
      return true;
    case ExprKind::SetComp:
      if (!c.visit_expr(e->elt)) return false;
      c.emit(Opcode::SET_ADD, depth + 1);
      return true;
    case ExprKind::DictComp:
      // With '{k: v}', k is evaluated before v, so we do the same.
      if (!c.visit_expr(e->elt) || !c.visit_expr(e->value)) return false;
      c.emit(Opcode::MAP_ADD, depth + 1);
      return true;
    default:
      return false;
  }
}

bool Compiler::sync_comprehension_generator(const ComprehensionExpr* e, size_t gen_index, int depth) {
  int start = new_label(), if_cleanup = new_label(), anchor = new_label();
  bool has_start = true;
  const Comprehension* gen = e->generators[gen_index];
  if (gen_index == 0) {
    // Receive the outermost iterator as an implicit argument.
    m_u->argcount = 1;
    emit(Opcode::LOAD_FAST, 0);
  } else {
    // Fast path for the temporary variable assignment idiom: for y in [f(x)]
    const ExprList* elts = nullptr;
    if (gen->iter->kind == ExprKind::List || gen->iter->kind == ExprKind::Tuple)
      elts = &gen->iter->as<SequenceExpr>()->elts;
    if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
      if (!visit_expr((*elts)[0])) return false;
      has_start = false;
    }
    if (has_start) {
      if (!visit_iter(gen->iter)) return false;
      emit(Opcode::GET_ITER);
    }
  }
  if (has_start) {
    ++depth;
    use_label(start);
    emit_jump(Opcode::FOR_ITER, anchor);
  }
  if (!visit_expr(gen->target)) return false;
  for (const Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  if (++gen_index < e->generators.size()) {
    if (!comprehension_generator(e, gen_index, depth)) return false;
  }
  if (gen_index >= e->generators.size()) {
    if (!comprehension_element(*this, e, depth)) return false;
  }
  use_label(if_cleanup);
  if (has_start) {
    emit_jump(Opcode::JUMP, start);
    use_label(anchor);
  }
  return true;
}

bool Compiler::async_comprehension_generator(const ComprehensionExpr* e, size_t gen_index, int depth) {
  int start = new_label(), except = new_label(), if_cleanup = new_label();
  const Comprehension* gen = e->generators[gen_index];
  if (gen_index == 0) {
    m_u->argcount = 1;
    emit(Opcode::LOAD_FAST, 0);
  } else {
    if (!visit_expr(gen->iter)) return false;
    emit(Opcode::GET_AITER);
  }
  use_label(start);
  FBlock fb;
  fb.type = FBlockType::AsyncComprehensionGenerator;
  fb.block = start;
  if (!push_fblock(fb)) return false;
  emit_pseudo(kSetupFinally, except);
  emit(Opcode::GET_ANEXT);
  emit_load_const(NoneConst{});
  add_yield_from(true);
  emit_pseudo(kPopBlock);
  if (!visit_expr(gen->target)) return false;
  for (const Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  ++depth;
  if (++gen_index < e->generators.size()) {
    if (!comprehension_generator(e, gen_index, depth)) return false;
  }
  if (gen_index >= e->generators.size()) {
    if (!comprehension_element(*this, e, depth)) return false;
  }
  use_label(if_cleanup);
  emit_jump(Opcode::JUMP, start);
  pop_fblock();
  use_label(except);
  emit(Opcode::END_ASYNC_FOR);
  return true;
}

// ---- annotations as strings (PEP 563) ------------------------------------------------------
// A small unparser in the spirit of CPython's ast_unparse.c, for the expressions that
// appear in annotations; anything else falls back to the source text.

namespace {

enum Prec { kTuple, kTest, kOr, kAnd, kNot, kCmp, kBor, kBxor, kBand, kShift, kArith, kTerm, kFactor, kPower, kAwait, kAtom };

struct Unparser {
  std::string_view src;
  bool ok = true;

  std::string source_of(const Expr* e) {
    // Fallback: the source text of a single-line expression.
    if (e->line != e->end_line) {
      ok = false;
      return "...";
    }
    std::string_view line = source_line(src, e->line);
    if (e->end_col > static_cast<int>(line.size())) {
      ok = false;
      return "...";
    }
    return std::string(line.substr(e->col, e->end_col - e->col));
  }

  std::string constant(const ConstantValue& v) {
    struct V {
      std::string operator()(const NoneConst&) const { return "None"; }
      std::string operator()(bool b) const { return b ? "True" : "False"; }
      std::string operator()(int64_t i) const { return fmt::format("{}", i); }
      std::string operator()(const BigIntLiteral& b) const { return b.digits; }
      std::string operator()(double d) const {
        if (std::isinf(d)) return d > 0 ? "1e309" : "-1e309";
        return python_float_repr(d);
      }
      std::string operator()(const ImaginaryLiteral& c) const { return python_float_repr(c.imag) + "j"; }
      std::string operator()(const std::string& s) const { return python_str_repr(s); }
      std::string operator()(const Bytes& b) const { return python_bytes_repr(b.data); }
      std::string operator()(const Ellipsis&) const { return "..."; }
    };
    return std::visit(V{}, v);
  }

  static const char* binop(OperatorKind op, Prec& p) {
    switch (op) {
      case OperatorKind::Add: p = kArith; return " + ";
      case OperatorKind::Sub: p = kArith; return " - ";
      case OperatorKind::Mult: p = kTerm; return " * ";
      case OperatorKind::MatMult: p = kTerm; return " @ ";
      case OperatorKind::Div: p = kTerm; return " / ";
      case OperatorKind::Mod: p = kTerm; return " % ";
      case OperatorKind::FloorDiv: p = kTerm; return " // ";
      case OperatorKind::Pow: p = kPower; return " ** ";
      case OperatorKind::LShift: p = kShift; return " << ";
      case OperatorKind::RShift: p = kShift; return " >> ";
      case OperatorKind::BitOr: p = kBor; return " | ";
      case OperatorKind::BitXor: p = kBxor; return " ^ ";
      case OperatorKind::BitAnd: p = kBand; return " & ";
    }
    p = kArith;
    return " ? ";
  }

  std::string join(const ExprList& l, Prec p) {
    std::string out;
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      out += expr(l[i], p);
    }
    return out;
  }

  std::string expr(const Expr* e, Prec level) {
    if (!ok) return "";
    switch (e->kind) {
      case ExprKind::Name:
        return std::string(e->as<NameExpr>()->id);
      case ExprKind::Constant:
        return constant(e->as<ConstantExpr>()->value);
      case ExprKind::Attribute: {
        auto* a = e->as<AttributeExpr>();
        std::string v = expr(a->value, kAtom);
        // "1 .real" needs the space, as ast_unparse does for int constants.
        if (a->value->kind == ExprKind::Constant &&
            std::holds_alternative<int64_t>(a->value->as<ConstantExpr>()->value))
          v += " ";
        return v + "." + std::string(a->attr);
      }
      case ExprKind::Subscript: {
        auto* s = e->as<SubscriptExpr>();
        std::string out = expr(s->value, kAtom) + "[";
        if (s->slice->kind == ExprKind::Tuple && !s->slice->as<SequenceExpr>()->elts.empty()) {
          const ExprList& elts = s->slice->as<SequenceExpr>()->elts;
          out += join(elts, kTest);
          if (elts.size() == 1) out += ",";
        } else {
          out += expr(s->slice, kTuple);
        }
        return out + "]";
      }
      case ExprKind::Call: {
        auto* c = e->as<CallExpr>();
        std::string out = expr(c->func, kAtom) + "(";
        bool first = true;
        for (const Expr* a : c->args) {
          if (!first) out += ", ";
          first = false;
          out += expr(a, kTest);
        }
        for (const KeywordArg* k : c->keywords) {
          if (!first) out += ", ";
          first = false;
          out += k->has_arg ? std::string(k->arg) + "=" : std::string("**");
          out += expr(k->value, kTest);
        }
        return out + ")";
      }
      case ExprKind::Tuple: {
        auto* t = e->as<SequenceExpr>();
        if (t->elts.empty()) return "()";
        std::string out = join(t->elts, kTest);
        if (t->elts.size() == 1) out += ",";
        return level > kTuple ? "(" + out + ")" : out;
      }
      case ExprKind::List:
        return "[" + join(e->as<SequenceExpr>()->elts, kTest) + "]";
      case ExprKind::Set:
        return "{" + join(e->as<SetExpr>()->elts, kTest) + "}";
      case ExprKind::Dict: {
        auto* d = e->as<DictExpr>();
        std::string out = "{";
        for (size_t i = 0; i < d->keys.size(); ++i) {
          if (i) out += ", ";
          if (d->keys[i])
            out += expr(d->keys[i], kTest) + ": " + expr(d->values[i], kTest);
          else
            out += "**" + expr(d->values[i], kBor);
        }
        return out + "}";
      }
      case ExprKind::BinOp: {
        auto* b = e->as<BinOpExpr>();
        Prec p;
        const char* op = binop(b->op, p);
        bool right_assoc = b->op == OperatorKind::Pow;
        std::string out = expr(b->left, static_cast<Prec>(p + (right_assoc ? 1 : 0))) + op +
                          expr(b->right, static_cast<Prec>(p + (right_assoc ? 0 : 1)));
        return level > p ? "(" + out + ")" : out;
      }
      case ExprKind::UnaryOp: {
        auto* u = e->as<UnaryOpExpr>();
        const char* op = u->op == UnaryOpKind::Not ? "not " : u->op == UnaryOpKind::USub ? "-"
                         : u->op == UnaryOpKind::UAdd ? "+" : "~";
        Prec p = u->op == UnaryOpKind::Not ? kNot : kFactor;
        std::string out = op + expr(u->operand, p);
        return level > p ? "(" + out + ")" : out;
      }
      case ExprKind::BoolOp: {
        auto* b = e->as<BoolOpExpr>();
        Prec p = b->op == BoolOpKind::And ? kAnd : kOr;
        std::string out;
        for (size_t i = 0; i < b->values.size(); ++i) {
          if (i) out += b->op == BoolOpKind::And ? " and " : " or ";
          out += expr(b->values[i], static_cast<Prec>(p + 1));
        }
        return level > p ? "(" + out + ")" : out;
      }
      case ExprKind::Compare: {
        auto* c = e->as<CompareExpr>();
        static const char* kOps[] = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "};
        std::string out = expr(c->left, static_cast<Prec>(kCmp + 1));
        for (size_t i = 0; i < c->ops.size(); ++i)
          out += kOps[static_cast<int>(c->ops[i])] + expr(c->comparators[i], static_cast<Prec>(kCmp + 1));
        return level > kCmp ? "(" + out + ")" : out;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExpExpr>();
        std::string out = expr(i->body, static_cast<Prec>(kTest + 1)) + " if " +
                          expr(i->test, static_cast<Prec>(kTest + 1)) + " else " + expr(i->orelse, kTest);
        return level > kTest ? "(" + out + ")" : out;
      }
      case ExprKind::Starred:
        return "*" + expr(e->as<StarredExpr>()->value, kBor);
      default:
        return source_of(e);
    }
  }
};

}  // namespace

std::string Compiler::annotation_string(const Expr* e) {
  Unparser u{m_source};
  std::string s = u.expr(e, kTest);
  if (!u.ok) {
    Unparser fallback{m_source};
    return fallback.source_of(e);
  }
  return s;
}

}  // namespace krait::detail
