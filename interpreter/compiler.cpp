// compiler.cpp — code generation infrastructure and the assembler.
//
// Instructions are emitted into a linear list with labels, plus the pseudo-instructions
// SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK (CPython 3.11's approach). The
// assembler then follows the control flow once to find, for every reachable instruction,
// its stack depth and the stack of active exception handlers; it drops dead code, NOPs
// and pseudo-instructions, resolves jumps to absolute indices, and derives the exact
// stacksize and the exception table (innermost handler per instruction range).
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "compiler_internal.h"

namespace krait {
namespace detail {

constexpr int kMaxCompilerDepth = 3000;

CompilerDepthGuard::CompilerDepthGuard(Compiler& comp)
    : c(comp), ok(++comp.m_depth <= kMaxCompilerDepth) {}

std::string_view source_line(std::string_view src, int line) {
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t end = src.find('\n', pos);
  if (end == std::string_view::npos) end = src.size();
  return src.substr(pos, end - pos);
}

Compiler::Compiler(std::string_view source, std::string_view filename, SymbolTable& st,
                   const CompileOptions& options, bool future_annotations)
    : m_source(source),
      m_filename(filename),
      m_st(st),
      m_options(options),
      m_future_annotations(future_annotations) {}

// ---- errors --------------------------------------------------------------------------------

bool Compiler::error_at(const std::string& msg, const Loc& l) {
  if (m_error) return false;
  SyntaxErrorInfo e;
  e.type = "SyntaxError";
  e.msg = msg;
  e.filename = std::string(m_filename);
  e.line = l.line;
  e.col = l.col + 1;
  e.end_line = l.end_line;
  e.end_col = l.end_col + 1;
  m_error = std::move(e);
  return false;
}

bool Compiler::error_at(const std::string& msg) {
  Loc l;
  l.line = m_u->loc.line;
  l.col = m_u->loc.col;
  l.end_line = m_u->loc.end_line;
  l.end_col = m_u->loc.end_col;
  return error_at(msg, l);
}

bool Compiler::recursion_error() {
  if (m_error) return false;
  SyntaxErrorInfo e;
  e.type = "RecursionError";
  e.msg = "maximum recursion depth exceeded during compilation";
  e.filename = std::string(m_filename);
  m_error = std::move(e);
  return false;
}

void Compiler::warn(const std::string& msg) {
  CompileWarning w;
  w.category = "SyntaxWarning";
  w.msg = msg;
  w.filename = std::string(m_filename);
  w.line = m_u->loc.line;
  w.col = m_u->loc.col;
  w.end_line = m_u->loc.end_line;
  w.end_col = m_u->loc.end_col;
  m_warnings.push_back(std::move(w));
}

// ---- emission ------------------------------------------------------------------------------

void Compiler::set_loc(const Loc& l) {
  m_u->loc.line = l.line;
  m_u->loc.end_line = l.end_line;
  m_u->loc.col = l.col;
  m_u->loc.end_col = l.end_col;
  m_u->has_loc = true;
}

void Compiler::emit(Opcode op, int arg) {
  Instr i;
  i.op = static_cast<int>(op);
  i.arg = arg;
  i.pos = m_u->loc;
  i.has_pos = m_u->has_loc;
  m_u->instrs.push_back(i);
}

void Compiler::emit_noline(Opcode op, int arg) {
  Instr i;
  i.op = static_cast<int>(op);
  i.arg = arg;
  i.has_pos = false;
  m_u->instrs.push_back(i);
}

void Compiler::emit_jump(Opcode op, int label) {
  Instr i;
  i.op = static_cast<int>(op);
  i.target = label;
  i.pos = m_u->loc;
  i.has_pos = m_u->has_loc;
  m_u->instrs.push_back(i);
}

void Compiler::emit_jump_noline(Opcode op, int label) {
  Instr i;
  i.op = static_cast<int>(op);
  i.target = label;
  i.has_pos = false;
  m_u->instrs.push_back(i);
}

void Compiler::emit_pseudo(PseudoOp op, int label) {
  Instr i;
  i.op = op;
  i.target = label;
  i.pos = m_u->loc;
  i.has_pos = m_u->has_loc;
  m_u->instrs.push_back(i);
}

int Compiler::new_label() {
  m_u->labels.push_back(-1);
  return static_cast<int>(m_u->labels.size()) - 1;
}

void Compiler::use_label(int label) {
  m_u->labels[label] = static_cast<int>(m_u->instrs.size());
}

// _PyCode_ConstantKey: constants are shared only when type and value are identical
// (1, 1.0 and True stay distinct; so do 0.0 and -0.0).
static void const_key(const Constant& c, std::string& out) {
  struct V {
    std::string& out;
    void operator()(const NoneConst&) const { out += 'N'; }
    void operator()(bool b) const { out += b ? 'T' : 'F'; }
    void operator()(int64_t i) const { out += fmt::format("i{};", i); }
    void operator()(const BigIntLiteral& b) const { out += fmt::format("I{};", b.digits); }
    void operator()(double d) const {
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      out += fmt::format("d{};", bits);
    }
    void operator()(const std::string& s) const {
      out += fmt::format("s{}:", s.size());
      out += s;
    }
    void operator()(const Bytes& b) const {
      out += fmt::format("b{}:", b.data.size());
      out += b.data;
    }
    void operator()(const Ellipsis&) const { out += 'E'; }
    void operator()(const std::shared_ptr<const CodeUnit>& c) const {
      out += fmt::format("c{};", static_cast<const void*>(c.get()));
    }
    void operator()(const FrozenSetConst& t) const {
      out += "f(";
      for (const Constant& item : t.items) const_key(item, out);
      out += ')';
    }
    void operator()(const ConstTuple& t) const {
      out += '(';
      for (const Constant& item : t.items) const_key(item, out);
      out += ')';
    }
  };
  std::visit(V{out}, c.value);
}

int Compiler::add_const(Constant c) {
  std::string key;
  const_key(c, key);
  auto it = m_u->const_index.find(key);
  if (it != m_u->const_index.end()) return it->second;
  int i = static_cast<int>(m_u->consts.size());
  m_u->consts.push_back(std::move(c));
  m_u->const_index.emplace(std::move(key), i);
  return i;
}

void Compiler::emit_load_const(Constant c) {
  emit(Opcode::LOAD_CONST, add_const(std::move(c)));
}

void Compiler::emit_name(Opcode op, const std::string& name) {
  emit(op, m_u->names.add(mangled(name)));
}

// ---- names ---------------------------------------------------------------------------------

bool Compiler::forbidden_name(std::string_view name, ExprContext ctx) {
  if (ctx == ExprContext::Store && name == "__debug__") {
    error_at("cannot assign to __debug__");
    return true;
  }
  if (ctx == ExprContext::Del && name == "__debug__") {
    error_at("cannot delete __debug__");
    return true;
  }
  return false;
}

// Provisional index of a cell (0..ncells-1) or free variable (ncells + i), fixed up to
// its localsplus slot by the assembler (CPython's fix_cell_offsets).
int Compiler::lookup_cell_or_free(const std::string& name, bool cell) {
  if (cell) return m_u->cellvars.find(name);
  int i = m_u->freevars.find(name);
  return i < 0 ? -1 : static_cast<int>(m_u->cellvars.size()) + i;
}

// compiler_nameop
bool Compiler::nameop(std::string_view name, ExprContext ctx) {
  if (forbidden_name(name, ctx)) return false;
  std::string m = mangled(name);
  enum { kOpName, kOpFast, kOpGlobal, kOpDeref } optype = kOpName;
  SymbolScope scope = m_u->ste->scope_of(m);
  bool is_function = m_u->ste->type == ScopeType::Function;
  switch (scope) {
    case SymbolScope::Free:
    case SymbolScope::Cell:
      optype = kOpDeref;
      break;
    case SymbolScope::Local:
      if (is_function) optype = kOpFast;
      break;
    case SymbolScope::GlobalImplicit:
      if (is_function) optype = kOpGlobal;
      break;
    case SymbolScope::GlobalExplicit:
      optype = kOpGlobal;
      break;
    default:
      break;
  }
  switch (optype) {
    case kOpDeref: {
      int arg = lookup_cell_or_free(m, scope == SymbolScope::Cell);
      if (arg < 0) return error_at(fmt::format("internal error: no cell for '{}'", m));
      Opcode op =
          ctx == ExprContext::Load
              ? (m_u->ste->type == ScopeType::Class ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF)
          : ctx == ExprContext::Store ? Opcode::STORE_DEREF
                                      : Opcode::DELETE_DEREF;
      emit(op, arg);
      return true;
    }
    case kOpFast: {
      Opcode op = ctx == ExprContext::Load    ? Opcode::LOAD_FAST
                  : ctx == ExprContext::Store ? Opcode::STORE_FAST
                                              : Opcode::DELETE_FAST;
      emit(op, m_u->varnames.add(m));
      return true;
    }
    case kOpGlobal: {
      Opcode op = ctx == ExprContext::Load    ? Opcode::LOAD_GLOBAL
                  : ctx == ExprContext::Store ? Opcode::STORE_GLOBAL
                                              : Opcode::DELETE_GLOBAL;
      emit(op, m_u->names.add(m));
      return true;
    }
    case kOpName: {
      Opcode op = ctx == ExprContext::Load    ? Opcode::LOAD_NAME
                  : ctx == ExprContext::Store ? Opcode::STORE_NAME
                                              : Opcode::DELETE_NAME;
      emit(op, m_u->names.add(m));
      return true;
    }
  }
  return true;
}

// ---- units -----------------------------------------------------------------------------------

bool Compiler::enter_scope(std::string name, CompilerScope type, const void* key, int first_line) {
  auto u = std::make_unique<Unit>();
  u->scope_type = type;
  u->ste = m_st.lookup(key);
  if (!u->ste) return error_at("internal error: no symbol table for scope");
  u->name = std::move(name);
  for (const std::string& v : u->ste->varnames) u->varnames.add(v);
  // Cells and free variables in sorted order (dictbytype).
  std::vector<std::string> cells, frees;
  for (const auto& [n, sym] : u->ste->symbols) {
    if (sym.scope == SymbolScope::Cell) cells.push_back(n);
    if (sym.scope == SymbolScope::Free || (sym.flags & kDefFreeClass)) frees.push_back(n);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  if (u->ste->needs_class_closure) u->cellvars.add("__class__");
  for (auto& n : cells) u->cellvars.add(n);
  for (auto& n : frees) u->freevars.add(n);
  u->first_line = first_line;
  u->loc.line = u->loc.end_line = first_line;
  u->loc.col = u->loc.end_col = 0;
  if (m_u) u->priv = m_u->priv;
  m_stack.push_back(std::move(u));
  m_u = m_stack.back().get();
  ++m_nestlevel;
  if (type == CompilerScope::Module) {
    m_u->qualname = m_u->name;
    m_u->loc.line = 0;
    m_u->has_loc = false;
  } else {
    set_qualname();
  }
  return true;
}

void Compiler::exit_scope() {
  --m_nestlevel;
  m_stack.pop_back();
  m_u = m_stack.empty() ? nullptr : m_stack.back().get();
}

// compiler_set_qualname: `f.<locals>.g`, `C.m`, or just the name at module level (and
// for a function declared global in its parent).
void Compiler::set_qualname() {
  Unit* u = m_u;
  std::string base;
  bool have_base = false;
  // m_stack holds the enclosing units and the current one; the module is m_stack[0].
  if (m_stack.size() > 2) {
    Unit* parent = m_stack[m_stack.size() - 2].get();
    bool force_global = false;
    if (u->scope_type == CompilerScope::Function || u->scope_type == CompilerScope::AsyncFunction ||
        u->scope_type == CompilerScope::Class) {
      if (parent->ste->scope_of(mangle(parent->priv, u->name)) == SymbolScope::GlobalExplicit)
        force_global = true;
    }
    if (!force_global) {
      if (parent->scope_type == CompilerScope::Function ||
          parent->scope_type == CompilerScope::AsyncFunction ||
          parent->scope_type == CompilerScope::Lambda)
        base = parent->qualname + ".<locals>";
      else
        base = parent->qualname;
      have_base = true;
    }
  }
  u->qualname = have_base ? base + "." + u->name : u->name;
}

// ---- assembly ------------------------------------------------------------------------------

int stack_effect(int op, int arg, bool jump) {
  switch (op) {
    case kSetupFinally:
      return jump ? 1 : 0;
    case kSetupCleanup:
      return jump ? 2 : 0;
    case kSetupWith:
      return jump ? 1 : 0;
    case kPopBlock:
      return 0;
    default:
      break;
  }
  switch (static_cast<Opcode>(op)) {
    case Opcode::NOP:
      return 0;
    case Opcode::POP_TOP:
      return -1;
    case Opcode::PUSH_NULL:
      return 1;
    case Opcode::COPY:
      return 1;
    case Opcode::SWAP:
      return 0;
    case Opcode::LOAD_CONST:
    case Opcode::LOAD_NAME:
    case Opcode::LOAD_GLOBAL:
    case Opcode::LOAD_FAST:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_DEREF:
    case Opcode::LOAD_CLASSDEREF:
    case Opcode::LOAD_BUILD_CLASS:
    case Opcode::LOAD_ASSERTION_ERROR:
      return 1;
    case Opcode::STORE_NAME:
    case Opcode::STORE_GLOBAL:
    case Opcode::STORE_FAST:
    case Opcode::STORE_DEREF:
      return -1;
    case Opcode::DELETE_NAME:
    case Opcode::DELETE_GLOBAL:
    case Opcode::DELETE_FAST:
    case Opcode::DELETE_DEREF:
    case Opcode::MAKE_CELL:
    case Opcode::COPY_FREE_VARS:
    case Opcode::SETUP_ANNOTATIONS:
      return 0;
    case Opcode::LOAD_ATTR:
      return 0;
    case Opcode::STORE_ATTR:
      return -2;
    case Opcode::DELETE_ATTR:
      return -1;
    case Opcode::LOAD_METHOD:
      return 1;
    case Opcode::IMPORT_NAME:
      return -1;
    case Opcode::IMPORT_FROM:
      return 1;
    case Opcode::IMPORT_STAR:
      return -1;
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_NOT:
    case Opcode::UNARY_INVERT:
      return 0;
    case Opcode::BINARY_OP:
    case Opcode::COMPARE_OP:
    case Opcode::IS_OP:
    case Opcode::CONTAINS_OP:
    case Opcode::BINARY_SUBSCR:
      return -1;
    case Opcode::STORE_SUBSCR:
      return -3;
    case Opcode::DELETE_SUBSCR:
      return -2;
    case Opcode::BUILD_SLICE:
      return arg == 3 ? -2 : -1;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING:
      return 1 - arg;
    case Opcode::BUILD_MAP:
      return 1 - 2 * arg;
    case Opcode::BUILD_CONST_KEY_MAP:
      return -arg;
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD:
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE:
      return -1;
    case Opcode::MAP_ADD:
      return -2;
    case Opcode::LIST_TO_TUPLE:
      return 0;
    case Opcode::UNPACK_SEQUENCE:
      return arg - 1;
    case Opcode::UNPACK_EX:
      return (arg & 0xFF) + (arg >> 8);
    case Opcode::FORMAT_VALUE:
      return (arg & kFvsMask) == kFvsHaveSpec ? -1 : 0;
    case Opcode::MAKE_FUNCTION:
      return -(((arg & 0x01) != 0) + ((arg & 0x02) != 0) + ((arg & 0x04) != 0) +
               ((arg & 0x08) != 0));
    case Opcode::JUMP:
      return 0;
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
      return -1;
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Opcode::GET_ITER:
      return 0;
    case Opcode::FOR_ITER:
      return jump ? -1 : 1;
    case Opcode::RETURN_VALUE:
      return -1;
    case Opcode::PRINT_EXPR:
      return -1;
    case Opcode::KW_NAMES:
      return 0;
    case Opcode::CALL:
      return -arg - 1;
    case Opcode::MATCH_PATTERN:
      return -arg - 1;
    case Opcode::CALL_FUNCTION_EX:
      return -2 - (arg & 1);
    case Opcode::RAISE_VARARGS:
      return -arg;
    case Opcode::PUSH_EXC_INFO:
      return 1;
    case Opcode::POP_EXCEPT:
      return -1;
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::CHECK_EG_MATCH:
      return 0;
    case Opcode::PREP_RERAISE_STAR:
      return -1;
    case Opcode::RERAISE:
      return -1;
    case Opcode::WITH_EXCEPT_START:
      return 1;
    case Opcode::BEFORE_WITH:
    case Opcode::BEFORE_ASYNC_WITH:
      return 1;
    case Opcode::YIELD_VALUE:
    case Opcode::ASYNC_GEN_WRAP:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::GET_AWAITABLE:
    case Opcode::GET_AITER:
      return 0;
    case Opcode::GET_ANEXT:
      return 1;
    case Opcode::END_ASYNC_FOR:
      return -2;
    case Opcode::YIELD_FROM:
      return -1;
  }
  return 0;
}

static bool is_jump(int op) {
  switch (op) {
    case static_cast<int>(Opcode::JUMP):
    case static_cast<int>(Opcode::POP_JUMP_IF_FALSE):
    case static_cast<int>(Opcode::POP_JUMP_IF_TRUE):
    case static_cast<int>(Opcode::POP_JUMP_IF_NONE):
    case static_cast<int>(Opcode::POP_JUMP_IF_NOT_NONE):
    case static_cast<int>(Opcode::JUMP_IF_FALSE_OR_POP):
    case static_cast<int>(Opcode::JUMP_IF_TRUE_OR_POP):
    case static_cast<int>(Opcode::FOR_ITER):
      return true;
    default:
      return false;
  }
}

static bool is_deref(int op) {
  switch (op) {
    case static_cast<int>(Opcode::LOAD_DEREF):
    case static_cast<int>(Opcode::STORE_DEREF):
    case static_cast<int>(Opcode::DELETE_DEREF):
    case static_cast<int>(Opcode::LOAD_CLOSURE):
    case static_cast<int>(Opcode::LOAD_CLASSDEREF):
    case static_cast<int>(Opcode::MAKE_CELL):
      return true;
    default:
      return false;
  }
}

static bool is_terminal(int op) {
  return op == static_cast<int>(Opcode::RETURN_VALUE) ||
         op == static_cast<int>(Opcode::RAISE_VARARGS) || op == static_cast<int>(Opcode::RERAISE) ||
         op == static_cast<int>(Opcode::JUMP);
}

// A jump to `[LOAD_CONST] RETURN_VALUE` is replaced by a copy of those instructions, as
// CPython's optimiser inlines small exit blocks (they cannot raise, so the copy does not
// need the original's exception handler).
static void inline_exit_jumps(Unit& u) {
  const int n = static_cast<int>(u.instrs.size());
  auto real_at = [&](int i) {
    while (i < n &&
           (u.instrs[i].op == static_cast<int>(Opcode::NOP) || u.instrs[i].op == kPopBlock))
      ++i;
    return i;
  };
  std::vector<Instr> out;
  out.reserve(u.instrs.size());
  std::vector<int> new_pos(n + 1, 0);
  bool changed = false;
  for (int i = 0; i < n; ++i) {
    new_pos[i] = static_cast<int>(out.size());
    const Instr& ins = u.instrs[i];
    if (ins.op == static_cast<int>(Opcode::JUMP)) {
      int t = real_at(u.labels[ins.target]);
      if (t < n && u.instrs[t].op == static_cast<int>(Opcode::RETURN_VALUE)) {
        out.push_back(u.instrs[t]);
        changed = true;
        continue;
      }
      if (t + 1 < n && u.instrs[t].op == static_cast<int>(Opcode::LOAD_CONST) &&
          u.instrs[t + 1].op == static_cast<int>(Opcode::RETURN_VALUE)) {
        out.push_back(u.instrs[t]);
        out.push_back(u.instrs[t + 1]);
        changed = true;
        continue;
      }
    }
    out.push_back(ins);
  }
  if (!changed) return;
  new_pos[n] = static_cast<int>(out.size());
  for (int& l : u.labels)
    if (l >= 0) l = new_pos[l];
  u.instrs = std::move(out);
}

// `a, b = x, y`: BUILD_TUPLE n; UNPACK_SEQUENCE n becomes SWAP n (n = 2, 3) or nothing
// (n = 1), as CPython's peephole optimiser does. NOPs are dropped by the assembler.
static void swap_tuple_unpacks(Unit& u) {
  std::vector<bool> is_target(u.instrs.size() + 1, false);
  for (int l : u.labels)
    if (l >= 0) is_target[l] = true;
  for (size_t i = 0; i + 1 < u.instrs.size(); ++i) {
    Instr& a = u.instrs[i];
    Instr& b = u.instrs[i + 1];
    if (a.op != static_cast<int>(Opcode::BUILD_TUPLE) ||
        b.op != static_cast<int>(Opcode::UNPACK_SEQUENCE) || a.arg != b.arg || a.arg < 1 ||
        a.arg > 3 || is_target[i + 1])
      continue;
    a.op = static_cast<int>(Opcode::NOP);
    if (b.arg == 1) {
      b.op = static_cast<int>(Opcode::NOP);
      continue;
    }
    b.op = static_cast<int>(Opcode::SWAP);
    // apply_static_swaps: when the swapped values go straight into distinct local
    // variables (or are discarded), reorder those stores instead of swapping.
    size_t n = static_cast<size_t>(b.arg);
    if (i + 1 + n >= u.instrs.size()) continue;
    bool ok = true;
    std::vector<int> seen;
    for (size_t k = 0; k < n && ok; ++k) {
      const Instr& st = u.instrs[i + 2 + k];
      if (is_target[i + 2 + k])
        ok = false;
      else if (st.op == static_cast<int>(Opcode::STORE_FAST)) {
        for (int v : seen)
          if (v == st.arg) ok = false;
        seen.push_back(st.arg);
      } else if (st.op != static_cast<int>(Opcode::POP_TOP)) {
        ok = false;
      }
    }
    if (!ok) continue;
    b.op = static_cast<int>(Opcode::NOP);
    std::swap(u.instrs[i + 2], u.instrs[i + 1 + n]);
  }
}

std::shared_ptr<CodeUnit> Compiler::assemble(bool add_none) {
  Unit& u = *m_u;
  // Falling off the end returns None.
  bool label_at_end = false;
  for (int l : u.labels)
    if (l == static_cast<int>(u.instrs.size())) label_at_end = true;
  if (u.instrs.empty() || u.instrs.back().op != static_cast<int>(Opcode::RETURN_VALUE) ||
      label_at_end) {
    unset_loc();
    if (add_none) emit_load_const(NoneConst{});
    emit(Opcode::RETURN_VALUE);
  }

  // Localsplus layout: locals (arguments first), cells that are not arguments, frees.
  int nlocals = static_cast<int>(u.varnames.size());
  int ncells = static_cast<int>(u.cellvars.size());
  std::vector<int> cell_slot(ncells);
  int extra_cells = 0;
  for (int i = 0; i < ncells; ++i) {
    int v = u.varnames.find(u.cellvars.names[i]);
    cell_slot[i] = v >= 0 ? v : nlocals + extra_cells++;
  }
  int nfree = static_cast<int>(u.freevars.size());
  auto fix_deref = [&](int arg) {
    return arg < ncells ? cell_slot[arg] : nlocals + extra_cells + (arg - ncells);
  };

  // Prologue: COPY_FREE_VARS, then MAKE_CELL for each cell in slot order.
  std::vector<Instr> prologue;
  if (nfree) {
    Instr i;
    i.op = static_cast<int>(Opcode::COPY_FREE_VARS);
    i.arg = nfree;
    i.has_pos = false;
    prologue.push_back(i);
  }
  {
    std::vector<std::pair<int, int>> order;  // (slot, cell index)
    for (int i = 0; i < ncells; ++i) order.emplace_back(cell_slot[i], i);
    std::sort(order.begin(), order.end());
    for (auto& [slot, idx] : order) {
      Instr i;
      i.op = static_cast<int>(Opcode::MAKE_CELL);
      i.arg = idx;
      i.has_pos = false;
      prologue.push_back(i);
    }
  }
  if (!prologue.empty()) {
    u.instrs.insert(u.instrs.begin(), prologue.begin(), prologue.end());
    for (int& l : u.labels)
      if (l >= 0) l += static_cast<int>(prologue.size());
  }

  inline_exit_jumps(u);
  swap_tuple_unpacks(u);

  // Flow analysis: stack depth and handler stack per reachable instruction. A handler
  // becomes reachable only when a real instruction it protects is reachable.
  const int n = static_cast<int>(u.instrs.size());
  struct Handler {
    int target;  // instruction index
    int depth;
    bool lasti;
    int outer = -1;       // handler stack at the SETUP (in force inside the handler)
    bool active = false;  // some reachable instruction is protected by it
  };
  struct ENode {
    int handler;
    int parent;
  };
  std::vector<Handler> handlers;
  std::vector<ENode> enodes;
  std::vector<int> depth(n, -1), estack(n, -1);
  int maxdepth = 0;
  struct Work {
    int pc, depth, es;
  };
  std::vector<Work> work{{0, 0, -1}};
  auto label_pos = [&](int label) { return u.labels[label]; };
  while (!work.empty()) {
    Work w = work.back();
    work.pop_back();
    int pc = w.pc, d = w.depth, es = w.es;
    while (pc < n) {
      if (depth[pc] >= 0) {
        // A merge point must always be reached with the same stack depth.
        if (depth[pc] != d) {
          error_at(fmt::format(
              "internal compiler error: inconsistent stack depth ({} vs {}) at {} in {}", depth[pc],
              d, pc, u.qualname));
          return nullptr;
        }
        break;
      }
      depth[pc] = d;
      estack[pc] = es;
      maxdepth = std::max(maxdepth, d);
      const Instr& ins = u.instrs[pc];
      if (ins.op == kSetupFinally || ins.op == kSetupCleanup || ins.op == kSetupWith) {
        Handler h;
        h.target = label_pos(ins.target);
        h.depth = d - (ins.op == kSetupWith ? 1 : 0);
        h.lasti = ins.op != kSetupFinally;
        h.outer = es;
        handlers.push_back(h);
        enodes.push_back({static_cast<int>(handlers.size()) - 1, es});
        es = static_cast<int>(enodes.size()) - 1;
        ++pc;
        continue;
      }
      if (es >= 0 && ins.op < 256 && ins.op != static_cast<int>(Opcode::NOP)) {
        Handler& h = handlers[enodes[es].handler];
        if (!h.active) {
          h.active = true;
          int target_depth = h.depth + 1 + (h.lasti ? 1 : 0);
          maxdepth = std::max(maxdepth, target_depth);
          work.push_back({h.target, target_depth, h.outer});
        }
      }
      if (ins.op == kPopBlock) {
        if (es >= 0) es = enodes[es].parent;
        ++pc;
        continue;
      }
      if (ins.op == static_cast<int>(Opcode::JUMP)) {
        pc = label_pos(ins.target);
        continue;
      }
      if (is_jump(ins.op)) {
        int jd = d + stack_effect(ins.op, ins.arg, true);
        maxdepth = std::max(maxdepth, jd);
        work.push_back({label_pos(ins.target), jd, es});
        d += stack_effect(ins.op, ins.arg, false);
        maxdepth = std::max(maxdepth, d);
        ++pc;
        continue;
      }
      if (is_terminal(ins.op)) break;
      d += stack_effect(ins.op, ins.arg, false);
      maxdepth = std::max(maxdepth, d);
      ++pc;
    }
  }

  // Keep reachable real instructions (not NOPs, not pseudo-instructions).
  std::vector<int> new_index(n + 1, 0);
  int kept = 0;
  for (int i = 0; i < n; ++i) {
    new_index[i] = kept;
    const Instr& ins = u.instrs[i];
    bool keep = depth[i] >= 0 && ins.op < 256 && ins.op != static_cast<int>(Opcode::NOP);
    if (keep) ++kept;
  }
  new_index[n] = kept;

  auto code = std::make_shared<CodeUnit>();
  code->code.reserve(kept);
  code->positions.reserve(kept);
  std::vector<int> handler_of;  // per kept instruction
  handler_of.reserve(kept);
  SourcePos prev_pos;
  bool prev_falls_through = false;
  std::vector<bool> is_handler_target(n + 1, false);
  for (const Handler& h : handlers)
    if (h.active) is_handler_target[h.target] = true;
  for (int i = 0; i < n; ++i) {
    const Instr& ins = u.instrs[i];
    if (!(depth[i] >= 0 && ins.op < 256 && ins.op != static_cast<int>(Opcode::NOP))) continue;
    int arg = ins.arg;
    if (ins.target >= 0) arg = new_index[label_pos(ins.target)];
    if (is_deref(ins.op)) arg = fix_deref(arg);
    code->code.push_back(encode_instr(static_cast<Opcode>(ins.op), static_cast<uint32_t>(arg)));
    SourcePos pos;
    if (ins.has_pos && ins.pos.line > 0) {
      pos = ins.pos;
    } else if (prev_falls_through && !is_handler_target[i]) {
      pos = prev_pos;
    }
    code->positions.push_back(pos);
    prev_pos = pos;
    prev_falls_through = !is_terminal(ins.op);
    handler_of.push_back(estack[i] >= 0 ? enodes[estack[i]].handler : -1);
  }

  // Exception table: runs of instructions with the same innermost handler.
  for (int i = 0; i < kept;) {
    int h = handler_of[i];
    int j = i + 1;
    while (j < kept && handler_of[j] == h) ++j;
    if (h >= 0) {
      ExceptionTableEntry e;
      e.start = static_cast<uint32_t>(i);
      e.end = static_cast<uint32_t>(j);
      e.target = static_cast<uint32_t>(new_index[handlers[h].target]);
      e.depth = static_cast<uint32_t>(handlers[h].depth);
      e.lasti = handlers[h].lasti;
      if (!code->exception_table.empty()) {
        ExceptionTableEntry& last = code->exception_table.back();
        if (last.end == e.start && last.target == e.target && last.depth == e.depth &&
            last.lasti == e.lasti) {
          last.end = e.end;
          i = j;
          continue;
        }
      }
      code->exception_table.push_back(e);
    }
    i = j;
  }

  // Code unit fields.
  code->name = u.name;
  code->qualname = u.qualname;
  code->filename = std::string(m_filename);
  code->first_line = u.first_line;
  code->argcount = u.posonlyargcount + u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->stacksize = maxdepth;
  code->consts = u.consts;
  code->names = u.names.names;
  // Flags (compute_code_flags).
  const Scope* ste = u.ste;
  uint32_t flags = 0;
  if (ste->type == ScopeType::Function) {
    flags |= kNewLocals | kOptimized;
    if (ste->nested) flags |= kNested;
    if (ste->generator && !ste->coroutine) flags |= kGenerator;
    if (!ste->generator && ste->coroutine) flags |= kCoroutine;
    if (ste->generator && ste->coroutine) flags |= kAsyncGenerator;
    if (ste->varargs) flags |= kVarargs;
    if (ste->varkeywords) flags |= kVarkeywords;
  }
  if (is_top_level_await() && ste->coroutine && !ste->generator &&
      u.scope_type == CompilerScope::Module)
    flags |= kCoroutine;
  code->flags = flags;
  // Localsplus names and kinds.
  int nargs = code->argcount + code->kwonlyargcount + ((flags & kVarargs) ? 1 : 0) +
              ((flags & kVarkeywords) ? 1 : 0);
  code->localsplus_names.resize(static_cast<size_t>(nlocals + extra_cells + nfree));
  code->localsplus_kinds.resize(code->localsplus_names.size());
  for (int i = 0; i < nlocals; ++i) {
    code->localsplus_names[i] = u.varnames.names[i];
    uint8_t kind = kLocalKindLocal;
    if (i < nargs) kind |= kLocalKindArg;
    if (u.cellvars.find(u.varnames.names[i]) >= 0) kind |= kLocalKindCell;
    code->localsplus_kinds[i] = kind;
  }
  for (int i = 0; i < ncells; ++i) {
    if (cell_slot[i] < nlocals) continue;
    code->localsplus_names[cell_slot[i]] = u.cellvars.names[i];
    code->localsplus_kinds[cell_slot[i]] = kLocalKindCell;
  }
  for (int i = 0; i < nfree; ++i) {
    code->localsplus_names[nlocals + extra_cells + i] = u.freevars.names[i];
    code->localsplus_kinds[nlocals + extra_cells + i] = kLocalKindFree;
  }
  code->nlocals = nlocals;
  code->ncells = ncells;
  code->nfreevars = nfree;
  return code;
}

bool Compiler::is_top_level_await() const {
  return m_options.allow_top_level_await && m_u && m_u->ste->type == ScopeType::Module;
}

// ---- the module --------------------------------------------------------------------------

std::shared_ptr<CodeUnit> Compiler::compile_mod(const Mod& mod, CompileMode mode) {
  if (!enter_scope("<module>", CompilerScope::Module, &mod, 1)) return nullptr;
  bool add_none = true;
  switch (mod.kind) {
    case ModKind::Module:
      if (!body(mod.body)) return nullptr;
      break;
    case ModKind::Interactive:
      m_interactive = true;
      if (!visit_stmts(mod.body)) return nullptr;
      break;
    case ModKind::Expression:
      if (!visit_expr(mod.expr)) return nullptr;
      add_none = false;
      break;
  }
  (void)mode;
  auto co = assemble(add_none);
  exit_scope();
  return co;
}

}  // namespace detail

// ---- the public entry point ----------------------------------------------------------------

// future_parse (CPython 3.11 future.c): the leading `from __future__ import ...`
// statements (after an optional docstring). A late future import on a later line is
// reported by the code generator (compiler_from_import); one on the same line here.
static bool check_future(const ast::Mod& mod, std::string_view filename, std::string_view source,
                         bool& annotations, int& future_lineno,
                         std::optional<SyntaxErrorInfo>& error) {
  annotations = false;
  future_lineno = 0;
  if (mod.kind != ast::ModKind::Module && mod.kind != ast::ModKind::Interactive) return true;
  auto fail = [&](const std::string& msg, const ast::Loc& l, int col) {
    SyntaxErrorInfo e;
    e.type = "SyntaxError";
    e.msg = msg;
    e.filename = std::string(filename);
    e.line = l.line;
    e.col = col;
    e.end_line = l.line;
    e.end_col = 0;
    std::string_view line = detail::source_line(source, l.line);
    e.text = std::string(line) + "\n";
    error = std::move(e);
    return false;
  };
  size_t i = 0;
  const ast::StmtList& body = mod.body;
  if (!body.empty() && body[0]->kind == ast::StmtKind::Expr) {
    const ast::Expr* v = body[0]->as<ast::ExprStmt>()->value;
    if (v->kind == ast::ExprKind::Constant &&
        std::holds_alternative<std::string>(v->as<ast::ConstantExpr>()->value))
      i = 1;
  }
  bool done = false;
  int prev_line = 0;
  for (; i < body.size(); ++i) {
    const ast::Stmt* s = body[i];
    if (done && s->line > prev_line) return true;
    prev_line = s->line;
    if (s->kind == ast::StmtKind::ImportFrom) {
      auto* f = s->as<ast::ImportFromStmt>();
      if (f->has_module && f->module == "__future__") {
        if (done)
          return fail("from __future__ imports must occur at the beginning of the file", *s,
                      s->col + 1);
        for (const ast::Alias* a : f->names) {
          std::string_view n = a->name;
          if (n == "annotations") {
            annotations = true;
          } else if (n == "nested_scopes" || n == "generators" || n == "division" ||
                     n == "absolute_import" || n == "with_statement" || n == "print_function" ||
                     n == "unicode_literals" || n == "barry_as_FLUFL" || n == "generator_stop") {
          } else if (n == "braces") {
            return fail("not a chance", *s, s->col + 1);
          } else {
            return fail(fmt::format("future feature {} is not defined", n), *s, s->col + 1);
          }
        }
        future_lineno = s->line;
        continue;
      }
    }
    done = true;
  }
  return true;
}

CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode) {
  return compile_source(source, filename, mode, CompileOptions{});
}

CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode,
                             const CompileOptions& options) {
  CompileResult result;
  ParseResult parsed = parse_source(source, filename, mode);
  if (!parsed.mod) {
    result.error = std::move(parsed.error);
    return result;
  }
  bool future_annotations = false;
  int future_lineno = 0;
  if (!check_future(*parsed.mod, filename, parsed.source, future_annotations, future_lineno,
                    result.error))
    return result;
  std::optional<SyntaxErrorInfo> error;
  auto st = SymbolTable::build(*parsed.mod, filename, future_annotations, error);
  auto add_text = [&](SyntaxErrorInfo& e) {
    // CPython reads the line from the file for compiler errors; give the source line.
    if (e.text.empty() && e.line > 0) {
      std::string_view line = detail::source_line(parsed.source, e.line);
      e.text = std::string(line) + "\n";
    }
  };
  if (!st) {
    result.error = std::move(error);
    if (result.error) add_text(*result.error);
    return result;
  }
  detail::Compiler compiler(parsed.source, filename, *st, options, future_annotations);
  compiler.m_future_lineno = future_lineno;
  auto code = compiler.compile_mod(*parsed.mod, mode);
  result.warnings = std::move(compiler.warnings());
  if (!code) {
    result.error = std::move(compiler.error());
    if (!result.error) {
      SyntaxErrorInfo e;
      e.type = "SystemError";
      e.msg = "compiler failed without an error";
      result.error = std::move(e);
    }
    add_text(*result.error);
    return result;
  }
  result.code = std::move(code);
  return result;
}

}  // namespace krait
