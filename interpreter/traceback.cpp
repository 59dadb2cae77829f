// traceback.cpp — the report of an uncaught exception, character for character as CPython 3.11.
//
// CPython's default sys.excepthook is written in C, and so is this mirror of it:
//   - Python/pythonrun.c: print_exception_recursive (the chain of __cause__/__context__, oldest
//     first, with cycle protection), print_exception_group (the boxes of ExceptionGroup reports),
//     print_exception (traceback, SyntaxError block, "Type: message", suggestion, __notes__);
//   - Python/traceback.c: tb_printinternal (entries, "[Previous line repeated N more times]"),
//     tb_displayline (source line and caret line), display_source_line_with_margin;
//   - Python/suggestions.c: the "Did you mean: 'x'?" trailer of AttributeError and NameError.
// The C version differs in places from Lib/traceback.py (the margin of repeated lines inside
// groups, the SyntaxError block, which end of the stack sys.tracebacklimit keeps, ...): the C
// one is what a script's uncaught exception shows, so it is the one mirrored here, quirks
// included. traceback_module.cpp mirrors Lib/traceback.py for traceback.print_exc() and logging.
#include "interpreter/traceback.h"

#include "interpreter/traceback_internal.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <limits>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "interpreter/code_unit.h"
#include "interpreter/parser.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "runtime/vm_internals.h"

namespace krait {

// ---- shared with traceback_module.cpp (see traceback_internal.h) ---------------------------

namespace traceback_detail {

namespace {

bool read_regular_file(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  struct stat st {};
  if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
    std::fclose(f);
    return false;
  }
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  if (ok) out = std::move(text);
  return ok;
}

}  // namespace

// Code points in UTF-8 text; a truncated sequence at the end counts as one character, as
// decoding it with errors="replace" gives one U+FFFD.
int64_t count_chars(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += !is_utf8_continuation(c);
  return n;
}

// Byte position of code point `index` in UTF-8 text, clamped to its size.
size_t char_to_byte(std::string_view s, int64_t index) {
  if (index <= 0) return 0;
  int64_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_utf8_continuation(s[i])) {
      if (seen == index) return i;
      ++seen;
    }
  }
  return s.size();
}

// PyUnicode_Substring(s, start, end) with code point offsets on UTF-8 text.
std::string_view char_substr(std::string_view s, int64_t start, int64_t end) {
  if (end <= start) return {};
  size_t b = char_to_byte(s, start);
  size_t e = char_to_byte(s, end);
  return s.substr(b, e - b);
}

// Characters of East Asian Width W or F (unicodedata.east_asian_width), which terminals show in
// two columns.
struct CodePointRange {
  uint32_t first, last;
};
constexpr CodePointRange kWideRanges[] = {
#include "interpreter/east_asian_width.inc"
};

bool is_wide(uint32_t cp) {
  const CodePointRange* end = std::end(kWideRanges);
  const CodePointRange* it = std::upper_bound(
      std::begin(kWideRanges), end, cp,
      [](uint32_t c, const CodePointRange& r) { return c < r.first; });
  return it != std::begin(kWideRanges) && cp <= (it - 1)->last;
}

// Strict UTF-8 validation, as Python's decoder (no overlongs, no surrogates, <= U+10FFFF).
bool valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    i += len;
  }
  return true;
}

// str.splitlines(keepends=True) on UTF-8 text: the line boundaries of Python's str.
std::vector<std::string_view> splitlines_keepends(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0, i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t brk = 0;  // length of the line break at i
    if (c == '\n' || c == '\v' || c == '\f' || c == 0x1C || c == 0x1D || c == 0x1E) {
      brk = 1;
    } else if (c == '\r') {
      brk = (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(s[i + 1]) == 0x85) {
      brk = 2;  // U+0085
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      brk = 3;  // U+2028, U+2029
    }
    if (brk) {
      i += brk;
      lines.push_back(s.substr(start, i - start));
      start = i;
    } else {
      ++i;
    }
  }
  if (start < n) lines.push_back(s.substr(start));
  return lines;
}

// The attribute `name` of the `sys` module, or Null.
Value sys_attr(VM& vm, std::string_view name) {
  DictObject* modules = vm.modules();
  if (!modules) return Value::null();
  Value sys = dict_get_str(modules, vm.intern("sys"));
  if (!is_kind(sys, ObjKind::Module)) return Value::null();
  DictObject* d = as<ModuleObject>(sys)->dict;
  return d ? dict_get_str(d, vm.intern(name)) : Value::null();
}

