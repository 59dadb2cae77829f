// Turns the compiler's CodeUnit (plain data) into the VM's CodeObject: constants become Values,
// names are interned, and the bytecode is specialised for the dispatch loop (BINARY_OP and
// COMPARE_OP on the hot operators become dedicated opcodes; attribute, method and global
// instructions get an inline cache slot).
#pragma once

#include <memory>

#include "interpreter/code_unit.h"
#include "runtime/function.h"
#include "runtime/vm.h"

namespace krait {

// Internal opcodes, numbered after the compiler's; only the loader emits them.
enum InternalOp : uint8_t {
  kOpBinaryAdd = kOpcodeCount,
  kOpBinarySub,
  kOpBinaryMul,
  kOpBinaryMod,
  kOpBinaryFloorDiv,
  kOpBinaryTrueDiv,
  kOpInplaceAdd,
  kOpInplaceSub,
  kOpCompareLt,
  kOpCompareLe,
  kOpCompareEq,
  kOpCompareNe,
  kOpCompareGt,
  kOpCompareGe,
  kInternalOpEnd,
};

// Null (with MemoryError pending) when out of memory.
CodeObject* load_code(VM& vm, const std::shared_ptr<const CodeUnit>& unit);

}  // namespace krait
