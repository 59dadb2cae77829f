// traceback_module.cpp — exceptions rendered as Lib/traceback.py renders them.
//
// Not the report of an uncaught exception (that is the C excepthook, traceback.cpp) but what
// traceback.print_exc() / format_exception(), logging's exc_info and asyncio's error reports
// print through TracebackException(...).format(). This mirrors Lib/traceback.py of 3.11.7
// statement by statement, including where it mixes byte and character offsets (the caret
// anchors) or differs from the C version (source lines stripped at both ends, the group margin
// on "[Previous line repeated ...]", sys.tracebacklimit keeping the outermost entries, its own
// SyntaxError block, no "Did you mean"); the comments name the Python function each part follows.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "interpreter/code_unit.h"
#include "interpreter/parser.h"
#include "interpreter/traceback.h"
#include "interpreter/traceback_internal.h"
#include "runtime/vm_internals.h"
#include "runtime/exception.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/unicode_db.h"
#include "runtime/vm.h"

namespace krait {

namespace {

using namespace traceback_detail;

// str.isspace() of one code point.
bool py_isspace(uint32_t cp) { return unicode::has_flag(cp, unicode::kSpace); }

// A UTF-8 string seen as Python sees a str: a sequence of code points.
struct PyChars {
  std::vector<uint32_t> cps;
  explicit PyChars(std::string_view s) {
    for (size_t pos = 0; pos < s.size();) cps.push_back(utf8_decode(s, pos));
  }
  auto size() const { return static_cast<int64_t>(cps.size()); }
  uint32_t operator[](int64_t i) const { return cps[static_cast<size_t>(i)]; }
};

// str.strip() / lstrip() / rstrip() with no argument.
std::string_view py_strip(std::string_view s, bool left, bool right) {
  if (left) {
    size_t pos = 0;
    while (pos < s.size()) {
      size_t next = pos;
      if (!py_isspace(utf8_decode(s, next))) break;
      pos = next;
    }
    s.remove_prefix(pos);
  }
  if (right) {
    while (!s.empty()) {
      size_t start = s.size() - 1;
      while (start > 0 && is_utf8_continuation(s[start])) --start;
      size_t pos = start;
      if (!py_isspace(utf8_decode(s, pos))) break;
      s.remove_suffix(s.size() - start);
    }
  }
  return s;
}

// ' ' * n: nothing for n <= 0.
void append_repeat(std::string& out, char c, int64_t n) {
  if (n > 0) out.append(static_cast<size_t>(n), c);
}

// _byte_offset_to_character_offset: len(s.encode()[:offset].decode(errors="replace")).
int64_t py_byte_to_char_offset(std::string_view s, int64_t offset) {
  if (offset <= 0) return 0;
  return count_chars(s.substr(0, static_cast<size_t>(std::min<int64_t>(offset, s.size()))));
}

// _display_width: the columns of line[:offset]; the offset itself when the whole line is ASCII.
int64_t py_display_width(std::string_view line, int64_t offset) {
  if (utf8_is_ascii(line)) return offset;
  std::string_view prefix = line.substr(0, char_to_byte(line, offset));
  int64_t width = 0;
  for (size_t pos = 0; pos < prefix.size();) width += is_wide(utf8_decode(prefix, pos)) ? 2 : 1;
  return width;
}

struct PyAnchors {
  int64_t left_end = 0, right_start = 0;
};

// _extract_caret_anchors_from_line_segment, with its mix of byte offsets (from the AST) and
// character indexes into the segment.
std::optional<PyAnchors> py_caret_anchors(std::string_view segment) {
  ParseResult parsed = parse_source(segment, "<unknown>", CompileMode::Exec);
  if (!parsed.mod || parsed.mod->body.size() != 1) return std::nullopt;
  const ast::Stmt* statement = parsed.mod->body[0];
  if (statement->kind != ast::StmtKind::Expr) return std::nullopt;
  const ast::Expr* expr = statement->as<ast::ExprStmt>()->value;
  PyChars chars(segment);
  int64_t n = chars.size();
  auto normalize = [&](int64_t offset) { return py_byte_to_char_offset(segment, offset); };
  if (expr->kind == ast::ExprKind::BinOp) {
    const auto* binop = expr->as<ast::BinOpExpr>();
    // operator_str = segment[operator_start:operator_end]
    int64_t op_start = std::min(normalize(binop->left->end_col), n);
    int64_t op_end = std::min(normalize(binop->right->col), n);
    int64_t op_len = std::max<int64_t>(0, op_end - op_start);
    int64_t operator_offset = 0;  // len(operator_str) - len(operator_str.lstrip())
    while (operator_offset < op_len && py_isspace(chars[op_start + operator_offset])) {
      ++operator_offset;
    }
    int64_t left = binop->left->end_col + operator_offset;
    int64_t right = left + 1;
    if (operator_offset + 1 < op_len && !py_isspace(chars[op_start + operator_offset + 1])) {
      ++right;
    }
    while (left < n && (py_isspace(chars[left]) || chars[left] == ')' || chars[left] == '#')) {
      ++left;
      ++right;
    }
    return PyAnchors{normalize(left), normalize(right)};
  }
  if (expr->kind == ast::ExprKind::Subscript) {
    const auto* sub = expr->as<ast::SubscriptExpr>();
    int64_t left = normalize(sub->value->end_col);
    int64_t right = normalize(sub->slice->end_col + 1);
    while (left < n && (py_isspace(chars[left]) || chars[left] != '[')) ++left;
    while (right < n && (py_isspace(chars[right]) || chars[right] != ']')) ++right;
    if (right < n) ++right;
    return PyAnchors{left, right};
  }
  return std::nullopt;
}

// linecache.getline: the line with its "\n" ("" when absent). linecache reads the whole file
// (tokenize.open: universal newlines, a UTF-8 BOM dropped) and has no lines when it cannot
// decode it; "<...>" names have none.
std::string py_getline(VM& vm, std::string_view filename, int64_t lineno) {
  if (filename.empty() || (filename.front() == '<' && filename.back() == '>' &&
                           !vm.internals().interactive_sources.count(std::string(filename)))) {
    return {};
  }
  const std::string* text = source_text(vm, filename);
  if (!text || !valid_utf8(*text)) return {};
  std::string_view source = *text;
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  if (lineno <= 0 || lineno > std::numeric_limits<int>::max()) return {};
  std::optional<std::string_view> line = nth_line(source, static_cast<int>(lineno));
  if (!line) return {};
  return std::string(*line) + "\n";
}

// FrameSummary: one entry of a StackSummary.
struct PyFrameSummary {
  std::string filename, name;
  std::optional<int64_t> lineno, end_lineno, colno, end_colno;
  std::string raw_line;  // _original_line: as linecache gives it, "\n" included
};

// StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=...):
// a limit >= 0 keeps the first (outermost) entries, a negative one the last.
std::vector<PyFrameSummary> py_extract_tb(VM& vm, TracebackObject* tb,
                                          std::optional<int64_t> limit) {
  if (!limit) {
    limit = sys_traceback_limit(vm);
    if (limit && *limit < 0) limit = 0;
  }
  std::vector<const TracebackObject*> entries;
  for (; tb; tb = tb->next) entries.push_back(tb);
  size_t first = 0, count = entries.size();
  if (limit) {
    if (*limit >= 0) {
      count = std::min<uint64_t>(count, static_cast<uint64_t>(*limit));
    } else {
      uint64_t keep = *limit == std::numeric_limits<int64_t>::min()
                          ? std::numeric_limits<uint64_t>::max()
                          : static_cast<uint64_t>(-*limit);
      if (keep < count) {
        first = count - keep;
        count = keep;
      }
    }
  }
  std::vector<PyFrameSummary> stack;
  for (size_t i = first; i < first + count; ++i) {
    const TracebackObject* t = entries[i];
    PyFrameSummary fs;
    fs.filename = std::string(code_filename(t->code));
    fs.name = std::string(code_name(t->code));
    const CodeUnit& unit = *t->code->unit;
    SourcePos pos = t->pc < unit.positions.size() ? unit.positions[t->pc] : SourcePos{};
    if (pos.line > 0) {
      fs.lineno = pos.line;
      if (pos.end_line > 0) fs.end_lineno = pos.end_line;
      if (pos.col >= 0) fs.colno = pos.col;
      if (pos.end_col >= 0) fs.end_colno = pos.end_col;
    } else if (t->lineno > 0) {
      fs.lineno = t->lineno;  // "Yield tb_lineno when co_positions does not have a line number"
    }
    if (fs.lineno) fs.raw_line = py_getline(vm, fs.filename, *fs.lineno);
    stack.push_back(std::move(fs));
  }
  return stack;
}

// StackSummary.format_frame_summary
std::string py_format_frame_summary(const PyFrameSummary& fs) {
  std::string row = fmt::format("  File \"{}\", line {}, in {}\n", fs.filename,
                                fs.lineno ? std::to_string(*fs.lineno) : "None", fs.name);
  std::string_view line = fs.raw_line;
  std::string_view stripped_line = py_strip(line, true, true);
  if (stripped_line.empty()) return row;
  row += "    ";
  row += stripped_line;
  row += '\n';
  int64_t stripped_characters = count_chars(line) - count_chars(stripped_line);
  if (!fs.colno || !fs.end_colno) return row;
  int64_t start_offset = py_byte_to_char_offset(line, *fs.colno);
  int64_t end_offset = py_byte_to_char_offset(line, *fs.end_colno);
  std::string_view code_segment = char_substr(line, start_offset, end_offset);
  std::optional<PyAnchors> anchors;
  if (fs.lineno == fs.end_lineno) {
    anchors = py_caret_anchors(code_segment);
  } else {
    end_offset = count_chars(py_strip(line, false, true));
  }
  // Indicators only when they do not span the whole stripped line.
  if (end_offset - start_offset < count_chars(stripped_line) ||
      (anchors && anchors->right_start - anchors->left_end > 0)) {
    int64_t dp_start_offset = py_display_width(line, start_offset) + 1;
    int64_t dp_end_offset = py_display_width(line, end_offset) + 1;
    row += "    ";
    append_repeat(row, ' ', dp_start_offset - stripped_characters);
    if (anchors) {
      int64_t dp_left_end = py_display_width(code_segment, anchors->left_end);
      int64_t dp_right_start = py_display_width(code_segment, anchors->right_start);
      append_repeat(row, '~', dp_left_end);
      append_repeat(row, '^', dp_right_start - dp_left_end);
      append_repeat(row, '~', dp_end_offset - dp_start_offset - dp_right_start);
    } else {
      append_repeat(row, '^', dp_end_offset - dp_start_offset);
    }
    row += '\n';
  }
  return row;
}

// StackSummary.format: runs of more than 3 identical entries shortened.
std::vector<std::string> py_format_stack(const std::vector<PyFrameSummary>& stack) {
  std::vector<std::string> result;
  const PyFrameSummary* last = nullptr;
  int64_t count = 0;
  auto repeated = [&](int64_t n) {
    n -= kRecursiveCutoff;
    result.push_back(
        fmt::format("  [Previous line repeated {} more time{}]\n", n, n > 1 ? "s" : ""));
  };
  for (const PyFrameSummary& fs : stack) {
    std::string formatted = py_format_frame_summary(fs);
    if (!last || last->filename != fs.filename || !last->lineno ||
        last->lineno != fs.lineno || last->name != fs.name) {
      if (count > kRecursiveCutoff) repeated(count);
      last = &fs;
      count = 0;
    }
    if (++count > kRecursiveCutoff) continue;
    result.push_back(std::move(formatted));
  }
  if (count > kRecursiveCutoff) repeated(count);
  return result;
}

// _safe_string(value, what, func)
std::string py_safe_string(VM& vm, Value v, std::string_view what, bool use_repr = false) {
  Value s = use_repr ? py_repr(vm, v) : py_str(vm, v);
  if (s.is_null()) {
    vm.clear_error();
    return fmt::format("<{} {}() failed>", what, use_repr ? "repr" : "str");
  }
  return std::string(str_view(s));
}

// isinstance(v, collections.abc.Sequence) for the builtin sequences.
bool py_is_abc_sequence(VM& vm, Value v) {
  const BuiltinTypes& t = vm.types;
  for (TypeObject* type : {t.list, t.tuple, t.str, t.bytes, t.range}) {
    if (type && vm.isinstance(v, type)) return true;
  }
  return false;
}

// TracebackException: what the report of one exception needs, captured when it is built.
struct PyTracebackException {
  Value exc;
  std::vector<PyFrameSummary> stack;
  std::string str;  // _str
  Value notes = Value::none();
  bool syntax_error = false;
  Value filename, lineno, text, offset, end_offset, msg;  // for SyntaxError
  bool suppress_context = false;
  PyTracebackException* cause = nullptr;
  PyTracebackException* context = nullptr;
  bool group = false;
  std::vector<PyTracebackException*> exceptions;
};

class PyTracebackFormatter {
 public:
  PyTracebackFormatter(VM& vm, std::optional<int64_t> limit) : m_vm(vm), m_limit(limit) {}

