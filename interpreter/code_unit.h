// code_unit.h — the bytecode format: what the compiler produces and the VM executes.
//
// Plain data with no runtime types, so the front end (lexer, parser, compiler) builds
// without the VM. A CodeUnit mirrors CPython 3.11's code object: bytecode, constants,
// names, the "localsplus" layout of fast locals / cells / free variables, one source
// position per instruction and the zero-cost exception table.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace krait {

struct CodeUnit;

// ---- instructions -------------------------------------------------------------------

// One enumerator per entry of opcodes.def, in order.
enum class Opcode : uint8_t {
#define OPCODE(name, has_arg) name,
#include "opcodes.def"
#undef OPCODE
};

inline constexpr int kOpcodeCount = 0
#define OPCODE(name, has_arg) +1
#include "opcodes.def"
#undef OPCODE
    ;

// An instruction is one 32-bit word: opcode in the low 8 bits, argument in the high 24.
inline constexpr uint32_t kMaxOparg = (1u << 24) - 1;

constexpr uint32_t encode_instr(Opcode op, uint32_t arg = 0) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
constexpr Opcode instr_opcode(uint32_t word) { return static_cast<Opcode>(word & 0xff); }
constexpr uint32_t instr_arg(uint32_t word) { return word >> 8; }

// Name of an opcode ("LOAD_CONST"), "<invalid>" when out of range.
const char* opcode_name(Opcode op);
// Whether the opcode uses its argument (the second field in opcodes.def).
bool opcode_has_arg(Opcode op);

// BINARY_OP arguments: CPython's NB_* numbering.
enum BinaryOpArg : uint32_t {
  kNbAdd = 0, kNbAnd = 1, kNbFloorDivide = 2, kNbLshift = 3, kNbMatrixMultiply = 4,
  kNbMultiply = 5, kNbRemainder = 6, kNbOr = 7, kNbPower = 8, kNbRshift = 9,
  kNbSubtract = 10, kNbTrueDivide = 11, kNbXor = 12,
  kNbInplaceAdd = 13, kNbInplaceAnd, kNbInplaceFloorDivide, kNbInplaceLshift,
  kNbInplaceMatrixMultiply, kNbInplaceMultiply, kNbInplaceRemainder, kNbInplaceOr,
  kNbInplacePower, kNbInplaceRshift, kNbInplaceSubtract, kNbInplaceTrueDivide,
  kNbInplaceXor = 25,
};

// COMPARE_OP arguments.
enum CompareOpArg : uint32_t { kCmpLt = 0, kCmpLe = 1, kCmpEq = 2, kCmpNe = 3, kCmpGt = 4, kCmpGe = 5 };

// FORMAT_VALUE flags (as CPython 3.11).
enum FormatValueFlags : uint32_t {
  kFvcMask = 0x3, kFvcNone = 0x0, kFvcStr = 0x1, kFvcRepr = 0x2, kFvcAscii = 0x3,
  kFvsMask = 0x4, kFvsHaveSpec = 0x4,
};

// MAKE_FUNCTION flags (as CPython 3.11).
enum MakeFunctionFlags : uint32_t {
  kMfDefaults = 0x01, kMfKwDefaults = 0x02, kMfAnnotations = 0x04, kMfClosure = 0x08,
};

// ---- constants ----------------------------------------------------------------------

struct BigIntLiteral { std::string digits; };  // decimal digits, with sign, of an int literal too big for int64
struct Ellipsis {};
struct NoneConst {};
struct Bytes { std::string data; };             // raw bytes of a bytes literal
struct Constant;
struct ConstTuple { std::vector<Constant> items; };
// A frozenset constant (CPython's AST optimiser makes `{1, 2, 3}` displays and `x in {..}`
// tests use one). The items are in source order: build the frozenset by inserting them
// in that order to get CPython's iteration order. It derives from ConstTuple so that code
// handling ConstTuple still compiles and treats it as a tuple (same results for `in`,
// SET_UPDATE and iteration, but not CPython's set ordering).
struct FrozenSetConst : ConstTuple {};

