// ast.cpp — AST arena, Python-compatible ast.dump() text and expression names.
//
// The dump reproduces CPython's ast.dump(), optionally with position attributes, so the
// parser can be tested against `python3 -c "import ast; print(ast.dump(...))"`.
#include "ast.h"

#include "lexer.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace krait::ast {

// ---- arena -----------------------------------------------------------------------------

Arena::~Arena() {
  for (auto it = m_dtors.rbegin(); it != m_dtors.rend(); ++it) it->fn(it->obj);
}

void* Arena::allocate(size_t size, size_t align) {
  if (!m_blocks.empty()) {
    Block& b = m_blocks.back();
    size_t start = (b.used + align - 1) & ~(align - 1);
    if (start + size <= b.size) {
      b.used = start + size;
      return b.data.get() + start;
    }
  }
  size_t block_size = std::max<size_t>(size + align, m_blocks.empty() ? 16384 : 65536);
  Block b;
  b.data = std::make_unique<std::byte[]>(block_size);
  b.size = block_size;
  void* base = b.data.get();
  size_t space = block_size;
  void* p = std::align(align, size, base, space);
  b.used = static_cast<size_t>(static_cast<std::byte*>(p) - b.data.get()) + size;
  m_blocks.push_back(std::move(b));
  return p;
}

std::string_view Arena::intern(std::string_view s) {
  char* mem = static_cast<char*>(allocate(s.size() + 1, 1));
  std::memcpy(mem, s.data(), s.size());
  mem[s.size()] = 0;
  return {mem, s.size()};
}

// ---- reprs -----------------------------------------------------------------------------

std::string python_str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, quote);
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    // Lone surrogates (from "\udc80" escapes) are stored as 3-byte sequences.
    if (static_cast<unsigned char>(s[i]) == 0xED && i + 2 < s.size() &&
        (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0) {
      uint32_t cp = ((static_cast<unsigned char>(s[i]) & 0x0Fu) << 12) |
                    ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                    (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      out += fmt::format("\\u{:04x}", cp);
      i += 3;
      continue;
    }
    int32_t cp = decode_utf8(s, i);
    if (cp < 0) {  // not valid UTF-8 (cannot happen for parsed str): show the byte
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[at]));
      i = at + 1;
      continue;
    }
    if (cp == quote || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7f) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp < 0x7f) {
      out += static_cast<char>(cp);
    } else if (!is_printable_cp(static_cast<uint32_t>(cp))) {
      if (cp < 0x100)
        out += fmt::format("\\x{:02x}", cp);
      else if (cp < 0x10000)
        out += fmt::format("\\u{:04x}", cp);
      else
        out += fmt::format("\\U{:08x}", cp);
    } else {
      out.append(s.substr(at, i - at));
    }
  }
  out += quote;
  return out;
}

std::string python_bytes_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

// repr(float): shortest round-trip digits, fixed notation when -4 < decpt <= 16.
static std::string float_repr_impl(double d, bool add_dot_0) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  bool neg = false;
  if (!sci.empty() && sci[0] == '-') {
    neg = true;
    sci.erase(0, 1);
  }
  size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp10 = std::stoi(sci.substr(epos + 1));
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp10 + 1;
  std::string out = neg ? "-" : "";
  if (digits == "0") {
    out += add_dot_0 ? "0.0" : "0";
    return out;
  }
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int e = decpt - 1;
    out += fmt::format("e{}{:02d}", e < 0 ? '-' : '+', std::abs(e));
    return out;
  }
  if (decpt <= 0) {
    out += "0.";
    out += std::string(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (static_cast<size_t>(decpt) >= digits.size()) {
    out += digits;
    out += std::string(static_cast<size_t>(decpt) - digits.size(), '0');
    if (add_dot_0) out += ".0";
  } else {
    out += digits.substr(0, static_cast<size_t>(decpt));
    out += '.';
    out += digits.substr(static_cast<size_t>(decpt));
  }
  return out;
}

std::string python_float_repr(double d) { return float_repr_impl(d, true); }

// ---- expression names --------------------------------------------------------------------

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      const auto& v = e->as<ConstantExpr>()->value;
      if (std::holds_alternative<NoneConst>(v)) return "None";
      if (auto* b = std::get_if<bool>(&v)) return *b ? "True" : "False";
      if (std::holds_alternative<Ellipsis>(v)) return "ellipsis";
      return "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// ---- dump --------------------------------------------------------------------------------

namespace {

const char* op_name(OperatorKind op) {
  static const char* kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                 "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return kNames[static_cast<int>(op)];
}
const char* unary_name(UnaryOpKind op) {
  static const char* kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(op)];
}
const char* cmp_name(CmpOpKind op) {
  static const char* kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(op)];
}
const char* ctx_name(ExprContext c) {
  return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}