namespace {

// _Py_FindSourceFile: when the file cannot be opened as named, the same base name in each
// directory of sys.path.
bool find_in_sys_path(VM& vm, std::string_view filename, std::string& out) {
  Value path = sys_attr(vm, "path");
  if (!is_list(path)) return false;
  size_t slash = filename.rfind('/');
  std::string_view tail = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
  for (Value entry : as_list(path)->items) {
    if (!is_str(entry)) continue;
    std::string candidate(str_view(entry));
    if (candidate.find('\0') != std::string::npos) continue;
    if (!candidate.empty() && candidate.back() != '/') candidate += '/';
    candidate += tail;
    if (read_regular_file(candidate, out)) return true;
  }
  return false;
}

}  // namespace

// The source text of `filename`: the VM's map first (what it compiled), then the disk.
const std::string* source_text(VM& vm, std::string_view filename) {
  auto& sources = vm.internals().sources;
  std::string key(filename);
  auto it = sources.find(key);
  if (it != sources.end()) return &it->second;
  std::string text;
  if (!read_regular_file(key, text) && !find_in_sys_path(vm, filename, text)) return nullptr;
  return &(sources[key] = std::move(text));
}

// Line `lineno` of `text`, as io.TextIOWrapper (universal newlines: "\n", "\r\n" and "\r" end
// a line) read through PyFile_GetLine (which drops the line break). A line that cannot be
// decoded is absent, as the decoding error makes CPython give up.
std::optional<std::string_view> nth_line(std::string_view text, int lineno) {
  if (lineno <= 0) return std::nullopt;
  size_t pos = 0;
  std::string_view line;
  for (int i = 0; i < lineno; ++i) {
    if (pos >= text.size()) return std::nullopt;  // EOFError from PyFile_GetLine
    size_t e = text.find_first_of("\r\n", pos);
    if (e == std::string_view::npos) {
      line = text.substr(pos);
      pos = text.size();
    } else {
      line = text.substr(pos, e - pos);
      pos = (text[e] == '\r' && e + 1 < text.size() && text[e + 1] == '\n') ? e + 2 : e + 1;
    }
  }
  if (!valid_utf8(text.substr(0, pos))) return std::nullopt;
  return line;
}

std::string_view code_filename(const CodeObject* code) {
  return code->filename ? code->filename->view() : std::string_view(code->unit->filename);
}

std::string_view code_name(const CodeObject* code) {
  return code->name ? code->name->view() : std::string_view(code->unit->name);
}

// getattr(obj, name) with any error cleared (CPython's _PyObject_LookupAttr + PyErr_Clear).
Value getattr_quiet(VM& vm, Value obj, std::string_view name) {
  Value v = py_getattr_opt(vm, obj, vm.intern(name));
  if (v.is_null()) vm.clear_error();
  return v;
}

// PyLong_AsSsize_t: ints (and bools) only; false for other types and on overflow.
bool as_ssize(VM& vm, Value v, int64_t& out) {
  if (v.is_null() || !is_int_value(v)) return false;
  if (!py_index_int64(vm, v, out)) {
    vm.clear_error();
    return false;
  }
  return true;
}

std::optional<int64_t> sys_traceback_limit(VM& vm) {
  Value v = sys_attr(vm, "tracebacklimit");
  if (v.is_null() || !is_int_value(v)) return std::nullopt;
  int64_t limit;
  if (py_index_int64(vm, v, limit)) return limit;
  vm.clear_error();  // beyond int64: only its sign matters
  int positive = py_compare_bool(vm, v, Value::small_int(0), CompareOp::Gt);
  if (positive < 0) vm.clear_error();
  return positive > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
}

FormatScope::FormatScope(VM& vm, Value v) : m_vm(vm), m_roots(vm) {
  m_saved = m_vm.take_error();
  m_roots.add(m_saved);
  m_roots.add(v);
  ++m_vm.native_depth_ref();
}

FormatScope::~FormatScope() {
  --m_vm.native_depth_ref();
  m_vm.clear_error();
  if (!m_saved.is_null()) m_vm.set_error(m_saved);
}

}  // namespace traceback_detail

// ---- the excepthook's report ------------------------------------------------------------

