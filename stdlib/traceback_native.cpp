// The `traceback` module: format_exc, print_exc, format_exception, print_exception,
// format_exception_only, format_tb, print_tb, over the C++ rendering of Lib/traceback.py
// (interpreter/traceback_module.cpp). Lists are of lines (CPython's are of frame-sized chunks;
// joined, they are the same text).
#include <string>
#include <vector>

#include "interpreter/code_unit.h"
#include "interpreter/eval.h"
#include "interpreter/traceback.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

bool limit_arg(VM& vm, Value v, std::optional<int64_t>& limit) {
  if (v.is_null() || v.is_none()) return true;
  int64_t n;
  if (!py_index_int64(vm, v, n)) return false;
  limit = n;
  return true;
}

Value lines_list(VM& vm, std::string_view text) {
  ListObject* l = vm.new_list();
  if (!l) return Value::null();
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    Value s = vm.new_str(text.substr(start, end - start));
    if (s.is_null()) return s;
    l->items.push_back(s);
    start = end;
  }
  return Value::object(l);
}

bool write_to(VM& vm, Value file, std::string_view text) {
  if (file.is_null() || file.is_none()) {
    Value sys = vm.import_module("sys");
    if (sys.is_null()) return false;
    file = py_getattr(vm, sys, vm.intern("stderr"));
    if (file.is_null()) return false;
  }
  Value s = vm.new_str(text);
  if (s.is_null()) return false;
  return !vm.call_method(file, vm.names.write, {s}).is_null();
}

// The exception print_exception/format_exception describe: `exc`, or in the old three-argument
// form (type, value, tb) the value. TypeError for anything else, as _parse_value_tb.
bool exception_arg(VM& vm, Value exc, Value value, Value& out) {
  out = (value.is_null() || (exc.is_null())) ? exc : value;
  if (out.is_none() || is_exception(out)) return true;
  vm.raise(vm.exc.TypeError,
           "Exception expected for value, " + std::string(vm.type_name(out)) + " found");
  return false;
}

// (exc, /, value, tb, limit, chain) or with file.
Value tb_format_exception(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{
      "format_exception", {"exc", "value", "tb", "limit", "chain"}, 1, 1, 5};
  Value a[5];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value exc;
  if (!exception_arg(vm, a[0], a[1], exc)) return Value::null();
  TracebackModuleOptions o;
  if (!limit_arg(vm, a[3], o.limit)) return Value::null();
  o.chain = a[4].is_null() || a[4].is_true();
  return lines_list(vm, format_exception_tbmodule(vm, exc, o));
}

Value tb_print_exception(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{
      "print_exception", {"exc", "value", "tb", "limit", "file", "chain"}, 1, 1, 6};
  Value a[6];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value exc;
  if (!exception_arg(vm, a[0], a[1], exc)) return Value::null();
  TracebackModuleOptions o;
  if (!limit_arg(vm, a[3], o.limit)) return Value::null();
  o.chain = a[5].is_null() || a[5].is_true();
  if (!write_to(vm, a[4], format_exception_tbmodule(vm, exc, o))) return Value::null();
  return Value::none();
}

Value tb_format_exc(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"format_exc", {"limit", "chain"}, 0, 0, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  TracebackModuleOptions o;
  if (!limit_arg(vm, a[0], o.limit)) return Value::null();
  o.chain = a[1].is_null() || a[1].is_true();
  Value exc = vm.handled_exception();
  return vm.new_str(format_exception_tbmodule(vm, exc.is_null() ? Value::none() : exc, o));
}

Value tb_print_exc(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"print_exc", {"limit", "file", "chain"}, 0, 0, 3};
  Value a[3];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  TracebackModuleOptions o;
  if (!limit_arg(vm, a[0], o.limit)) return Value::null();
  o.chain = a[2].is_null() || a[2].is_true();
  Value exc = vm.handled_exception();
  if (!write_to(vm, a[1], format_exception_tbmodule(vm, exc.is_null() ? Value::none() : exc, o)))
    return Value::null();
  return Value::none();
}

Value tb_format_exception_only(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"format_exception_only", {"exc", "value"}, 1, 1, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value exc = a[1].is_null() ? a[0] : a[1];
  if (!exc.is_none() && !is_exception(exc)) {
    // The old form format_exception_only(type, value) with a non-exception value.
    Value r = py_str(vm, exc);
    if (r.is_null()) return r;
    return lines_list(vm, std::string(vm.type_name(exc)) + ": " + std::string(str_view(r)) + "\n");
  }
  return lines_list(vm, format_exception_only_tbmodule(vm, exc));
}

