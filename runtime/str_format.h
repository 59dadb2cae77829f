// Text formatting for `str`: printf-style `str % args` (PyUnicode_Format) and the format-string
// language of `str.format` / `str.format_map` (Objects/stringlib/unicode_format.h).
//
// Fields are rendered through py_format (so every type's __format__ applies); the numeric
// conversions of `%` go through the printf helpers of number_format.h.
#pragma once

#include <cstddef>

#include "runtime/str.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct TupleObject;

// fmt % args.
Value str_percent_format(VM& vm, StrObject* fmt, Value args);
// fmt.format(*args, **kwargs): args[0..nargs) positional, keywords after them named by kwnames.
Value str_format_call(VM& vm, StrObject* fmt, const Value* args, size_t nargs,
                      TupleObject* kwnames);
// fmt.format_map(mapping).
Value str_format_mapping(VM& vm, StrObject* fmt, Value mapping);

}  // namespace krait
