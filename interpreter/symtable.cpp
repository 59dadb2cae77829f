// symtable.cpp — builds and analyses the symbol table (CPython 3.11 Python/symtable.c).
//
// First pass: walk the AST recording, per scope, how each name is used (DEF_* flags).
// Second pass (analyze_block): resolve every name to local / global / free / cell,
// propagating free variables outwards and turning captured locals into cells.
#include "symtable.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace krait {

using namespace ast;

std::string mangle(std::string_view priv, std::string_view name) {
  if (priv.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  if ((name.size() >= 2 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
      name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t ipriv = 0;
  while (ipriv < priv.size() && priv[ipriv] == '_') ++ipriv;
  if (ipriv == priv.size()) return std::string(name);
  std::string out = "_";
  out += priv.substr(ipriv);
  out += name;
  return out;
}

// Nesting deeper than this raises RecursionError, like CPython's compile-time
// recursion limit (sys.getrecursionlimit() * 3).
constexpr int kMaxSymtableDepth = 3000;

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& st, std::string_view filename, bool future_annotations)
      : m_st(st), m_filename(filename), m_future_annotations(future_annotations) {}

  bool build(const Mod& mod) {
    Loc loc;
    loc.line = 0;
    enter_block("top", ScopeType::Module, &mod, loc);
    m_st.m_top = m_cur;
    m_global = m_cur;
    bool ok = true;
    if (mod.kind == ModKind::Expression) {
      ok = visit_expr(mod.expr);
    } else {
      for (Stmt* s : mod.body)
        if (!(ok = visit_stmt(s))) break;
    }
    m_stack.clear();
    if (!ok) return false;
    std::set<std::string> free, global;
    return analyze_block(m_st.m_top, nullptr, free, global);
  }

  std::optional<SyntaxErrorInfo> error;

 private:
  // ---- errors ---------------------------------------------------------------------------
  bool fail(const std::string& msg, int line, int col, int end_line, int end_col) {
    if (error) return false;
    SyntaxErrorInfo e;
    e.type = "SyntaxError";
    e.msg = msg;
    e.filename = std::string(m_filename);
    e.line = line;
    e.col = col;
    e.end_line = end_line;
    e.end_col = end_col;
    error = std::move(e);
    return false;
  }
  bool fail_at(const std::string& msg, const Loc& l) {
    return fail(msg, l.line, l.col + 1, l.end_line, l.end_col + 1);
  }
  bool recursion_error() {
    if (error) return false;
    SyntaxErrorInfo e;
    e.type = "RecursionError";
    e.msg = "maximum recursion depth exceeded during compilation";
    e.filename = std::string(m_filename);
    error = std::move(e);
    return false;
  }

  struct DepthGuard {
    SymtableBuilder& b;
    bool ok;
    explicit DepthGuard(SymtableBuilder& builder) : b(builder), ok(++b.m_depth <= kMaxSymtableDepth) {}
    ~DepthGuard() { --b.m_depth; }
  };

  // ---- blocks ----------------------------------------------------------------------------
  void enter_block(std::string name, ScopeType type, const void* node, const Loc& loc) {
    auto scope = std::make_unique<Scope>();
    Scope* s = scope.get();
    s->name = std::move(name);
    s->type = type;
    s->node = node;
    s->loc = loc;
    Scope* prev = m_cur;
    if (prev && (prev->nested || prev->type == ScopeType::Function)) s->nested = true;
    if (prev) prev->children.push_back(s);
    m_st.m_blocks[node] = s;
    m_st.m_scopes.push_back(std::move(scope));
    m_stack.push_back(s);
    m_cur = s;
  }

  void exit_block() {
    m_stack.pop_back();
    m_cur = m_stack.empty() ? nullptr : m_stack.back();
  }

  // symtable_add_def_helper
  bool add_def_in(std::string_view name, int flag, Scope* ste, const Loc& loc) {
    std::string mangled = mangle(m_private, name);
    auto it = ste->symbols.find(mangled);
    int val;
    if (it != ste->symbols.end()) {
      val = it->second.flags;
      if ((flag & kDefParam) && (val & kDefParam))
        return fail_at(fmt::format("duplicate argument '{}' in function definition", name), loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal))
        return fail_at(fmt::format("comprehension inner loop cannot rebind assignment expression "
                                   "target '{}'",
                                   name),
                       loc);
      val |= kDefCompIter;
    }
    if (it != ste->symbols.end()) {
      it->second.flags = val;
    } else {
      ste->symbols[mangled].flags = val;
      ste->symbol_order.push_back(mangled);
    }
    if (flag & kDefParam) {
      ste->varnames.push_back(mangled);
    } else if (flag & kDefGlobal) {
      auto git = m_global->symbols.find(mangled);
      if (git != m_global->symbols.end()) {
        git->second.flags |= flag;
      } else {
        m_global->symbols[mangled].flags = flag;
        m_global->symbol_order.push_back(mangled);
      }
    }
    return true;
  }

  bool add_def(std::string_view name, int flag, const Loc& loc) {
    return add_def_in(name, flag, m_cur, loc);
  }

  int lookup(std::string_view name) {
    return m_cur->flags_of(mangle(m_private, name));
  }

  void record_directive(std::string_view name, const Loc& loc) {
    std::string mangled = mangle(m_private, name);
    m_cur->directives.emplace(mangled, loc);
  }

  // ---- statements ----------------------------------------------------------------------
  bool visit_stmts(const StmtList& body) {
    for (Stmt* s : body)
      if (!visit_stmt(s)) return false;
    return true;
  }

  bool visit_exprs(const ExprList& l) {
    for (Expr* e : l)
      if (e && !visit_expr(e)) return false;
    return true;
  }

  bool visit_stmt(Stmt* s) {
    DepthGuard guard(*this);
    if (!guard.ok) return recursion_error();
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = s->as<FunctionDefStmt>();
        if (!add_def(f->name, kDefLocal, *s)) return false;
        if (!visit_exprs(f->args->defaults)) return false;
        if (!visit_exprs(f->args->kw_defaults)) return false;
        if (!visit_annotations(f->args, f->returns)) return false;
        if (!visit_exprs(f->decorator_list)) return false;
        enter_block(std::string(f->name), ScopeType::Function, s, *s);
        if (s->kind == StmtKind::AsyncFunctionDef) m_cur->coroutine = true;
        if (!visit_arguments(f->args)) return false;
        if (!visit_stmts(f->body)) return false;
        exit_block();
        return true;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDefStmt>();
        if (!add_def(c->name, kDefLocal, *s)) return false;
        if (!visit_exprs(c->bases)) return false;
        for (KeywordArg* k : c->keywords)
          if (!visit_expr(k->value)) return false;
        if (!visit_exprs(c->decorator_list)) return false;
        enter_block(std::string(c->name), ScopeType::Class, s, *s);
        std::string saved = m_private;
        m_private = std::string(c->name);
        bool ok = visit_stmts(c->body);
        m_private = saved;
        if (!ok) return false;
        exit_block();
        return true;
      }
      case StmtKind::Return: {
        auto* r = s->as<ReturnStmt>();
        if (r->value) {
          if (!visit_expr(r->value)) return false;
          m_cur->returns_value = true;
        }
        return true;
      }
      case StmtKind::Delete:
        return visit_exprs(s->as<DeleteStmt>()->targets);
      case StmtKind::Assign: {
        auto* a = s->as<AssignStmt>();
        return visit_exprs(a->targets) && visit_expr(a->value);
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssignStmt>();
        if (a->target->kind == ExprKind::Name) {
          auto* n = a->target->as<NameExpr>();
          int cur = lookup(n->id);
          if ((cur & (kDefGlobal | kDefNonlocal)) && m_cur != m_global && a->simple)
            return fail_at(fmt::format(fmt::runtime(cur & kDefGlobal ? "annotated name '{}' can't be global"
                                                                      : "annotated name '{}' can't be nonlocal"),
                                       n->id),
                           *s);
          if (a->simple) {
            if (!add_def(n->id, kDefAnnot | kDefLocal, *n)) return false;
          } else if (a->value) {
            if (!add_def(n->id, kDefLocal, *n)) return false;
          }
        } else {
          if (!visit_expr(a->target)) return false;
        }
        if (!visit_annotation(a->annotation)) return false;
        if (a->value && !visit_expr(a->value)) return false;
        return true;
      }
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssignStmt>();
        return visit_expr(a->target) && visit_expr(a->value);
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = s->as<ForStmt>();
        return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) &&
               visit_stmts(f->orelse);
      }
      case StmtKind::Match: {
        auto* m = s->as<MatchStmt>();
        if (!visit_expr(m->subject)) return false;
        for (MatchCase* c : m->cases) {
          if (!visit_pattern(c->pattern)) return false;
          if (c->guard && !visit_expr(c->guard)) return false;
          if (!visit_stmts(c->body)) return false;
        }
        return true;
      }
      case StmtKind::While: {
        auto* w = s->as<WhileStmt>();
        return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
      }
      case StmtKind::If: {
        auto* i = s->as<IfStmt>();
        return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      }
      case StmtKind::Raise: {
        auto* r = s->as<RaiseStmt>();
        if (r->exc && !visit_expr(r->exc)) return false;
        if (r->cause && !visit_expr(r->cause)) return false;
        return true;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = s->as<TryStmt>();
        if (!visit_stmts(t->body) || !visit_stmts(t->orelse)) return false;
        for (ExceptHandler* h : t->handlers) {
          if (h->type && !visit_expr(h->type)) return false;
          if (!h->name.empty() && !add_def(h->name, kDefLocal, *h)) return false;
          if (!visit_stmts(h->body)) return false;
        }
        return visit_stmts(t->finalbody);
      }
      case StmtKind::Assert: {
        auto* a = s->as<AssertStmt>();
        if (!visit_expr(a->test)) return false;
        return !a->msg || visit_expr(a->msg);
      }
      case StmtKind::Import:
        for (Alias* a : s->as<ImportStmt>()->names)
          if (!visit_alias(a)) return false;
        return true;
      case StmtKind::ImportFrom:
        for (Alias* a : s->as<ImportFromStmt>()->names)
          if (!visit_alias(a)) return false;
        return true;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool global = s->kind == StmtKind::Global;
        for (std::string_view name : s->as<NamesStmt>()->names) {
          int cur = lookup(name);
          if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            const char* msg;
            if (cur & kDefParam)
              msg = global ? "name '{}' is parameter and global" : "name '{}' is parameter and nonlocal";
            else if (cur & kUse)
              msg = global ? "name '{}' is used prior to global declaration"
                           : "name '{}' is used prior to nonlocal declaration";
            else if (cur & kDefAnnot)
              msg = global ? "annotated name '{}' can't be global" : "annotated name '{}' can't be nonlocal";
            else
              msg = global ? "name '{}' is assigned to before global declaration"
                           : "name '{}' is assigned to before nonlocal declaration";
            return fail_at(fmt::format(fmt::runtime(msg), name), *s);
          }
          if (!add_def(name, global ? kDefGlobal : kDefNonlocal, *s)) return false;
          record_directive(name, *s);
        }
        return true;
      }
      case StmtKind::Expr:
        return visit_expr(s->as<ExprStmt>()->value);
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return true;
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = s->as<WithStmt>();
        for (WithItem* it : w->items) {
          if (!visit_expr(it->context_expr)) return false;
          if (it->optional_vars && !visit_expr(it->optional_vars)) return false;
        }
        return visit_stmts(w->body);
      }
    }
    return true;
  }

  bool visit_alias(Alias* a) {
    std::string_view name = a->asname.empty() ? a->name : a->asname;
    size_t dot = name.find('.');
    std::string_view store_name = dot == std::string_view::npos ? name : name.substr(0, dot);
    if (name != "*") return add_def(store_name, kDefImport, *a);
    if (m_cur->type != ScopeType::Module)
      return fail_at("import * only allowed at module level", *a);
    return true;
  }

  bool visit_annotation(Expr* annotation) {
    // PEP 563: annotations are not evaluated, so they do not use names.
    if (m_future_annotations) return true;
    return visit_expr(annotation);
  }

  bool visit_annotations(Arguments* a, Expr* returns) {
    if (!m_future_annotations) {
      for (auto* list : {&a->posonlyargs, &a->args}) {
        for (Arg* arg : *list)
          if (arg->annotation && !visit_expr(arg->annotation)) return false;
      }
      if (a->vararg && a->vararg->annotation && !visit_expr(a->vararg->annotation)) return false;
      if (a->kwarg && a->kwarg->annotation && !visit_expr(a->kwarg->annotation)) return false;
      for (Arg* arg : a->kwonlyargs)
        if (arg->annotation && !visit_expr(arg->annotation)) return false;
    }
    if (returns && !visit_annotation(returns)) return false;
    return true;
  }

  bool visit_arguments(Arguments* a) {
    for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (Arg* arg : *list)
        if (!add_def(arg->name, kDefParam, *arg)) return false;
    if (a->vararg) {
      if (!add_def(a->vararg->name, kDefParam, *a->vararg)) return false;
      m_cur->varargs = true;
    }
    if (a->kwarg) {
      if (!add_def(a->kwarg->name, kDefParam, *a->kwarg)) return false;
      m_cur->varkeywords = true;
    }
    return true;
  }

  // ---- expressions ---------------------------------------------------------------------
  // symtable_visit_pattern: captures are local definitions, values and classes are uses.
  bool visit_pattern(Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        return visit_expr(p->value);
      case PatternKind::MatchSingleton:
        return true;
      case PatternKind::MatchSequence:
      case PatternKind::MatchOr:
        for (Pattern* q : p->patterns)
          if (!visit_pattern(q)) return false;
        return true;
      case PatternKind::MatchStar:
        return !p->has_name || add_def(p->name, kDefLocal, *p);
      case PatternKind::MatchAs:
        if (p->pattern && !visit_pattern(p->pattern)) return false;
        return !p->has_name || add_def(p->name, kDefLocal, *p);
      case PatternKind::MatchMapping:
        if (!visit_exprs(p->keys)) return false;
        for (Pattern* q : p->patterns)
          if (!visit_pattern(q)) return false;
        return !p->has_name || add_def(p->name, kDefLocal, *p);
      case PatternKind::MatchClass:
        if (!visit_expr(p->cls)) return false;
        for (Pattern* q : p->patterns)
          if (!visit_pattern(q)) return false;
        for (Pattern* q : p->kwd_patterns)
          if (!visit_pattern(q)) return false;
        return true;
    }
    return true;
  }

  bool visit_expr(Expr* e) {
    DepthGuard guard(*this);
    if (!guard.ok) return recursion_error();
    switch (e->kind) {
      case ExprKind::NamedExpr:
        return handle_namedexpr(e->as<NamedExpr>());
      case ExprKind::BoolOp:
        return visit_exprs(e->as<BoolOpExpr>()->values);
      case ExprKind::BinOp: {
        auto* b = e->as<BinOpExpr>();
        return visit_expr(b->left) && visit_expr(b->right);
      }
      case ExprKind::UnaryOp:
        return visit_expr(e->as<UnaryOpExpr>()->operand);
      case ExprKind::Lambda: {
        auto* l = e->as<LambdaExpr>();
        if (!visit_exprs(l->args->defaults)) return false;
        if (!visit_exprs(l->args->kw_defaults)) return false;
        enter_block("lambda", ScopeType::Function, e, *e);
        if (!visit_arguments(l->args)) return false;
        if (!visit_expr(l->body)) return false;
        exit_block();
        return true;
      }
      case ExprKind::IfExp: {
        auto* i = e->as<IfExpExpr>();
        return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      }
      case ExprKind::Dict: {
        auto* d = e->as<DictExpr>();
        return visit_exprs(d->keys) && visit_exprs(d->values);
      }
      case ExprKind::Set:
        return visit_exprs(e->as<SetExpr>()->elts);
      case ExprKind::GeneratorExp:
        return handle_comprehension(e, "genexpr");
      case ExprKind::ListComp:
        return handle_comprehension(e, "listcomp");
      case ExprKind::SetComp:
        return handle_comprehension(e, "setcomp");
      case ExprKind::DictComp:
        return handle_comprehension(e, "dictcomp");
      case ExprKind::Yield: {
        auto* y = e->as<YieldExpr>();
        if (y->value && !visit_expr(y->value)) return false;
        m_cur->generator = true;
        if (m_cur->comprehension != ComprehensionKind::None) return raise_in_comprehension(e);
        return true;
      }
      case ExprKind::YieldFrom: {
        if (!visit_expr(e->as<YieldFromExpr>()->value)) return false;
        m_cur->generator = true;
        if (m_cur->comprehension != ComprehensionKind::None) return raise_in_comprehension(e);
        return true;
      }
      case ExprKind::Await:
        if (!visit_expr(e->as<AwaitExpr>()->value)) return false;
        m_cur->coroutine = true;
        return true;
      case ExprKind::Compare: {
        auto* c = e->as<CompareExpr>();
        return visit_expr(c->left) && visit_exprs(c->comparators);
      }
      case ExprKind::Call: {
        auto* c = e->as<CallExpr>();
        if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
        for (KeywordArg* k : c->keywords)
          if (!visit_expr(k->value)) return false;
        return true;
      }
      case ExprKind::FormattedValue: {
        auto* f = e->as<FormattedValueExpr>();
        if (!visit_expr(f->value)) return false;
        return !f->format_spec || visit_expr(f->format_spec);
      }
      case ExprKind::JoinedStr:
        return visit_exprs(e->as<JoinedStrExpr>()->values);
      case ExprKind::Constant:
        return true;
      case ExprKind::Attribute:
        return visit_expr(e->as<AttributeExpr>()->value);
      case ExprKind::Subscript: {
        auto* s = e->as<SubscriptExpr>();
        return visit_expr(s->value) && visit_expr(s->slice);
      }
      case ExprKind::Starred:
        return visit_expr(e->as<StarredExpr>()->value);
      case ExprKind::Slice: {
        auto* s = e->as<SliceExpr>();
        if (s->lower && !visit_expr(s->lower)) return false;
        if (s->upper && !visit_expr(s->upper)) return false;
        return !s->step || visit_expr(s->step);
      }
      case ExprKind::Name: {
        auto* n = e->as<NameExpr>();
        if (!add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, *e)) return false;
        // Special-case super: it counts as a use of __class__.
        if (n->ctx == ExprContext::Load && m_cur->type == ScopeType::Function && n->id == "super")
          if (!add_def("__class__", kUse, *e)) return false;
        return true;
      }
      case ExprKind::List:
      case ExprKind::Tuple:
        return visit_exprs(e->as<SequenceExpr>()->elts);
    }
    return true;
  }

  bool raise_in_comprehension(Expr* e) {
    const char* msg = "'yield' inside generator expression";
    switch (m_cur->comprehension) {
      case ComprehensionKind::List: msg = "'yield' inside list comprehension"; break;
      case ComprehensionKind::Set: msg = "'yield' inside set comprehension"; break;
      case ComprehensionKind::Dict: msg = "'yield' inside dict comprehension"; break;
      default: break;
    }
    return fail_at(msg, *e);
  }

  // symtable_handle_comprehension
  bool handle_comprehension(Expr* e, const char* scope_name) {
    auto* c = e->as<ComprehensionExpr>();
    bool is_generator = e->kind == ExprKind::GeneratorExp;
    Comprehension* outermost = c->generators[0];
    ++m_cur->comp_iter_expr;
    bool ok = visit_expr(outermost->iter);
    --m_cur->comp_iter_expr;
    if (!ok) return false;
    enter_block(scope_name, ScopeType::Function, e, *e);
    switch (e->kind) {
      case ExprKind::ListComp: m_cur->comprehension = ComprehensionKind::List; break;
      case ExprKind::SetComp: m_cur->comprehension = ComprehensionKind::Set; break;
      case ExprKind::DictComp: m_cur->comprehension = ComprehensionKind::Dict; break;
      default: m_cur->comprehension = ComprehensionKind::Generator; break;
    }
    if (outermost->is_async) m_cur->coroutine = true;
    // Outermost iter is received as an argument.
    if (!add_def(".0", kDefParam, *e)) return false;
    m_cur->comp_iter_target = true;
    ok = visit_expr(outermost->target);
    m_cur->comp_iter_target = false;
    if (!ok || !visit_exprs(outermost->ifs)) return false;
    for (size_t i = 1; i < c->generators.size(); ++i) {
      Comprehension* g = c->generators[i];
      m_cur->comp_iter_target = true;
      ok = visit_expr(g->target);
      m_cur->comp_iter_target = false;
      if (!ok) return false;
      ++m_cur->comp_iter_expr;
      ok = visit_expr(g->iter);
      --m_cur->comp_iter_expr;
      if (!ok || !visit_exprs(g->ifs)) return false;
      if (g->is_async) m_cur->coroutine = true;
    }
    if (c->value && !visit_expr(c->value)) return false;
    if (!visit_expr(c->elt)) return false;
    m_cur->generator = is_generator;
    bool is_async = m_cur->coroutine && !is_generator;
    exit_block();
    if (is_async) m_cur->coroutine = true;
    return true;
  }

  // symtable_handle_namedexpr / symtable_extend_namedexpr_scope
  bool handle_namedexpr(NamedExpr* e) {
    if (m_cur->comp_iter_expr > 0)
      return fail_at("assignment expression cannot be used in a comprehension iterable expression", *e);
    if (m_cur->comprehension != ComprehensionKind::None) {
      auto* target = e->target->as<NameExpr>();
      std::string target_name(target->id);
      for (size_t i = m_stack.size(); i-- > 0;) {
        Scope* ste = m_stack[i];
        if (ste->comprehension != ComprehensionKind::None) {
          if (ste->flags_of(mangle(m_private, target_name)) & kDefCompIter)
            return fail_at(fmt::format("assignment expression cannot rebind comprehension "
                                       "iteration variable '{}'",
                                       target_name),
                           *target);
          continue;
        }
        if (ste->type == ScopeType::Function) {
          int in_scope = ste->flags_of(mangle(m_private, target_name));
          if (!add_def(target_name, (in_scope & kDefGlobal) ? kDefGlobal : kDefNonlocal, *target))
            return false;
          record_directive(target_name, *target);
          if (!add_def_in(target_name, kDefLocal, ste, *target)) return false;
          break;
        }
        if (ste->type == ScopeType::Module) {
          if (!add_def(target_name, kDefGlobal, *target)) return false;
          record_directive(target_name, *target);
          if (!add_def_in(target_name, kDefGlobal, ste, *target)) return false;
          break;
        }
        if (ste->type == ScopeType::Class)
          return fail_at("assignment expression within a comprehension cannot be used in a class body",
                         *target);
      }
    }
    return visit_expr(e->value) && visit_expr(e->target);
  }

  // ---- analysis ------------------------------------------------------------------------
  using NameSet = std::set<std::string>;

  bool error_at_directive(Scope* ste, const std::string& name, const std::string& msg) {
    auto it = ste->directives.find(name);
    if (it != ste->directives.end()) return fail_at(msg, it->second);
    return fail(msg, ste->loc.line, ste->loc.col + 1, ste->loc.end_line, ste->loc.end_col + 1);
  }

  // analyze_name
  bool analyze_name(Scope* ste, std::unordered_map<std::string, SymbolScope>& scopes,
                    const std::string& name, int flags, const NameSet* bound, NameSet& local,
                    NameSet& free, NameSet& global) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal)
        return error_at_directive(ste, name, fmt::format("name '{}' is nonlocal and global", name));
      scopes[name] = SymbolScope::GlobalExplicit;
      global.insert(name);
      // `bound` is owned by the caller; removing from a const set is not needed here as
      // CPython only discards from the set passed down to children (handled there).
      return true;
    }
    if (flags & kDefNonlocal) {
      if (!bound)
        return error_at_directive(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        return error_at_directive(ste, name, fmt::format("no binding for nonlocal '{}' found", name));
      scopes[name] = SymbolScope::Free;
      ste->free = true;
      free.insert(name);
      return true;
    }
    if (flags & kDefBound) {
      scopes[name] = SymbolScope::Local;
      local.insert(name);
      global.erase(name);
      return true;
    }
    if (bound && bound->count(name)) {
      scopes[name] = SymbolScope::Free;
      ste->free = true;
      free.insert(name);
      return true;
    }
    if (global.count(name)) {
      scopes[name] = SymbolScope::GlobalImplicit;
      return true;
    }
    if (ste->nested) ste->free = true;
    scopes[name] = SymbolScope::GlobalImplicit;
    return true;
  }

  // analyze_block
  bool analyze_block(Scope* ste, NameSet* bound, NameSet& free, NameSet& global) {
    DepthGuard guard(*this);
    if (!guard.ok) return recursion_error();
    NameSet local;
    std::unordered_map<std::string, SymbolScope> scopes;
    NameSet newglobal, newfree, newbound;

    // Class namespace has no effect on names visible in nested functions, so populate
    // the global and bound sets to be passed to child blocks before analysing this one.
    if (ste->type == ScopeType::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (const std::string& name : ste->symbol_order) {
      int flags = ste->symbols[name].flags;
      if (flags & kDefGlobal) {
        // analyze_name removes explicit globals from `bound` (PySet_Discard).
        if (bound) bound->erase(name);
      }
      if (!analyze_name(ste, scopes, name, flags, bound, local, free, global)) return false;
    }
    // Populate global and bound sets to be passed to children.
    if (ste->type != ScopeType::Class) {
      if (ste->type == ScopeType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      // Special-case __class__.
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* child : ste->children) {
      NameSet temp_bound = newbound, temp_free = newfree, temp_global = newglobal;
      if (!analyze_block(child, &temp_bound, temp_free, temp_global)) return false;
      allfree.insert(temp_free.begin(), temp_free.end());
      if (child->free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    // Check if any local variables must be converted to cell variables.
    if (ste->type == ScopeType::Function) {
      for (auto& [name, scope] : scopes) {
        if (scope != SymbolScope::Local) continue;
        auto it = newfree.find(name);
        if (it == newfree.end()) continue;
        scope = SymbolScope::Cell;
        newfree.erase(it);
      }
    } else if (ste->type == ScopeType::Class) {
      auto it = newfree.find("__class__");
      if (it != newfree.end()) {
        newfree.erase(it);
        ste->needs_class_closure = true;
      }
    }
    // update_symbols
    for (const std::string& name : ste->symbol_order) ste->symbols[name].scope = scopes[name];
    for (const std::string& name : newfree) {
      auto it = ste->symbols.find(name);
      if (it != ste->symbols.end()) {
        if (ste->type == ScopeType::Class && (it->second.flags & (kDefBound | kDefGlobal)))
          it->second.flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;
      Symbol sym;
      sym.scope = SymbolScope::Free;
      ste->symbols[name] = sym;
      ste->symbol_order.push_back(name);
    }
    free.insert(newfree.begin(), newfree.end());
    return true;
  }

  SymbolTable& m_st;
  std::string_view m_filename;
  bool m_future_annotations;
  Scope* m_cur = nullptr;
  Scope* m_global = nullptr;
  std::vector<Scope*> m_stack;
  std::string m_private;
  int m_depth = 0;
};

std::unique_ptr<SymbolTable> SymbolTable::build(const Mod& mod, std::string_view filename,
                                                bool future_annotations,
                                                std::optional<SyntaxErrorInfo>& error) {
  auto st = std::make_unique<SymbolTable>();
  SymtableBuilder builder(*st, filename, future_annotations);
  if (!builder.build(mod)) {
    error = std::move(builder.error);
    return nullptr;
  }
  return st;
}

}  // namespace krait
