// The behaviour of the builtin exception classes that the VM itself needs: matching an exception
// against an `except` clause's type, and the exception-group operations behind `except*`
// (CHECK_EG_MATCH and PREP_RERAISE_STAR). The classes' Python-visible methods are installed by
// init_exception_types (runtime/exceptions.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/value.h"

namespace krait {

class VM;
struct TypeObject;

// CPython's PyErr_GivenExceptionMatches: `exc` (an instance or a class) against a class or a
// (possibly nested) tuple of classes. Never fails.
bool exception_matches(VM& vm, Value exc, Value match_type);

// `except T:` requires T to be an exception class or a tuple of them; TypeError "catching
// classes that do not inherit from BaseException is not allowed" otherwise (ceval's
// check_except_type_valid). Returns false with the exception pending.
bool check_except_type_valid(VM& vm, Value match_type);

// Whether `v` is an instance of BaseExceptionGroup (ExceptionGroup included).
bool is_exception_group(VM& vm, Value v);
// The fields of an exception group: its message (a str) and its `exceptions` tuple. None when
// `eg` is not an initialised group.
Value exception_group_message(Value eg);
Value exception_group_exceptions(Value eg);
// BaseExceptionGroup(msg, excs): an ExceptionGroup when every item is an Exception (CPython's
// _PyExc_CreateExceptionGroup). Null with an exception pending on failure.
Value exception_group_create(VM& vm, std::string_view msg, Value excs);

// CHECK_EG_MATCH: validates `match_type` as `except*` requires (check_except_type_valid, and
// "catching ExceptionGroup with except* is not allowed. Use except instead."), then splits `exc`
// like 3.11's exception_group_match:
//   - `exc` itself matches: returns `exc`, or ExceptionGroup('', (exc,)) for a naked exception;
//     rest_out = None;
//   - `exc` is a group with a partial match: returns exc.split(match_type)[0] (through the
//     `split` method, so subclasses may override it) and rest_out = the rest (None if nothing is
//     left); with return_rest == false, `subgroup` is used and rest_out is None;
//   - no match: returns None and rest_out = `exc` unchanged (so the VM can always push
//     [rest_out, match] and test the match against None).
// Returns Null with an exception pending on error.
Value exception_group_split(VM& vm, Value exc, Value match_type, bool return_rest, Value& rest_out);

// PREP_RERAISE_STAR, as CPython 3.11's _PyExc_PrepReraiseStar: `orig` is the exception caught by
// the try-except* and `list` the list of exceptions raised or re-raised by its clauses (None
// entries skipped). Returns the exception to re-raise, or None. Null with an exception pending
// on error.
Value prep_reraise_star(VM& vm, Value orig, Value list);

// Raise UnicodeDecodeError(encoding, data, start, end, reason) /
// UnicodeEncodeError(encoding, str, start, end, reason) with their fields set, as the codecs
// do (the message is built by the class's __str__). Return Null.
Value raise_unicode_decode_error(VM& vm, std::string_view encoding, std::string_view data,
                                 size_t start, size_t end, std::string_view reason);
Value raise_unicode_encode_error(VM& vm, std::string_view encoding, Value str, size_t start,
                                 size_t end, std::string_view reason);

// The `__notes__` of an exception (from its attribute dict), or Null when it has none. Never
// fails; for traceback printing.
Value exception_notes(VM& vm, Value exc);

}  // namespace krait
