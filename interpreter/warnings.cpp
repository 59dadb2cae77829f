// Reports that do not raise: warnings (what Lib/warnings.py prints under the default filters)
// and unraisable exceptions (sys.unraisablehook's default output).
#include <algorithm>
#include <string>

#include "interpreter/code_unit.h"
#include "interpreter/compiler.h"
#include "interpreter/eval.h"
#include "interpreter/parser.h"
#include "interpreter/traceback.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

namespace {

std::string_view strip(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\f'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\f')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

int frame_current_line(const Frame* f) {
  const CodeObject* code = f->code;
  if (!f->ip) return code->unit->first_line;
  ptrdiff_t pc = f->ip - code->code.data() - 1;
  if (pc < 0) pc = 0;
  if (static_cast<size_t>(pc) >= code->unit->positions.size()) return code->unit->first_line;
  return code->unit->positions[pc].line;
}

void VM::warn(TypeObject* category, std::string_view message, std::string_view at_file,
              int at_line) {
  // The innermost frame of the script's own code (the stdlib's hidden frames are skipped, as
  // the warning is about the caller).
  Frame* f = current_frame();
  while (f && (f->code->flags & kHiddenFrames)) f = f->back;
  std::string filename = "sys";
  int line = 1;
  bool have_source = false;
  if (!at_file.empty()) {
    filename = std::string(at_file);
    line = at_line;
    have_source = true;
  } else if (f) {
    filename = std::string(f->code->filename->view());
    line = frame_current_line(f);
    have_source = true;
  }
  std::string key = fmt::format("{}:{}:{}:{}", filename, line, category->name->view(), message);
  if (std::find(m_warned.begin(), m_warned.end(), key) != m_warned.end()) return;
  m_warned.push_back(key);
  std::string text =
      fmt::format("{}:{}: {}: {}\n", filename, line, category->name->view(), message);
  if (have_source) {
    if (auto src = traceback_source_line(*this, filename, line)) {
      std::string_view s = strip(*src);
      if (!s.empty()) text += fmt::format("  {}\n", s);
    }
  }
  // Warnings about an object (a coroutine) end with this hint when tracemalloc is off.
  text += fmt::format("{}: Enable tracemalloc to get the object allocation traceback\n",
                      category->name->view());
  write_err(text);
}

bool report_compile_warnings(VM& vm, const std::vector<CompileWarning>& warnings) {
  if (warnings.empty()) return true;
  Value module = dict_get_str(vm.modules(), vm.intern("warnings"));
  Value warn_explicit = is_kind(module, ObjKind::Module)
                            ? dict_get_str(static_cast<ModuleObject*>(module.as_object())->dict,
                                           vm.intern("warn_explicit"))
                            : Value::null();
  for (const CompileWarning& w : warnings) {
    if (!warn_explicit.is_null()) {
      Value msg = vm.new_str(w.msg);
      Value file = vm.new_str(w.filename);
      if (msg.is_null() || file.is_null()) return false;
      Value r = vm.call(warn_explicit,
                        {msg, Value::object(vm.exc.SyntaxWarning), file, Value::small_int(w.line)});
      if (r.is_null()) {
        // An "error" filter: CPython's compiler reports the warning as a SyntaxError there.
        if (!vm.isinstance(vm.error(), vm.exc.SyntaxWarning)) return false;
        vm.clear_error();
        SyntaxErrorInfo e;
        e.type = "SyntaxError";
        e.msg = w.msg;
        e.filename = w.filename;
        e.line = w.line;
        e.col = w.col + 1;
        e.end_line = w.end_line;
        e.end_col = w.end_col + 1;
        raise_syntax_error(vm, e);
        return false;
      }
      continue;
    }
    std::string text = fmt::format("{}:{}: SyntaxWarning: {}\n", w.filename, w.line, w.msg);
    if (auto src = traceback_source_line(vm, w.filename, w.line)) {
      std::string_view s = strip(*src);
      if (!s.empty()) text += fmt::format("  {}\n", s);
    }
    vm.write_err(text);
  }
  return true;
}

void VM::write_unraisable(Value obj, std::string_view prefix) {
  Value exc = take_error();
  if (exc.is_null()) return;
  std::string text(prefix);
  if (!obj.is_null()) {
    text += ": ";
    std::string r;
    if (!repr_into(*this, obj, r)) {
      clear_error();
      r = fmt::format("<object repr() failed>");
    }
    text += r;
  }
  text += "\n";
  text += format_exception(exc);
  clear_error();
  write_err(text);
}

}  // namespace krait
