// The `sys` module: interpreter facts (version, platform, maxsize, float_info...), the standard
// streams (writing through the VM's output hooks so a host can capture them), the recursion
// limit, exit() and the exception being handled.
#include <cfloat>
#include <string>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/generator.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

#ifndef KRAIT_VERSION
#define KRAIT_VERSION "0.0.0"
#endif

namespace krait {

namespace {

// sys.stdin / sys.stdout / sys.stderr: CPython's io.TextIOWrapper objects, reduced to what
// scripts use, writing to the VM's output hooks.
struct StdStreamObject : Object {
  StdStreamObject(TypeObject* t, int f) : Object(t, ObjKind::Other), fd(f) {}
  void trace(GcVisitor& v) const override { v.visit(type); }
  int fd;  // 0 stdin, 1 stdout, 2 stderr
  // stdin: text the read_line hook gave that read(n)/readline(size) have not returned yet.
  std::string pending;
};

StdStreamObject* stream_of(Value v) {
  if (!is_kind(v, ObjKind::Other)) return nullptr;
  return dynamic_cast<StdStreamObject*>(v.as_object());
}

const char* stream_name(int fd) {
  return fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
}

Value stream_write(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "TextIOWrapper.write", nargs - 1, kwnames)) return Value::null();
  StdStreamObject* s = stream_of(args[0]);
  if (!s) return vm.raise(vm.exc.TypeError, "write() requires a standard stream");
  Value text = args[1];
  if (!vm.isinstance(text, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "write() argument must be str, not {}",
                        vm.type_name(text));
  }
  if (s->fd == 0) return vm.raise(vm.exc.OSError, "not writable");
  if (s->fd == 1) {
    vm.write_out(str_view(text));
  } else {
    vm.write_err(str_view(text));
  }
  return vm.new_int(static_cast<int64_t>(as_str(text)->length));
}

Value stream_flush(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "TextIOWrapper.flush", nargs - 1, kwnames)) return Value::null();
  return Value::none();
}

Value stream_false(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "TextIOWrapper.isatty", nargs - 1, kwnames)) return Value::null();
  return Value::false_();
}

Value stream_readable(VM&, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  return Value::boolean(s && s->fd == 0);
}

Value stream_writable(VM&, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  return Value::boolean(s && s->fd != 0);
}

Value stream_fileno(VM& vm, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  return s ? Value::small_int(s->fd) : vm.raise(vm.exc.TypeError, "fileno() requires a stream");
}

// Byte length of the first `n` code points of UTF-8 text (all of it when shorter).
size_t utf8_prefix(std::string_view text, int64_t n) {
  size_t i = 0;
  for (int64_t k = 0; k < n && i < text.size(); ++k) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

int64_t utf8_length(std::string_view text) {
  int64_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Appends one more line from the host to `pending`; false at the end of input.
bool fill_line(VM& vm, StdStreamObject* s) {
  std::string line;
  if (!vm.output.read_line || !vm.output.read_line(line)) return false;
  s->pending += line;
  return true;
}

StdStreamObject* readable_stream(VM& vm, Value v) {
  StdStreamObject* s = stream_of(v);
  if (!s || s->fd != 0) {
    vm.raise(vm.exc.OSError, "not readable");
    return nullptr;
  }
  return s;
}

bool optional_size(VM& vm, const Value* args, size_t nargs, int64_t& size) {
  size = -1;
  if (nargs < 2 || args[1].is_none()) return true;
  return py_index_int64(vm, args[1], size);
}

Value take_pending(VM& vm, StdStreamObject* s, size_t bytes) {
  Value r = vm.new_str(std::string_view(s->pending).substr(0, bytes));
  s->pending.erase(0, bytes);
  return r;
}

// readline([size]): through the next newline (kept), at most `size` characters.
Value stream_readline(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  StdStreamObject* s = readable_stream(vm, args[0]);
  int64_t size;
  if (!s || !optional_size(vm, args, nargs, size)) return Value::null();
  for (;;) {
    size_t nl = s->pending.find('\n');
    size_t limit = size >= 0 ? utf8_prefix(s->pending, size) : s->pending.size();
    if (nl != std::string::npos && nl + 1 <= limit) return take_pending(vm, s, nl + 1);
    if (size >= 0 && limit < s->pending.size()) return take_pending(vm, s, limit);
    if (size >= 0 && utf8_length(s->pending) >= size) return take_pending(vm, s, limit);
    if (!fill_line(vm, s)) return take_pending(vm, s, s->pending.size());
  }
}

// read([size]): everything up to the end of input, or at most `size` characters.
Value stream_read(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  StdStreamObject* s = readable_stream(vm, args[0]);
  int64_t size;
  if (!s || !optional_size(vm, args, nargs, size)) return Value::null();
  while ((size < 0 || utf8_length(s->pending) < size) && fill_line(vm, s)) {
  }
  return take_pending(vm, s, size < 0 ? s->pending.size() : utf8_prefix(s->pending, size));
}

Value stream_readlines(VM& vm, const Value* args, size_t, TupleObject*) {
  ListObject* out = vm.new_list();
  if (!out) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(out));
  for (;;) {
    Value line = stream_readline(vm, args, 1, nullptr);
    if (line.is_null()) return line;
    if (as_str(line)->byte_size == 0) return Value::object(out);
    out->items.push_back(line);
  }
}

Value stream_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!readable_stream(vm, args[0])) return Value::null();
  return args[0];
}

