// ast.h — the abstract syntax tree produced by the parser and read by the compiler.
//
// Mirrors CPython 3.11's Parser/Python.asdl (without type comments): every expr / stmt /
// excepthandler / arg / keyword / alias / pattern carries (line, col, end_line, end_col) with 0-based UTF-8 byte columns, as CPython's AST.
// Nodes live in an Arena owned by the parse result; identifiers are string_views into
// the source or into the arena.
#pragma once

#include "code_unit.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace krait::ast {

// ---- the arena ------------------------------------------------------------------------

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    void* mem = allocate(sizeof(T), alignof(T));
    T* obj = new (mem) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>)
      m_dtors.push_back({obj, [](void* p) { static_cast<T*>(p)->~T(); }});
    return obj;
  }

  // A copy of `s` that lives as long as the arena.
  std::string_view intern(std::string_view s);

 private:
  void* allocate(size_t size, size_t align);
  struct Block {
    std::unique_ptr<std::byte[]> data;
    size_t size = 0, used = 0;
  };
  struct Dtor {
    void* obj;
    void (*fn)(void*);
  };
  std::vector<Block> m_blocks;
  std::vector<Dtor> m_dtors;
};

// ---- common pieces ---------------------------------------------------------------------

struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct ImaginaryLiteral { double imag; };
using ConstantValue = std::variant<NoneConst, bool, int64_t, BigIntLiteral, double,
                                   ImaginaryLiteral, std::string, Bytes, Ellipsis>;

struct Expr;
struct Stmt;
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;

// ---- expressions -----------------------------------------------------------------------

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr : Loc {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
  template <typename T> T* as() { return static_cast<T*>(this); }
  template <typename T> const T* as() const { return static_cast<const T*>(this); }
};

struct Arg : Loc {
  std::string_view name;
  Expr* annotation = nullptr;
};

struct Arguments {
  std::vector<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg, nullptr when it has no default
  Arg* kwarg = nullptr;
  ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};

struct KeywordArg : Loc {
  std::string_view arg;  // empty for **kwargs
  bool has_arg = false;
  Expr* value = nullptr;
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  bool is_async = false;
};

