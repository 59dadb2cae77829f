// parser_internal.h — the Parser class shared by parser.cpp (infrastructure and
// statements), parser_expr.cpp (expressions, targets, arguments) and parser_strings.cpp
// (string literals and f-strings). Not part of the front end's public interface.
#pragma once

#include "lexer.h"
#include "parser.h"

#include <optional>
#include <string>
#include <vector>

namespace krait::detail {

using namespace krait::ast;

// Rules whose results are memoised per token position (pegen's (memo) rules and its
// left-recursive rules).
enum class MemoRule : uint16_t {
  SimpleStmt, Block, Expression, StarExpression, Disjunction, Conjunction, Inversion,
  Factor, AwaitPrimary, Strings, Arguments, StarTarget, TargetWithStarAtom, DelTarget,
  InvalidNamedExpression, BitwiseOr, BitwiseXor, BitwiseAnd, ShiftExpr, Sum, Term,
  Primary, TPrimary, DottedName, ClosedPattern
};

enum class StartRule { File, Interactive, Eval, FString };

// Parse-time targets kinds for _PyPegen_get_invalid_target.
enum class TargetsType { Star, Del, For };

// One element of `kwargs`: a keyword, or a starred expression (*args after keywords).
struct KeywordOrStarred {
  KeywordArg* keyword = nullptr;
  Expr* starred = nullptr;
};

// A parameter with its default, as pegen's NameDefaultPair.
struct NameDefaultPair {
  Arg* arg = nullptr;
  Expr* value = nullptr;
};

struct SlashWithDefault {
  std::vector<Arg*> plain_names;
  std::vector<NameDefaultPair> names_with_defaults;
};

struct StarEtc {
  Arg* vararg = nullptr;
  std::vector<NameDefaultPair> kwonlyargs;
  Arg* kwarg = nullptr;
};

class Parser {
 public:
  Parser(std::string_view source, std::string_view filename, Arena& arena,
         std::vector<Token>& tokens, const std::optional<LexError>& lex_error,
         StartRule start_rule, int depth_base);

  // Runs the two passes; returns the module (or, for FString, sets m_fstring_result).
  Mod* run();
  Expr* fstring_result() const { return m_fstring_result; }
  std::optional<SyntaxErrorInfo>& error() { return m_error; }

  // For f-string sub-parsers: errors are prefixed with "f-string: " and reported
  // against the text "(expr)" as CPython 3.11 does.
  void set_fstring_error_context(std::string text, int line, int starting_col) {
    m_fstring_text = std::move(text);
    m_fstring_line = line;
    m_fstring_col = starting_col;
  }
  int depth() const { return m_level; }
  void set_eof_token_index(int i) { m_eof_token_index = i; }

 private:
  friend struct DepthGuard;
  friend class StringLiteralParser;

  // ---- tokens --------------------------------------------------------------------------
  const Token* fetch(int i);
  const Token* peek() { return fetch(m_mark); }
  const Token* expect(TokenKind k);
  const Token* expect_kw(Keyword kw);
  const Token* expect_name();
  const Token* expect_soft_keyword(std::string_view kw);
  const Token* expect_forced(TokenKind k, const char* expected);
  bool lookahead(TokenKind k);
  bool lookahead_kw(Keyword kw);
  bool lookahead_name();
  std::string_view text(const Token* t) const { return m_src.substr(t->start, t->end - t->start); }
  NameExpr* name_from_token(const Token* t);
  std::string_view ident(const Token* t);  // identifier text, NFKC-normalised

  // ---- positions -------------------------------------------------------------------------
  const Token* last_nonwhitespace_token();
  template <typename T>
  T* finish(T* node, int start) {
    set_extra(*node, start);
    return node;
  }
  void set_extra(Loc& loc, int start);
  static void copy_loc(Loc& dst, const Loc& src) { dst = src; }

  // ---- memo ------------------------------------------------------------------------------
  template <typename T>
  bool memo_get(MemoRule rule, T*& out);
  void memo_put(MemoRule rule, int start, void* value);