Value stream_next(VM& vm, const Value* args, size_t, TupleObject*) {
  Value line = stream_readline(vm, args, 1, nullptr);
  if (line.is_null() || as_str(line)->byte_size) return line;
  return Value::null();  // exhausted: StopIteration
}

Value stream_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  int fd = s ? s->fd : 1;
  return vm.new_str(fmt::format("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                                stream_name(fd), fd == 0 ? "r" : "w"));
}

Value stream_name_get(VM& vm, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  return vm.intern_value(stream_name(s ? s->fd : 1));
}

Value stream_mode_get(VM& vm, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  return vm.intern_value(s && s->fd == 0 ? "r" : "w");
}

Value stream_encoding_get(VM& vm, const Value*, size_t, TupleObject*) {
  return vm.intern_value("utf-8");
}

Value stream_errors_get(VM& vm, const Value* args, size_t, TupleObject*) {
  StdStreamObject* s = stream_of(args[0]);
  return vm.intern_value(s && s->fd == 2 ? "backslashreplace" : "strict");
}

Value stream_closed_get(VM&, const Value*, size_t, TupleObject*) {
  return Value::false_();
}

// --- Struct sequences: tuples with named fields (sys.version_info, sys.flags, ...). ---

template <int I>
Value struct_seq_field(VM&, const Value* args, size_t, TupleObject*) {
  return as_tuple(args[0])->items()[I];
}

constexpr NativeFn kStructSeqGetters[] = {
    struct_seq_field<0>,  struct_seq_field<1>,  struct_seq_field<2>,  struct_seq_field<3>,
    struct_seq_field<4>,  struct_seq_field<5>,  struct_seq_field<6>,  struct_seq_field<7>,
    struct_seq_field<8>,  struct_seq_field<9>,  struct_seq_field<10>, struct_seq_field<11>,
    struct_seq_field<12>, struct_seq_field<13>, struct_seq_field<14>, struct_seq_field<15>,
    struct_seq_field<16>, struct_seq_field<17>, struct_seq_field<18>, struct_seq_field<19>,
};
constexpr size_t kMaxStructSeqFields = sizeof(kStructSeqGetters) / sizeof(kStructSeqGetters[0]);

// repr: "sys.version_info(major=3, minor=11, ...)" from the type's __module__, __name__ and
// __match_args__ (the field names, as CPython's struct sequences have).
Value struct_seq_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* self = as_tuple(args[0]);
  TypeObject* t = self->type;
  Value module = type_lookup(t, vm.names.__module__);
  Value fields = type_lookup(t, vm.intern("__match_args__"));
  std::string out;
  if (is_str(module)) {
    out += str_view(module);
    out += '.';
  }
  out += t->name->view();
  out += '(';
  size_t nfields = is_tuple(fields) ? as_tuple(fields)->size : 0;
  for (size_t i = 0; i < self->size; ++i) {
    if (i) out += ", ";
    if (i < nfields) {
      out += str_view(as_tuple(fields)->items()[i]);
      out += '=';
    }
    if (!repr_into(vm, self->items()[i], out)) return Value::null();
  }
  out += ')';
  return vm.new_str(out);
}

