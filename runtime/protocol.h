// The object protocols: what Python's abstract operations (repr, hash, ==, getattr, iteration,
// indexing, arithmetic...) mean for any Value. Fast paths for the builtin types come first; then
// the special methods of the value's type (so user classes and builtins behave alike).
//
// Conventions: functions returning Value return Null with an exception pending on failure;
// `int` results are 1/0 for true/false and -1 for an exception; `bool` results are false on
// failure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

enum class CompareOp : uint8_t { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };

// CPython's NB_* numbering, as BINARY_OP's argument; +13 for the in-place forms.
enum class BinOp : uint8_t {
  Add,
  And,
  FloorDiv,
  LShift,
  MatMul,
  Mul,
  Mod,
  Or,
  Pow,
  RShift,
  Sub,
  TrueDiv,
  Xor
};
inline constexpr int kInplaceOffset = 13;

// --- Text. ---
Value py_repr(VM& vm, Value v);  // a str
Value py_str(VM& vm, Value v);   // a str
Value py_ascii(VM& vm, Value v);
Value py_format(VM& vm, Value v, Value spec);  // format(v, spec)
// Appends repr(v) to out; false on error. Used by container reprs (with recursion guards).
bool repr_into(VM& vm, Value v, std::string& out);
bool str_into(VM& vm, Value v, std::string& out);

// --- Truth, identity, hashing, comparison. ---
int py_truthy(VM& vm, Value v);
bool py_hash(VM& vm, Value v, int64_t& out);  // TypeError for unhashable types
int py_equal(VM& vm, Value a, Value b);       // a == b as a truth value; identity implies equality
Value py_compare(VM& vm, Value a, Value b, CompareOp op);  // the rich comparison result
int py_compare_bool(VM& vm, Value a, Value b, CompareOp op);

// --- Numbers. ---
Value py_binary_op(VM& vm, Value a, Value b, int op);  // op: BinOp, +kInplaceOffset for a op= b
Value py_negative(VM& vm, Value v);
Value py_positive(VM& vm, Value v);
Value py_invert(VM& vm, Value v);
Value py_abs(VM& vm, Value v);
// operator.index(v): an int Value (small or big), or Null with TypeError.
Value py_index(VM& vm, Value v);
// index() that must fit in int64 (OverflowError / IndexError text supplied by the caller's
// context: "cannot fit 'int' into an index-sized integer").
bool py_index_int64(VM& vm, Value v, int64_t& out);
// float(v) for numbers (int, float, bool, __float__, __index__); TypeError otherwise.
bool py_to_double(VM& vm, Value v, double& out);
bool is_int_value(Value v);  // int or bool (incl. big ints), not subclasses' instances of float
bool is_number(VM& vm, Value v);

// --- Attributes. ---
Value py_getattr(VM& vm, Value obj, StrObject* name);  // AttributeError when absent
// As py_getattr but absent is Null with no exception pending (getattr with a default, hasattr).
Value py_getattr_opt(VM& vm, Value obj, StrObject* name);
bool py_setattr(VM& vm, Value obj, StrObject* name, Value v);
bool py_delattr(VM& vm, Value obj, StrObject* name);
// Finds `name` in the MRO of `type` (no descriptors applied). Null when absent. Never fails.
Value type_lookup(TypeObject* type, StrObject* name);
// The special method `slot` of `type`, cached; Null when the type does not define it.
Value lookup_special(VM& vm, TypeObject* type, Slot slot);
// Calls the special method `slot` on `self` with args; `found` tells whether the type had it.
Value call_special(VM& vm, Value self, Slot slot, const Value* args, size_t nargs, bool& found);
// Binds a descriptor found on a type to `obj` (functions -> bound methods, property -> fget...).
Value bind_descriptor(VM& vm, Value attr, Value obj, TypeObject* type);

// --- Containers and iteration. ---
Value py_getitem(VM& vm, Value obj, Value key);
bool py_setitem(VM& vm, Value obj, Value key, Value v);
bool py_delitem(VM& vm, Value obj, Value key);
int py_contains(VM& vm, Value container, Value item);  // `item in container`
bool py_len(VM& vm, Value v, int64_t& out);
Value py_iter(VM& vm, Value v);  // iter(v)
// next(it): the next item; Null with no exception pending when exhausted; Null with an exception
// pending on error (a StopIteration raised by a Python __next__ is consumed and means exhausted).
Value py_next(VM& vm, Value iter);
// Collects an iterable into a new list (fast paths for list/tuple/dict/set/str/range).
ListObject* py_list_from_iterable(VM& vm, Value iterable);
// Unpacks an iterable into a tuple (returns the tuple itself when given one).
TupleObject* py_tuple_from_iterable(VM& vm, Value iterable);

// --- Calls. ---
bool py_callable(VM& vm, Value v);

// --- Slices. ---
// CPython's PySlice_Unpack + AdjustIndices: normalised start/stop/step and the length.
bool slice_indices(VM& vm, Value slice, int64_t length, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& slicelength);

// --- Argument binding for native functions. ---
// A parameter list in Python syntax, parsed once: "iterable, /, *, key=None, reverse=False".
// Defaults are only markers: a parameter with `=...` is optional and is Null when not passed.
class NativeArgSpec {
 public:
  NativeArgSpec(const char* func_name, const char* params);
  const char* name() const { return m_name; }
  size_t size() const { return m_params.size(); }
  // Fills out[0..size()) from positional args and keywords with CPython's error messages.
  bool bind(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, Value* out) const;

 private:
  const char* m_name;
  std::vector<std::string> m_params;
  size_t m_posonly = 0;    // parameters before '/'
  size_t m_kwonly_start;   // index of the first keyword-only parameter
  size_t m_required = 0;   // leading parameters without a default
  bool m_varargs = false;  // "*args" present: extra positionals are allowed (out gets no tuple)
};

// Raises TypeError "f() takes no keyword arguments" if kwnames is non-empty, and checks counts:
// "f() takes exactly one argument (2 given)" / "f expected at most 2 arguments, got 3" forms.
bool check_no_kwargs(VM& vm, const char* fname, TupleObject* kwnames);
bool check_arg_count(VM& vm, const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace krait