std::string constant_repr(const ConstantValue& v) {
  struct V {
    std::string operator()(const NoneConst&) const { return "None"; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(int64_t i) const { return fmt::format("{}", i); }
    std::string operator()(const BigIntLiteral& b) const { return b.digits; }
    std::string operator()(double d) const { return python_float_repr(d); }
    std::string operator()(const ImaginaryLiteral& c) const {
      return float_repr_impl(c.imag, false) + "j";
    }
    std::string operator()(const std::string& s) const { return python_str_repr(s); }
    std::string operator()(const Bytes& b) const { return python_bytes_repr(b.data); }
    std::string operator()(const Ellipsis&) const { return "Ellipsis"; }
  };
  return std::visit(V{}, v);
}

// Builds "Name(field=value, ...)" strings like ast.dump.
class Dumper {
 public:
  explicit Dumper(bool attrs) : m_attrs(attrs) {}

  std::string expr(const Expr* e) {
    if (!e) return "None";
    Fields f(expr_class(e), this);
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* n = e->as<BoolOpExpr>();
        f.add("op", n->op == BoolOpKind::And ? "And()" : "Or()");
        f.add("values", exprs(n->values));
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        f.add("target", expr(n->target));
        f.add("value", expr(n->value));
        break;
      }
      case ExprKind::BinOp: {
        auto* n = e->as<BinOpExpr>();
        f.add("left", expr(n->left));
        f.add("op", std::string(op_name(n->op)) + "()");
        f.add("right", expr(n->right));
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = e->as<UnaryOpExpr>();
        f.add("op", std::string(unary_name(n->op)) + "()");
        f.add("operand", expr(n->operand));
        break;
      }
      case ExprKind::Lambda: {
        auto* n = e->as<LambdaExpr>();
        f.add("args", arguments(n->args));
        f.add("body", expr(n->body));
        break;
      }
      case ExprKind::IfExp: {
        auto* n = e->as<IfExpExpr>();
        f.add("test", expr(n->test));
        f.add("body", expr(n->body));
        f.add("orelse", expr(n->orelse));
        break;
      }
      case ExprKind::Dict: {
        auto* n = e->as<DictExpr>();
        f.add("keys", exprs(n->keys));
        f.add("values", exprs(n->values));
        break;
      }
      case ExprKind::Set:
        f.add("elts", exprs(e->as<SetExpr>()->elts));
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
      case ExprKind::DictComp: {
        auto* n = e->as<ComprehensionExpr>();
        if (e->kind == ExprKind::DictComp) {
          f.add("key", expr(n->elt));
          f.add("value", expr(n->value));
        } else {
          f.add("elt", expr(n->elt));
        }
        std::vector<std::string> gens;
        for (auto* g : n->generators) gens.push_back(comprehension(g));
        f.add("generators", list(gens));
        break;
      }
      case ExprKind::Await:
        f.add("value", expr(e->as<AwaitExpr>()->value));
        break;
      case ExprKind::Yield:
        f.opt("value", e->as<YieldExpr>()->value);
        break;
      case ExprKind::YieldFrom:
        f.add("value", expr(e->as<YieldFromExpr>()->value));
        break;
      case ExprKind::Compare: {
        auto* n = e->as<CompareExpr>();
        f.add("left", expr(n->left));
        std::vector<std::string> ops;
        for (auto op : n->ops) ops.push_back(std::string(cmp_name(op)) + "()");
        f.add("ops", list(ops));
        f.add("comparators", exprs(n->comparators));
        break;
      }
      case ExprKind::Call: {
        auto* n = e->as<CallExpr>();
        f.add("func", expr(n->func));
        f.add("args", exprs(n->args));
        std::vector<std::string> kws;
        for (auto* k : n->keywords) kws.push_back(keyword(k));
        f.add("keywords", list(kws));
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = e->as<FormattedValueExpr>();
        f.add("value", expr(n->value));
        f.add("conversion", fmt::format("{}", n->conversion));
        if (n->format_spec) f.add("format_spec", expr(n->format_spec));
        break;
      }
      case ExprKind::JoinedStr:
        f.add("values", exprs(e->as<JoinedStrExpr>()->values));
        break;
      case ExprKind::Constant: {
        auto* n = e->as<ConstantExpr>();
        f.add("value", constant_repr(n->value));
        if (n->kind_u) f.add("kind", "'u'");
        break;
      }
      case ExprKind::Attribute: {
        auto* n = e->as<AttributeExpr>();
        f.add("value", expr(n->value));
        f.add("attr", python_str_repr(n->attr));
        f.add("ctx", ctx_name(n->ctx));
        break;
      }
      case ExprKind::Subscript: {
        auto* n = e->as<SubscriptExpr>();
        f.add("value", expr(n->value));
        f.add("slice", expr(n->slice));
        f.add("ctx", ctx_name(n->ctx));
        break;
      }
      case ExprKind::Starred: {
        auto* n = e->as<StarredExpr>();
        f.add("value", expr(n->value));
        f.add("ctx", ctx_name(n->ctx));
        break;
      }
      case ExprKind::Name: {
        auto* n = e->as<NameExpr>();
        f.add("id", python_str_repr(n->id));
        f.add("ctx", ctx_name(n->ctx));
        break;
      }
      case ExprKind::List:
      case ExprKind::Tuple: {
        auto* n = e->as<SequenceExpr>();
        f.add("elts", exprs(n->elts));
        f.add("ctx", ctx_name(n->ctx));
        break;
      }
      case ExprKind::Slice: {
        auto* n = e->as<SliceExpr>();
        f.opt("lower", n->lower);
        f.opt("upper", n->upper);
        f.opt("step", n->step);
        break;
      }
    }
    loc(f, *e);
    return f.done();
  }

  std::string stmt(const Stmt* s) {
    Fields f(stmt_class(s), this);
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* n = s->as<FunctionDefStmt>();
        f.add("name", python_str_repr(n->name));
        f.add("args", arguments(n->args));
        f.add("body", stmts(n->body));
        f.add("decorator_list", exprs(n->decorator_list));
        f.opt("returns", n->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto* n = s->as<ClassDefStmt>();
        f.add("name", python_str_repr(n->name));
        f.add("bases", exprs(n->bases));
        std::vector<std::string> kws;
        for (auto* k : n->keywords) kws.push_back(keyword(k));
        f.add("keywords", list(kws));
        f.add("body", stmts(n->body));
        f.add("decorator_list", exprs(n->decorator_list));
        break;
      }
      case StmtKind::Return:
        f.opt("value", s->as<ReturnStmt>()->value);
        break;
      case StmtKind::Delete:
        f.add("targets", exprs(s->as<DeleteStmt>()->targets));
        break;
      case StmtKind::Assign: {
        auto* n = s->as<AssignStmt>();
        f.add("targets", exprs(n->targets));
        f.add("value", expr(n->value));
        break;
      }
      case StmtKind::AugAssign: {
        auto* n = s->as<AugAssignStmt>();
        f.add("target", expr(n->target));
        f.add("op", std::string(op_name(n->op)) + "()");
        f.add("value", expr(n->value));
        break;
      }
      case StmtKind::AnnAssign: {
        auto* n = s->as<AnnAssignStmt>();
        f.add("target", expr(n->target));
        f.add("annotation", expr(n->annotation));
        f.opt("value", n->value);
        f.add("simple", n->simple ? "1" : "0");
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* n = s->as<ForStmt>();
        f.add("target", expr(n->target));
        f.add("iter", expr(n->iter));
        f.add("body", stmts(n->body));
        f.add("orelse", stmts(n->orelse));
        break;
      }
      case StmtKind::While: {
        auto* n = s->as<WhileStmt>();
        f.add("test", expr(n->test));
        f.add("body", stmts(n->body));
        f.add("orelse", stmts(n->orelse));
        break;
      }
      case StmtKind::If: {
        auto* n = s->as<IfStmt>();
        f.add("test", expr(n->test));
        f.add("body", stmts(n->body));
        f.add("orelse", stmts(n->orelse));
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* n = s->as<WithStmt>();
        std::vector<std::string> items;
        for (auto* it : n->items) {
          Fields w("withitem", this);
          w.add("context_expr", expr(it->context_expr));
          w.opt_raw("optional_vars", it->optional_vars ? expr(it->optional_vars) : "");
          items.push_back(w.done());
        }
        f.add("items", list(items));
        f.add("body", stmts(n->body));
        break;
      }
      case StmtKind::Raise: {
        auto* n = s->as<RaiseStmt>();
        f.opt("exc", n->exc);
        f.opt("cause", n->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* n = s->as<TryStmt>();
        f.add("body", stmts(n->body));
        std::vector<std::string> hs;
        for (auto* h : n->handlers) {
          Fields hf("ExceptHandler", this);
          hf.opt("type", h->type);
          if (!h->name.empty()) hf.add("name", python_str_repr(h->name));
          hf.add("body", stmts(h->body));
          loc(hf, *h);
          hs.push_back(hf.done());
        }
        f.add("handlers", list(hs));
        f.add("orelse", stmts(n->orelse));
        f.add("finalbody", stmts(n->finalbody));
        break;
      }
      case StmtKind::Assert: {
        auto* n = s->as<AssertStmt>();
        f.add("test", expr(n->test));
        f.opt("msg", n->msg);
        break;
      }
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        const std::vector<Alias*>& names = s->kind == StmtKind::Import
                                               ? s->as<ImportStmt>()->names
                                               : s->as<ImportFromStmt>()->names;
        if (s->kind == StmtKind::ImportFrom && s->as<ImportFromStmt>()->has_module)
          f.add("module", python_str_repr(s->as<ImportFromStmt>()->module));
        std::vector<std::string> as;
        for (auto* a : names) {
          Fields af("alias", this);
          af.add("name", python_str_repr(a->name));
          if (!a->asname.empty()) af.add("asname", python_str_repr(a->asname));
          loc(af, *a);
          as.push_back(af.done());
        }
        f.add("names", list(as));
        if (s->kind == StmtKind::ImportFrom)
          f.add("level", fmt::format("{}", s->as<ImportFromStmt>()->level));
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        std::vector<std::string> ns;
        for (auto n : s->as<NamesStmt>()->names) ns.push_back(python_str_repr(n));
        f.add("names", list(ns));
        break;
      }
      case StmtKind::Expr:
        f.add("value", expr(s->as<ExprStmt>()->value));
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
      case StmtKind::Match: {
        auto* m = s->as<MatchStmt>();
        f.add("subject", expr(m->subject));
        std::vector<std::string> cases;
        for (const MatchCase* c : m->cases) {
          Fields cf("match_case", this);
          cf.add("pattern", pattern(c->pattern));
          cf.opt("guard", c->guard);
          cf.add("body", stmts(c->body));
          cases.push_back(cf.done());
        }
        f.add("cases", list(cases));
        break;
      }
    }
    loc(f, *s);
    return f.done();
  }

  std::string pattern(const Pattern* p) {
    static const char* kNames[] = {"MatchValue", "MatchSingleton", "MatchSequence",
                                   "MatchMapping", "MatchClass",    "MatchStar",
                                   "MatchAs",      "MatchOr"};
    Fields f(kNames[static_cast<int>(p->kind)], this);
    auto name = [&](const char* field) {
      if (p->has_name) f.add(field, python_str_repr(p->name));
    };
    switch (p->kind) {
      case PatternKind::MatchValue:
        f.add("value", expr(p->value));
        break;
      case PatternKind::MatchSingleton:
        f.add("value", constant_repr(p->singleton));
        break;
      case PatternKind::MatchSequence:
      case PatternKind::MatchOr:
        f.add("patterns", patterns(p->patterns));
        break;
      case PatternKind::MatchMapping:
        f.add("keys", exprs(p->keys));
        f.add("patterns", patterns(p->patterns));
        name("rest");
        break;
      case PatternKind::MatchClass: {
        f.add("cls", expr(p->cls));
        f.add("patterns", patterns(p->patterns));
        std::vector<std::string> attrs;
        for (auto a : p->kwd_attrs) attrs.push_back(python_str_repr(a));
        f.add("kwd_attrs", list(attrs));
        f.add("kwd_patterns", patterns(p->kwd_patterns));
        break;
      }
      case PatternKind::MatchStar:
        name("name");
        break;
      case PatternKind::MatchAs:
        if (p->pattern) f.add("pattern", pattern(p->pattern));
        name("name");
        break;
    }
    loc(f, *p);
    return f.done();
  }

  std::string patterns(const std::vector<Pattern*>& l) {
    std::vector<std::string> v;
    for (auto* p : l) v.push_back(pattern(p));
    return list(v);
  }

  std::string stmts(const StmtList& l) {
    std::vector<std::string> v;
    for (auto* s : l) v.push_back(stmt(s));
    return list(v);
  }

 private:
  struct Fields {
    std::string text;
    bool first = true;
    Fields(const char* name, Dumper* d) : text(name), owner(d) { text += '('; }
    void add(const char* name, const std::string& value) {
      if (!first) text += ", ";
      first = false;
      text += name;
      text += '=';
      text += value;
    }
    void opt(const char* name, const Expr* e) {
      if (e) add(name, owner->expr(e));
    }
    void opt_raw(const char* name, const std::string& value) {
      if (!value.empty()) add(name, value);
    }
    std::string done() { return text + ")"; }
    Dumper* owner;
  };

  static const char* expr_class(const Expr* e) {
    static const char* kNames[] = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
        "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
        "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
        "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
    return kNames[static_cast<int>(e->kind)];
  }
  static const char* stmt_class(const Stmt* s) {
    static const char* kNames[] = {
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
        "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith",
        "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal",
        "Expr", "Pass", "Break", "Continue", "Match"};
    return kNames[static_cast<int>(s->kind)];
  }

  void loc(Fields& f, const Loc& l) {
    if (!m_attrs) return;
    f.add("lineno", fmt::format("{}", l.line));
    f.add("col_offset", fmt::format("{}", l.col));
    f.add("end_lineno", fmt::format("{}", l.end_line));
    f.add("end_col_offset", fmt::format("{}", l.end_col));
  }

  static std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += items[i];
    }
    return out + "]";
  }

  std::string exprs(const ExprList& l) {
    std::vector<std::string> v;
    for (auto* e : l) v.push_back(expr(e));
    return list(v);
  }

  std::string arg(const Arg* a) {
    Fields f("arg", this);
    f.add("arg", python_str_repr(a->name));
    if (a->annotation) f.add("annotation", expr(a->annotation));
    loc(f, *a);
    return f.done();
  }

  std::string arguments(const Arguments* a) {
    Fields f("arguments", this);
    std::vector<std::string> v;
    for (auto* x : a->posonlyargs) v.push_back(arg(x));
    f.add("posonlyargs", list(v));
    v.clear();
    for (auto* x : a->args) v.push_back(arg(x));
    f.add("args", list(v));
    if (a->vararg) f.add("vararg", arg(a->vararg));
    v.clear();
    for (auto* x : a->kwonlyargs) v.push_back(arg(x));
    f.add("kwonlyargs", list(v));
    f.add("kw_defaults", exprs(a->kw_defaults));
    if (a->kwarg) f.add("kwarg", arg(a->kwarg));
    f.add("defaults", exprs(a->defaults));
    return f.done();
  }

  std::string keyword(const KeywordArg* k) {
    Fields f("keyword", this);
    if (k->has_arg) f.add("arg", python_str_repr(k->arg));
    f.add("value", expr(k->value));
    loc(f, *k);
    return f.done();
  }

  std::string comprehension(const Comprehension* c) {
    Fields f("comprehension", this);
    f.add("target", expr(c->target));
    f.add("iter", expr(c->iter));
    f.add("ifs", exprs(c->ifs));
    f.add("is_async", c->is_async ? "1" : "0");
    return f.done();
  }

  bool m_attrs;
};

}  // namespace

std::string dump(const Mod& mod, bool include_attributes) {
  Dumper d(include_attributes);
  std::string out;
  switch (mod.kind) {
    case ModKind::Module:
      out = "Module(body=" + d.stmts(mod.body) + ", type_ignores=[])";
      break;
    case ModKind::Interactive:
      out = "Interactive(body=" + d.stmts(mod.body) + ")";
      break;
    case ModKind::Expression:
      out = "Expression(body=" + d.expr(mod.expr) + ")";
      break;
  }
  return out;
}

std::string dump(const Expr* expr, bool include_attributes) {
  Dumper d(include_attributes);
  return d.expr(expr);
}

}  // namespace krait::ast