Value make_struct_seq(VM& vm, const char* name, std::initializer_list<const char*> fields,
                      std::initializer_list<Value> values) {
  TypeObject* t = vm.new_builtin_type(name, vm.types.tuple, ObjKind::Tuple);
  if (!t) return Value::null();
  t->is_basetype = false;
  TupleObject* names = vm.new_tuple(fields.size());
  if (!names) return Value::null();
  size_t i = 0;
  for (const char* f : fields) {
    names->items()[i] = vm.intern_value(f);
    if (i < kMaxStructSeqFields) vm.add_property(t, f, kStructSeqGetters[i]);
    ++i;
  }
  vm.add_attr(t, "__match_args__", Value::object(names));
  vm.add_attr(t, "__module__", vm.intern_value("sys"));
  vm.add_attr(t, "n_fields", vm.new_int(static_cast<int64_t>(fields.size())));
  vm.add_attr(t, "n_sequence_fields", vm.new_int(static_cast<int64_t>(fields.size())));
  vm.add_attr(t, "n_unnamed_fields", Value::small_int(0));
  vm.add_methods(t, {{"__repr__", struct_seq_repr}});
  auto* tuple = vm.make_sized<TupleObject>(values.size() * sizeof(Value), t, values.size());
  if (!tuple) return Value::null();
  i = 0;
  for (Value v : values) tuple->items()[i++] = v;
  return Value::object(tuple);
}

// --- Functions ---

Value sys_getrecursionlimit(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "sys.getrecursionlimit", nargs, kwnames)) return Value::null();
  return vm.new_int(vm.options.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "sys.setrecursionlimit", nargs, kwnames)) return Value::null();
  if (args[0].is_double()) {
    return vm.raise(vm.exc.TypeError, "'float' object cannot be interpreted as an integer");
  }
  int64_t limit;
  if (!py_index_int64(vm, args[0], limit)) return Value::null();
  if (limit < 1)
    return vm.raise(vm.exc.ValueError, "recursion limit must be greater or equal than 1");
  if (limit > INT32_MAX)
    return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
  if (limit <= vm.depth()) {
    return vm.raise_fmt(vm.exc.RecursionError,
                        "cannot set the recursion limit to {} at the recursion depth {}: the "
                        "limit is too low",
                        limit, vm.depth());
  }
  vm.options.recursion_limit = static_cast<int>(limit);
  return Value::none();
}

Value sys_exit(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "sys.exit() takes no keyword arguments");
  if (!check_positional(vm, "exit", nargs, nullptr, 0, 1)) return Value::null();
  // PyErr_SetObject(SystemExit, status): None -> no arguments, a tuple -> its items.
  Value status = nargs ? args[0] : Value::none();
  Value exc;
  if (status.is_none()) {
    exc = vm.call(Value::object(vm.exc.SystemExit), nullptr, 0);
  } else if (is_tuple(status) && vm.type_of(status) == vm.types.tuple) {
    exc = vm.call(Value::object(vm.exc.SystemExit), as_tuple(status)->items(),
                  as_tuple(status)->size);
  } else {
    exc = vm.call(Value::object(vm.exc.SystemExit), &status, 1);
  }
  if (exc.is_null()) return exc;
  return vm.raise_value(exc);
}

Value sys_exc_info(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "sys.exc_info", nargs, kwnames)) return Value::null();
  Value e = vm.handled_exception();
  if (!is_exception(e)) return vm.new_tuple({Value::none(), Value::none(), Value::none()});
  ExceptionObject* x = as_exception(e);
  Value tb = x->traceback ? Value::object(x->traceback) : Value::none();
  return vm.new_tuple({Value::object(x->type), e, tb});
}

Value sys_exception(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "sys.exception", nargs, kwnames)) return Value::null();
  Value e = vm.handled_exception();
  return is_exception(e) ? e : Value::none();
}

