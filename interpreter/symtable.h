// symtable.h — scopes and name resolution (third stage of the front end).
//
// A port of CPython 3.11's Python/symtable.c: one Scope per module, class, function,
// lambda and comprehension (comprehensions are function scopes taking the outermost
// iterator as the implicit argument ".0"), symbol flags gathered by an AST walk, then
// the same analysis deciding for every name whether it is local, global (explicit or
// implicit), free or a cell, with the __class__ cell for zero-argument super().
#pragma once

#include "ast.h"
#include "parser.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace krait {

enum class ScopeType : uint8_t { Module, Class, Function };

// Symbol flags (CPython's DEF_* values).
enum SymbolFlag : int {
  kDefGlobal = 1,         // global statement
  kDefLocal = 2,          // assignment in code block
  kDefParam = 4,          // formal parameter
  kDefNonlocal = 8,       // nonlocal statement
  kUse = 16,              // name is used
  kDefFree = 32,          // name used but not defined in nested block
  kDefFreeClass = 64,     // free variable from class's method
  kDefImport = 128,       // assignment occurred via import
  kDefAnnot = 256,        // this name is annotated
  kDefCompIter = 512,     // this name is a comprehension iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives (CPython's LOCAL, GLOBAL_EXPLICIT, ...). None: not in the scope.
enum class SymbolScope : uint8_t { None = 0, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
  int flags = 0;
  SymbolScope scope = SymbolScope::None;
};

struct Scope {
  ScopeType type = ScopeType::Module;
  std::string name;
  const void* node = nullptr;  // the AST node that opened the scope
  ast::Loc loc;
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> symbol_order;  // insertion order of `symbols`
  std::vector<std::string> varnames;      // parameters, in order
  std::vector<Scope*> children;
  // Locations of global / nonlocal statements per name (for error messages).
  std::unordered_map<std::string, ast::Loc> directives;
  bool nested = false;
  bool generator = false;
  bool coroutine = false;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;
  bool child_free = false;
  bool free = false;
  bool comp_iter_target = false;
  int comp_iter_expr = 0;
  ComprehensionKind comprehension = ComprehensionKind::None;

  const Symbol* lookup(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? nullptr : &it->second;
  }
  int flags_of(const std::string& name) const {
    const Symbol* s = lookup(name);
    return s ? s->flags : 0;
  }
  SymbolScope scope_of(const std::string& name) const {
    const Symbol* s = lookup(name);
    return s ? s->scope : SymbolScope::None;
  }
};

// _Py_Mangle: `__name` inside class `Cls` becomes `_Cls__name`.
std::string mangle(std::string_view private_name, std::string_view name);

class SymbolTable {
 public:
  // Builds the table for a module; `future_annotations` is PEP 563 mode (annotations
  // are not evaluated, so their names are not uses). On error returns nullptr and sets
  // `error` (SyntaxError, or RecursionError for too deep nesting).
  static std::unique_ptr<SymbolTable> build(const ast::Mod& mod, std::string_view filename,
                                            bool future_annotations,
                                            std::optional<SyntaxErrorInfo>& error);

  Scope* top() const { return m_top; }
  Scope* lookup(const void* node) const {
    auto it = m_blocks.find(node);
    return it == m_blocks.end() ? nullptr : it->second;
  }

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Scope>> m_scopes;
  std::unordered_map<const void*, Scope*> m_blocks;
  Scope* m_top = nullptr;
};

}  // namespace krait
