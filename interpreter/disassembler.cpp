// disassembler.cpp — human-readable listings of CodeUnits, generated from opcodes.def.
//
// Used by the compiler's unit tests and when debugging the VM. The format follows
// `python3 -m dis`: line number, instruction index, opcode name, argument and, in
// parentheses, what the argument refers to; then the exception table; then, recursively,
// the code units found among the constants.
#include "code_unit.h"

#include <fmt/format.h>

#include <cmath>

namespace krait {

namespace {

struct OpcodeInfo {
  const char* name;
  bool has_arg;
};

constexpr OpcodeInfo kOpcodeInfo[] = {
#define OPCODE(name, has_arg) {#name, has_arg != 0},
#include "opcodes.def"
#undef OPCODE
};

constexpr const char* kBinaryOpNames[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
constexpr const char* kCompareOpNames[] = {"<", "<=", "==", "!=", ">", ">="};

// Python-like repr of a str constant (enough for listings: quotes and common escapes).
std::string repr_str(const std::string& s, char prefix = 0) {
  char quote = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out;
  if (prefix) out += prefix;
  out += quote;
  for (unsigned char ch : s) {
    if (ch == static_cast<unsigned char>(quote) || ch == '\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (ch < 0x20 || ch == 0x7f || (prefix && ch >= 0x80)) {
      out += fmt::format("\\x{:02x}", ch);
    } else {
      out += static_cast<char>(ch);
    }
  }
  out += quote;
  return out;
}

std::string repr_double(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  std::string s = fmt::format("{}", d);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

struct ConstRepr {
  std::string operator()(const NoneConst&) const { return "None"; }
  std::string operator()(bool b) const { return b ? "True" : "False"; }
  std::string operator()(int64_t i) const { return fmt::format("{}", i); }
  std::string operator()(const BigIntLiteral& b) const { return b.digits; }
  std::string operator()(double d) const { return repr_double(d); }
  std::string operator()(const std::string& s) const { return repr_str(s); }
  std::string operator()(const Bytes& b) const { return repr_str(b.data, 'b'); }
  std::string operator()(const Ellipsis&) const { return "Ellipsis"; }
  std::string operator()(const std::shared_ptr<const CodeUnit>& c) const {
    return fmt::format("<code object {}, line {}>", c ? c->name : "?", c ? c->first_line : 0);
  }
  std::string operator()(const FrozenSetConst& t) const {
    if (t.items.empty()) return "frozenset()";
    std::string out = "frozenset({";
    for (size_t i = 0; i < t.items.size(); ++i) {
      if (i) out += ", ";
      out += std::visit(*this, t.items[i].value);
    }
    return out + "})";
  }
  std::string operator()(const ConstTuple& t) const {
    std::string out = "(";
    for (size_t i = 0; i < t.items.size(); ++i) {
      if (i) out += ", ";
      out += std::visit(*this, t.items[i].value);
    }
    if (t.items.size() == 1) out += ",";
    return out + ")";
  }
};

std::string const_repr(const Constant& c) { return std::visit(ConstRepr{}, c.value); }

// What the argument of `word` refers to, for the parenthesised column.
std::string describe_arg(const CodeUnit& code, uint32_t word) {
  Opcode op = instr_opcode(word);
  uint32_t arg = instr_arg(word);
  auto name_at = [&](uint32_t i) -> std::string {
    return i < code.names.size() ? code.names[i] : "<bad name index>";
  };
  auto local_at = [&](uint32_t i) -> std::string {
    return i < code.localsplus_names.size() ? code.localsplus_names[i] : "<bad local index>";
  };
  switch (op) {
    case Opcode::LOAD_CONST:
    case Opcode::KW_NAMES:
      return arg < code.consts.size() ? const_repr(code.consts[arg]) : "<bad const index>";
    case Opcode::LOAD_NAME: case Opcode::STORE_NAME: case Opcode::DELETE_NAME:
    case Opcode::LOAD_GLOBAL: case Opcode::STORE_GLOBAL: case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR: case Opcode::STORE_ATTR: case Opcode::DELETE_ATTR:
    case Opcode::LOAD_METHOD: case Opcode::IMPORT_NAME: case Opcode::IMPORT_FROM:
      return name_at(arg);
    case Opcode::LOAD_FAST: case Opcode::STORE_FAST: case Opcode::DELETE_FAST:
    case Opcode::MAKE_CELL: case Opcode::LOAD_CLOSURE: case Opcode::LOAD_DEREF:
    case Opcode::STORE_DEREF: case Opcode::DELETE_DEREF: case Opcode::LOAD_CLASSDEREF:
      return local_at(arg);
    case Opcode::BINARY_OP:
      return arg < std::size(kBinaryOpNames) ? kBinaryOpNames[arg] : "<bad op>";
    case Opcode::COMPARE_OP:
      return arg < std::size(kCompareOpNames) ? kCompareOpNames[arg] : "<bad op>";
    case Opcode::JUMP: case Opcode::POP_JUMP_IF_FALSE: case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE: case Opcode::POP_JUMP_IF_NOT_NONE:
    case Opcode::JUMP_IF_FALSE_OR_POP: case Opcode::JUMP_IF_TRUE_OR_POP: case Opcode::FOR_ITER:
      return fmt::format("to {}", arg);
    case Opcode::FORMAT_VALUE: {
      static const char* kConv[] = {"", "str", "repr", "ascii"};
      std::string s = kConv[arg & kFvcMask];
      if (arg & kFvsHaveSpec) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case Opcode::UNPACK_EX:
      return fmt::format("{} before, {} after", arg & 0xff, arg >> 8);
    default:
      return "";
  }
}

void disassemble_into(const CodeUnit& code, std::string& out) {
  out += fmt::format("Disassembly of <code object {} (qualname {}), file \"{}\", line {}>:\n",
                     code.name, code.qualname, code.filename, code.first_line);
  out += fmt::format("  flags=0x{:x} argcount={} posonly={} kwonly={} stacksize={}\n", code.flags,
                     code.argcount, code.posonlyargcount, code.kwonlyargcount, code.stacksize);
  if (!code.localsplus_names.empty()) {
    out += "  localsplus:";
    for (size_t i = 0; i < code.localsplus_names.size(); ++i)
      out += fmt::format(" {}:{}(0x{:x})", i, code.localsplus_names[i],
                         i < code.localsplus_kinds.size() ? code.localsplus_kinds[i] : 0);
    out += "\n";
  }
  int last_line = -1;
  for (size_t i = 0; i < code.code.size(); ++i) {
    uint32_t word = code.code[i];
    Opcode op = instr_opcode(word);
    int line = i < code.positions.size() ? code.positions[i].line : 0;
    std::string line_col = (line != last_line && line > 0) ? fmt::format("{:>4}", line) : "    ";
    last_line = line;
    if (static_cast<int>(op) >= kOpcodeCount) {
      out += fmt::format("{} {:>6} <invalid opcode {}>\n", line_col, i, static_cast<int>(op));
      continue;
    }
    const OpcodeInfo& info = kOpcodeInfo[static_cast<int>(op)];
    if (!info.has_arg) {
      out += fmt::format("{} {:>6} {}\n", line_col, i, info.name);
      continue;
    }
    std::string desc = describe_arg(code, word);
    if (desc.empty())
      out += fmt::format("{} {:>6} {:<24} {}\n", line_col, i, info.name, instr_arg(word));
    else
      out += fmt::format("{} {:>6} {:<24} {} ({})\n", line_col, i, info.name, instr_arg(word), desc);
  }
  if (!code.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionTableEntry& e : code.exception_table)
      out += fmt::format("  {} to {} -> {} [{}]{}\n", e.start, e.end, e.target, e.depth,
                         e.lasti ? " lasti" : "");
  }
  for (const Constant& c : code.consts) {
    if (auto* sub = std::get_if<std::shared_ptr<const CodeUnit>>(&c.value); sub && *sub) {
      out += "\n";
      disassemble_into(**sub, out);
    }
  }
}

}  // namespace

const char* opcode_name(Opcode op) {
  int i = static_cast<int>(op);
  return i < kOpcodeCount ? kOpcodeInfo[i].name : "<invalid>";
}

bool opcode_has_arg(Opcode op) {
  int i = static_cast<int>(op);
  return i < kOpcodeCount && kOpcodeInfo[i].has_arg;
}

std::string disassemble(const CodeUnit& code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace krait