Value sys_intern(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "sys.intern", nargs, kwnames)) return Value::null();
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "intern() argument must be str, not {}",
                        vm.type_name(args[0]));
  }
  if (vm.type_of(args[0]) != vm.types.str) {
    return vm.raise_fmt(vm.exc.TypeError, "can't intern {}", vm.type_name(args[0]));
  }
  return vm.intern_value(str_view(args[0]));
}

Value sys_getsizeof(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"getsizeof", {"object", "default"}, 0, 1, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value v = a[0];
  // Approximations of CPython's sizes for the immediates; heap objects report their allocation.
  if (v.is_small_int() || v.is_bool()) return Value::small_int(28);
  if (v.is_double()) return Value::small_int(24);
  if (v.is_none()) return Value::small_int(16);
  Object* o = v.as_object();
  return vm.new_int(static_cast<int64_t>(o->gc_size + o->external_size()));
}

// sys.set_asyncgen_hooks(firstiter=..., finalizer=...): an argument left out keeps its hook,
// None removes it. The hooks live with the generators' code (interpreter/async_generator.cpp).
Value sys_set_asyncgen_hooks(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  // PyArg_ParseTupleAndKeywords("|OO") without a function name: its messages say "function".
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs + nkw > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "function takes at most 2 arguments ({} given)",
                        nargs + nkw);
  }
  Value a[2] = {Value::null(), Value::null()};
  for (size_t i = 0; i < nargs; ++i) a[i] = args[i];
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view name = str_view(kwnames->items()[i]);
    size_t slot = name == "firstiter" ? 0 : name == "finalizer" ? 1 : 2;
    if (slot == 2) {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for this function",
                          name);
    }
    if (slot < nargs) {
      return vm.raise_fmt(vm.exc.TypeError,
                          "argument for function given by name ('{}') and position ({})", name,
                          slot + 1);
    }
    a[slot] = args[nargs + i];
  }
  Value firstiter = a[0], finalizer = a[1];
  if (!finalizer.is_null() && !finalizer.is_none() && !py_callable(vm, finalizer)) {
    return vm.raise_fmt(vm.exc.TypeError, "callable finalizer expected, got {}",
                        vm.type_name(finalizer));
  }
  if (!firstiter.is_null() && !firstiter.is_none() && !py_callable(vm, firstiter)) {
    return vm.raise_fmt(vm.exc.TypeError, "callable firstiter expected, got {}",
                        vm.type_name(firstiter));
  }
  AsyncGenHooks& hooks = asyncgen_hooks(vm);
  if (!finalizer.is_null()) hooks.finalizer = finalizer;
  if (!firstiter.is_null()) hooks.firstiter = firstiter;
  return Value::none();
}

// sys.get_asyncgen_hooks(): asyncgen_hooks(firstiter=..., finalizer=...), a struct sequence.
Value sys_get_asyncgen_hooks(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "sys.get_asyncgen_hooks", nargs, kwnames)) return Value::null();
  AsyncGenHooks& hooks = asyncgen_hooks(vm);
  if (hooks.result_type.is_none()) {
    Value r = make_struct_seq(vm, "asyncgen_hooks", {"firstiter", "finalizer"},
                              {hooks.firstiter, hooks.finalizer});
    if (r.is_null()) return r;
    // CPython's asyncgen_hooks type has no module: its repr is "asyncgen_hooks(...)".
    vm.add_attr(as_tuple(r)->type, "__module__", Value::none());
    hooks.result_type = Value::object(as_tuple(r)->type);
    return r;
  }
  auto* t = static_cast<TypeObject*>(hooks.result_type.as_object());
  auto* r = vm.make_sized<TupleObject>(2 * sizeof(Value), t, size_t{2});
  if (!r) return Value::null();
  r->items()[0] = hooks.firstiter;
  r->items()[1] = hooks.finalizer;
  return Value::object(r);
}

Value sys_getdefaultencoding(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "sys.getdefaultencoding", nargs, kwnames)) return Value::null();
  return vm.intern_value("utf-8");
}