  // TracebackException.__init__ for the top-level exception: the chained and grouped ones are
  // built breadth-last with a queue, each exception once (`m_seen`), as Python does.
  PyTracebackException* build(Value exc, TracebackObject* tb, bool compact) {
    PyTracebackException* top = make(exc, tb);
    std::vector<std::pair<PyTracebackException*, Value>> queue{{top, exc}};
    while (!queue.empty()) {
      auto [te, e] = queue.back();
      queue.pop_back();
      if (!is_exception(e)) continue;
      ExceptionObject* x = as_exception(e);
      PyTracebackException* cause = nullptr;
      if (is_exception(x->cause) && !m_seen.count(x->cause.bits())) {
        cause = make(x->cause, as_exception(x->cause)->traceback);
      }
      bool need_context = compact ? (!cause && !x->suppress_context) : true;
      PyTracebackException* context = nullptr;
      if (is_exception(x->context) && need_context && !m_seen.count(x->context.bits())) {
        context = make(x->context, as_exception(x->context)->traceback);
      }
      te->cause = cause;
      te->context = context;
      if (cause) queue.emplace_back(cause, x->cause);
      if (context) queue.emplace_back(context, x->context);
      if (te->group) {
        Value excs = exception_group_exceptions(e);
        if (is_tuple(excs)) {
          for (size_t i = 0; i < as_tuple(excs)->size; ++i) {
            Value member = as_tuple(excs)->get(i);
            te->exceptions.push_back(
                make(member, is_exception(member) ? as_exception(member)->traceback : nullptr));
          }
          for (size_t i = 0; i < te->exceptions.size(); ++i) {
            queue.emplace_back(te->exceptions[i], as_tuple(excs)->get(i));
          }
        }
      }
    }
    return top;
  }

