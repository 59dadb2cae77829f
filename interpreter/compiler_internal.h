// compiler_internal.h — the Compiler class shared by compiler.cpp (units, emission,
// assembly), compiler_stmt.cpp (statements) and compiler_expr.cpp (expressions).
// Not part of the front end's public interface.
#pragma once

#include "compiler.h"
#include "symtable.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace krait::detail {

using namespace krait::ast;

// Pseudo-instructions, as CPython 3.11's SETUP_* / POP_BLOCK: they never reach the final
// bytecode; the assembler turns them into the exception table.
enum PseudoOp : int {
  kSetupFinally = 256,  // handler gets [exc]
  kSetupCleanup,        // handler gets [lasti, exc]
  kSetupWith,           // as SETUP_CLEANUP, below the __enter__ result
  kPopBlock,
};

struct Instr {
  int op;          // Opcode or PseudoOp
  int arg = 0;
  int target = -1; // label for jumps and SETUP_*
  SourcePos pos;
  bool has_pos = true;
};

enum class FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlock {
  FBlockType type;
  int block = -1;   // label
  int exit = -1;    // label
  const StmtList* finalbody = nullptr;  // FinallyTry
  const Stmt* with_stmt = nullptr;      // With / AsyncWith
  std::string_view handler_name;        // HandlerCleanup (empty: no name)
  bool has_handler_name = false;
};

enum class CompilerScope { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// An ordered set of names with their indices (CPython's dicts name -> index).
struct NameIndex {
  std::vector<std::string> names;
  std::unordered_map<std::string, int> index;
  int add(const std::string& n) {
    auto it = index.find(n);
    if (it != index.end()) return it->second;
    int i = static_cast<int>(names.size());
    names.push_back(n);
    index.emplace(n, i);
    return i;
  }
  int find(const std::string& n) const {
    auto it = index.find(n);
    return it == index.end() ? -1 : it->second;
  }
  size_t size() const { return names.size(); }
};

// compiler_unit: the state for one code object being compiled.
struct Unit {
  Scope* ste = nullptr;
  CompilerScope scope_type = CompilerScope::Module;
  std::string name, qualname;
  std::string priv;  // class name for private-name mangling
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int first_line = 1;
  std::vector<Instr> instrs;
  std::vector<int> labels;  // label id -> instruction index, -1 while unbound
  std::vector<Constant> consts;
  std::unordered_map<std::string, int> const_index;
  NameIndex names, varnames, cellvars, freevars;
  std::vector<FBlock> fblocks;
  SourcePos loc;
  bool has_loc = true;
};

// A pattern being compiled (compile.c's pattern_context): the names it captures, in slot
// order, and how many run-time values it needs before MATCH_PATTERN.
struct PatternContext {
  std::vector<std::string_view> stores;
  size_t nargs = 0;
  bool allow_irrefutable = false;
};

class Compiler {
 public:
  Compiler(std::string_view source, std::string_view filename, SymbolTable& st,
           const CompileOptions& options, bool future_annotations);
  std::shared_ptr<CodeUnit> compile_mod(const Mod& mod, CompileMode mode);
  std::optional<SyntaxErrorInfo>& error() { return m_error; }
  std::vector<CompileWarning>& warnings() { return m_warnings; }

  // ---- units (compiler.cpp) ----------------------------------------------------------------
  bool enter_scope(std::string name, CompilerScope type, const void* key, int first_line);
  std::shared_ptr<CodeUnit> assemble(bool add_none);
  void exit_scope();
  void set_qualname();

  // ---- emission (compiler.cpp) -------------------------------------------------------------
  void emit(Opcode op, int arg = 0);
  void emit_noline(Opcode op, int arg = 0);
  void emit_jump(Opcode op, int label);
  void emit_jump_noline(Opcode op, int label);
  void emit_pseudo(PseudoOp op, int label = -1);
  int new_label();
  void use_label(int label);
  void emit_load_const(Constant c);
  int add_const(Constant c);
  void emit_name(Opcode op, const std::string& name);  // names table (mangled)
  void set_loc(const Loc& l);
  void unset_loc() { m_u->has_loc = false; }
  bool error_at(const std::string& msg);                 // compiler_error at current location
  bool error_at(const std::string& msg, const Loc& l);
  bool recursion_error();
  void warn(const std::string& msg);

  // ---- names (compiler.cpp) ----------------------------------------------------------------
  bool nameop(std::string_view name, ExprContext ctx);
  bool forbidden_name(std::string_view name, ExprContext ctx);
  std::string mangled(std::string_view name) const { return mangle(m_u->priv, name); }
  int lookup_cell_or_free(const std::string& name, bool cell);

  // ---- fblocks (compiler_stmt.cpp) -----------------------------------------------------
  bool push_fblock(FBlock fb);
  void pop_fblock();
  bool unwind_fblock(const FBlock& info, bool preserve_tos);
  bool unwind_fblock_stack(bool preserve_tos, const FBlock** loop);