Value sys_excepthook(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size)
    return vm.raise(vm.exc.TypeError, "sys.excepthook() takes no keyword arguments");
  if (!check_positional(vm, "excepthook", nargs, nullptr, 3, 3)) return Value::null();
  if (is_exception(args[1])) {
    vm.print_exception(args[1]);
  } else {
    vm.write_err(
        fmt::format("TypeError: print_exception(): Exception expected for value, {} found\n",
                    vm.type_name(args[1])));
  }
  return Value::none();
}

Value sys_displayhook(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "sys.displayhook", nargs, kwnames)) return Value::null();
  if (args[0].is_none()) return Value::none();
  Value r = py_repr(vm, args[0]);
  if (r.is_null()) return r;
  Value out = sys_attribute(vm, "stdout");
  std::string text(str_view(r));
  text += '\n';
  if (out.is_null() || std_stream_fd(out) == 1) {
    vm.write_out(text);
  } else if (!file_write(vm, out, text)) {
    return Value::null();
  }
  Value builtins = Value::object(vm.builtins());
  if (is_dict(builtins) && !dict_set(vm, as_dict(builtins), vm.intern_value("_"), args[0])) {
    return Value::null();
  }
  return Value::none();
}

bool set(VM& vm, DictObject* d, const char* name, Value v) {
  if (v.is_null()) return false;
  return dict_set(vm, d, Value::object(vm.intern(name)), v);
}

Value str_list(VM& vm, std::initializer_list<const char*> items) {
  ListObject* l = vm.new_list(items.size());
  if (!l) return Value::null();
  for (const char* s : items) l->items.push_back(vm.intern_value(s));
  return Value::object(l);
}

}  // namespace

// --- Shared stream helpers ---

int std_stream_fd(Value v) {
  StdStreamObject* s = stream_of(v);
  return s ? s->fd : -1;
}

Value sys_attribute(VM& vm, std::string_view name) {
  Value sys = dict_get_str(vm.modules(), vm.intern("sys"));
  if (!is_kind(sys, ObjKind::Module)) return Value::null();
  return dict_get_str(static_cast<ModuleObject*>(sys.as_object())->dict, vm.intern(name));
}

bool file_write(VM& vm, Value file, std::string_view text) {
  int fd = std_stream_fd(file);
  if (fd == 1 || file.is_none()) {
    vm.write_out(text);
    return true;
  }
  if (fd == 2) {
    vm.write_err(text);
    return true;
  }
  Value s = vm.new_str(text);
  if (s.is_null()) return false;
  return !vm.call_method(file, vm.names.write, {s}).is_null();
}

bool file_flush(VM& vm, Value file) {
  if (std_stream_fd(file) >= 0 || file.is_none()) return true;
  return !vm.call_method(file, vm.names.flush, {}).is_null();
}