  // TracebackException.format
  void format(const PyTracebackException* top, bool chain) {
    std::vector<std::pair<std::string_view, const PyTracebackException*>> output;
    const PyTracebackException* exc = top;
    if (chain) {
      while (exc) {
        std::string_view message;
        const PyTracebackException* chained = nullptr;
        if (exc->cause) {
          message = kCauseMessage;
          chained = exc->cause;
        } else if (exc->context && !exc->suppress_context) {
          message = kContextMessage;
          chained = exc->context;
        }
        output.emplace_back(message, exc);
        exc = chained;
      }
    } else {
      output.emplace_back(std::string_view(), exc);
    }
    for (auto it = output.rbegin(); it != output.rend(); ++it) {
      auto [message, e] = *it;
      if (!message.empty()) {
        emit("\n");
        emit(message);
        emit("\n");
      }
      if (!e->group) {
        if (!e->stack.empty()) {
          emit(kTracebackHeader);
          for (const std::string& row : py_format_stack(e->stack)) emit(row);
        }
        format_exception_only(e);
      } else if (m_depth > kMaxGroupDepth) {
        emit(fmt::format("... (max_group_depth is {})\n", kMaxGroupDepth));
      } else {
        format_group(e, chain);
      }
    }
  }

  // TracebackException.format_exception_only
  void format_exception_only(const PyTracebackException* te) {
    TypeObject* type = m_vm.type_of(te->exc);
    StrObject* qualname = type->qualname ? type->qualname : type->name;
    std::string stype(qualname ? qualname->view() : std::string_view("<unknown>"));
    Value module = py_getattr(m_vm, Value::object(type), m_vm.names.__module__);
    if (module.is_null()) m_vm.clear_error();
    if (!is_str(module)) {
      stype = "<unknown>." + stype;
    } else if (str_view(module) != "__main__" && str_view(module) != "builtins") {
      stype = std::string(str_view(module)) + "." + stype;
    }
    if (!te->syntax_error) {
      // _format_final_exc_line
      emit(te->str.empty() ? stype + "\n" : stype + ": " + te->str + "\n");
    } else {
      format_syntax_error(te, stype);
    }
    if (py_is_abc_sequence(m_vm, te->notes)) {
      int64_t count = 0;
      if (!py_len(m_vm, te->notes, count)) m_vm.clear_error();
      for (int64_t i = 0; i < count; ++i) {
        Value note = py_getitem(m_vm, te->notes, m_vm.new_int(i));
        if (note.is_null()) {
          m_vm.clear_error();
          break;
        }
        std::string text = py_safe_string(m_vm, note, "note");
        // [l + '\n' for l in note.split('\n')]
        size_t start = 0;
        for (;;) {
          size_t nl = text.find('\n', start);
          emit(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start) +
               "\n");
          if (nl == std::string::npos) break;
          start = nl + 1;
        }
      }
    } else if (!te->notes.is_none()) {
      emit(py_safe_string(m_vm, te->notes, "__notes__", true));
    }
  }