struct BoolOpExpr : Expr {
  BoolOpExpr() : Expr(ExprKind::BoolOp) {}
  BoolOpKind op = BoolOpKind::And;
  ExprList values;
};
struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  Expr* target = nullptr;
  Expr* value = nullptr;
};
struct BinOpExpr : Expr {
  BinOpExpr() : Expr(ExprKind::BinOp) {}
  Expr* left = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* right = nullptr;
};
struct UnaryOpExpr : Expr {
  UnaryOpExpr() : Expr(ExprKind::UnaryOp) {}
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};
struct LambdaExpr : Expr {
  LambdaExpr() : Expr(ExprKind::Lambda) {}
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExpExpr : Expr {
  IfExpExpr() : Expr(ExprKind::IfExp) {}
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct DictExpr : Expr {
  DictExpr() : Expr(ExprKind::Dict) {}
  ExprList keys;  // nullptr key for **value
  ExprList values;
};
struct SetExpr : Expr {
  SetExpr() : Expr(ExprKind::Set) {}
  ExprList elts;
};
// ListComp, SetComp, GeneratorExp and DictComp (which uses `value` too).
struct ComprehensionExpr : Expr {
  explicit ComprehensionExpr(ExprKind k) : Expr(k) {}
  Expr* elt = nullptr;    // the key for DictComp
  Expr* value = nullptr;  // DictComp only
  std::vector<Comprehension*> generators;
};
struct AwaitExpr : Expr {
  AwaitExpr() : Expr(ExprKind::Await) {}
  Expr* value = nullptr;
};
struct YieldExpr : Expr {
  YieldExpr() : Expr(ExprKind::Yield) {}
  Expr* value = nullptr;
};
struct YieldFromExpr : Expr {
  YieldFromExpr() : Expr(ExprKind::YieldFrom) {}
  Expr* value = nullptr;
};
struct CompareExpr : Expr {
  CompareExpr() : Expr(ExprKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
};
struct CallExpr : Expr {
  CallExpr() : Expr(ExprKind::Call) {}
  Expr* func = nullptr;
  ExprList args;
  std::vector<KeywordArg*> keywords;
};
struct FormattedValueExpr : Expr {
  FormattedValueExpr() : Expr(ExprKind::FormattedValue) {}
  Expr* value = nullptr;
  int conversion = -1;  // -1, 's', 'r', 'a'
  Expr* format_spec = nullptr;
};
struct JoinedStrExpr : Expr {
  JoinedStrExpr() : Expr(ExprKind::JoinedStr) {}
  ExprList values;
};
struct ConstantExpr : Expr {
  ConstantExpr() : Expr(ExprKind::Constant) {}
  ConstantValue value;
  bool kind_u = false;  // the literal had a 'u' prefix (Constant.kind == 'u')
};
struct AttributeExpr : Expr {
  AttributeExpr() : Expr(ExprKind::Attribute) {}
  Expr* value = nullptr;
  std::string_view attr;
  ExprContext ctx = ExprContext::Load;
};
struct SubscriptExpr : Expr {
  SubscriptExpr() : Expr(ExprKind::Subscript) {}
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct StarredExpr : Expr {
  StarredExpr() : Expr(ExprKind::Starred) {}
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct NameExpr : Expr {
  NameExpr() : Expr(ExprKind::Name) {}
  std::string_view id;
  ExprContext ctx = ExprContext::Load;
};
// List and Tuple.
struct SequenceExpr : Expr {
  explicit SequenceExpr(ExprKind k) : Expr(k) {}
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct SliceExpr : Expr {
  SliceExpr() : Expr(ExprKind::Slice) {}
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---- statements ------------------------------------------------------------------------

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue, Match
};

struct Stmt : Loc {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
  template <typename T> T* as() { return static_cast<T*>(this); }
  template <typename T> const T* as() const { return static_cast<const T*>(this); }
};

struct ExceptHandler : Loc {
  Expr* type = nullptr;
  std::string_view name;  // empty when there is no `as`
  StmtList body;
};

struct Alias : Loc {
  std::string_view name;    // dotted for `import a.b`, "*" for `from m import *`
  std::string_view asname;  // empty when absent
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

// FunctionDef and AsyncFunctionDef.
struct FunctionDefStmt : Stmt {
  explicit FunctionDefStmt(StmtKind k) : Stmt(k) {}
  std::string_view name;
  Arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;
};
struct ClassDefStmt : Stmt {
  ClassDefStmt() : Stmt(StmtKind::ClassDef) {}
  std::string_view name;
  ExprList bases;
  std::vector<KeywordArg*> keywords;
  StmtList body;
  ExprList decorator_list;
};
struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};
struct DeleteStmt : Stmt {
  DeleteStmt() : Stmt(StmtKind::Delete) {}
  ExprList targets;
};
struct AssignStmt : Stmt {
  AssignStmt() : Stmt(StmtKind::Assign) {}
  ExprList targets;
  Expr* value = nullptr;
};
struct AugAssignStmt : Stmt {
  AugAssignStmt() : Stmt(StmtKind::AugAssign) {}
  Expr* target = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* value = nullptr;
};
struct AnnAssignStmt : Stmt {
  AnnAssignStmt() : Stmt(StmtKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;
};
// For and AsyncFor.
struct ForStmt : Stmt {
  explicit ForStmt(StmtKind k) : Stmt(k) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  StmtList body, orelse;
};
struct WhileStmt : Stmt {
  WhileStmt() : Stmt(StmtKind::While) {}
  Expr* test = nullptr;
  StmtList body, orelse;
};
struct IfStmt : Stmt {
  IfStmt() : Stmt(StmtKind::If) {}
  Expr* test = nullptr;
  StmtList body, orelse;
};
// With and AsyncWith.
struct WithStmt : Stmt {
  explicit WithStmt(StmtKind k) : Stmt(k) {}
  std::vector<WithItem*> items;
  StmtList body;
};
struct RaiseStmt : Stmt {
  RaiseStmt() : Stmt(StmtKind::Raise) {}
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
// Try and TryStar.
struct TryStmt : Stmt {
  explicit TryStmt(StmtKind k) : Stmt(k) {}
  StmtList body;
  std::vector<ExceptHandler*> handlers;
  StmtList orelse, finalbody;
};
struct AssertStmt : Stmt {
  AssertStmt() : Stmt(StmtKind::Assert) {}
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct ImportStmt : Stmt {
  ImportStmt() : Stmt(StmtKind::Import) {}
  std::vector<Alias*> names;
};
struct ImportFromStmt : Stmt {
  ImportFromStmt() : Stmt(StmtKind::ImportFrom) {}
  std::string_view module;  // empty for `from . import x`
  bool has_module = false;
  std::vector<Alias*> names;
  int level = 0;
};
// Global and Nonlocal.
struct NamesStmt : Stmt {
  explicit NamesStmt(StmtKind k) : Stmt(k) {}
  std::vector<std::string_view> names;
};
struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  Expr* value = nullptr;
};
// Pass, Break, Continue.
struct SimpleStmt : Stmt {
  explicit SimpleStmt(StmtKind k) : Stmt(k) {}
};

// ---- match statements (PEP 634) --------------------------------------------------------

enum class PatternKind : uint8_t {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

struct Pattern : Loc {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
  // MatchValue: the literal or dotted name to compare with ==.
  Expr* value = nullptr;
  // MatchSingleton: None, True or False, compared with `is`.
  ConstantValue singleton;
  // MatchSequence, MatchOr, MatchMapping (values), MatchClass (positional).
  std::vector<Pattern*> patterns;
  // MatchMapping: the keys; MatchClass: the class.
  ExprList keys;
  Expr* cls = nullptr;
  // MatchClass keyword sub-patterns.
  std::vector<std::string_view> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
  // MatchStar, MatchAs: the capture name (empty: none); MatchMapping: the **rest name.
  std::string_view name;
  bool has_name = false;
  // MatchAs: the sub-pattern (null for a bare capture or `_`).
  Pattern* pattern = nullptr;
};

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  StmtList body;
};

struct MatchStmt : Stmt {
  MatchStmt() : Stmt(StmtKind::Match) {}
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;
};

// ---- modules -----------------------------------------------------------------------------

enum class ModKind : uint8_t { Module, Interactive, Expression };

struct Mod {
  ModKind kind = ModKind::Module;
  StmtList body;         // Module, Interactive
  Expr* expr = nullptr;  // Expression
};

// ---- utilities -------------------------------------------------------------------------

// Python's ast.dump(node, include_attributes=...) text, for tests.
std::string dump(const Mod& mod, bool include_attributes = false);
std::string dump(const Expr* expr, bool include_attributes = false);

// Python repr() of str / bytes / float values, as ast.dump prints them.
std::string python_str_repr(std::string_view utf8);
std::string python_bytes_repr(std::string_view bytes);
std::string python_float_repr(double d);

// CPython's _PyPegen_get_expr_name: "function call", "literal", ... for error messages.
const char* expr_name(const Expr* e);

}  // namespace krait::ast