namespace {

using namespace traceback_detail;

constexpr int64_t kTracebackLimit = 1000;  // PyTraceBack_LIMIT: default sys.tracebacklimit
constexpr int64_t kSourceLineIndent = 4;  // _TRACEBACK_SOURCE_LINE_INDENT
// CPython bounds print_exception_recursive with the recursion limit; Krait bounds it to keep
// the C++ stack small (a chain this deep is only built on purpose).
constexpr int kMaxPrintRecursion = 400;

// Python/suggestions.c
constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

// IS_WHITESPACE of traceback.c; also what display_source_line strips from the line start.
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// _PyPegen_byte_offset_to_character_offset: the offset may point one past the end (the NUL
// terminator of the C string, which then counts as a character).
int64_t byte_to_char_offset(std::string_view line, int64_t col) {
  auto len = static_cast<int64_t>(line.size());
  if (col > len + 1) col = len + 1;
  if (col <= 0) return 0;
  if (col <= len) return count_chars(line.substr(0, static_cast<size_t>(col)));
  return count_chars(line) + 1;
}

// _PyPegen_calculate_display_width: the columns the first `char_offset` characters of `line`
// take on a terminal, wide characters counting 2. -1 for a negative offset (CPython's
// PyUnicode_Substring fails). An ASCII prefix returns the offset itself, even past the end.
int64_t display_width(std::string_view line, int64_t char_offset) {
  if (char_offset < 0) return -1;
  std::string_view prefix = line.substr(0, char_to_byte(line, char_offset));
  if (utf8_is_ascii(prefix)) return char_offset;
  int64_t width = 0;
  for (size_t pos = 0; pos < prefix.size();) {
    width += is_wide(utf8_decode(prefix, pos)) ? 2 : 1;
  }
  return width;
}

// ---- exception fields ------------------------------------------------------------------

// Krait stores "no line" as 0; CPython's tb_lineno is then -1.
int tb_lineno(const TracebackObject* tb) { return tb->lineno > 0 ? tb->lineno : -1; }

// An attribute kept in the instance dict of an exception (NameError.name, AttributeError.obj).
Value exception_dict_attr(VM& vm, Value exc, std::string_view name) {
  DictObject* d = as_exception(exc)->dict;
  return d ? dict_get_str(d, vm.intern(name)) : Value::null();
}

// What parse_syntax_error (pythonrun.c) reads from a SyntaxError.
struct SyntaxErrorFields {
  Value message;
  std::string filename;
  int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
  bool has_text = false;
  std::string text;
};

bool parse_syntax_error(VM& vm, Value err, SyntaxErrorFields& f) {
  f.message = getattr_quiet(vm, err, "msg");
  if (f.message.is_null()) return false;
  Value v = getattr_quiet(vm, err, "filename");
  if (v.is_null()) return false;
  if (v.is_none()) {
    f.filename = "<string>";
  } else {
    Value s = py_str(vm, v);  // printed with %S
    if (s.is_null()) {
      vm.clear_error();
      return false;
    }
    f.filename = std::string(str_view(s));
  }
  if (!as_ssize(vm, getattr_quiet(vm, err, "lineno"), f.lineno)) return false;
  v = getattr_quiet(vm, err, "offset");
  if (v.is_null()) return false;
  if (v.is_none()) {
    f.offset = -1;
  } else if (!as_ssize(vm, v, f.offset)) {
    return false;
  }
  // Only an exact SyntaxError has a range; its subclasses (IndentationError, TabError) always
  // get a single caret.
  if (vm.type_of(err) == vm.exc.SyntaxError) {
    v = getattr_quiet(vm, err, "end_lineno");
    if (v.is_null() || v.is_none()) {
      f.end_lineno = f.lineno;
    } else if (!as_ssize(vm, v, f.end_lineno)) {
      return false;
    }
    v = getattr_quiet(vm, err, "end_offset");
    if (v.is_null() || v.is_none()) {
      f.end_offset = -1;
    } else if (!as_ssize(vm, v, f.end_offset)) {
      return false;
    }
  } else {
    f.end_lineno = f.lineno;
    f.end_offset = -1;
  }
  v = getattr_quiet(vm, err, "text");
  if (v.is_null()) return false;
  if (is_str(v)) {
    f.has_text = true;
    f.text = std::string(str_view(v));
  }
  return true;
}

// PySequence_Check: a type with __getitem__ that is not a dict.
bool is_sequence(VM& vm, Value v) {
  if (vm.isinstance(v, vm.types.dict)) return false;
  return !lookup_special(vm, vm.type_of(v), Slot::GetItem).is_null();
}

// ---- suggestions (Python/suggestions.c) -------------------------------------------------

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;  // not the same letter, nor a case flip
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// levenshtein_distance: moves cost 2, case flips 1; gives up above max_cost.
size_t levenshtein_distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);  // the shorter one indexes the row buffer
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;  // cost from b[:0] to a[:i+1]
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;  // cost(b[:bi], a[:0])
    size_t minimum = std::numeric_limits<size_t>::max();
    for (size_t index = 0; index < a.size(); ++index) {
      size_t substitute = distance + substitution_cost(code, a[index]);
      distance = buffer[index];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[index] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;  // everything in this row is too expensive
  }
  return result;
}