  std::string take() { return std::move(m_out); }

 private:
  PyTracebackException* make(Value exc, TracebackObject* tb) {
    m_seen.insert(exc.bits());
    PyTracebackException& te = m_all.emplace_back();
    te.exc = exc;
    te.stack = py_extract_tb(m_vm, tb, m_limit);
    te.str = py_safe_string(m_vm, exc, "exception");
    Value notes = getattr_quiet(m_vm, exc, "__notes__");
    te.notes = notes.is_null() ? Value::none() : notes;
    if (is_exception(exc)) {
      te.suppress_context = as_exception(exc)->suppress_context;
      te.group = is_exception_group(m_vm, exc);
      if (m_vm.isinstance(exc, m_vm.exc.SyntaxError)) {
        te.syntax_error = true;
        auto attr = [&](std::string_view name) {
          Value v = getattr_quiet(m_vm, exc, name);
          return v.is_null() ? Value::none() : v;
        };
        te.filename = attr("filename");
        te.lineno = attr("lineno");
        te.text = attr("text");
        te.offset = attr("offset");
        te.end_offset = attr("end_offset");
        te.msg = attr("msg");
      }
    }
    m_roots.push_back(exc);
    m_roots.push_back(te.notes);
    return &te;
  }

  // _ExceptionPrintContext.emit: every line behind the indentation and margin.
  void emit(std::string_view text, char margin_char = '|') {
    std::string prefix(static_cast<size_t>(2 * m_depth), ' ');
    if (m_depth) {
      prefix += margin_char;
      prefix += ' ';
    }
    for (std::string_view line : splitlines_keepends(text)) {
      m_out += prefix;
      m_out += line;
    }
  }