Value sys_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("sys");
  if (!m) return Value::null();
  DictObject* d = m->dict;

  TypeObject* stream_type = vm.new_builtin_type("TextIOWrapper", nullptr, ObjKind::Other);
  if (!stream_type) return Value::null();
  stream_type->is_basetype = false;
  vm.add_attr(stream_type, "__module__", vm.intern_value("_io"));
  vm.add_methods(stream_type, {
                                  {"write", stream_write},
                                  {"flush", stream_flush},
                                  {"isatty", stream_false},
                                  {"readable", stream_readable},
                                  {"writable", stream_writable},
                                  {"seekable", stream_false},
                                  {"fileno", stream_fileno},
                                  {"readline", stream_readline},
                                  {"read", stream_read},
                                  {"readlines", stream_readlines},
                                  {"__iter__", stream_iter},
                                  {"__next__", stream_next},
                                  {"__repr__", stream_repr},
                              });
  vm.add_property(stream_type, "name", stream_name_get);
  vm.add_property(stream_type, "mode", stream_mode_get);
  vm.add_property(stream_type, "encoding", stream_encoding_get);
  vm.add_property(stream_type, "errors", stream_errors_get);
  vm.add_property(stream_type, "closed", stream_closed_get);
  for (int fd = 0; fd < 3; ++fd) {
    auto* s = vm.make<StdStreamObject>(stream_type, fd);
    if (!s) return Value::null();
    static const char* const kNames[3][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    if (!set(vm, d, kNames[fd][0], Value::object(s)) ||
        !set(vm, d, kNames[fd][1], Value::object(s))) {
      return Value::null();
    }
  }

  bool ok =
      set(vm, d, "argv", str_list(vm, {""})) && set(vm, d, "orig_argv", str_list(vm, {})) &&
      set(vm, d, "path", str_list(vm, {""})) && set(vm, d, "warnoptions", str_list(vm, {})) &&
      set(vm, d, "modules", Value::object(vm.modules())) &&
      set(vm, d, "version", vm.new_str(fmt::format("3.11.7 (Krait {}) [C++20]", KRAIT_VERSION))) &&
      set(vm, d, "hexversion", vm.new_int(0x030B07F0)) &&
      set(vm, d, "api_version", vm.new_int(1013)) &&
      set(vm, d, "platform", vm.intern_value("linux")) &&
      set(vm, d, "byteorder", vm.intern_value("little")) &&
      set(vm, d, "maxsize", vm.new_int(INT64_MAX)) &&
      set(vm, d, "maxunicode", vm.new_int(0x10FFFF)) &&
      set(vm, d, "executable", vm.intern_value("")) && set(vm, d, "prefix", vm.intern_value("")) &&
      set(vm, d, "exec_prefix", vm.intern_value("")) &&
      set(vm, d, "float_repr_style", vm.intern_value("short")) &&
      set(vm, d, "dont_write_bytecode", Value::true_()) &&
      set(vm, d, "copyright", vm.intern_value("Krait: a Python 3.11 runtime"));
  if (!ok) return Value::null();

  ok =
      set(vm, d, "version_info",
          make_struct_seq(vm, "version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                          {Value::small_int(3), Value::small_int(11), Value::small_int(7),
                           vm.intern_value("final"), Value::small_int(0)})) &&
      set(vm, d, "float_info",
          make_struct_seq(vm, "float_info",
                          {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                           "mant_dig", "epsilon", "radix", "rounds"},
                          {Value::from_double(DBL_MAX), Value::small_int(DBL_MAX_EXP),
                           Value::small_int(DBL_MAX_10_EXP), Value::from_double(DBL_MIN),
                           Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                           Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG),
                           Value::from_double(DBL_EPSILON), Value::small_int(FLT_RADIX),
                           Value::small_int(1)})) &&
      set(vm, d, "int_info",
          make_struct_seq(vm, "int_info",
                          {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                           "str_digits_check_threshold"},
                          {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                           Value::small_int(640)})) &&
      set(vm, d, "hash_info",
          make_struct_seq(
              vm, "hash_info",
              {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
               "cutoff"},
              {Value::small_int(64), vm.new_int((int64_t{1} << 61) - 1), Value::small_int(314159),
               Value::small_int(0), Value::small_int(1000003), vm.intern_value("siphash13"),
               Value::small_int(64), Value::small_int(128), Value::small_int(0)})) &&
      set(vm, d, "flags",
          make_struct_seq(
              vm, "flags",
              {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
               "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
               "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
               "safe_path", "int_max_str_digits"},
              {Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(0),
               Value::small_int(1), Value::small_int(0), Value::small_int(0), Value::small_int(0),
               Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(1),
               Value::small_int(0), Value::false_(), Value::small_int(0), Value::small_int(0),
               Value::false_(), Value::small_int(-1)}));
  if (!ok) return Value::null();

  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn functions[] = {
      {"getrecursionlimit", sys_getrecursionlimit},
      {"setrecursionlimit", sys_setrecursionlimit},
      {"exit", sys_exit},
      {"exc_info", sys_exc_info},
      {"exception", sys_exception},
      {"intern", sys_intern},
      {"getsizeof", sys_getsizeof},
      {"getdefaultencoding", sys_getdefaultencoding},
      {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
      {"get_asyncgen_hooks", sys_get_asyncgen_hooks},
      {"getfilesystemencoding", sys_getdefaultencoding},
      {"excepthook", sys_excepthook},
      {"__excepthook__", sys_excepthook},
      {"displayhook", sys_displayhook},
      {"__displayhook__", sys_displayhook},
  };
  for (const Fn& f : functions) {
    if (!add_function(vm, d, f.name, f.fn)) return Value::null();
  }
  install_frame_snapshots(vm, d);
  return Value::object(m);
}

}  // namespace krait
