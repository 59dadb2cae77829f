// compiler_stmt.cpp — code generation for statements (CPython 3.11 compile.c: functions,
// classes, control flow, try/except/finally with 3.11's unwinding, with, imports,
// assignments and annotations).
#include "compiler_internal.h"

#include <fmt/format.h>

namespace krait::detail {

constexpr size_t kMaxBlocks = 20;  // CO_MAXBLOCKS

bool Compiler::push_fblock(FBlock fb) {
  if (m_u->fblocks.size() >= kMaxBlocks) return error_at("too many statically nested blocks");
  m_u->fblocks.push_back(fb);
  return true;
}

void Compiler::pop_fblock() { m_u->fblocks.pop_back(); }

bool Compiler::pop_except_and_reraise() {
  emit(Opcode::COPY, 3);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 1);
  return true;
}

// The yield-from loop of 3.11 (SEND / YIELD_VALUE / JUMP) is one YIELD_FROM in Krait.
bool Compiler::add_yield_from(bool await) {
  (void)await;
  emit(Opcode::YIELD_FROM);
  return true;
}

bool Compiler::call_exit_with_nones() {
  emit_load_const(NoneConst{});
  emit_load_const(NoneConst{});
  emit_load_const(NoneConst{});
  emit(Opcode::CALL, 2);
  return true;
}

