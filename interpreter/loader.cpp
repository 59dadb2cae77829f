// CodeUnit -> CodeObject (see loader.h).
#include "interpreter/loader.h"

#include "runtime/bigint.h"
#include "runtime/containers.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

namespace krait {

namespace {

Value load_constant(VM& vm, const Constant& c);

Value load_tuple(VM& vm, const ConstTuple& t) {
  TupleObject* tuple = vm.new_tuple(t.items.size());
  if (!tuple) return Value::null();
  for (size_t i = 0; i < t.items.size(); ++i) {
    Value v = load_constant(vm, t.items[i]);
    if (v.is_null()) return v;
    tuple->items()[i] = v;
  }
  return Value::object(tuple);
}

bool looks_like_identifier(std::string_view s) {
  if (s.size() > 40) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

Value load_constant(VM& vm, const Constant& c) {
  return std::visit(
      [&](const auto& v) -> Value {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, NoneConst>) {
          return Value::none();
        } else if constexpr (std::is_same_v<T, bool>) {
          return Value::boolean(v);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return vm.new_int(v);
        } else if constexpr (std::is_same_v<T, BigIntLiteral>) {
          auto b = BigInt::from_string(v.digits, 10);
          return b ? vm.new_int(std::move(*b)) : vm.raise(vm.exc.SystemError, "bad int literal");
        } else if constexpr (std::is_same_v<T, double>) {
          return Value::from_double(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          // Like CPython, constants that look like identifiers are interned.
          if (looks_like_identifier(v)) return vm.intern_value(v);
          return vm.new_str(v);
        } else if constexpr (std::is_same_v<T, Bytes>) {
          return vm.new_bytes(v.data);
        } else if constexpr (std::is_same_v<T, Ellipsis>) {
          return vm.ellipsis();
        } else if constexpr (std::is_same_v<T, FrozenSetConst>) {
          // Built by inserting the items in order, as CPython's frozenset constant: the table
          // layout (and so the iteration order) matches.
          Value items = load_tuple(vm, v);
          if (items.is_null()) return items;
          SetObject* fs = set_new_from(vm, vm.types.frozenset, items);
          return fs ? Value::object(fs) : Value::null();
        } else if constexpr (std::is_same_v<T, std::shared_ptr<const CodeUnit>>) {
          CodeObject* code = load_code(vm, v);
          return code ? Value::object(code) : Value::null();
        } else {
          return load_tuple(vm, v);
        }
      },
      c.value);
}

uint32_t specialise(uint32_t word) {
  Opcode op = instr_opcode(word);
  uint32_t arg = instr_arg(word);
  auto internal = [&](uint8_t iop) { return static_cast<uint32_t>(iop) | (arg << 8); };
  if (op == Opcode::BINARY_OP) {
    switch (arg) {
      case kNbAdd: return internal(kOpBinaryAdd);
      case kNbSubtract: return internal(kOpBinarySub);
      case kNbMultiply: return internal(kOpBinaryMul);
      case kNbRemainder: return internal(kOpBinaryMod);
      case kNbFloorDivide: return internal(kOpBinaryFloorDiv);
      case kNbTrueDivide: return internal(kOpBinaryTrueDiv);
      case kNbInplaceAdd: return internal(kOpInplaceAdd);
      case kNbInplaceSubtract: return internal(kOpInplaceSub);
      default: return word;
    }
  }
  if (op == Opcode::COMPARE_OP && arg <= kCmpGe) {
    return internal(static_cast<uint8_t>(kOpCompareLt + arg));
  }
  return word;
}

}  // namespace

CodeObject* load_code(VM& vm, const std::shared_ptr<const CodeUnit>& unit) {
  auto* code = vm.make<CodeObject>(vm.types.code, unit);
  if (!code) return nullptr;
  code->name = vm.intern(unit->name);
  code->qualname = vm.intern(unit->qualname);
  code->filename = vm.intern(unit->filename);
  code->consts.reserve(unit->consts.size());
  for (const Constant& c : unit->consts) {
    Value v = load_constant(vm, c);
    if (v.is_null() && vm.has_error()) return nullptr;
    code->consts.push_back(v);
  }
  for (const std::string& n : unit->names) code->names.push_back(vm.intern(n));
  for (const std::string& n : unit->localsplus_names) code->localsplus_names.push_back(vm.intern(n));
  code->nlocalsplus = static_cast<uint32_t>(unit->localsplus_names.size());
  code->nlocals = static_cast<uint32_t>(unit->nlocals);
  code->ncells = static_cast<uint32_t>(unit->ncells);
  code->nfree = static_cast<uint32_t>(unit->nfreevars);
  code->stacksize = static_cast<uint32_t>(unit->stacksize);
  code->flags = unit->flags;
  code->argcount = static_cast<uint32_t>(unit->argcount);
  code->posonlyargcount = static_cast<uint32_t>(unit->posonlyargcount);
  code->kwonlyargcount = static_cast<uint32_t>(unit->kwonlyargcount);
  code->total_args = code->argcount + code->kwonlyargcount + ((unit->flags & kVarargs) ? 1 : 0) +
                     ((unit->flags & kVarkeywords) ? 1 : 0);
  code->simple_args = !(unit->flags & (kVarargs | kVarkeywords)) && unit->kwonlyargcount == 0;

  code->code.reserve(unit->code.size());
  for (uint32_t word : unit->code) {
    Opcode op = instr_opcode(word);
    switch (op) {
      case Opcode::LOAD_ATTR:
      case Opcode::STORE_ATTR:
      case Opcode::LOAD_METHOD:
      case Opcode::LOAD_GLOBAL: {
        // Attribute sites get two entries: a site often sees two classes (a base and a
        // subclass); globals get one.
        InlineCache cache;
        cache.arg = instr_arg(word);
        uint32_t first = static_cast<uint32_t>(code->caches.size());
        code->caches.push_back(cache);
        if (op != Opcode::LOAD_GLOBAL) code->caches.push_back(cache);
        word = encode_instr(op, first);
        break;
      }
      default: word = specialise(word); break;
    }
    code->code.push_back(word);
  }
  return code;
}

}  // namespace krait
