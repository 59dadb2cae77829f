// Internals shared by the str and bytes implementations (str_type.cpp, bytes_type.cpp,
// str_format.cpp): argument checks worded as CPython words them, index arguments, byte-level
// search, and the codecs (utf-8, ascii, latin-1) behind str.encode / bytes.decode / str(b, enc).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/str.h"
#include "runtime/value.h"

namespace krait {

class VM;
struct TupleObject;

namespace strimpl {

// The largest str/bytes the natives try to build (4 GiB). Beyond it they raise MemoryError
// up front, where CPython would attempt the allocation and fail: huge requests must not reach
// malloc (sanitizers abort on them, and overcommit may let them through and then thrash).
inline constexpr size_t kMaxAllocBytes = size_t{1} << 32;

// --- Argument checks. CPython's methods use several parsers, each with its own messages. ---
// METH_NOARGS: "str.upper() takes no arguments (1 given)".
bool check_noargs(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames);
// METH_O: "str.join() takes exactly one argument (0 given)".
bool check_onearg(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames);
// Argument Clinic, positional-only: "center expected at least 1 argument, got 0"; keywords:
// "str.center() takes no keyword arguments".
bool check_clinic(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames, size_t min,
                  size_t max);
// PyArg_ParseTuple: "count() takes at least 1 argument (0 given)"; "str.count() takes no keyword
// arguments".
bool check_tuple(VM& vm, const char* qualname, size_t nargs, TupleObject* kwnames, size_t min,
                 size_t max);
// PyArg_ParseTupleAndKeywords with optional parameters only: fills out[0..nparams) (Null when
// absent). "split() takes at most 2 arguments (3 given)", "'x' is an invalid keyword argument
// for split()", "argument for split() given by name ('sep') and position (1)".
bool bind_keywords(VM& vm, const char* name, std::initializer_list<const char*> params,
                   const Value* args, size_t nargs, TupleObject* kwnames, Value* out);

// An integer argument through __index__ (CPython's Py_ssize_t converter): TypeError "'float'
// object cannot be interpreted as an integer", OverflowError "Python int too large to convert
// to C ssize_t".
bool arg_ssize(VM& vm, Value v, int64_t& out);
// The same for a C int parameter: OverflowError "Python int too large to convert to C int".
bool arg_int(VM& vm, Value v, int64_t& out);
// A start/end argument of find() and friends: None or __index__, clamped (huge values saturate,
// as _PyEval_SliceIndex does). TypeError "slice indices must be integers or None or have an
// __index__ method".
bool arg_slice_index(VM& vm, Value v, int64_t& out);
// CPython's ADJUST_INDICES: negative start/end count from the end, then clamp to [0, len].
void adjust_indices(int64_t& start, int64_t& end, int64_t len);

// --- Byte-level search (memchr/memmem). npos when absent. ---
size_t find_bytes(std::string_view hay, std::string_view needle, size_t from = 0);
size_t rfind_bytes(std::string_view hay, std::string_view needle);
// Non-overlapping occurrences, at most `max` (max < 0: no limit).
size_t count_bytes(std::string_view hay, std::string_view needle, int64_t max = -1);

// --- Codecs. ---
enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, Unknown };
// Normalises an encoding name as CPython's codec registry does ("UTF-8", "utf8", "latin1"...).
Codec codec_from_name(std::string_view name);
// bytes -> str. `encoding`/`errors` are the names (defaults "utf-8"/"strict").
Value decode(VM& vm, std::string_view data, std::string_view encoding, std::string_view errors);
// str -> bytes.
Value encode(VM& vm, const StrObject* s, std::string_view encoding, std::string_view errors);
// Reads an optional encoding/errors argument: Null -> `dflt`; TypeError "encode() argument
// 'encoding' must be str, not int" otherwise.
bool arg_codec_name(VM& vm, Value v, const char* func, const char* param, std::string_view dflt,
                    std::string_view& out);

// repr() of bytes: b'...' with CPython's quote choice and escapes.
std::string bytes_repr(std::string_view data);

}  // namespace strimpl
}  // namespace krait