  // TracebackException._format_syntax_error
  void format_syntax_error(const PyTracebackException* te, const std::string& stype) {
    std::string filename_suffix;
    if (!te->lineno.is_none()) {
      std::string filename = "<string>";
      int truthy = py_truthy(m_vm, te->filename);
      if (truthy < 0) m_vm.clear_error();
      if (truthy > 0) filename = py_safe_string(m_vm, te->filename, "filename");
      emit(fmt::format("  File \"{}\", line {}\n", filename,
                       py_safe_string(m_vm, te->lineno, "lineno")));
    } else if (!te->filename.is_none()) {
      filename_suffix = " (" + py_safe_string(m_vm, te->filename, "filename") + ")";
    }
    if (is_str(te->text)) {
      std::string_view rtext = str_view(te->text);
      while (!rtext.empty() && rtext.back() == '\n') rtext.remove_suffix(1);
      std::string_view ltext = rtext;
      while (!ltext.empty() && (ltext.front() == ' ' || ltext.front() == '\n' ||
                                ltext.front() == '\f')) {
        ltext.remove_prefix(1);
      }
      auto spaces = static_cast<int64_t>(rtext.size() - ltext.size());  // ASCII: chars
      emit(fmt::format("    {}\n", ltext));
      int64_t offset;
      if (!te->offset.is_none() && as_ssize(m_vm, te->offset, offset)) {
        int64_t end_offset = offset;
        int64_t given;
        if (!te->end_offset.is_none() && as_ssize(m_vm, te->end_offset, given) && given != 0) {
          end_offset = given;
        }
        if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
        int64_t colno = offset - 1 - spaces;
        int64_t end_colno = end_offset - 1 - spaces;
        if (colno >= 0) {
          // Whitespace other than spaces (tabs) is kept for the alignment.
          std::string line = "    ";
          PyChars chars(ltext);
          for (int64_t i = 0; i < std::min(colno, chars.size()); ++i) {
            if (py_isspace(chars[i])) {
              utf8_append(line, chars[i]);
            } else {
              line += ' ';
            }
          }
          append_repeat(line, '^', end_colno - colno);
          line += '\n';
          emit(line);
        }
      }
    }
    std::string msg = "<no detail available>";
    int truthy = py_truthy(m_vm, te->msg);
    if (truthy < 0) m_vm.clear_error();
    if (truthy > 0) msg = py_safe_string(m_vm, te->msg, "msg");
    emit(fmt::format("{}: {}{}\n", stype, msg, filename_suffix));
  }