// calculate_suggestions: the closest candidate within a third of the characters involved.
std::string_view calculate_suggestion(const std::vector<std::string_view>& dir,
                                      std::string_view name) {
  if (dir.size() >= kMaxCandidateItems) return {};
  auto best_distance = std::numeric_limits<int64_t>::max();
  std::string_view best;
  bool found = false;
  for (std::string_view item : dir) {
    if (item == name) continue;
    auto max_distance = static_cast<int64_t>((name.size() + item.size() + 3) * kMoveCost / 6);
    max_distance = std::min(max_distance, best_distance - 1);  // don't take beaten matches
    if (max_distance < 0) continue;
    auto distance = static_cast<int64_t>(
        levenshtein_distance(name, item, static_cast<size_t>(max_distance)));
    if (distance > max_distance) continue;
    if (!found || distance < best_distance) {
      best = item;
      best_distance = distance;
      found = true;
    }
  }
  return best;
}

// The str keys of a dict, in order; false if one is not a str (CPython then gives up).
bool dict_str_keys(const DictObject* d, std::vector<std::string_view>& out) {
  size_t pos = 0;
  Value key, value;
  while (dict_next(d, pos, key, value)) {
    if (!is_str(key)) return false;
    out.push_back(str_view(key));
  }
  return true;
}

// The globals of the code a NameError came from. Krait's traceback entries keep the code, not
// the frame, so the module is found by its __file__ (the script and the modules it imports);
// code compiled under another name (exec of a string) is searched in locals and builtins only.
DictObject* globals_for_code(VM& vm, const CodeObject* code) {
  DictObject* modules = vm.modules();
  if (!modules) return nullptr;
  std::string_view filename = code_filename(code);
  size_t pos = 0;
  Value key, value;
  while (dict_next(modules, pos, key, value)) {
    if (!is_kind(value, ObjKind::Module)) continue;
    DictObject* d = as<ModuleObject>(value)->dict;
    if (!d) continue;
    Value file = dict_get_str(d, vm.names.__file__);
    if (is_str(file) && str_view(file) == filename) return d;
  }
  return nullptr;
}

std::string suggestion_for_attribute_error(VM& vm, Value exc) {
  Value name = exception_dict_attr(vm, exc, "name");
  Value obj = exception_dict_attr(vm, exc, "obj");
  if (name.is_null() || obj.is_null() || vm.type_of(name) != vm.types.str) return {};
  Value dir_fn = dict_get_str(vm.builtins(), vm.intern("dir"));
  if (dir_fn.is_null()) return {};
  Value dir = vm.call(dir_fn, {obj});
  if (dir.is_null()) {
    vm.clear_error();
    return {};
  }
  if (!is_list(dir)) return {};
  std::vector<std::string_view> names;
  for (Value item : as_list(dir)->items) {
    if (!is_str(item)) return {};
    names.push_back(str_view(item));
  }
  return std::string(calculate_suggestion(names, str_view(name)));
}

std::string suggestion_for_name_error(VM& vm, Value exc) {
  Value name = exception_dict_attr(vm, exc, "name");
  TracebackObject* tb = as_exception(exc)->traceback;
  if (name.is_null() || vm.type_of(name) != vm.types.str || !tb) return {};
  while (tb->next) tb = tb->next;  // the frame that failed
  const CodeObject* code = tb->code;
  std::string_view wanted = str_view(name);

  // co_varnames: the fast locals (arguments included), not cells-only or free variables.
  std::vector<std::string_view> names;
  const CodeUnit& unit = *code->unit;
  for (size_t i = 0; i < unit.localsplus_names.size(); ++i) {
    if (i < unit.localsplus_kinds.size() && (unit.localsplus_kinds[i] & kLocalKindLocal)) {
      names.push_back(unit.localsplus_names[i]);
    }
  }
  std::string_view found = calculate_suggestion(names, wanted);
  if (!found.empty()) return std::string(found);

  for (DictObject* scope : {globals_for_code(vm, code), vm.builtins()}) {
    if (!scope) continue;
    names.clear();
    if (!dict_str_keys(scope, names)) return {};
    found = calculate_suggestion(names, wanted);
    if (!found.empty()) return std::string(found);
  }
  return {};
}