// A compile-time constant. Complex numbers are not supported (imaginary literals are a
// compile error, see compiler.h).
struct Constant {
  using Value = std::variant<NoneConst, bool, int64_t, BigIntLiteral, double, std::string, Bytes,
                             Ellipsis, std::shared_ptr<const CodeUnit>, ConstTuple, FrozenSetConst>;
  Value value;

  Constant() : value(NoneConst{}) {}
  template <typename T>
    requires(!std::is_same_v<std::decay_t<T>, Constant> && std::is_constructible_v<Value, T>)
  Constant(T v) : value(std::move(v)) {}  // NOLINT: implicit on purpose
};

// ---- positions, exception table, flags ----------------------------------------------

// Source range of an instruction, as CPython's co_positions(): lines are 1-based, columns
// 0-based UTF-8 byte offsets, end_col exclusive. line == 0 means "no location" (then the
// other fields are 0 too); col/end_col may be -1 when only the line is known.
struct SourcePos {
  int line = 0, end_line = 0, col = 0, end_col = 0;
};

// Instructions in [start, end) whose exception goes to `target`, after popping the value
// stack down to `depth` items (and pushing the instruction index first if `lasti`), then
// pushing the exception. As CPython 3.11's exception table.
struct ExceptionTableEntry {
  uint32_t start, end, target, depth;
  bool lasti;
};

// co_flags (CPython's values).
enum CodeFlags : uint32_t {
  kOptimized = 1, kNewLocals = 2, kVarargs = 4, kVarkeywords = 8, kNested = 16,
  kGenerator = 32, kNoFree = 64, kCoroutine = 128, kIterableCoroutine = 256,
  kAsyncGenerator = 512,
  // Krait's own: code of the stdlib's Python modules, whose frames tracebacks leave out (as
  // CPython's C implementations of the same functions have no frames).
  kHiddenFrames = 1u << 28,
};

// co_localspluskinds bits. kLocalKindLocal/Cell/Free are 3.11's CO_FAST_LOCAL/CELL/FREE
// (a cell that is also an argument is Local|Cell). kLocalKindArg is a Krait addition,
// set on argument slots (the first argcount + kwonlyargcount + varargs + varkw).
// Test kinds with `&`, not `==`.
enum LocalKind : uint8_t {
  kLocalKindArg = 0x01,
  kLocalKindLocal = 0x20,
  kLocalKindCell = 0x40,
  kLocalKindFree = 0x80,
};

// ---- the code unit --------------------------------------------------------------------

struct CodeUnit {
  std::string name, qualname, filename;
  int first_line = 1;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;                          // max value-stack depth, computed exactly
  std::vector<uint32_t> code;
  std::vector<SourcePos> positions;           // one per instruction
  // consts[0] is the docstring (str) or None for functions, as CPython 3.11's co_consts.
  std::vector<Constant> consts;
  std::vector<std::string> names;             // for *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_*
  // 3.11 co_localsplusnames: locals (args first), then cells that are not args, then free vars.
  std::vector<std::string> localsplus_names;
  std::vector<uint8_t> localsplus_kinds;      // 3.11 co_localspluskinds (LocalKind bits)
  // Sorted by start, non-overlapping, innermost handler per range.
  std::vector<ExceptionTableEntry> exception_table;

  // Counts derived from localsplus_kinds (filled by the compiler).
  int nlocals = 0;   // slots with kLocalKindLocal (co_nlocals)
  int ncells = 0;    // slots with kLocalKindCell
  int nfreevars = 0; // slots with kLocalKindFree (always the last ones)
};

// Human-readable listing of a code unit and, recursively, of the code units among its
// constants (disassembler.cpp). Format similar to `python3 -m dis`.
std::string disassemble(const CodeUnit& code);

}  // namespace krait