  // ---- errors ----------------------------------------------------------------------------
  void raise_at(const char* type, std::string msg, int line, int col, int end_line, int end_col);
  std::nullptr_t raise_known_location(const Loc& a, std::string msg);
  std::nullptr_t raise_known_location(const Token* a, std::string msg);
  std::nullptr_t raise_known_range(const Loc& a, const Loc& b, std::string msg);
  std::nullptr_t raise_starting_from(const Loc& a, std::string msg);
  std::nullptr_t raise_syntax_error(std::string msg) { return raise_last_token("SyntaxError", std::move(msg)); }
  std::nullptr_t raise_indentation_error(std::string msg) { return raise_last_token("IndentationError", std::move(msg)); }
  std::nullptr_t raise_last_token(const char* type, std::string msg);
  std::nullptr_t raise_invalid_target(TargetsType type, Expr* e);
  void raise_lex_error();
  void raise_unclosed_bracket();
  void raise_memory_error();
  void set_syntax_error(int last_token_index);
  void tokenize_full_source_to_check_for_errors();
  std::string error_line_text(int line, bool* with_newline);
  Loc token_loc(const Token* t) const;
  bool tokenizer_ok() const;

  // ---- start rules -----------------------------------------------------------------------
  Mod* file_rule();
  Mod* interactive_rule();
  Mod* eval_rule();
  Expr* fstring_rule();
  bool bad_single_statement();