// ---- the printer (pythonrun.c's exception_print_context) ------------------------------------

class ExceptionPrinter {
 public:
  explicit ExceptionPrinter(VM& vm) : m_vm(vm) {}
  std::string take() { return std::move(m_out); }

  // print_exception_recursive: the chained exceptions first, then `value` (or its group box).
  void print_recursive(Value value) {
    if (m_recursion >= kMaxPrintRecursion) return;
    ++m_recursion;
    print_cause_and_context(value);
    if (!is_exception_group(m_vm, value)) {
      print_exception(value);
    } else {
      print_group(value);
    }
    --m_recursion;
  }

  // _PyTraceBack_Print_Indented: header and entries, or nothing when sys.tracebacklimit <= 0.
  void print_traceback(TracebackObject* tb, std::string_view header,
                       std::string_view header_margin) {
    int64_t limit = traceback_limit();
    if (limit <= 0) return;
    write_indent(indent());
    m_out += header_margin;
    m_out += header;
    print_entries(tb, limit);
  }

  // The part of print_exception after the traceback.
  void print_exception_only(Value value) {
    if (!is_exception(value)) {
      print_invalid_type(value);
      return;
    }
    TypeObject* type = m_vm.type_of(value);
    // The notes are read before a SyntaxError is replaced by its message.
    Value notes = getattr_quiet(m_vm, value, "__notes__");
    Value message = value;
    print_file_and_line(message);
    print_message(type, message);
    print_suggestion(message);
    m_out += '\n';
    print_notes(notes);
  }

 private:
  int indent() const { return 2 * m_group_depth; }  // EXC_INDENT
  std::string_view margin() const { return m_group_depth ? "| " : ""; }  // EXC_MARGIN
  void write_indent(int n) { m_out.append(static_cast<size_t>(n), ' '); }
  void write_margin() {  // write_indented_margin
    write_indent(indent());
    m_out += margin();
  }

  // sys.tracebacklimit when it is an int, else PyTraceBack_LIMIT.
  int64_t traceback_limit() { return sys_traceback_limit(m_vm).value_or(kTracebackLimit); }

  // tb_printinternal: the last `limit` entries, a run of more than 3 identical (file, line,
  // name) entries shown as its first 3 and a count.
  void print_entries(TracebackObject* tb, int64_t limit) {
    int64_t depth = 0;
    for (TracebackObject* t = tb; t; t = t->next) ++depth;
    while (tb && depth > limit) {
      --depth;
      tb = tb->next;
    }
    bool have_last = false;
    std::string_view last_file, last_name;
    int last_line = -1;
    int64_t count = 0;
    for (; tb; tb = tb->next) {
      std::string_view file = code_filename(tb->code);
      std::string_view name = code_name(tb->code);
      int line = tb_lineno(tb);
      if (!have_last || file != last_file || last_line == -1 || line != last_line ||
          name != last_name) {
        if (count > kRecursiveCutoff) print_line_repeated(count);
        have_last = true;
        last_file = file;
        last_line = line;
        last_name = name;
        count = 0;
      }
      if (++count <= kRecursiveCutoff) display_line(tb, file, line, name);
    }
    if (count > kRecursiveCutoff) print_line_repeated(count);
  }

  // tb_print_line_repeated; CPython writes it without the group margin.
  void print_line_repeated(int64_t count) {
    count -= kRecursiveCutoff;
    m_out += fmt::format("  [Previous line repeated {} more time{}]\n", count,
                         count > 1 ? "s" : "");
  }

  // tb_displayline: the "File" line, the stripped source line and the caret line.
  void display_line(const TracebackObject* tb, std::string_view file, int lineno,
                    std::string_view name) {
    write_margin();
    m_out += fmt::format("  File \"{}\", line {}, in {}\n", file, lineno, name);
    std::optional<std::string> source = traceback_source_line(m_vm, file, lineno);
    if (!source) return;
    std::string_view line = *source;
    size_t lead = 0;  // the indentation removed (ASCII, so bytes == characters)
    while (lead < line.size() && is_ws(line[lead])) ++lead;
    write_margin();
    write_indent(static_cast<int>(kSourceLineIndent));
    m_out += line.substr(lead);
    m_out += '\n';
    print_carets(tb, line, static_cast<int64_t>(lead) - kSourceLineIndent);
  }

