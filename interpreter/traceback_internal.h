// traceback_internal.h — what the two exception renderers share: traceback.cpp (the default
// excepthook, CPython's C code) and traceback_module.cpp (Lib/traceback.py). Not for other
// parts of Krait: they use interpreter/traceback.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.h"
#include "runtime/vm.h"

namespace krait {

struct CodeObject;

namespace traceback_detail {

inline constexpr int64_t kRecursiveCutoff = 3;  // TB_RECURSIVE_CUTOFF, _RECURSIVE_CUTOFF
inline constexpr size_t kMaxGroupWidth = 15;  // PyErr_MAX_GROUP_WIDTH, max_group_width
inline constexpr int kMaxGroupDepth = 10;  // PyErr_MAX_GROUP_DEPTH, max_group_depth

inline constexpr std::string_view kTracebackHeader = "Traceback (most recent call last):\n";
inline constexpr std::string_view kGroupTracebackHeader =
    "Exception Group Traceback (most recent call last):\n";
inline constexpr std::string_view kCauseMessage =
    "The above exception was the direct cause of the following exception:\n";
inline constexpr std::string_view kContextMessage =
    "During handling of the above exception, another exception occurred:\n";

// ---- UTF-8 text as CPython's str sees it ----

inline bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
// Code points in UTF-8 text; a truncated sequence at the end counts as one (one U+FFFD when
// decoded with errors="replace").
int64_t count_chars(std::string_view s);
// Byte position of code point `index`, clamped to the text.
size_t char_to_byte(std::string_view s, int64_t index);
// PyUnicode_Substring(s, start, end) with code point offsets.
std::string_view char_substr(std::string_view s, int64_t start, int64_t end);
// East Asian Width W or F: two columns on a terminal.
bool is_wide(uint32_t cp);
// Strict UTF-8, as Python's decoder.
bool valid_utf8(std::string_view s);
// str.splitlines(keepends=True).
std::vector<std::string_view> splitlines_keepends(std::string_view s);

// ---- source text ----

// The attribute `name` of the sys module, or Null.
Value sys_attr(VM& vm, std::string_view name);
// The source of `filename`: the VM's source map, else the disk (then cached in the map).
const std::string* source_text(VM& vm, std::string_view filename);
// Line `lineno` of `text` without its break, lines ending at "\n", "\r\n" or "\r"; nullopt past
// the end or when the text up to it is not valid UTF-8.
std::optional<std::string_view> nth_line(std::string_view text, int lineno);

// ---- objects ----

std::string_view code_filename(const CodeObject* code);
std::string_view code_name(const CodeObject* code);
// getattr(obj, name) with any error cleared: Null when it fails.
Value getattr_quiet(VM& vm, Value obj, std::string_view name);
// PyLong_AsSsize_t: ints (and bools) only; false for other types and on overflow.
bool as_ssize(VM& vm, Value v, int64_t& out);
// sys.tracebacklimit when it is an int (clamped to int64), nullopt otherwise.
std::optional<int64_t> sys_traceback_limit(VM& vm);

// Formatting may run Python code (__str__, __repr__, dir()): while a FormatScope lives the
// collector does not run (so Values held in C++ stay valid), and a pending exception is set
// aside and restored afterwards.
class FormatScope {
 public:
  FormatScope(VM& vm, Value v);
  ~FormatScope();
  FormatScope(const FormatScope&) = delete;
  FormatScope& operator=(const FormatScope&) = delete;

 private:
  VM& m_vm;
  RootScope m_roots;
  Value m_saved;
};

}  // namespace traceback_detail
}  // namespace krait
