// match_pattern.h — the run-time half of the match statement: one MATCH_PATTERN instruction
// matches a subject against a whole case pattern.
//
// The compiler (compiler_match.cpp) turns a pattern into a constant descriptor: nested tuples
// of small ints, strings and None/True/False. Values the pattern needs from the running code
// (literals, dotted names, classes, mapping keys) are evaluated before the instruction and
// passed in `args`, indexed by the descriptor. A match fills capture slots; the result is a
// tuple of them, None when the subject does not match.
#pragma once

#include "runtime/value.h"

namespace krait {

class VM;

// Descriptor node kinds (the first item of each node tuple).
enum class PatternOp : int {
  Wildcard = 0,   // (op,)
  Capture = 1,    // (op, slot)
  Value = 2,      // (op, arg)                 subject == args[arg]
  Singleton = 3,  // (op, None|True|False)     subject is the constant
  As = 4,         // (op, node, slot)
  Or = 5,         // (op, base, node, permutation, node, permutation, ...)
  Sequence = 6,   // (op, star_index or -1, node...)  the star node is (Star, slot or -1)
  Star = 7,
  Mapping = 8,  // (op, rest_slot or -1, first_key_arg, node...)
  Class = 9,    // (op, class_arg, n_positional, (attr names), node...)
};

// descriptor: (n_slots, node). Returns the captures tuple, None (no match) or Null with an
// exception pending.
Value match_pattern(VM& vm, Value subject, const Value* args, Value descriptor);

}  // namespace krait