  // The caret line of tb_displayline (print_error_location_carets):
  //
  //   ERROR LINE ERROR LINE ERROR LINE ERROR LINE ERROR LINE
  //         ~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^~~~~~~~~~~~
  //         |              |-> left_end_offset     |          |-> end_offset
  //         |-> start_offset                       |-> right_start_offset
  //
  // The range comes from the instruction's position; for a binary operation or a subscript
  // the anchors (from a re-parse of the range, caret_anchors) split it into '~' operands and
  // '^' operator or brackets. Offsets are characters of the full (unstripped) line until the
  // last step, which turns them into display columns.
  void print_carets(const TracebackObject* tb, std::string_view line, int64_t truncation) {
    const CodeUnit& unit = *tb->code->unit;
    if (tb->pc >= unit.positions.size()) return;
    const SourcePos& pos = unit.positions[tb->pc];
    if (pos.line <= 0 || pos.end_line <= 0 || pos.col < 0 || pos.end_col < 0) return;

    int64_t line_len = count_chars(line);
    int64_t start = byte_to_char_offset(line, pos.col);
    int64_t end = byte_to_char_offset(line, pos.end_col);
    int64_t left_end = -1, right_start = -1;
    char primary = '^', secondary = '^';
    if (pos.line == pos.end_line) {
      if (auto anchors = caret_anchors(char_substr(line, start, end))) {
        left_end = anchors->left_end + start;
        right_start = anchors->right_start + start;
        primary = '~';
      }
    } else {
      // A multi-line range is highlighted to the last non-blank character of its first line.
      // CPython indexes the UTF-8 bytes with the character length here; so does this.
      int64_t i = line_len;
      while (--i >= 0) {
        if (!is_ws(line[static_cast<size_t>(i)])) break;
      }
      end = i + 1;
    }
    // Carets spanning the whole stripped line add nothing: CPython omits them.
    int64_t stripped_len = line_len - truncation - kSourceLineIndent;
    bool secondary_ranges = left_end != -1 || right_start != -1;
    if (end - start == stripped_len && !secondary_ranges) return;

    // The carets are placed in display columns: wide characters take two (3.11.7's backport
    // of gh-88116). The indentation removed is ASCII, so `truncation` needs no conversion.
    int64_t dp_start = display_width(line, start);
    int64_t dp_end = display_width(line, end);
    int64_t dp_left_end = -1, dp_right_start = -1;
    if (secondary_ranges) {
      dp_left_end = display_width(line, left_end);
      dp_right_start = display_width(line, right_start);
      if (dp_left_end < 0 || dp_right_start < 0) return;
    }
    if (dp_start < 0 || dp_end < 0) return;

    write_margin();
    for (int64_t offset = truncation + 1; offset <= dp_end; ++offset) {
      if (offset <= dp_start) {
        m_out += ' ';
      } else if (secondary_ranges && dp_left_end < offset && offset <= dp_right_start) {
        m_out += secondary;
      } else {
        m_out += primary;
      }
    }
    m_out += '\n';
  }

  // print_exception: one exception with its traceback (no chain).
  void print_exception(Value value) {
    if (!is_exception(value)) {
      print_invalid_type(value);
      return;
    }
    ExceptionObject* e = as_exception(value);
    if (e->traceback) {
      bool group = is_exception_group(m_vm, value);
      std::string_view header_margin = margin();
      if (group && m_group_depth == 1) header_margin = "+ ";
      print_traceback(e->traceback, group ? kGroupTracebackHeader : kTracebackHeader,
                      header_margin);
    }
    print_exception_only(value);
  }

  void print_invalid_type(Value value) {
    write_indent(indent());
    m_out += "TypeError: print_exception(): Exception expected for value, ";
    m_out += m_vm.type_name(value);
    m_out += " found\n";
  }