// compiler_unwind_fblock
bool Compiler::unwind_fblock(const FBlock& info, bool preserve_tos) {
  switch (info.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
      return true;
    case FBlockType::ForLoop:
      // Pop the iterator.
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      return true;
    case FBlockType::TryExcept:
      emit_pseudo(kPopBlock);
      return true;
    case FBlockType::FinallyTry: {
      // This POP_BLOCK gets the line number of the unwinding statement.
      emit_pseudo(kPopBlock);
      if (preserve_tos) {
        FBlock pv;
        pv.type = FBlockType::PopValue;
        if (!push_fblock(pv)) return false;
      }
      // Emit the finally block.
      if (!visit_stmts(*info.finalbody)) return false;
      if (preserve_tos) pop_fblock();
      // The finally block should appear to execute after the statement causing the
      // unwinding, so make the unwinding instruction artificial.
      unset_loc();
      return true;
    }
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // exc_value
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit_pseudo(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      return true;
    case FBlockType::With:
    case FBlockType::AsyncWith:
      set_loc(*info.with_stmt);
      emit_pseudo(kPopBlock);
      if (preserve_tos) emit(Opcode::SWAP, 2);
      if (!call_exit_with_nones()) return false;
      if (info.type == FBlockType::AsyncWith) {
        emit(Opcode::GET_AWAITABLE, 2);
        emit_load_const(NoneConst{});
        add_yield_from(true);
      }
      emit(Opcode::POP_TOP);
      unset_loc();
      return true;
    case FBlockType::HandlerCleanup:
      if (info.has_handler_name) emit_pseudo(kPopBlock);
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit_pseudo(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      if (info.has_handler_name) {
        emit_load_const(NoneConst{});
        if (!nameop(info.handler_name, ExprContext::Store)) return false;
        if (!nameop(info.handler_name, ExprContext::Del)) return false;
      }
      return true;
    case FBlockType::PopValue:
      if (preserve_tos) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      return true;
  }
  return true;
}

// compiler_unwind_fblock_stack: unwind every block (or up to the innermost loop when
// `loop` is given), then restore the block stack for the code that follows.
bool Compiler::unwind_fblock_stack(bool preserve_tos, const FBlock** loop) {
  if (m_u->fblocks.empty()) return true;
  FBlock top = m_u->fblocks.back();
  if (top.type == FBlockType::ExceptionGroupHandler)
    return error_at("'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
    *loop = &m_u->fblocks.back();
    return true;
  }
  m_u->fblocks.pop_back();
  if (!unwind_fblock(top, preserve_tos)) return false;
  if (!unwind_fblock_stack(preserve_tos, loop)) return false;
  m_u->fblocks.push_back(top);
  return true;
}

// ---- statements --------------------------------------------------------------------------

bool Compiler::visit_stmts(const StmtList& body) {
  for (const Stmt* s : body)
    if (!visit_stmt(s)) return false;
  return true;
}

static bool find_ann(const StmtList& stmts) {
  for (const Stmt* st : stmts) {
    switch (st->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = st->as<ForStmt>();
        if (find_ann(f->body) || find_ann(f->orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto* w = st->as<WhileStmt>();
        if (find_ann(w->body) || find_ann(w->orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto* i = st->as<IfStmt>();
        if (find_ann(i->body) || find_ann(i->orelse)) return true;
        break;
      }
      case StmtKind::Match:
        for (const MatchCase* c : st->as<MatchStmt>()->cases)
          if (find_ann(c->body)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_ann(st->as<WithStmt>()->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = st->as<TryStmt>();
        for (const ExceptHandler* h : t->handlers)
          if (find_ann(h->body)) return true;
        if (find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

static const std::string* get_docstring(const StmtList& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr) return nullptr;
  const Expr* v = body[0]->as<ExprStmt>()->value;
  if (v->kind != ExprKind::Constant) return nullptr;
  return std::get_if<std::string>(&v->as<ConstantExpr>()->value);
}

// compiler_body: module and class bodies (docstring into __doc__, SETUP_ANNOTATIONS).
bool Compiler::body(const StmtList& stmts) {
  size_t i = 0;
  if (m_u->scope_type == CompilerScope::Module && !stmts.empty()) set_loc(*stmts[0]);
  if (find_ann(stmts)) emit(Opcode::SETUP_ANNOTATIONS);
  if (stmts.empty()) return true;
  if (get_docstring(stmts)) {
    i = 1;
    if (!visit_expr(stmts[0]->as<ExprStmt>()->value)) return false;
    unset_loc();
    if (!nameop("__doc__", ExprContext::Store)) return false;
  }
  for (; i < stmts.size(); ++i)
    if (!visit_stmt(stmts[i])) return false;
  return true;
}

bool Compiler::visit_stmt(const Stmt* s) {
  CompilerDepthGuard guard(*this);
  if (!guard.ok) return recursion_error();
  set_loc(*s);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
      return function(s->as<FunctionDefStmt>());
    case StmtKind::ClassDef:
      return class_def(s->as<ClassDefStmt>());
    case StmtKind::Return:
      return return_stmt(s->as<ReturnStmt>());
    case StmtKind::Delete:
      return visit_exprs(s->as<DeleteStmt>()->targets);
    case StmtKind::Assign: {
      auto* a = s->as<AssignStmt>();
      if (!visit_expr(a->value)) return false;
      for (size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) emit(Opcode::COPY, 1);
        if (!visit_expr(a->targets[i])) return false;
      }
      return true;
    }
    case StmtKind::AugAssign:
      return augassign(s->as<AugAssignStmt>());
    case StmtKind::AnnAssign:
      return annassign(s->as<AnnAssignStmt>());
    case StmtKind::For:
      return for_stmt(s->as<ForStmt>());
    case StmtKind::AsyncFor:
      return async_for(s->as<ForStmt>());
    case StmtKind::While:
      return while_stmt(s->as<WhileStmt>());
    case StmtKind::If:
      return if_stmt(s->as<IfStmt>());
    case StmtKind::Raise:
      return raise_stmt(s->as<RaiseStmt>());
    case StmtKind::Try:
      return try_stmt(s->as<TryStmt>());
    case StmtKind::TryStar:
      return try_star(s->as<TryStmt>());
    case StmtKind::Assert:
      return assert_stmt(s->as<AssertStmt>());
    case StmtKind::Import:
      return import_stmt(s->as<ImportStmt>());
    case StmtKind::ImportFrom:
      return import_from(s->as<ImportFromStmt>());
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      return true;
    case StmtKind::Expr:
      return stmt_expr(s->as<ExprStmt>()->value);
    case StmtKind::Pass:
      emit(Opcode::NOP);
      return true;
    case StmtKind::Break:
      return break_stmt();
    case StmtKind::Continue:
      return continue_stmt();
    case StmtKind::With:
      return with_stmt(s->as<WithStmt>(), 0);
    case StmtKind::AsyncWith:
      return async_with(s->as<WithStmt>(), 0);
    case StmtKind::Match:
      return match_stmt(s->as<MatchStmt>());
  }
  return true;
}

// compiler_visit_stmt_expr
bool Compiler::stmt_expr(const Expr* value) {
  if (m_interactive && m_nestlevel <= 1) {
    if (!visit_expr(value)) return false;
    emit(Opcode::PRINT_EXPR);
    return true;
  }
  if (value->kind == ExprKind::Constant) {
    emit(Opcode::NOP);  // ignore constant statement
    return true;
  }
  if (!visit_expr(value)) return false;
  unset_loc();
  emit(Opcode::POP_TOP);
  return true;
}

bool Compiler::decorators(const ExprList& decos) {
  return visit_exprs(decos);
}

bool Compiler::apply_decorators(const ExprList& decos) {
  for (size_t i = decos.size(); i-- > 0;) {
    set_loc(*decos[i]);
    emit(Opcode::CALL, 0);
  }
  return true;
}

// compiler_check_debug_args
bool Compiler::check_debug_args(const Arguments* args) {
  // Reported at the current location: the def statement or the lambda.
  for (const auto* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
    for (const Arg* a : *list)
      if (a->name == "__debug__") return error_at("cannot assign to __debug__");
  if (args->vararg && args->vararg->name == "__debug__") return error_at("cannot assign to __debug__");
  if (args->kwarg && args->kwarg->name == "__debug__") return error_at("cannot assign to __debug__");
  return true;
}

// compiler_default_arguments: returns MAKE_FUNCTION flags, -1 on error.
int Compiler::default_arguments(const Arguments* args) {
  int flags = 0;
  if (!args->defaults.empty()) {
    if (!visit_exprs(args->defaults)) return -1;
    emit(Opcode::BUILD_TUPLE, static_cast<int>(args->defaults.size()));
    flags |= kMfDefaults;
  }
  ConstTuple keys;
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    const Expr* d = args->kw_defaults[i];
    if (!d) continue;
    keys.items.push_back(Constant(mangled(args->kwonlyargs[i]->name)));
    if (!visit_expr(d)) return -1;
  }
  if (!keys.items.empty()) {
    int n = static_cast<int>(keys.items.size());
    emit_load_const(std::move(keys));
    emit(Opcode::BUILD_CONST_KEY_MAP, n);
    flags |= kMfKwDefaults;
  }
  return flags;
}

// An annotation under `from __future__ import annotations` is its source text.
bool Compiler::annotation_expr(const Expr* annotation) {
  if (m_future_annotations) {
    emit_load_const(annotation_string(annotation));
    return true;
  }
  return visit_expr(annotation);
}

bool Compiler::visit_argannotation(std::string_view id, const Expr* annotation, int& len) {
  if (!annotation) return true;
  emit_load_const(mangled(id));
  if (m_future_annotations) {
    emit_load_const(annotation_string(annotation));
  } else if (annotation->kind == ExprKind::Starred) {
    // *args: *Ts -- do [annotation_value] = [*Ts].
    if (!visit_expr(annotation->as<StarredExpr>()->value)) return false;
    emit(Opcode::UNPACK_SEQUENCE, 1);
  } else {
    if (!visit_expr(annotation)) return false;
  }
  len += 2;
  return true;
}

// compiler_visit_annotations: 1 if a tuple was pushed, 0 if none, -1 on error.
int Compiler::visit_annotations(const Arguments* args, const Expr* returns) {
  int len = 0;
  for (const Arg* a : args->args)
    if (!visit_argannotation(a->name, a->annotation, len)) return -1;
  for (const Arg* a : args->posonlyargs)
    if (!visit_argannotation(a->name, a->annotation, len)) return -1;
  if (args->vararg && args->vararg->annotation &&
      !visit_argannotation(args->vararg->name, args->vararg->annotation, len))
    return -1;
  for (const Arg* a : args->kwonlyargs)
    if (!visit_argannotation(a->name, a->annotation, len)) return -1;
  if (args->kwarg && args->kwarg->annotation &&
      !visit_argannotation(args->kwarg->name, args->kwarg->annotation, len))
    return -1;
  if (!visit_argannotation("return", returns, len)) return -1;
  if (len) {
    emit(Opcode::BUILD_TUPLE, len);
    return 1;
  }
  return 0;
}

// compiler_make_closure
bool Compiler::make_closure(std::shared_ptr<CodeUnit> co, int flags) {
  if (co->nfreevars) {
    size_t first = co->localsplus_names.size() - static_cast<size_t>(co->nfreevars);
    for (size_t i = first; i < co->localsplus_names.size(); ++i) {
      const std::string& name = co->localsplus_names[i];
      // A free variable of a method that is also a class-level name is handled by the
      // closure (get_ref_type).
      bool is_cell;
      if (m_u->scope_type == CompilerScope::Class && name == "__class__") {
        is_cell = true;
      } else {
        SymbolScope scope = m_u->ste->scope_of(name);
        if (scope == SymbolScope::None)
          return error_at(fmt::format("internal error: unknown scope for '{}'", name));
        is_cell = scope == SymbolScope::Cell;
      }
      int arg = lookup_cell_or_free(name, is_cell);
      if (arg < 0) arg = lookup_cell_or_free(name, !is_cell);
      if (arg < 0) return error_at(fmt::format("internal error: no closure for '{}'", name));
      emit(Opcode::LOAD_CLOSURE, arg);
    }
    flags |= kMfClosure;
    emit(Opcode::BUILD_TUPLE, co->nfreevars);
  }
  emit_load_const(std::shared_ptr<const CodeUnit>(std::move(co)));
  emit(Opcode::MAKE_FUNCTION, flags);
  return true;
}

// compiler_function
bool Compiler::function(const FunctionDefStmt* s) {
  bool is_async = s->kind == StmtKind::AsyncFunctionDef;
  const Arguments* args = s->args;
  if (!check_debug_args(args)) return false;
  if (!decorators(s->decorator_list)) return false;
  int first_line = s->line;
  if (!s->decorator_list.empty()) first_line = s->decorator_list[0]->line;
  int flags = default_arguments(args);
  if (flags < 0) return false;
  int ann = visit_annotations(args, s->returns);
  if (ann < 0) return false;
  if (ann > 0) flags |= kMfAnnotations;
  if (!enter_scope(std::string(s->name), is_async ? CompilerScope::AsyncFunction : CompilerScope::Function,
                   s, first_line))
    return false;
  const std::string* doc = get_docstring(s->body);
  add_const(doc ? Constant(*doc) : Constant(NoneConst{}));
  m_u->argcount = static_cast<int>(args->args.size());
  m_u->posonlyargcount = static_cast<int>(args->posonlyargs.size());
  m_u->kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
  for (size_t i = doc ? 1 : 0; i < s->body.size(); ++i)
    if (!visit_stmt(s->body[i])) return false;
  auto co = assemble(true);
  exit_scope();
  if (!co) return false;
  if (!make_closure(std::move(co), flags)) return false;
  if (!apply_decorators(s->decorator_list)) return false;
  return nameop(s->name, ExprContext::Store);
}

// compiler_class
bool Compiler::class_def(const ClassDefStmt* s) {
  if (!decorators(s->decorator_list)) return false;
  int first_line = s->line;
  if (!s->decorator_list.empty()) first_line = s->decorator_list[0]->line;
  // 1. compile the class body into a code object
  if (!enter_scope(std::string(s->name), CompilerScope::Class, s, first_line)) return false;
  m_u->priv = std::string(s->name);
  if (!nameop("__name__", ExprContext::Load)) return false;
  if (!nameop("__module__", ExprContext::Store)) return false;
  emit_load_const(m_u->qualname);
  if (!nameop("__qualname__", ExprContext::Store)) return false;
  if (!body(s->body)) return false;
  unset_loc();
  if (m_u->ste->needs_class_closure) {
    // Store __classcell__ into the class namespace and return it.
    emit(Opcode::LOAD_CLOSURE, m_u->cellvars.find("__class__"));
    emit(Opcode::COPY, 1);
    if (!nameop("__classcell__", ExprContext::Store)) return false;
  } else {
    emit_load_const(NoneConst{});
  }
  emit(Opcode::RETURN_VALUE);
  auto co = assemble(true);
  exit_scope();
  if (!co) return false;
  // 2. load the 'build_class' function
  emit(Opcode::PUSH_NULL);
  emit(Opcode::LOAD_BUILD_CLASS);
  // 3. load a function (or closure) made from the code object
  if (!make_closure(std::move(co), 0)) return false;
  // 4. load class name
  emit_load_const(std::string(s->name));
  // 5. generate the rest of the code for the call
  if (!call_helper(2, s->bases, s->keywords)) return false;
  // 6. apply decorators
  if (!apply_decorators(s->decorator_list)) return false;
  // 7. store into <name>
  return nameop(s->name, ExprContext::Store);
}

// compiler_return
bool Compiler::return_stmt(const ReturnStmt* s) {
  bool preserve_tos = s->value && (s->value->kind != ExprKind::Constant ||
                                   std::holds_alternative<ImaginaryLiteral>(s->value->as<ConstantExpr>()->value));
  if (m_u->ste->type != ScopeType::Function) return error_at("'return' outside function");
  if (s->value && m_u->ste->coroutine && m_u->ste->generator)
    return error_at("'return' with value in async generator");
  if (preserve_tos) {
    if (!visit_expr(s->value)) return false;
  } else if (s->value) {
    set_loc(*s->value);
    emit(Opcode::NOP);
  }
  if (!s->value || s->value->line != s->line) {
    set_loc(*s);
    emit(Opcode::NOP);
  }
  if (!unwind_fblock_stack(preserve_tos, nullptr)) return false;
  if (!s->value) {
    emit_load_const(NoneConst{});
  } else if (!preserve_tos) {
    bool ok = true;
    Constant c = const_value(s->value->as<ConstantExpr>()->value, ok);
    if (!ok) return false;
    emit_load_const(std::move(c));
  }
  emit(Opcode::RETURN_VALUE);
  return true;
}

bool Compiler::break_stmt() {
  const FBlock* loop = nullptr;
  emit(Opcode::NOP);
  if (!unwind_fblock_stack(false, &loop)) return false;
  if (!loop) return error_at("'break' outside loop");
  FBlock l = *loop;
  if (!unwind_fblock(l, false)) return false;
  emit_jump(Opcode::JUMP, l.exit);
  return true;
}

bool Compiler::continue_stmt() {
  const FBlock* loop = nullptr;
  emit(Opcode::NOP);
  if (!unwind_fblock_stack(false, &loop)) return false;
  if (!loop) return error_at("'continue' not properly in loop");
  emit_jump(Opcode::JUMP, loop->block);
  return true;
}

// compiler_if
bool Compiler::if_stmt(const IfStmt* s) {
  int end = new_label();
  int next = s->orelse.empty() ? end : new_label();
  if (!jump_if(s->test, next, false)) return false;
  if (!visit_stmts(s->body)) return false;
  if (!s->orelse.empty()) {
    emit_jump_noline(Opcode::JUMP, end);
    use_label(next);
    if (!visit_stmts(s->orelse)) return false;
  }
  use_label(end);
  return true;
}

// compiler_for
bool Compiler::for_stmt(const ForStmt* s) {
  int start = new_label(), cleanup = new_label(), end = new_label();
  FBlock fb;
  fb.type = FBlockType::ForLoop;
  fb.block = start;
  fb.exit = end;
  if (!push_fblock(fb)) return false;
  if (!visit_iter(s->iter)) return false;
  emit(Opcode::GET_ITER);
  use_label(start);
  emit_jump(Opcode::FOR_ITER, cleanup);
  if (!visit_expr(s->target)) return false;
  if (!visit_stmts(s->body)) return false;
  unset_loc();
  emit_jump(Opcode::JUMP, start);
  use_label(cleanup);
  pop_fblock();
  if (!visit_stmts(s->orelse)) return false;
  use_label(end);
  return true;
}

// compiler_async_for
bool Compiler::async_for(const ForStmt* s) {
  if (is_top_level_await()) {
    m_u->ste->coroutine = true;
  } else if (m_u->scope_type != CompilerScope::AsyncFunction) {
    return error_at("'async for' outside async function");
  }
  int start = new_label(), except = new_label(), end = new_label();
  if (!visit_expr(s->iter)) return false;
  emit(Opcode::GET_AITER);
  use_label(start);
  FBlock fb;
  fb.type = FBlockType::ForLoop;
  fb.block = start;
  fb.exit = end;
  if (!push_fblock(fb)) return false;
  // SETUP_FINALLY to guard the __anext__ call.
  emit_pseudo(kSetupFinally, except);
  emit(Opcode::GET_ANEXT);
  emit_load_const(NoneConst{});
  add_yield_from(true);
  emit_pseudo(kPopBlock);
  // Success block for __anext__.
  if (!visit_expr(s->target)) return false;
  if (!visit_stmts(s->body)) return false;
  unset_loc();
  emit_jump(Opcode::JUMP, start);
  pop_fblock();
  // Except block for __anext__.
  use_label(except);
  set_loc(*s->iter);
  emit(Opcode::END_ASYNC_FOR);
  if (!visit_stmts(s->orelse)) return false;
  use_label(end);
  return true;
}

// compiler_while
bool Compiler::while_stmt(const WhileStmt* s) {
  int loop = new_label(), body_label = new_label(), anchor = new_label(), end = new_label();
  use_label(loop);
  FBlock fb;
  fb.type = FBlockType::WhileLoop;
  fb.block = loop;
  fb.exit = end;
  if (!push_fblock(fb)) return false;
  if (!jump_if(s->test, anchor, false)) return false;
  use_label(body_label);
  if (!visit_stmts(s->body)) return false;
  set_loc(*s);
  if (!jump_if(s->test, body_label, true)) return false;
  pop_fblock();
  use_label(anchor);
  if (!visit_stmts(s->orelse)) return false;
  use_label(end);
  return true;
}

bool Compiler::raise_stmt(const RaiseStmt* s) {
  int n = 0;
  if (s->exc) {
    if (!visit_expr(s->exc)) return false;
    ++n;
    if (s->cause) {
      if (!visit_expr(s->cause)) return false;
      ++n;
    }
  }
  emit(Opcode::RAISE_VARARGS, n);
  return true;
}

// compiler_assert
bool Compiler::assert_stmt(const AssertStmt* s) {
  const Expr* t = s->test;
  bool nonempty_tuple = (t->kind == ExprKind::Tuple && !t->as<SequenceExpr>()->elts.empty());
  if (nonempty_tuple) warn("assertion is always true, perhaps remove parentheses?");
  int end = new_label();
  if (!jump_if(s->test, end, true)) return false;
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    if (!visit_expr(s->msg)) return false;
    emit(Opcode::CALL, 0);
  }
  emit(Opcode::RAISE_VARARGS, 1);
  use_label(end);
  return true;
}

// compiler_import
bool Compiler::import_stmt(const ImportStmt* s) {
  for (const Alias* alias : s->names) {
    emit_load_const(int64_t{0});
    emit_load_const(NoneConst{});
    emit_name(Opcode::IMPORT_NAME, std::string(alias->name));
    if (!alias->asname.empty()) {
      if (!import_as(alias->name, alias->asname)) return false;
    } else {
      std::string_view tmp = alias->name;
      size_t dot = tmp.find('.');
      if (dot != std::string_view::npos) tmp = tmp.substr(0, dot);
      if (!nameop(tmp, ExprContext::Store)) return false;
    }
  }
  return true;
}

// compiler_import_as
bool Compiler::import_as(std::string_view name, std::string_view asname) {
  size_t dot = name.find('.');
  if (dot != std::string_view::npos) {
    // Consume the base module name to get the first attribute.
    for (;;) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      std::string_view attr = name.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
      emit(Opcode::IMPORT_FROM, m_u->names.add(std::string(attr)));
      if (dot == std::string_view::npos) break;
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
    }
    if (!nameop(asname, ExprContext::Store)) return false;
    emit(Opcode::POP_TOP);
    return true;
  }
  return nameop(asname, ExprContext::Store);
}

// compiler_from_import
bool Compiler::import_from(const ImportFromStmt* s) {
  if (s->line > m_future_lineno && s->has_module && s->module == "__future__")
    return error_at("from __future__ imports must occur at the beginning of the file");
  emit_load_const(int64_t{s->level});
  ConstTuple names;
  for (const Alias* a : s->names) names.items.push_back(Constant(std::string(a->name)));
  emit_load_const(std::move(names));
  emit_name(Opcode::IMPORT_NAME, s->has_module ? std::string(s->module) : std::string());
  for (size_t i = 0; i < s->names.size(); ++i) {
    const Alias* alias = s->names[i];
    if (i == 0 && alias->name == "*") {
      emit(Opcode::IMPORT_STAR);
      return true;
    }
    emit_name(Opcode::IMPORT_FROM, std::string(alias->name));
    std::string_view store_name = alias->asname.empty() ? alias->name : alias->asname;
    if (!nameop(store_name, ExprContext::Store)) return false;
  }
  emit(Opcode::POP_TOP);  // remove imported module
  return true;
}

// compiler_augassign
bool Compiler::augassign(const AugAssignStmt* s) {
  const Expr* e = s->target;
  SourcePos old = m_u->loc;
  bool old_has = m_u->has_loc;
  set_loc(*e);
  switch (e->kind) {
    case ExprKind::Attribute: {
      auto* a = e->as<AttributeExpr>();
      if (!visit_expr(a->value)) return false;
      emit(Opcode::COPY, 1);
      update_start_location_to_match_attr(a);
      emit_name(Opcode::LOAD_ATTR, std::string(a->attr));
      break;
    }
    case ExprKind::Subscript: {
      auto* sub = e->as<SubscriptExpr>();
      if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
      emit(Opcode::COPY, 2);
      emit(Opcode::COPY, 2);
      emit(Opcode::BINARY_SUBSCR);
      break;
    }
    case ExprKind::Name:
      if (!nameop(e->as<NameExpr>()->id, ExprContext::Load)) return false;
      break;
    default:
      return error_at("invalid node type for augmented assignment");
  }
  m_u->loc = old;
  m_u->has_loc = old_has;
  if (!visit_expr(s->value)) return false;
  emit(Opcode::BINARY_OP, kNbInplaceAdd + static_cast<int>([&] {
         switch (s->op) {
           case OperatorKind::Add: return kNbAdd;
           case OperatorKind::BitAnd: return kNbAnd;
           case OperatorKind::FloorDiv: return kNbFloorDivide;
           case OperatorKind::LShift: return kNbLshift;
           case OperatorKind::MatMult: return kNbMatrixMultiply;
           case OperatorKind::Mult: return kNbMultiply;
           case OperatorKind::Mod: return kNbRemainder;
           case OperatorKind::BitOr: return kNbOr;
           case OperatorKind::Pow: return kNbPower;
           case OperatorKind::RShift: return kNbRshift;
           case OperatorKind::Sub: return kNbSubtract;
           case OperatorKind::Div: return kNbTrueDivide;
           case OperatorKind::BitXor: return kNbXor;
         }
         return kNbAdd;
       }()));
  set_loc(*e);
  switch (e->kind) {
    case ExprKind::Attribute: {
      auto* a = e->as<AttributeExpr>();
      update_start_location_to_match_attr(a);
      emit(Opcode::SWAP, 2);
      emit_name(Opcode::STORE_ATTR, std::string(a->attr));
      break;
    }
    case ExprKind::Subscript:
      emit(Opcode::SWAP, 3);
      emit(Opcode::SWAP, 2);
      emit(Opcode::STORE_SUBSCR);
      break;
    case ExprKind::Name:
      return nameop(e->as<NameExpr>()->id, ExprContext::Store);
    default:
      break;
  }
  return true;
}

bool Compiler::check_ann_expr(const Expr* e) {
  if (!visit_expr(e)) return false;
  emit(Opcode::POP_TOP);
  return true;
}

bool Compiler::check_annotation(const AnnAssignStmt* s) {
  if (m_future_annotations) return true;
  if (m_u->scope_type == CompilerScope::Module || m_u->scope_type == CompilerScope::Class)
    return check_ann_expr(s->annotation);
  return true;
}

static bool check_ann_subscr(Compiler& c, const Expr* e) {
  switch (e->kind) {
    case ExprKind::Slice: {
      auto* s = e->as<SliceExpr>();
      if (s->lower && !c.check_ann_expr(s->lower)) return false;
      if (s->upper && !c.check_ann_expr(s->upper)) return false;
      if (s->step && !c.check_ann_expr(s->step)) return false;
      return true;
    }
    case ExprKind::Tuple:
      for (const Expr* el : e->as<SequenceExpr>()->elts)
        if (!check_ann_subscr(c, el)) return false;
      return true;
    default:
      return c.check_ann_expr(e);
  }
}

// compiler_annassign
bool Compiler::annassign(const AnnAssignStmt* s) {
  const Expr* targ = s->target;
  if (s->value) {
    if (!visit_expr(s->value)) return false;
    if (!visit_expr(targ)) return false;
  }
  switch (targ->kind) {
    case ExprKind::Name: {
      auto* n = targ->as<NameExpr>();
      if (forbidden_name(n->id, ExprContext::Store)) return false;
      // A simple name in a module or class: store the annotation.
      if (s->simple &&
          (m_u->scope_type == CompilerScope::Module || m_u->scope_type == CompilerScope::Class)) {
        if (!annotation_expr(s->annotation)) return false;
        emit_name(Opcode::LOAD_NAME, "__annotations__");
        emit_load_const(mangled(n->id));
        emit(Opcode::STORE_SUBSCR);
      }
      break;
    }
    case ExprKind::Attribute: {
      auto* a = targ->as<AttributeExpr>();
      if (forbidden_name(a->attr, ExprContext::Store)) return false;
      if (!s->value && !check_ann_expr(a->value)) return false;
      break;
    }
    case ExprKind::Subscript: {
      auto* sub = targ->as<SubscriptExpr>();
      if (!s->value && (!check_ann_expr(sub->value) || !check_ann_subscr(*this, sub->slice)))
        return false;
      break;
    }
    default:
      return error_at("invalid node type for annotated assignment");
  }
  // Annotation is evaluated last.
  if (!s->simple && !check_annotation(s)) return false;
  return true;
}

// ---- try / except / finally ----------------------------------------------------------------

bool Compiler::try_stmt(const TryStmt* s) {
  if (!s->finalbody.empty()) return try_finally(s);
  return try_except(s);
}

bool Compiler::try_star(const TryStmt* s) {
  if (!s->finalbody.empty()) return try_star_finally(s);
  return try_star_except(s);
}

// compiler_try_finally
bool Compiler::try_finally(const TryStmt* s) {
  int body_label = new_label(), end = new_label(), exit = new_label(), cleanup = new_label();
  // `try` block
  emit_pseudo(kSetupFinally, end);
  use_label(body_label);
  FBlock fb;
  fb.type = FBlockType::FinallyTry;
  fb.block = body_label;
  fb.exit = end;
  fb.finalbody = &s->finalbody;
  if (!push_fblock(fb)) return false;
  if (!s->handlers.empty()) {
    if (!try_except(s)) return false;
  } else {
    if (!visit_stmts(s->body)) return false;
  }
  unset_loc();
  emit_pseudo(kPopBlock);
  pop_fblock();
  if (!visit_stmts(s->finalbody)) return false;
  emit_jump_noline(Opcode::JUMP, exit);
  // `finally` block
  use_label(end);
  unset_loc();
  emit_pseudo(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  FBlock fe;
  fe.type = FBlockType::FinallyEnd;
  fe.block = end;
  if (!push_fblock(fe)) return false;
  if (!visit_stmts(s->finalbody)) return false;
  pop_fblock();
  emit(Opcode::RERAISE, 0);
  use_label(cleanup);
  pop_except_and_reraise();
  use_label(exit);
  return true;
}

// compiler_try_star_finally
bool Compiler::try_star_finally(const TryStmt* s) {
  int body_label = new_label(), end = new_label(), exit = new_label(), cleanup = new_label();
  emit_pseudo(kSetupFinally, end);
  use_label(body_label);
  FBlock fb;
  fb.type = FBlockType::FinallyTry;
  fb.block = body_label;
  fb.exit = end;
  fb.finalbody = &s->finalbody;
  if (!push_fblock(fb)) return false;
  if (!s->handlers.empty()) {
    if (!try_star_except(s)) return false;
  } else {
    if (!visit_stmts(s->body)) return false;
  }
  unset_loc();
  emit_pseudo(kPopBlock);
  pop_fblock();
  if (!visit_stmts(s->finalbody)) return false;
  emit_jump_noline(Opcode::JUMP, exit);
  use_label(end);
  unset_loc();
  emit_pseudo(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  FBlock fe;
  fe.type = FBlockType::FinallyEnd;
  fe.block = end;
  if (!push_fblock(fe)) return false;
  if (!visit_stmts(s->finalbody)) return false;
  pop_fblock();
  emit(Opcode::RERAISE, 0);
  use_label(cleanup);
  pop_except_and_reraise();
  use_label(exit);
  return true;
}

// compiler_try_except
bool Compiler::try_except(const TryStmt* s) {
  int body_label = new_label(), except = new_label(), end = new_label(), cleanup = new_label();
  emit_pseudo(kSetupFinally, except);
  use_label(body_label);
  FBlock fb;
  fb.type = FBlockType::TryExcept;
  fb.block = body_label;
  if (!push_fblock(fb)) return false;
  if (!visit_stmts(s->body)) return false;
  pop_fblock();
  unset_loc();
  emit_pseudo(kPopBlock);
  if (!s->orelse.empty() && !visit_stmts(s->orelse)) return false;
  emit_jump_noline(Opcode::JUMP, end);
  size_t n = s->handlers.size();
  use_label(except);
  unset_loc();
  emit_pseudo(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  // Runtime will push a block here, so we need to account for that.
  FBlock eh;
  eh.type = FBlockType::ExceptionHandler;
  if (!push_fblock(eh)) return false;
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler* handler = s->handlers[i];
    set_loc(*handler);
    if (!handler->type && i < n - 1) return error_at("default 'except:' must be last");
    int next_except = new_label();
    if (handler->type) {
      if (!visit_expr(handler->type)) return false;
      emit(Opcode::CHECK_EXC_MATCH);
      emit_jump(Opcode::POP_JUMP_IF_FALSE, next_except);
    }
    if (!handler->name.empty()) {
      int cleanup_end = new_label(), cleanup_body = new_label();
      if (!nameop(handler->name, ExprContext::Store)) return false;
      // try:
      //     # body
      // except type as name:
      //     try:
      //         # body
      //     finally:
      //         name = None # in case body contains "del name"
      //         del name
      emit_pseudo(kSetupCleanup, cleanup_end);
      use_label(cleanup_body);
      FBlock hc;
      hc.type = FBlockType::HandlerCleanup;
      hc.block = cleanup_body;
      hc.handler_name = handler->name;
      hc.has_handler_name = true;
      if (!push_fblock(hc)) return false;
      if (!visit_stmts(handler->body)) return false;
      pop_fblock();
      unset_loc();
      emit_pseudo(kPopBlock);
      emit_pseudo(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      emit_load_const(NoneConst{});
      if (!nameop(handler->name, ExprContext::Store)) return false;
      if (!nameop(handler->name, ExprContext::Del)) return false;
      emit_jump(Opcode::JUMP, end);
      // except:
      use_label(cleanup_end);
      unset_loc();
      emit_load_const(NoneConst{});
      if (!nameop(handler->name, ExprContext::Store)) return false;
      if (!nameop(handler->name, ExprContext::Del)) return false;
      emit(Opcode::RERAISE, 1);
    } else {
      int cleanup_body = new_label();
      emit(Opcode::POP_TOP);  // exc_value
      use_label(cleanup_body);
      FBlock hc;
      hc.type = FBlockType::HandlerCleanup;
      hc.block = cleanup_body;
      if (!push_fblock(hc)) return false;
      if (!visit_stmts(handler->body)) return false;
      pop_fblock();
      unset_loc();
      emit_pseudo(kPopBlock);
      emit(Opcode::POP_EXCEPT);
      emit_jump(Opcode::JUMP, end);
    }
    use_label(next_except);
  }
  unset_loc();
  pop_fblock();
  emit(Opcode::RERAISE, 0);
  use_label(cleanup);
  pop_except_and_reraise();
  use_label(end);
  return true;
}

// compiler_try_star_except
bool Compiler::try_star_except(const TryStmt* s) {
  int body_label = new_label(), except = new_label(), orelse = new_label(), end = new_label(),
      cleanup = new_label(), reraise_star = new_label();
  emit_pseudo(kSetupFinally, except);
  use_label(body_label);
  FBlock fb;
  fb.type = FBlockType::TryExcept;
  fb.block = body_label;
  if (!push_fblock(fb)) return false;
  if (!visit_stmts(s->body)) return false;
  pop_fblock();
  unset_loc();
  emit_pseudo(kPopBlock);
  emit_jump_noline(Opcode::JUMP, orelse);
  size_t n = s->handlers.size();
  use_label(except);
  unset_loc();
  emit_pseudo(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  FBlock eh;
  eh.type = FBlockType::ExceptionGroupHandler;
  if (!push_fblock(eh)) return false;
  for (size_t i = 0; i < n; ++i) {
    const ExceptHandler* handler = s->handlers[i];
    set_loc(*handler);
    int next_except = new_label(), except_with_error = new_label(), no_match = new_label();
    if (i == 0) {
      // Push the original EG into the stack: [exc] -> [orig, [], exc].
      emit(Opcode::COPY, 1);
      emit(Opcode::BUILD_LIST, 0);
      emit(Opcode::SWAP, 2);
    }
    if (handler->type) {
      if (!visit_expr(handler->type)) return false;
      emit(Opcode::CHECK_EG_MATCH);
      emit(Opcode::COPY, 1);
      emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
    }
    int cleanup_end = new_label(), cleanup_body = new_label();
    if (!handler->name.empty()) {
      if (!nameop(handler->name, ExprContext::Store)) return false;
    } else {
      emit(Opcode::POP_TOP);  // match
    }
    emit_pseudo(kSetupCleanup, cleanup_end);
    use_label(cleanup_body);
    FBlock hc;
    hc.type = FBlockType::HandlerCleanup;
    hc.block = cleanup_body;
    hc.handler_name = handler->name;
    hc.has_handler_name = !handler->name.empty();
    if (!push_fblock(hc)) return false;
    if (!visit_stmts(handler->body)) return false;
    pop_fblock();
    emit_pseudo(kPopBlock);
    if (!handler->name.empty()) {
      emit_load_const(NoneConst{});
      if (!nameop(handler->name, ExprContext::Store)) return false;
      if (!nameop(handler->name, ExprContext::Del)) return false;
    }
    emit_jump(Opcode::JUMP, next_except);
    // except:
    use_label(cleanup_end);
    unset_loc();
    if (!handler->name.empty()) {
      emit_load_const(NoneConst{});
      if (!nameop(handler->name, ExprContext::Store)) return false;
      if (!nameop(handler->name, ExprContext::Del)) return false;
    }
    // add exception raised to the res list
    emit(Opcode::LIST_APPEND, 3);  // exc
    emit(Opcode::POP_TOP);         // lasti
    emit_jump(Opcode::JUMP, except_with_error);
    use_label(next_except);
    emit(Opcode::NOP);  // to hold a propagated location info
    emit_jump(Opcode::JUMP, except_with_error);
    use_label(no_match);
    emit(Opcode::POP_TOP);  // match (None)
    use_label(except_with_error);
    if (i == n - 1) {
      // Add exc to the list (if not None it's the unhandled part of the EG).
      emit(Opcode::LIST_APPEND, 1);
      emit_jump(Opcode::JUMP, reraise_star);
    }
  }
  unset_loc();
  pop_fblock();
  int reraise = new_label();
  use_label(reraise_star);
  emit(Opcode::PREP_RERAISE_STAR);
  emit(Opcode::COPY, 1);
  emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to reraise.
  emit(Opcode::POP_TOP);
  emit_pseudo(kPopBlock);
  emit(Opcode::POP_EXCEPT);
  emit_jump(Opcode::JUMP, end);
  use_label(reraise);
  emit_pseudo(kPopBlock);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE, 0);
  use_label(cleanup);
  pop_except_and_reraise();
  use_label(orelse);
  if (!visit_stmts(s->orelse)) return false;
  use_label(end);
  return true;
}

// ---- with ------------------------------------------------------------------------------------

// compiler_with_except_finish
bool Compiler::with_except_finish(int cleanup) {
  unset_loc();
  int exit = new_label();
  emit_jump(Opcode::POP_JUMP_IF_TRUE, exit);
  emit(Opcode::RERAISE, 2);
  use_label(cleanup);
  pop_except_and_reraise();
  use_label(exit);
  emit(Opcode::POP_TOP);  // exc_value
  emit_pseudo(kPopBlock);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);
  emit(Opcode::POP_TOP);
  return true;
}

// compiler_with
bool Compiler::with_stmt(const WithStmt* s, size_t pos) {
  const WithItem* item = s->items[pos];
  int block = new_label(), final = new_label(), exit = new_label(), cleanup = new_label();
  // Evaluate EXPR.
  if (!visit_expr(item->context_expr)) return false;
  // Will push bound __exit__.
  emit(Opcode::BEFORE_WITH);
  emit_pseudo(kSetupWith, final);
  // SETUP_WITH pushes a finally block.
  use_label(block);
  FBlock fb;
  fb.type = FBlockType::With;
  fb.block = block;
  fb.exit = final;
  fb.with_stmt = s;
  if (!push_fblock(fb)) return false;
  if (item->optional_vars) {
    if (!visit_expr(item->optional_vars)) return false;
  } else {
    emit(Opcode::POP_TOP);  // discard result from context.__enter__()
  }
  ++pos;
  if (pos == s->items.size()) {
    if (!visit_stmts(s->body)) return false;
  } else if (!with_stmt(s, pos)) {
    return false;
  }
  // Mark all following code as artificial.
  unset_loc();
  emit_pseudo(kPopBlock);
  pop_fblock();
  // End of body; start the cleanup. For successful outcome: call __exit__(None, None, None).
  set_loc(*s);
  if (!call_exit_with_nones()) return false;
  emit(Opcode::POP_TOP);
  emit_jump(Opcode::JUMP, exit);
  // For exceptional outcome:
  use_label(final);
  emit_pseudo(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  use_label(exit);
  return true;
}

// compiler_async_with
bool Compiler::async_with(const WithStmt* s, size_t pos) {
  const WithItem* item = s->items[pos];
  if (is_top_level_await()) {
    m_u->ste->coroutine = true;
  } else if (m_u->scope_type != CompilerScope::AsyncFunction) {
    return error_at("'async with' outside async function");
  }
  int block = new_label(), final = new_label(), exit = new_label(), cleanup = new_label();
  // Evaluate EXPR.
  if (!visit_expr(item->context_expr)) return false;
  emit(Opcode::BEFORE_ASYNC_WITH);
  emit(Opcode::GET_AWAITABLE, 1);
  emit_load_const(NoneConst{});
  add_yield_from(true);
  emit_pseudo(kSetupWith, final);
  // SETUP_WITH pushes a finally block.
  use_label(block);
  FBlock fb;
  fb.type = FBlockType::AsyncWith;
  fb.block = block;
  fb.exit = final;
  fb.with_stmt = s;
  if (!push_fblock(fb)) return false;
  if (item->optional_vars) {
    if (!visit_expr(item->optional_vars)) return false;
  } else {
    emit(Opcode::POP_TOP);
  }
  ++pos;
  if (pos == s->items.size()) {
    if (!visit_stmts(s->body)) return false;
  } else if (!async_with(s, pos)) {
    return false;
  }
  pop_fblock();
  unset_loc();
  emit_pseudo(kPopBlock);
  // For successful outcome: call __exit__(None, None, None) and await it.
  set_loc(*s);
  if (!call_exit_with_nones()) return false;
  emit(Opcode::GET_AWAITABLE, 2);
  emit_load_const(NoneConst{});
  add_yield_from(true);
  emit(Opcode::POP_TOP);
  emit_jump(Opcode::JUMP, exit);
  // For exceptional outcome:
  use_label(final);
  emit_pseudo(kSetupCleanup, cleanup);
  emit(Opcode::PUSH_EXC_INFO);
  emit(Opcode::WITH_EXCEPT_START);
  emit(Opcode::GET_AWAITABLE, 2);
  emit_load_const(NoneConst{});
  add_yield_from(true);
  with_except_finish(cleanup);
  use_label(exit);
  return true;
}

}  // namespace krait::detail