  // ---- statements ------------------------------------------------------------------------
  bool statements(StmtList& out);
  bool statement(StmtList& out);
  bool statement_newline(StmtList& out);
  bool simple_stmts(StmtList& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Stmt* assignment();
  Expr* annotated_rhs();
  bool augassign(OperatorKind& op);
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(StmtKind kind);
  Stmt* del_stmt();
  Stmt* yield_stmt();
  Stmt* assert_stmt();
  Stmt* import_stmt();
  Stmt* import_name();
  Stmt* import_from();
  bool import_from_targets(std::vector<Alias*>& out);
  bool import_from_as_names(std::vector<Alias*>& out);
  Alias* import_from_as_name();
  bool dotted_as_names(std::vector<Alias*>& out);
  Alias* dotted_as_name();
  Expr* dotted_name();
  StmtList* block();
  bool decorators(ExprList& out);
  Stmt* class_def();
  Stmt* class_def_raw();
  Stmt* function_def();
  Stmt* function_def_raw();
  Stmt* if_stmt(bool elif);
  bool else_block(StmtList& out);
  Stmt* while_stmt();
  Stmt* for_stmt();
  Stmt* with_stmt();
  WithItem* with_item();
  Stmt* try_stmt();
  ExceptHandler* except_block(bool star);
  bool finally_block(StmtList& out);

  // ---- match statements (parser_match.cpp) -------------------------------------------------
  Stmt* match_stmt();
  Expr* subject_expr();
  MatchCase* case_block();
  Expr* guard();
  Pattern* patterns();
  Pattern* pattern();
  Pattern* as_pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* literal_pattern();
  Expr* literal_value();
  Expr* literal_expr();
  Expr* signed_number(bool real);
  Expr* complex_number();
  NameExpr* pattern_capture_target();
  Pattern* capture_pattern();
  Pattern* wildcard_pattern();
  Pattern* value_pattern();
  Expr* attr();
  Expr* name_or_attr();
  Pattern* group_pattern();
  Pattern* sequence_pattern();
  bool open_sequence_pattern(std::vector<Pattern*>& out);
  bool maybe_sequence_pattern(std::vector<Pattern*>& out);
  Pattern* maybe_star_pattern();
  Pattern* star_pattern();
  Pattern* mapping_pattern();
  Pattern* class_pattern();
  void* invalid_case_block();

  // ---- parameters (def: lambda == false; lambda: lambda == true) -------------------------
  Arguments* params(bool lambda);
  Arguments* parameters(bool lambda);
  bool slash_no_default(bool lambda, std::vector<Arg*>& out);
  bool slash_with_default(bool lambda, SlashWithDefault& out);
  bool star_etc(bool lambda, StarEtc& out);
  Arg* kwds(bool lambda);
  Arg* param_no_default(bool lambda);
  Arg* param_no_default_star_annotation();
  bool param_with_default(bool lambda, NameDefaultPair& out);
  bool param_maybe_default(bool lambda, NameDefaultPair& out);
  Arg* param(bool lambda);
  Expr* default_value();
  bool param_end(bool lambda);
  Arguments* make_arguments(std::vector<Arg*>* slash_without_default,
                            SlashWithDefault* slash_with_default, std::vector<Arg*>* plain_names,
                            std::vector<NameDefaultPair>* names_with_default, StarEtc* star_etc);

  // ---- expressions ---------------------------------------------------------------------
  Expr* expressions();
  Expr* expression();
  Expr* yield_expr();
  Expr* star_expressions();
  Expr* star_expression();
  bool star_named_expressions(ExprList& out);
  Expr* star_named_expression();
  Expr* assignment_expression();
  Expr* named_expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* bitwise_xor();
  Expr* bitwise_and();
  Expr* shift_expr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* slices();
  Expr* slice();
  Expr* atom();
  Expr* group();
  Expr* lambdef();
  Expr* strings();
  Expr* list();
  Expr* tuple();
  Expr* set();
  Expr* dict();
  bool double_starred_kvpairs(ExprList& keys, ExprList& values);
  bool double_starred_kvpair(Expr*& key, Expr*& value);
  bool kvpair(Expr*& key, Expr*& value);
  bool for_if_clauses(std::vector<Comprehension*>& out);
  Comprehension* for_if_clause();
  Expr* listcomp();
  Expr* setcomp();
  Expr* genexp();
  Expr* dictcomp();
  CallExpr* arguments();
  CallExpr* args();
  bool kwargs(std::vector<KeywordOrStarred>& out);
  Expr* starred_expression();
  bool kwarg_or_starred(KeywordOrStarred& out);
  bool kwarg_or_double_starred(KeywordOrStarred& out);
  Expr* expression_without_invalid();

  // ---- targets -----------------------------------------------------------------------------
  Expr* star_targets();
  bool star_targets_list_seq(ExprList& out);
  bool star_targets_tuple_seq(ExprList& out);
  Expr* star_target();
  Expr* target_with_star_atom();
  Expr* star_atom();
  Expr* single_target();
  Expr* single_subscript_attribute_target();
  Expr* t_primary();
  bool t_lookahead();
  bool del_targets(ExprList& out);
  Expr* del_target();
  Expr* del_t_atom();
  Expr* set_expr_context(Expr* e, ExprContext ctx);

  // ---- invalid_* rules (second pass only) -------------------------------------------------
  void* invalid_arguments();
  void* invalid_kwarg();
  void* invalid_legacy_expression();
  void* invalid_expression();
  void* invalid_named_expression();
  void* invalid_assignment();
  Expr* invalid_ann_assign_target();
  void* invalid_del_stmt();
  void* invalid_block();
  void* invalid_comprehension();
  void* invalid_dict_comprehension();
  void* invalid_parameters(bool lambda);
  void* invalid_default();
  void* invalid_star_etc(bool lambda);
  void* invalid_kwds(bool lambda);
  bool invalid_parameters_helper(bool lambda);
  void* invalid_with_item();
  void* invalid_for_target();
  void* invalid_group();
  void* invalid_import_from_targets();
  void* invalid_with_stmt();
  void* invalid_with_stmt_indent();
  void* invalid_try_stmt();
  void* invalid_except_stmt();
  void* invalid_finally_stmt();
  void* invalid_except_stmt_indent();
  void* invalid_except_star_stmt_indent();
  void* invalid_if_stmt(bool elif);
  void* invalid_else_stmt();
  void* invalid_while_stmt();
  void* invalid_for_stmt();
  void* invalid_def_raw();
  void* invalid_class_def_raw();
  void* invalid_double_starred_kvpairs();
  void* invalid_kvpair();
  void* invalid_match_stmt();
  bool block_header_indent_error(const Token* kw, const char* what);

  // ---- helpers ---------------------------------------------------------------------------
  static bool is_legacy_stmt_name(std::string_view name) { return name == "print" || name == "exec"; }
  Expr* get_invalid_target(Expr* e, TargetsType type);
  Expr* concatenate_strings(int first, int last);
  Expr* make_tuple(ExprList elts, ExprContext ctx, int start);
  void nonparen_genexp_in_call(CallExpr* args, std::vector<Comprehension*>& comps);
  void arguments_parsing_error(CallExpr* e);
  static Expr* last_comprehension_item(Comprehension* c);

 public:
  // ---- shared state ----------------------------------------------------------------------
  std::string_view m_src;
  std::string_view m_filename;
  Arena& m_arena;
  std::vector<Token>& m_tokens;
  const std::optional<LexError>& m_lex_error;
  StartRule m_start_rule;

 private:
  int m_mark = 0;
  int m_fill = 0;
  int m_level = 0;
  bool m_call_invalid_rules = false;
  bool m_error_indicator = false;
  bool m_lex_error_hit = false;
  std::optional<SyntaxErrorInfo> m_error;
  // Memo entries as singly linked lists per token position (pegen keeps them on the
  // token): m_memo_head[pos] indexes m_memo_pool, -1 when empty.
  struct MemoEntry {
    MemoRule rule;
    int end;
    void* value;
    int next;
  };
  std::vector<int> m_memo_head;
  std::vector<MemoEntry> m_memo_pool;
  Expr* m_fstring_result = nullptr;
  std::string m_fstring_text;
  int m_fstring_line = 0;
  int m_fstring_col = 0;
  bool m_incomplete = false;
  int m_eof_token_index = INT32_MAX;
};

// Depth accounting for every rule, like pegen's p->level (MAXSTACK).
struct DepthGuard {
  Parser& p;
  explicit DepthGuard(Parser& parser);
  ~DepthGuard() { --p.m_level; }
};

// Looks up a memoised result at the current position (pegen's _PyPegen_is_memoized,
// which also fetches the current token).
template <typename T>
inline bool Parser::memo_get(MemoRule rule, T*& out) {
  // _PyPegen_is_memoized fetches the current token first.
  if (!fetch(m_mark)) {
    if (m_error_indicator) {
      out = nullptr;
      return true;
    }
  }
  if (m_mark >= static_cast<int>(m_memo_head.size())) return false;
  for (int i = m_memo_head[m_mark]; i >= 0; i = m_memo_pool[i].next) {
    const MemoEntry& e = m_memo_pool[i];
    if (e.rule == rule) {
      out = static_cast<T*>(e.value);
      m_mark = e.end;
      return true;
    }
  }
  return false;
}

// Decodes the string tokens [first, last] and builds a Constant or JoinedStr, parsing
// f-string expressions with sub-parsers (parser_strings.cpp). Returns nullptr after
// raising an error on `parser`.
class StringLiteralParser {
 public:
  explicit StringLiteralParser(Parser& p) : m_p(p) {}
  Expr* concatenate(int first, int last);

 private:
  struct FState;
  bool parse_prefix(const Token* t, bool& bytesmode, bool& rawmode, bool& fmode, size_t& body_begin,
                    size_t& body_end);
  bool decode_str(std::string_view body, const Token* t, std::string& out);
  bool decode_bytes(std::string_view body, std::string& out);
  bool concat_fstring(FState& state, size_t& pos, size_t end, bool raw, int recurse_lvl,
                      const Token* first, const Token* t, const Token* last);
  int find_literal(size_t& pos, size_t end, bool raw, int recurse_lvl, const Token* t,
                   std::string& literal, bool& have_literal);
  bool find_expr(size_t& pos, size_t end, bool raw, int recurse_lvl, std::string& expr_text,
                 bool& have_text, Expr*& expression, const Token* first, const Token* t,
                 const Token* last);
  Expr* compile_expr(size_t expr_start, size_t expr_end, const Token* t);
  Expr* finish(FState& state, const Token* first, const Token* last);
  Expr* make_str(std::string s, const Token* first, const Token* last);

  Parser& m_p;
  bool m_kind_u = false;
};

}  // namespace krait::detail