  // print_exception_file_and_line: the location block of a SyntaxError (anything with a
  // `print_file_and_line` attribute); `value` becomes its `msg` for the message line.
  void print_file_and_line(Value& value) {
    if (getattr_quiet(m_vm, value, "print_file_and_line").is_null()) return;
    SyntaxErrorFields f;
    if (!parse_syntax_error(m_vm, value, f)) return;
    value = f.message;
    write_margin();
    m_out += fmt::format("  File \"{}\", line {}\n", f.filename, f.lineno);
    if (!f.has_text) return;
    int64_t end_offset = f.end_offset;
    auto line_size = static_cast<int64_t>(f.text.size());  // UTF-8 bytes, as CPython
    // A range over several lines is shown on its first line, to the end of the text.
    if (f.end_lineno > f.lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(f.offset, end_offset, f.text);
  }

  // print_error_text: the stripped text and the carets from the 1-based `offset` to
  // `end_offset`. Written without the group margin, as CPython.
  void print_error_text(int64_t offset, int64_t end_offset, std::string_view text) {
    // Offsets this far out behave as any other offset outside the text; clamping them keeps
    // the arithmetic below from overflowing.
    constexpr int64_t kFar = int64_t(1) << 40;
    offset = std::clamp(offset, -kFar, kFar);
    end_offset = std::clamp(end_offset, -kFar, kFar);
    int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    text = text.substr(0, text.find('\0'));  // a C string
    --offset;  // to 0-based
    while (!text.empty() && is_ws(text.front())) {
      text.remove_prefix(1);
      --offset;
    }
    auto len = static_cast<int64_t>(text.size());
    if (len > 0 && text[static_cast<size_t>(len - 1)] == '\n') --len;
    if (offset > len) offset = len;
    // Skip the lines of a multi-line text that lie before the offset.
    for (;;) {
      size_t nl = text.find('\n');
      if (nl == std::string_view::npos) break;
      auto inl = static_cast<int64_t>(nl);
      if (inl >= offset) break;
      inl += 1;
      text.remove_prefix(static_cast<size_t>(inl));
      len -= inl;
      offset -= inl;
    }
    m_out += "    ";
    m_out += text;
    if (static_cast<size_t>(len) >= text.size() || text[static_cast<size_t>(len)] != '\n') {
      m_out += '\n';
    }
    if (offset < 0) return;  // the caret would point left of the text
    m_out += "    ";
    m_out.append(static_cast<size_t>(offset), ' ');
    m_out.append(static_cast<size_t>(carets), '^');
    m_out += '\n';
  }

  // print_exception_message: "module.Qualname: str(value)".
  void print_message(TypeObject* type, Value value) {
    write_margin();
    Value module = py_getattr(m_vm, Value::object(type), m_vm.names.__module__);
    if (module.is_null()) m_vm.clear_error();
    if (!is_str(module)) {
      m_out += "<unknown>.";
    } else if (str_view(module) != "builtins" && str_view(module) != "__main__") {
      m_out += str_view(module);
      m_out += '.';
    }
    StrObject* qualname = type->qualname ? type->qualname : type->name;
    m_out += qualname ? qualname->view() : std::string_view("<unknown>");
    if (value.is_none()) return;
    Value s = py_str(m_vm, value);
    if (s.is_null()) {
      m_vm.clear_error();
      m_out += ": <exception str() failed>";
      return;
    }
    if (as_str(s)->length != 0) m_out += ": ";
    m_out += str_view(s);
  }

  // print_exception_suggestions
  void print_suggestion(Value value) {
    std::string suggestion = offer_suggestion(m_vm, value);
    if (suggestion.empty()) return;
    m_out += ". Did you mean: '";
    m_out += suggestion;
    m_out += "'?";
  }

  // print_exception_notes: each note's lines behind the margin, a newline after each note. A
  // __notes__ that is not a sequence is shown by its repr (with no newline: CPython 3.11).
  void print_notes(Value notes) {
    if (notes.is_null()) return;
    if (!is_sequence(m_vm, notes)) {
      write_margin();
      Value r = py_repr(m_vm, notes);
      if (r.is_null()) {
        m_vm.clear_error();
        m_out += "<__notes__ repr() failed>";
      } else {
        m_out += str_view(r);
      }
      return;
    }
    int64_t count;
    if (!py_len(m_vm, notes, count)) {
      m_vm.clear_error();
      return;
    }
    for (int64_t i = 0; i < count; ++i) {
      Value note = py_getitem(m_vm, notes, m_vm.new_int(i));
      Value text;
      if (note.is_null()) {
        m_vm.clear_error();
        text = m_vm.intern_value("<NULL>");  // PyObject_Str(NULL)
      } else {
        text = py_str(m_vm, note);
      }
      if (text.is_null()) {
        m_vm.clear_error();
        m_out += "<note str() failed>";
      } else {
        for (std::string_view line : splitlines_keepends(str_view(text))) {
          write_margin();
          m_out += line;
        }
      }
      m_out += '\n';
    }
  }

  // print_exception_cause_and_context: __cause__, else __context__ unless suppressed, each
  // printed once (`m_seen` breaks cycles).
  void print_cause_and_context(Value value) {
    m_seen.insert(value.bits());
    if (!is_exception(value)) return;
    ExceptionObject* e = as_exception(value);
    if (is_exception(e->cause)) {
      if (!m_seen.count(e->cause.bits())) print_chained(e->cause, kCauseMessage);
      return;
    }
    if (e->suppress_context) return;
    if (is_exception(e->context) && !m_seen.count(e->context.bits())) {
      print_chained(e->context, kContextMessage);
    }
  }

  // print_chained: the older exception, then the sentence linking it to the newer one.
  void print_chained(Value value, std::string_view message) {
    bool need_close = m_need_close;
    print_recursive(value);
    m_need_close = need_close;
    write_margin();
    m_out += '\n';
    write_margin();
    m_out += message;
    write_margin();
    m_out += '\n';
  }

  // print_exception_group: the group itself, then each of its first 15 exceptions in a box
  // ("and N more exceptions" after), at most 10 groups deep.
  void print_group(Value value) {
    if (m_group_depth > kMaxGroupDepth) {
      write_margin();
      m_out += fmt::format("... (max_group_depth is {})\n", kMaxGroupDepth);
      return;
    }
    if (m_group_depth == 0) m_group_depth += 1;
    print_exception(value);

    Value excs_value = exception_group_exceptions(value);
    const TupleObject* excs = is_tuple(excs_value) ? as_tuple(excs_value) : nullptr;
    size_t num_excs = excs ? excs->size : 0;
    size_t n = num_excs <= kMaxGroupWidth ? num_excs : kMaxGroupWidth + 1;

    m_need_close = false;
    for (size_t i = 0; i < n; ++i) {
      bool last_exc = i == n - 1;
      if (last_exc) m_need_close = true;  // the closing line may come from a nested group
      write_indent(indent());
      bool truncated = i >= kMaxGroupWidth;
      std::string_view corner = i == 0 ? "+-" : "  ";
      if (!truncated) {
        m_out += fmt::format("{}+---------------- {} ----------------\n", corner, i + 1);
      } else {
        m_out += fmt::format("{}+---------------- ... ----------------\n", corner);
      }
      m_group_depth += 1;
      if (!truncated) {
        print_recursive(excs->get(i));
      } else {
        size_t remaining = num_excs - kMaxGroupWidth;
        write_margin();
        m_out += fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : "");
      }
      if (last_exc && m_need_close) {
        write_indent(indent());
        m_out += "+------------------------------------\n";
        m_need_close = false;
      }
      m_group_depth -= 1;
    }
    if (m_group_depth == 1) m_group_depth -= 1;
  }