  // The exception-group branch of TracebackException.format.
  void format_group(const PyTracebackException* e, bool chain) {
    bool toplevel = m_depth == 0;
    if (toplevel) ++m_depth;
    if (!e->stack.empty()) {
      emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      for (const std::string& row : py_format_stack(e->stack)) emit(row);
    }
    format_exception_only(e);
    size_t num_excs = e->exceptions.size();
    size_t n = num_excs <= kMaxGroupWidth ? num_excs : kMaxGroupWidth + 1;
    m_need_close = false;
    for (size_t i = 0; i < n; ++i) {
      bool last_exc = i == n - 1;
      if (last_exc) m_need_close = true;  // the closing frame may be added by a recursive call
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      m_out += std::string(static_cast<size_t>(2 * m_depth), ' ');
      m_out += fmt::format("{}+---------------- {} ----------------\n", i == 0 ? "+-" : "  ",
                           title);
      ++m_depth;
      if (!truncated) {
        format(e->exceptions[i], chain);
      } else {
        size_t remaining = num_excs - kMaxGroupWidth;
        emit(fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : ""));
      }
      if (last_exc && m_need_close) {
        m_out += std::string(static_cast<size_t>(2 * m_depth), ' ');
        m_out += "+------------------------------------\n";
        m_need_close = false;
      }
      --m_depth;
    }
    if (toplevel) m_depth = 0;
  }

  VM& m_vm;
  std::optional<int64_t> m_limit;
  std::deque<PyTracebackException> m_all;
  std::unordered_set<uint64_t> m_seen;
  std::vector<Value> m_roots;  // kept alive by the FormatScope's native depth
  std::string m_out;
  int m_depth = 0;  // exception_group_depth
  bool m_need_close = false;
};

}  // namespace

std::string format_exception_tbmodule(VM& vm, Value exc, const TracebackModuleOptions& options) {
  FormatScope scope(vm, exc);
  PyTracebackFormatter formatter(vm, options.limit);
  TracebackObject* tb = options.traceback ? *options.traceback
                        : is_exception(exc)   ? as_exception(exc)->traceback
                                              : nullptr;
  const PyTracebackException* te = formatter.build(exc, tb, options.compact);
  formatter.format(te, options.chain);
  return formatter.take();
}

std::string format_exception_only_tbmodule(VM& vm, Value exc) {
  FormatScope scope(vm, exc);
  PyTracebackFormatter formatter(vm, std::nullopt);
  formatter.format_exception_only(formatter.build(exc, nullptr, true));
  return formatter.take();
}

std::string format_tb_tbmodule(VM& vm, TracebackObject* tb, std::optional<int64_t> limit) {
  if (!tb) return {};
  FormatScope scope(vm, Value::object(tb));
  std::string out;
  for (const std::string& row : py_format_stack(py_extract_tb(vm, tb, limit))) out += row;
  return out;
}

}  // namespace krait