  // ---- statements (compiler_stmt.cpp) --------------------------------------------------
  bool visit_stmt(const Stmt* s);
  bool visit_stmts(const StmtList& body);
  bool body(const StmtList& stmts);
  bool function(const FunctionDefStmt* s);
  bool class_def(const ClassDefStmt* s);
  bool decorators(const ExprList& decos);
  bool apply_decorators(const ExprList& decos);
  int default_arguments(const Arguments* args);
  int visit_annotations(const Arguments* args, const Expr* returns);
  bool visit_argannotation(std::string_view id, const Expr* annotation, int& len);
  bool annotation_expr(const Expr* annotation);
  bool make_closure(std::shared_ptr<CodeUnit> co, int flags);
  bool check_debug_args(const Arguments* args);
  bool if_stmt(const IfStmt* s);
  bool for_stmt(const ForStmt* s);
  bool async_for(const ForStmt* s);
  bool while_stmt(const WhileStmt* s);
  bool return_stmt(const ReturnStmt* s);
  bool break_stmt();
  bool continue_stmt();
  bool try_stmt(const TryStmt* s);
  bool try_except(const TryStmt* s);
  bool try_finally(const TryStmt* s);
  bool try_star(const TryStmt* s);
  bool try_star_except(const TryStmt* s);
  bool try_star_finally(const TryStmt* s);
  bool with_stmt(const WithStmt* s, size_t pos);
  bool async_with(const WithStmt* s, size_t pos);
  bool with_except_finish(int cleanup);
  bool call_exit_with_nones();
  bool raise_stmt(const RaiseStmt* s);
  bool assert_stmt(const AssertStmt* s);
  bool import_stmt(const ImportStmt* s);
  bool import_from(const ImportFromStmt* s);
  bool import_as(std::string_view name, std::string_view asname);
  bool augassign(const AugAssignStmt* s);
  bool annassign(const AnnAssignStmt* s);
  bool check_ann_expr(const Expr* e);
  bool check_annotation(const AnnAssignStmt* s);
  bool stmt_expr(const Expr* value);
  // match statements (compiler_match.cpp)
  bool match_stmt(const MatchStmt* s);
  bool pattern(const Pattern* p, PatternContext& pc, Constant& out);
  bool subpattern(const Pattern* p, PatternContext& pc, Constant& out);
  int pattern_store_name(std::string_view name, PatternContext& pc);
  bool delete_stmt(const DeleteStmt* s);
  bool pop_except_and_reraise();
  bool add_yield_from(bool await);

  // ---- expressions (compiler_expr.cpp) -------------------------------------------------
  bool visit_expr(const Expr* e);
  bool visit_expr1(const Expr* e);
  bool visit_exprs(const ExprList& l);
  bool visit_iter(const Expr* e);  // fold_iter: a list / set of constants is a constant
  bool jump_if(const Expr* e, int next, bool cond);
  bool boolop(const BoolOpExpr* e);
  bool compare(const CompareExpr* e);
  void add_compare(CmpOpKind op);
  bool check_compare(const CompareExpr* e);
  bool call(const CallExpr* e);
  bool maybe_optimize_method_call(const CallExpr* e, bool& done);
  bool call_helper(int n, const ExprList& args, const std::vector<KeywordArg*>& keywords);
  bool call_simple_kw_helper(const std::vector<KeywordArg*>& keywords);
  bool subkwargs(const std::vector<KeywordArg*>& keywords, size_t begin, size_t end);
  bool validate_keywords(const std::vector<KeywordArg*>& keywords);
  bool starunpack_helper(const ExprList& elts, int pushed, Opcode build, Opcode add,
                         Opcode extend, bool tuple);
  bool unpack_helper(const ExprList& elts);
  bool assignment_helper(const ExprList& elts);
  bool list(const SequenceExpr* e);
  bool tuple(const SequenceExpr* e);
  bool set(const SetExpr* e);
  bool dict(const DictExpr* e);
  bool subdict(const DictExpr* e, size_t begin, size_t end);
  bool ifexp(const IfExpExpr* e);
  bool lambda(const LambdaExpr* e);
  bool comprehension(const ComprehensionExpr* e);
  bool comprehension_generator(const ComprehensionExpr* e, size_t gen_index, int depth);
  bool sync_comprehension_generator(const ComprehensionExpr* e, size_t gen_index, int depth);
  bool async_comprehension_generator(const ComprehensionExpr* e, size_t gen_index, int depth);
  bool formatted_value(const FormattedValueExpr* e);
  bool joined_str(const JoinedStrExpr* e);
  bool subscript(const SubscriptExpr* e);
  bool slice(const SliceExpr* e);
  bool attribute(const AttributeExpr* e);
  void update_start_location_to_match_attr(const AttributeExpr* attr);
  bool add_yield();
  bool constant(const ConstantExpr* e);
  bool check_caller(const Expr* e);
  bool check_subscripter(const Expr* e);
  bool check_index(const Expr* e, const Expr* s);
  bool is_import_originated(const Expr* e);
  bool is_top_level_await() const;
  Constant const_value(const ConstantValue& v, bool& ok);
  std::string annotation_string(const Expr* e);

  // ---- state ---------------------------------------------------------------------------
  std::string_view m_source;
  std::string_view m_filename;
  SymbolTable& m_st;
  CompileOptions m_options;
  bool m_future_annotations;
  int m_future_lineno = 0;  // line of the last leading `from __future__ import`
  bool m_interactive = false;
  int m_nestlevel = 0;
  int m_depth = 0;
  Unit* m_u = nullptr;
  std::vector<std::unique_ptr<Unit>> m_stack;  // enclosing units (c_stack) + current
  std::optional<SyntaxErrorInfo> m_error;
  std::vector<CompileWarning> m_warnings;
};

// Depth accounting for visit_stmt / visit_expr (RecursionError beyond the limit).
struct CompilerDepthGuard {
  Compiler& c;
  bool ok;
  explicit CompilerDepthGuard(Compiler& comp);
  ~CompilerDepthGuard() { --c.m_depth; }
};

// Stack effect of an instruction; `jump` selects the effect when the branch is taken.
int stack_effect(int op, int arg, bool jump);

// Source text of a line (1-based), without its newline.
std::string_view source_line(std::string_view src, int line);

}  // namespace krait::detail