  VM& m_vm;
  std::string m_out;
  std::unordered_set<uint64_t> m_seen;  // exceptions already printed (by identity)
  int m_group_depth = 0;  // exception_group_depth
  bool m_need_close = false;  // a box still needs its bottom line
  int m_recursion = 0;
};

}  // namespace

std::optional<std::string> traceback_source_line(VM& vm, std::string_view filename, int lineno) {
  // "Do not attempt to open things like <string> or <stdin>."
  if (filename.size() >= 2 && filename.front() == '<' && filename.back() == '>' &&
      !vm.internals().interactive_sources.count(std::string(filename))) {
    return std::nullopt;
  }
  const std::string* text = source_text(vm, filename);
  if (!text) return std::nullopt;
  std::optional<std::string_view> line = nth_line(*text, lineno);
  if (!line) return std::nullopt;
  return std::string(*line);
}

std::string format_traceback(VM& vm, TracebackObject* tb) {
  if (!tb) return {};
  FormatScope scope(vm, Value::object(tb));
  ExceptionPrinter printer(vm);
  printer.print_traceback(tb, kTracebackHeader, "");
  return printer.take();
}

std::string format_exception_only(VM& vm, Value exc) {
  FormatScope scope(vm, exc);
  ExceptionPrinter printer(vm);
  printer.print_exception_only(exc);
  return printer.take();
}

std::string offer_suggestion(VM& vm, Value exc) {
  if (!is_exception(exc)) return {};
  TypeObject* type = vm.type_of(exc);
  std::string result;
  if (type == vm.exc.AttributeError) {
    result = suggestion_for_attribute_error(vm, exc);
  } else if (type == vm.exc.NameError) {
    result = suggestion_for_name_error(vm, exc);
  }
  return result;
}

std::string VM::format_exception(Value exc) {
  FormatScope scope(*this, exc);
  ExceptionPrinter printer(*this);
  printer.print_recursive(exc);
  return printer.take();
}

void VM::print_exception(Value exc) { write_err(format_exception(exc)); }

std::string VM::format_exception_for_logging(Value exc) { return format_exception_tbmodule(*this, exc); }

}  // namespace krait