TracebackObject* tb_arg(VM& vm, Value v, bool& ok) {
  ok = true;
  if (v.is_none()) return nullptr;
  if (!is_kind(v, ObjKind::Other) || vm.type_of(v) != vm.types.traceback) {
    vm.raise(vm.exc.AttributeError,
             fmt::format("'{}' object has no attribute 'tb_frame'", vm.type_name(v)));
    ok = false;
    return nullptr;
  }
  return static_cast<TracebackObject*>(v.as_object());
}

Value tb_format_tb(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"format_tb", {"tb", "limit"}, 0, 1, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  bool ok;
  TracebackObject* tb = tb_arg(vm, a[0], ok);
  if (!ok) return Value::null();
  std::optional<int64_t> limit;
  if (!limit_arg(vm, a[1], limit)) return Value::null();
  return lines_list(vm, format_tb_tbmodule(vm, tb, limit));
}

Value tb_print_tb(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"print_tb", {"tb", "limit", "file"}, 0, 1, 3};
  Value a[3];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  bool ok;
  TracebackObject* tb = tb_arg(vm, a[0], ok);
  if (!ok) return Value::null();
  std::optional<int64_t> limit;
  if (!limit_arg(vm, a[1], limit)) return Value::null();
  if (!write_to(vm, a[2], format_tb_tbmodule(vm, tb, limit))) return Value::null();
  return Value::none();
}

// _caller(): (filename, lineno, function name) of the innermost frame of the script's own code
// (the standard library's Python frames are hidden): what logging's findCaller needs.
Value tb_caller(VM& vm, const Value*, size_t, TupleObject*) {
  for (Frame* f = vm.current_frame(); f; f = f->back) {
    if (f->code->flags & kHiddenFrames) continue;
    Value file = Value::object(f->code->filename);
    Value name = Value::object(f->code->name);
    return vm.new_tuple({file, vm.new_int(frame_current_line(f)), name});
  }
  return vm.new_tuple({vm.intern_value("(unknown file)"), Value::small_int(0),
                       vm.intern_value("(unknown function)")});
}

// _format_user_stack(): the script's own frames, outermost first, as traceback.print_stack()
// prints them (what logging shows as the "Call stack" of a logging error).
Value tb_format_user_stack(VM& vm, const Value*, size_t, TupleObject*) {
  std::vector<Frame*> frames;
  for (Frame* f = vm.current_frame(); f; f = f->back) {
    if (!(f->code->flags & kHiddenFrames)) frames.push_back(f);
  }
  std::string out;
  for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
    Frame* f = *it;
    int line = frame_current_line(f);
    out += fmt::format("  File \"{}\", line {}, in {}\n", f->code->filename->view(), line,
                       f->code->name->view());
    std::optional<std::string> text = traceback_source_line(vm, f->code->filename->view(), line);
    if (text) {
      size_t b = text->find_first_not_of(" \t\f");
      size_t e = text->find_last_not_of(" \t\f\r\n");
      if (b != std::string::npos) out += "    " + text->substr(b, e - b + 1) + "\n";
    }
  }
  return vm.new_str(out);
}

// _getline(filename, lineno): the line with its newline, or '' (linecache.getline), from what
// the VM compiled or the file on disk.
Value tb_getline(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !is_str(args[0]) || !args[1].is_small_int()) return vm.intern_value("");
  std::optional<std::string> line =
      traceback_source_line(vm, str_view(args[0]), static_cast<int>(args[1].as_small_int()));
  if (!line) return vm.intern_value("");
  return vm.new_str(*line + "\n");
}

}  // namespace

Value traceback_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("traceback");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  bool ok = add_function(vm, d, "format_exception", tb_format_exception) &&
            add_function(vm, d, "print_exception", tb_print_exception) &&
            add_function(vm, d, "format_exc", tb_format_exc) &&
            add_function(vm, d, "print_exc", tb_print_exc) &&
            add_function(vm, d, "format_exception_only", tb_format_exception_only) &&
            add_function(vm, d, "format_tb", tb_format_tb) &&
            add_function(vm, d, "print_tb", tb_print_tb) &&
            add_function(vm, d, "_caller", tb_caller) &&
            add_function(vm, d, "_format_user_stack", tb_format_user_stack) &&
            add_function(vm, d, "_getline", tb_getline);
  return ok ? Value::object(m) : Value::null();
}

}  // namespace krait
