// The `builtins` module: the builtin functions of CPython 3.11 (Python/bltinmodule.c) with
// its argument handling and error messages, plus the constants, the builtin types and the
// exception classes every module sees through __builtins__.
#include <algorithm>
#include <string>
#include <vector>

#include "interpreter/code_unit.h"
#include "interpreter/eval.h"
#include "runtime/bigint.h"
#include "runtime/bytearray.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int_object.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/str_ops.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/type_ops.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

bool has_kwargs(TupleObject* kwnames) {
  return kwnames && kwnames->size > 0;
}

// type(obj).<name>(obj, *args), CPython's _PyObject_LookupSpecial followed by a call. `found`
// is false (and Null returned, nothing raised) when the type has no such attribute.
Value call_type_method(VM& vm, Value obj, StrObject* name, const Value* args, size_t nargs,
                       bool& found) {
  TypeObject* t = vm.type_of(obj);
  Value m = type_lookup(t, name);
  found = !m.is_null();
  if (!found) return m;
  if (is_function(m) || (is_native_function(m) && as_native(m)->owner && !as_native(m)->is_static &&
                         !as_native(m)->is_classmethod && as_native(m)->self.is_null())) {
    std::vector<Value> full;
    full.reserve(nargs + 1);
    full.push_back(obj);
    full.insert(full.end(), args, args + nargs);
    return vm.call(m, full.data(), full.size());
  }
  Value bound = bind_descriptor(vm, m, obj, t);
  if (bound.is_null()) return bound;
  return vm.call(bound, args, nargs);
}

// An attribute name argument: a str (or subclass), interned. TypeError like PyObject_GetAttr.
StrObject* attr_name(VM& vm, Value name) {
  if (!vm.isinstance(name, vm.types.str)) {
    vm.raise_fmt(vm.exc.TypeError, "attribute name must be string, not '{}'", vm.type_name(name));
    return nullptr;
  }
  return vm.intern(str_view(name));
}

Value int_value(VM& vm, int64_t v) {
  return vm.new_int(v);
}

// --- print, input ---

Value builtin_print(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value sep = Value::null(), end = Value::null(), file = Value::null(), flush = Value::null();
  if (kwnames) {
    for (size_t k = 0; k < kwnames->size; ++k) {
      std::string_view key = str_view(kwnames->items()[k]);
      Value v = args[nargs + k];
      if (key == "sep") {
        sep = v;
      } else if (key == "end") {
        end = v;
      } else if (key == "file") {
        file = v;
      } else if (key == "flush") {
        flush = v;
      } else {
        return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for print()",
                            key);
      }
    }
  }
  if (file.is_null() || file.is_none()) {
    file = sys_attribute(vm, "stdout");
    // Without a sys module nobody could have replaced stdout: write to the output hook.
    if (file.is_null()) file = Value::none();
    // sys.stdout may be None when no stdout is connected: print nothing.
    else if (file.is_none())
      return Value::none();
  }
  if (!sep.is_null() && !sep.is_none() && !vm.isinstance(sep, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "sep must be None or a string, not {}",
                        vm.type_name(sep));
  }
  if (!end.is_null() && !end.is_none() && !vm.isinstance(end, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "end must be None or a string, not {}",
                        vm.type_name(end));
  }
  int fd = file.is_none() ? 1 : std_stream_fd(file);
  if (fd == 1 || fd == 2) {
    // sys's own stream: build the line and write it once.
    std::string out;
    bool ok = true;
    for (size_t i = 0; i < nargs && ok; ++i) {
      if (i > 0) {
        if (sep.is_null() || sep.is_none()) {
          out += ' ';
        } else {
          ok = str_into(vm, sep, out);
        }
      }
      if (ok) ok = str_into(vm, args[i], out);
    }
    if (ok) {
      if (end.is_null() || end.is_none()) {
        out += '\n';
      } else {
        ok = str_into(vm, end, out);
      }
    }
    // What was converted before an error is still written, as CPython writes piecewise.
    if (fd == 1) {
      vm.write_out(out);
    } else {
      vm.write_err(out);
    }
    return ok ? Value::none() : Value::null();
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0) {
      std::string s;
      if (sep.is_null() || sep.is_none()) {
        s = " ";
      } else if (!str_into(vm, sep, s)) {
        return Value::null();
      }
      if (!file_write(vm, file, s)) return Value::null();
    }
    std::string s;
    if (!str_into(vm, args[i], s) || !file_write(vm, file, s)) return Value::null();
  }
  std::string e;
  if (end.is_null() || end.is_none()) {
    e = "\n";
  } else if (!str_into(vm, end, e)) {
    return Value::null();
  }
  if (!file_write(vm, file, e)) return Value::null();
  if (!flush.is_null()) {
    int f = py_truthy(vm, flush);
    if (f < 0) return Value::null();
    if (f && !file_flush(vm, file)) return Value::null();
  }
  return Value::none();
}

Value builtin_input(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "input", nargs, kwnames, 0, 1)) return Value::null();
  Value out = sys_attribute(vm, "stdout");
  Value in = sys_attribute(vm, "stdin");
  if (out.is_none()) return vm.raise(vm.exc.RuntimeError, "input(): lost sys.stdout");
  if (in.is_none()) return vm.raise(vm.exc.RuntimeError, "input(): lost sys.stdin");
  if (out.is_null()) out = Value::none();
  // CPython: flush stderr, write the prompt, flush stdout, then read.
  Value err = sys_attribute(vm, "stderr");
  if (!err.is_null() && !err.is_none() && !file_flush(vm, err)) return Value::null();
  if (nargs == 1) {
    std::string prompt;
    if (!str_into(vm, args[0], prompt)) return Value::null();
    if (!file_write(vm, out, prompt)) return Value::null();
  }
  if (!file_flush(vm, out)) return Value::null();
  if (!in.is_null()) {
    // sys.stdin.readline(): sys's own stdin keeps what read(n) left unread.
    Value line = vm.call_method(in, vm.intern("readline"), {});
    if (line.is_null()) return line;
    if (!is_str(line)) return vm.raise(vm.exc.TypeError, "object.readline() returned non-string");
    std::string_view s = str_view(line);
    if (s.empty()) return vm.raise(vm.exc.EOFError, "EOF when reading a line");
    if (s.back() == '\n') s.remove_suffix(1);
    return vm.new_str(s);
  }
  std::string line;
  if (!vm.output.read_line || !vm.output.read_line(line)) {
    return vm.raise(vm.exc.EOFError, "EOF when reading a line");
  }
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return vm.new_str(line);
}

// --- Simple one-argument functions ---

Value builtin_len(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "len", nargs, kwnames)) return Value::null();
  int64_t n;
  if (!py_len(vm, args[0], n)) return Value::null();
  return int_value(vm, n);
}

Value builtin_repr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "repr", nargs, kwnames)) return Value::null();
  return py_repr(vm, args[0]);
}

Value builtin_ascii(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "ascii", nargs, kwnames)) return Value::null();
  return py_ascii(vm, args[0]);
}

Value builtin_abs(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "abs", nargs, kwnames)) return Value::null();
  return py_abs(vm, args[0]);
}

Value builtin_callable(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "callable", nargs, kwnames)) return Value::null();
  return Value::boolean(py_callable(vm, args[0]));
}

Value builtin_id(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "id", nargs, kwnames)) return Value::null();
  Value v = args[0];
  if (v.is_object())
    return vm.new_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_object())));
  // Immediates have no address: 2**64 + their bits is stable, unique and never an address.
  return vm.new_int(BigInt(v.bits()) + (BigInt(1) << 64));
}

Value builtin_hash(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "hash", nargs, kwnames)) return Value::null();
  int64_t h;
  if (!py_hash(vm, args[0], h)) return Value::null();
  return int_value(vm, h);
}

Value builtin_any_all(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, bool any) {
  if (!check_one_arg(vm, any ? "any" : "all", nargs, kwnames)) return Value::null();
  Value it = py_iter(vm, args[0]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = py_next(vm, it);
    if (item.is_null()) return vm.has_error() ? Value::null() : Value::boolean(!any);
    int t = py_truthy(vm, item);
    if (t < 0) return Value::null();
    if (t == (any ? 1 : 0)) return Value::boolean(any);
  }
}

Value builtin_any(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return builtin_any_all(vm, args, nargs, kwnames, true);
}

Value builtin_all(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return builtin_any_all(vm, args, nargs, kwnames, false);
}

// hex/oct/bin: PyNumber_ToBase through __index__.
Value to_base(VM& vm, Value v, int base, const char* prefix) {
  Value i = py_index(vm, v);
  if (i.is_null()) return i;
  std::string digits;
  bool negative;
  if (i.is_small_int()) {
    int64_t n = i.as_small_int();
    negative = n < 0;
    uint64_t u = negative ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    do {
      digits.push_back("0123456789abcdef"[u % static_cast<uint64_t>(base)]);
      u /= static_cast<uint64_t>(base);
    } while (u);
    std::reverse(digits.begin(), digits.end());
  } else {
    const BigInt& b = bigint_of(i);
    negative = b.is_negative();
    digits = b.abs().to_string(base);
  }
  std::string out = negative ? "-" : "";
  out += prefix;
  out += digits;
  return vm.new_str_ascii(out);
}

Value builtin_hex(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "hex", nargs, kwnames)) return Value::null();
  return to_base(vm, args[0], 16, "0x");
}

Value builtin_oct(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "oct", nargs, kwnames)) return Value::null();
  return to_base(vm, args[0], 8, "0o");
}

Value builtin_bin(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "bin", nargs, kwnames)) return Value::null();
  return to_base(vm, args[0], 2, "0b");
}

Value builtin_ord(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "ord", nargs, kwnames)) return Value::null();
  Value c = args[0];
  if (is_str(c)) {
    StrObject* s = as_str(c);
    if (s->length == 1) {
      size_t pos = 0;
      return Value::small_int(utf8_decode(s->view(), pos));
    }
    return vm.raise_fmt(vm.exc.TypeError,
                        "ord() expected a character, but string of length {} found", s->length);
  }
  if (std::string_view b; bytes_like(vm, c, b)) {
    if (b.size() == 1) return Value::small_int(static_cast<unsigned char>(b[0]));
    return vm.raise_fmt(vm.exc.TypeError,
                        "ord() expected a character, but string of length {} found", b.size());
  }
  return vm.raise_fmt(vm.exc.TypeError, "ord() expected string of length 1, but {} found",
                      vm.type_name(c));
}

Value builtin_chr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "chr", nargs, kwnames)) return Value::null();
  Value i = py_index(vm, args[0]);
  if (i.is_null()) return i;
  if (!i.is_small_int() || i.as_small_int() > INT32_MAX || i.as_small_int() < INT32_MIN) {
    return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
  }
  int64_t cp = i.as_small_int();
  if (cp < 0 || cp >= 0x110000)
    return vm.raise(vm.exc.ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(vm, static_cast<uint32_t>(cp));
}

Value builtin_format(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "format", nargs, kwnames, 1, 2)) return Value::null();
  Value spec = nargs > 1 ? args[1] : vm.intern_value("");
  if (!vm.isinstance(spec, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "format() argument 2 must be str, not {}",
                        vm.type_name(spec));
  }
  return py_format(vm, args[0], spec);
}

// --- Attributes ---

Value builtin_getattr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "getattr", nargs, kwnames, 2, 3)) return Value::null();
  StrObject* name = attr_name(vm, args[1]);
  if (!name) return Value::null();
  if (nargs == 2) return py_getattr(vm, args[0], name);
  Value v = py_getattr_opt(vm, args[0], name);
  if (v.is_null() && !vm.has_error()) return args[2];
  return v;
}

Value builtin_hasattr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "hasattr", nargs, kwnames, 2, 2)) return Value::null();
  StrObject* name = attr_name(vm, args[1]);
  if (!name) return Value::null();
  Value v = py_getattr_opt(vm, args[0], name);
  if (v.is_null()) return vm.has_error() ? Value::null() : Value::false_();
  return Value::true_();
}

Value builtin_setattr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "setattr", nargs, kwnames, 3, 3)) return Value::null();
  StrObject* name = attr_name(vm, args[1]);
  if (!name) return Value::null();
  return py_setattr(vm, args[0], name, args[2]) ? Value::none() : Value::null();
}

Value builtin_delattr(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "delattr", nargs, kwnames, 2, 2)) return Value::null();
  StrObject* name = attr_name(vm, args[1]);
  if (!name) return Value::null();
  return py_delattr(vm, args[0], name) ? Value::none() : Value::null();
}

// --- isinstance, issubclass ---

// __instancecheck__ / __subclasscheck__ of a metaclass other than `type`. 1/0/-1, or 2 when the
// metaclass does not define it.
int metaclass_check(VM& vm, Value cls, StrObject* name, Value arg) {
  TypeObject* meta = vm.type_of(cls);
  if (meta == vm.types.type) return 2;
  Value m = type_lookup(meta, name);
  if (m.is_null() || type_lookup(vm.types.type, name) == m) return 2;
  bool found;
  Value r = call_type_method(vm, cls, name, &arg, 1, found);
  if (r.is_null()) return -1;
  return py_truthy(vm, r);
}

int isinstance_impl(VM& vm, Value obj, Value cls) {
  if (is_type(cls)) {
    if (vm.isinstance(obj, as_type(cls))) return 1;
    int r = metaclass_check(vm, cls, vm.names.__instancecheck__, obj);
    return r == 2 ? 0 : r;
  }
  if (is_tuple(cls)) {
    TupleObject* t = as_tuple(cls);
    vm.native_depth_ref()++;
    int result = 0;
    if (vm.native_depth() > 200) {
      vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
      result = -1;
    }
    for (size_t i = 0; i < t->size && result == 0; ++i)
      result = isinstance_impl(vm, obj, t->items()[i]);
    vm.native_depth_ref()--;
    return result;
  }
  int r = metaclass_check(vm, cls, vm.names.__instancecheck__, obj);
  if (r != 2) return r;
  vm.raise(vm.exc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int issubclass_impl(VM& vm, Value derived, Value cls) {
  if (is_type(cls)) {
    if (!is_type(derived)) {
      int r = metaclass_check(vm, cls, vm.names.__subclasscheck__, derived);
      if (r != 2) return r;
      vm.raise(vm.exc.TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    if (vm.is_subtype(as_type(derived), as_type(cls))) return 1;
    int r = metaclass_check(vm, cls, vm.names.__subclasscheck__, derived);
    return r == 2 ? 0 : r;
  }
  if (is_tuple(cls)) {
    TupleObject* t = as_tuple(cls);
    vm.native_depth_ref()++;
    int result = 0;
    if (vm.native_depth() > 200) {
      vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
      result = -1;
    }
    for (size_t i = 0; i < t->size && result == 0; ++i) {
      result = issubclass_impl(vm, derived, t->items()[i]);
    }
    vm.native_depth_ref()--;
    return result;
  }
  int r = metaclass_check(vm, cls, vm.names.__subclasscheck__, derived);
  if (r != 2) return r;
  if (!is_type(derived)) {
    vm.raise(vm.exc.TypeError, "issubclass() arg 1 must be a class");
  } else {
    vm.raise(vm.exc.TypeError,
             "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return -1;
}

Value builtin_isinstance(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "isinstance", nargs, kwnames, 2, 2)) return Value::null();
  int r = isinstance_impl(vm, args[0], args[1]);
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value builtin_issubclass(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "issubclass", nargs, kwnames, 2, 2)) return Value::null();
  int r = issubclass_impl(vm, args[0], args[1]);
  return r < 0 ? Value::null() : Value::boolean(r);
}

// --- Iteration ---

Value builtin_iter(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "iter", nargs, kwnames, 1, 2)) return Value::null();
  if (nargs == 1) return py_iter(vm, args[0]);
  if (!py_callable(vm, args[0]))
    return vm.raise(vm.exc.TypeError, "iter(v, w): v must be callable");
  return new_callable_iterator(vm, args[0], args[1]);
}

Value builtin_next(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "next", nargs, kwnames, 1, 2)) return Value::null();
  Value it = args[0];
  Value deflt = nargs == 2 ? args[1] : Value::null();
  if (is_generator(it) && as_generator(it)->flavor == GeneratorObject::Flavor::Generator) {
    // A generator's return value travels in the StopIteration, as gen_send_ex does.
    bool returned = false;
    Value r = generator_send(vm, as_generator(it), Value::none(), returned);
    if (r.is_null() || !returned) return r;
    if (!deflt.is_null()) return deflt;
    if (r.is_none()) return vm.raise_value(Value::object(vm.exc.StopIteration));
    return vm.raise_stop_iteration(r);
  }
  TypeObject* t = vm.type_of(it);
  Value m = lookup_special(vm, t, Slot::Next);
  if (m.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an iterator", t->name->view());
  }
  Value r = vm.call(m, &it, 1);
  if (!r.is_null()) return r;
  if (vm.has_error()) {
    // A StopIteration from __next__ propagates as it is (with its value) unless there is a
    // default.
    if (deflt.is_null() || !vm.error_matches(vm.exc.StopIteration)) return r;
    vm.clear_error();
    return deflt;
  }
  if (!deflt.is_null()) return deflt;
  return vm.raise_value(Value::object(vm.exc.StopIteration));
}

Value builtin_aiter(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "aiter", nargs, kwnames)) return Value::null();
  bool found;
  Value it = call_type_method(vm, args[0], vm.names.__aiter__, nullptr, 0, found);
  if (!found) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an async iterable",
                        vm.type_name(args[0]));
  }
  if (it.is_null()) return it;
  if (type_lookup(vm.type_of(it), vm.names.__anext__).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "aiter() returned not an async iterator of type '{}'",
                        vm.type_name(it));
  }
  return it;
}

Value builtin_anext(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "anext", nargs, kwnames, 1, 2)) return Value::null();
  if (type_lookup(vm.type_of(args[0]), vm.names.__anext__).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an async iterator",
                        vm.type_name(args[0]));
  }
  bool found;
  Value awaitable = call_type_method(vm, args[0], vm.names.__anext__, nullptr, 0, found);
  if (nargs == 1 || awaitable.is_null()) return awaitable;
  // With a default: an awaitable that turns StopAsyncIteration into the default.
  return make_anext_awaitable(vm, awaitable, args[1]);
}

// --- min, max, sum, sorted ---

Value min_max(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, bool is_min) {
  const char* name = is_min ? "min" : "max";
  if (nargs == 0) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at least 1 argument, got 0", name);
  }
  Value kw[2];  // key, default
  ClinicSpec spec{name, {"key", "default"}, 0, 0, 0};
  if (!bind_clinic(vm, spec, args + nargs, 0, kwnames, kw)) return Value::null();
  Value key = kw[0].is_none() ? Value::null() : kw[0];
  Value deflt = kw[1];
  bool positional = nargs > 1;
  if (positional && !deflt.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "Cannot specify a default for {}() with multiple positional arguments",
                        name);
  }
  Value it = Value::null();
  if (!positional) {
    it = py_iter(vm, args[0]);
    if (it.is_null()) return it;
  }
  RootScope roots(vm);
  roots.add(it);
  Value best_item = Value::null(), best_val = Value::null();
  CompareOp op = is_min ? CompareOp::Lt : CompareOp::Gt;
  for (size_t i = 0;; ++i) {
    Value item;
    if (positional) {
      if (i == nargs) break;
      item = args[i];
    } else {
      item = py_next(vm, it);
      if (item.is_null()) {
        if (vm.has_error()) return item;
        break;
      }
    }
    Value val = item;
    if (!key.is_null()) {
      val = vm.call(key, &item, 1);
      if (val.is_null()) return val;
    }
    if (best_item.is_null()) {
      best_item = roots.add(item);
      best_val = roots.add(val);
      continue;
    }
    int better = py_compare_bool(vm, val, best_val, op);
    if (better < 0) return Value::null();
    if (better) {
      best_item = roots.add(item);
      best_val = roots.add(val);
    }
  }
  if (!best_item.is_null()) return best_item;
  if (!deflt.is_null()) return deflt;
  return vm.raise_fmt(vm.exc.ValueError, "{}() arg is an empty sequence", name);
}

Value builtin_min(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return min_max(vm, args, nargs, kwnames, true);
}

Value builtin_max(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return min_max(vm, args, nargs, kwnames, false);
}

Value builtin_sum(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"sum", {"iterable", "start"}, 1, 1, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value result = a[1].is_null() ? Value::small_int(0) : a[1];
  if (!a[1].is_null()) {
    if (vm.isinstance(result, vm.types.str)) {
      return vm.raise(vm.exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (vm.isinstance(result, vm.types.bytes)) {
      return vm.raise(vm.exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (vm.type_name(result) == "bytearray") {
      return vm.raise(vm.exc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
  }
  Value it = py_iter(vm, a[0]);
  if (it.is_null()) return it;
  Value item = Value::null();
  // Fast path: int start and int items, accumulated in an int64 until it would overflow.
  if (result.is_small_int()) {
    int64_t acc = result.as_small_int();
    for (;;) {
      item = py_next(vm, it);
      if (item.is_null()) return vm.has_error() ? item : vm.new_int(acc);
      int64_t x;
      if (item.is_small_int()) {
        x = item.as_small_int();
      } else if (item.is_bool()) {
        x = item.is_true() ? 1 : 0;
      } else {
        break;
      }
      int64_t sum;
      if (__builtin_add_overflow(acc, x, &sum)) break;
      acc = sum;
    }
    result = vm.new_int(acc);
    if (result.is_null()) return result;
  } else if (result.is_double()) {
    // Fast path: float start, float and int items (a plain left fold, as CPython 3.11).
    double acc = result.as_double();
    for (;;) {
      item = py_next(vm, it);
      if (item.is_null()) return vm.has_error() ? item : Value::from_double(acc);
      if (item.is_double()) {
        acc += item.as_double();
      } else if (item.is_small_int()) {
        acc += static_cast<double>(item.as_small_int());
      } else if (item.is_bool()) {
        acc += item.is_true() ? 1.0 : 0.0;
      } else {
        break;
      }
    }
    result = Value::from_double(acc);
  }
  // The general case: result = result + item.
  RootScope roots(vm);
  roots.add(it);
  for (;;) {
    if (item.is_null()) {
      item = py_next(vm, it);
      if (item.is_null()) return vm.has_error() ? item : result;
    }
    result = py_binary_op(vm, result, item, static_cast<int>(BinOp::Add));
    if (result.is_null()) return result;
    roots.add(result);
    item = Value::null();
  }
}

Value builtin_sorted(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "sorted expected 1 argument, got {}", nargs);
  }
  ListObject* l = py_list_from_iterable(vm, args[0]);
  if (!l) return Value::null();
  Value list = Value::object(l);
  RootScope roots(vm);
  roots.add(list);
  Value sort = py_getattr(vm, list, vm.intern("sort"));
  if (sort.is_null()) return sort;
  // Keywords go to list.sort unchanged, so its messages are the ones CPython gives.
  Value r = vm.call(sort, args + 1, 0, kwnames);
  if (r.is_null()) return r;
  return list;
}

// --- Arithmetic ---

// The binary special-method dispatch of CPython's binary_op1 for methods with no operator
// symbol (divmod): the right operand's reflected method goes first when its type is a proper
// subclass of the left one's and overrides it.
Value binary_special(VM& vm, Value a, Value b, const char* name, const char* rname,
                     const char* opname) {
  TypeObject* ta = vm.type_of(a);
  TypeObject* tb = vm.type_of(b);
  StrObject* n = vm.intern(name);
  StrObject* rn = vm.intern(rname);
  Value ma = type_lookup(ta, n);
  Value mb = ta == tb ? Value::null() : type_lookup(tb, rn);
  if (!mb.is_null() && mb == type_lookup(ta, rn)) mb = Value::null();
  bool found;
  if (!mb.is_null() && vm.is_subtype(tb, ta)) {
    Value r = call_type_method(vm, b, rn, &a, 1, found);
    if (r.is_null() || r != vm.not_implemented()) return r;
    mb = Value::null();
  }
  if (!ma.is_null()) {
    Value r = call_type_method(vm, a, n, &b, 1, found);
    if (r.is_null() || r != vm.not_implemented()) return r;
  }
  if (!mb.is_null()) {
    Value r = call_type_method(vm, b, rn, &a, 1, found);
    if (r.is_null() || r != vm.not_implemented()) return r;
  }
  return vm.raise_fmt(vm.exc.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", opname,
                      ta->name->view(), tb->name->view());
}

Value builtin_divmod(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "divmod", nargs, kwnames, 2, 2)) return Value::null();
  Value a = args[0], b = args[1];
  if (both_small_ints(a, b)) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    if (y == 0) return vm.raise(vm.exc.ZeroDivisionError, "integer division or modulo by zero");
    return vm.new_tuple({vm.new_int(py_floordiv(x, y)), vm.new_int(py_mod(x, y))});
  }
  return binary_special(vm, a, b, "__divmod__", "__rdivmod__", "divmod()");
}

Value builtin_pow(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"pow", {"base", "exp", "mod"}, 0, 2, 3};
  Value a[3];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  if (a[2].is_null() || a[2].is_none()) {
    return py_binary_op(vm, a[0], a[1], static_cast<int>(BinOp::Pow));
  }
  // Three-argument pow: ints directly, anything else through type(base).__pow__(exp, mod).
  if (is_int_value(a[0]) && is_int_value(a[1]) && is_int_value(a[2]) &&
      vm.isinstance(a[0], vm.types.int_) && vm.isinstance(a[1], vm.types.int_) &&
      vm.isinstance(a[2], vm.types.int_)) {
    auto big = [&](Value v) {
      if (v.is_small_int()) return BigInt(v.as_small_int());
      if (v.is_bool()) return BigInt(v.is_true() ? 1 : 0);
      return bigint_of(v);
    };
    BigInt out;
    switch (BigInt::pow_mod(big(a[0]), big(a[1]), big(a[2]), out)) {
      case BigInt::PowModStatus::Ok:
        return vm.new_int(std::move(out));
      case BigInt::PowModStatus::ZeroModulus:
        return vm.raise(vm.exc.ValueError, "pow() 3rd argument cannot be 0");
      case BigInt::PowModStatus::NotInvertible:
        return vm.raise(vm.exc.ValueError, "base is not invertible for the given modulus");
    }
  }
  // float's nb_power takes part in the ternary dispatch as soon as any operand is a float.
  auto is_num = [&](Value v) { return is_int_value(v) || vm.isinstance(v, vm.types.float_); };
  if (is_num(a[0]) && is_num(a[1]) && is_num(a[2])) {
    return vm.raise(vm.exc.TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers");
  }
  bool found;
  Value pa[2] = {a[1], a[2]};
  Value r = call_type_method(vm, a[0], vm.intern("__pow__"), pa, 2, found);
  if (found && (r.is_null() || r != vm.not_implemented())) return r;
  return vm.raise_fmt(vm.exc.TypeError,
                      "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                      vm.type_name(a[0]), vm.type_name(a[1]), vm.type_name(a[2]));
}

Value builtin_round(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"round", {"number", "ndigits"}, 0, 1, 2};
  Value a[2];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value number = a[0];
  bool with_digits = !a[1].is_null() && !a[1].is_none();
  if (number.is_small_int() && !with_digits) return number;
  bool found;
  Value r = call_type_method(vm, number, vm.names.__round__, &a[1], with_digits ? 1 : 0, found);
  if (!found) {
    return vm.raise_fmt(vm.exc.TypeError, "type {} doesn't define __round__ method",
                        vm.type_name(number));
  }
  return r;
}

// --- Namespaces ---

Value builtin_globals(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "globals", nargs, kwnames)) return Value::null();
  Frame* f = vm.current_frame();
  if (!f || !f->globals) {
    DictObject* d = vm.new_dict();
    return d ? Value::object(d) : Value::null();
  }
  return Value::object(f->globals);
}

Value builtin_locals(VM& vm, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!check_no_args(vm, "locals", nargs, kwnames)) return Value::null();
  return frame_locals(vm, vm.current_frame());
}

Value builtin_vars(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "vars", nargs, kwnames, 0, 1)) return Value::null();
  if (nargs == 0) return frame_locals(vm, vm.current_frame());
  Value d = py_getattr_opt(vm, args[0], vm.names.__dict__);
  if (d.is_null() && (!vm.has_error() || vm.error_matches(vm.exc.AttributeError))) {
    vm.clear_error();
    return vm.raise(vm.exc.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// Adds the keys of a dict (str keys only) to `names`.
void add_dict_keys(DictObject* d, std::vector<Value>& names) {
  if (!d) return;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) names.push_back(k);
}

// The default dir(): CPython's object.__dir__ / type.__dir__ / module.__dir__.
Value default_dir(VM& vm, Value obj) {
  std::vector<Value> names;
  if (is_kind(obj, ObjKind::Module)) {
    add_dict_keys(static_cast<ModuleObject*>(obj.as_object())->dict, names);
  } else {
    TypeObject* t;
    if (is_type(obj)) {
      t = as_type(obj);
    } else {
      Value d = py_getattr_opt(vm, obj, vm.names.__dict__);
      if (d.is_null() && vm.has_error()) {
        if (!vm.error_matches(vm.exc.AttributeError)) return d;
        vm.clear_error();
      }
      if (is_dict(d)) add_dict_keys(as_dict(d), names);
      t = vm.type_of(obj);
    }
    for (size_t i = 0; i < t->mro->size; ++i) {
      add_dict_keys(as_type(t->mro->items()[i])->dict, names);
    }
  }
  // Unique: a set of the names, as CPython builds a dict of them.
  DictObject* seen = vm.new_dict();
  if (!seen) return Value::null();
  for (Value n : names) {
    if (!dict_set(vm, seen, n, Value::none())) return Value::null();
  }
  ListObject* l = vm.new_list(seen->used);
  if (!l) return Value::null();
  add_dict_keys(seen, l->items);
  return Value::object(l);
}

Value builtin_dir(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_positional(vm, "dir", nargs, kwnames, 0, 1)) return Value::null();
  Value result;
  if (nargs == 0) {
    Value locals = frame_locals(vm, vm.current_frame());
    if (locals.is_null()) return locals;
    ListObject* keys = py_list_from_iterable(vm, locals);
    if (!keys) return Value::null();
    result = Value::object(keys);
  } else {
    Value obj = args[0];
    // type(obj).__dir__(obj) when the type defines one other than object's.
    StrObject* dir_name = vm.intern("__dir__");
    Value m = type_lookup(vm.type_of(obj), dir_name);
    Value object_dir = type_lookup(vm.types.object, dir_name);
    bool custom = !m.is_null() && m != object_dir &&
                  !(is_type(obj) && m == type_lookup(vm.types.type, dir_name)) &&
                  !(is_kind(obj, ObjKind::Module) && m == type_lookup(vm.types.module, dir_name));
    Value r;
    if (custom) {
      bool found;
      r = call_type_method(vm, obj, dir_name, nullptr, 0, found);
    } else {
      r = default_dir(vm, obj);
    }
    if (r.is_null()) return r;
    ListObject* l = py_list_from_iterable(vm, r);
    if (!l) return Value::null();
    result = Value::object(l);
  }
  Value sort = py_getattr(vm, result, vm.intern("sort"));
  if (sort.is_null()) return sort;
  if (vm.call(sort, nullptr, 0).is_null()) return Value::null();
  return result;
}

// --- eval, exec, __import__ ---

// Source text of eval/exec: str, or bytes taken as UTF-8. False with TypeError otherwise.
bool source_text(VM& vm, Value src, const char* fname, std::string& out) {
  if (is_str(src)) {
    out = str_view(src);
  } else if (is_bytes(src)) {
    out = static_cast<BytesObject*>(src.as_object())->view();
  } else {
    vm.raise_fmt(vm.exc.TypeError, "{}() arg 1 must be a string, bytes or code object", fname);
    return false;
  }
  if (out.find('\0') != std::string::npos) {
    vm.raise(vm.exc.ValueError, "source code string cannot contain null bytes");
    return false;
  }
  return true;
}

bool is_mapping(VM& vm, Value v) {
  return is_dict(v) || !lookup_special(vm, vm.type_of(v), Slot::GetItem).is_null();
}

// The caller's namespaces for eval/exec when globals is None.
bool caller_namespaces(VM& vm, Value& globals, Value& locals) {
  Frame* f = vm.current_frame();
  if (!f || !f->globals) {
    vm.raise(vm.exc.SystemError, "globals and locals cannot be NULL");
    return false;
  }
  globals = Value::object(f->globals);
  if (locals.is_null() || locals.is_none()) {
    locals = frame_locals(vm, f);
    if (locals.is_null()) return false;
  }
  return true;
}

bool ensure_builtins(VM& vm, DictObject* globals) {
  if (!dict_get_str(globals, vm.names.__builtins__).is_null()) return true;
  // CPython inserts the current builtins dict (PyEval_GetBuiltins).
  return dict_set(vm, globals, Value::object(vm.names.__builtins__), Value::object(vm.builtins()));
}

Value run_source(VM& vm, bool is_eval, Value source, Value globals, Value locals) {
  const char* fname = is_eval ? "eval" : "exec";
  if (!ensure_builtins(vm, as_dict(globals))) return Value::null();
  if (is_code_object(source)) {
    Value r = run_code_object(vm, source, as_dict(globals), locals, fname);
    return r.is_null() || is_eval ? r : Value::none();
  }
  std::string text;
  if (!source_text(vm, source, fname, text)) return Value::null();
  if (is_eval) {
    // eval() ignores leading spaces and tabs.
    size_t start = text.find_first_not_of(" \t");
    text.erase(0, start == std::string::npos ? text.size() : start);
  }
  if (!is_dict(locals)) {
    // A non-dict locals mapping: compile, then run the code with it.
    Value mode = vm.intern_value(is_eval ? "eval" : "exec");
    Value src = vm.new_str(text);
    if (src.is_null()) return src;
    Value cargs[3] = {src, vm.intern_value("<string>"), mode};
    Value code = builtin_compile(vm, cargs, 3, nullptr);
    if (code.is_null()) return code;
    Value r = run_code_object(vm, code, as_dict(globals), locals, fname);
    return r.is_null() || is_eval ? r : Value::none();
  }
  DictObject* g = as_dict(globals);
  DictObject* l = as_dict(locals) == g ? nullptr : as_dict(locals);
  if (is_eval) return vm.eval_source(text, "<string>", g, l);
  Value r = vm.exec_source(text, "<string>", g, l);
  return r.is_null() ? r : Value::none();
}

Value builtin_eval(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"eval", {"source", "globals", "locals"}, 3, 1, 3};
  if (has_kwargs(kwnames)) return vm.raise(vm.exc.TypeError, "eval() takes no keyword arguments");
  if (!check_positional(vm, "eval", nargs, nullptr, 1, 3)) return Value::null();
  Value a[3];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value globals = a[1].is_null() ? Value::none() : a[1];
  Value locals = a[2].is_null() ? Value::none() : a[2];
  if (!locals.is_none() && !is_mapping(vm, locals)) {
    return vm.raise(vm.exc.TypeError, "locals must be a mapping");
  }
  if (!globals.is_none() && !is_dict(globals)) {
    return vm.raise(vm.exc.TypeError,
                    is_mapping(vm, globals)
                        ? "globals must be a real dict; try eval(expr, {}, mapping)"
                        : "globals must be a dict");
  }
  if (globals.is_none()) {
    if (!caller_namespaces(vm, globals, locals)) return Value::null();
  } else if (locals.is_none()) {
    locals = globals;
  }
  return run_source(vm, true, a[0], globals, locals);
}

Value builtin_exec(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"exec", {"source", "globals", "locals", "closure"}, 3, 1, 3};
  Value a[4];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value globals = a[1].is_null() ? Value::none() : a[1];
  Value locals = a[2].is_null() ? Value::none() : a[2];
  if (globals.is_none()) {
    if (!caller_namespaces(vm, globals, locals)) return Value::null();
  } else if (locals.is_none()) {
    locals = globals;
  }
  if (!is_dict(globals)) {
    return vm.raise_fmt(vm.exc.TypeError, "exec() globals must be a dict, not {}",
                        vm.type_name(globals));
  }
  if (!is_mapping(vm, locals)) {
    return vm.raise_fmt(vm.exc.TypeError, "locals must be a mapping or None, not {}",
                        vm.type_name(locals));
  }
  if (!a[3].is_null() && !a[3].is_none()) {
    return vm.raise(vm.exc.TypeError, "closure can only be used when source is a code object");
  }
  return run_source(vm, false, a[0], globals, locals);
}

Value builtin_import(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{
      "__import__", {"name", "globals", "locals", "fromlist", "level"}, 0, 1, 5};
  Value a[5];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value name = a[0];
  if (!vm.isinstance(name, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "module name must be str, not {}", vm.type_name(name));
  }
  int64_t level = 0;
  if (!a[4].is_null() && !py_index_int64(vm, a[4], level)) return Value::null();
  if (level < 0) return vm.raise(vm.exc.ValueError, "level must be >= 0");
  DictObject* globals = is_dict(a[1]) ? as_dict(a[1]) : nullptr;
  return import_name(vm, globals, as_str(name), a[3].is_null() ? Value::none() : a[3], level);
}

// exit() and quit(): site.py's Quitter objects, reduced to raising SystemExit(code).
Value builtin_exit(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{"exit", {"code"}, 0, 0, 1};
  Value a[1];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value code = a[0].is_null() ? Value::none() : a[0];
  Value exc = vm.call(Value::object(vm.exc.SystemExit), &code, 1);
  if (exc.is_null()) return exc;
  return vm.raise_value(exc);
}

}  // namespace

// --- frame_locals (shared with sys) ---

Value frame_locals(VM& vm, Frame* f) {
  if (!f) {
    DictObject* d = vm.new_dict();
    return d ? Value::object(d) : Value::null();
  }
  if (!f->locals.is_null()) return f->locals;
  if (!f->code) {
    return f->globals ? Value::object(f->globals) : Value::null();
  }
  CodeObject* code = f->code;
  DictObject* d = vm.new_dict();
  if (!d) return Value::null();
  const std::vector<uint8_t>& kinds = code->unit->localsplus_kinds;
  size_t n = std::min<size_t>(code->nlocalsplus, code->localsplus_names.size());
  for (size_t i = 0; i < n; ++i) {
    Value v = f->localsplus()[i];
    uint8_t kind = i < kinds.size() ? kinds[i] : static_cast<uint8_t>(kLocalKindLocal);
    // Cells and free variables hold a cell (once MAKE_CELL ran): report its content.
    if ((kind & (kLocalKindCell | kLocalKindFree)) && is_kind(v, ObjKind::Cell)) {
      v = static_cast<CellObject*>(v.as_object())->value;
    }
    if (v.is_null()) continue;
    dict_set_str(vm, d, code->localsplus_names[i], v);
  }
  return Value::object(d);
}

Value builtins_module_create(VM& vm) {
  ModuleObject* m = vm.new_module("builtins");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn functions[] = {
      {"print", builtin_print},
      {"input", builtin_input},
      {"len", builtin_len},
      {"repr", builtin_repr},
      {"ascii", builtin_ascii},
      {"abs", builtin_abs},
      {"callable", builtin_callable},
      {"id", builtin_id},
      {"hash", builtin_hash},
      {"any", builtin_any},
      {"all", builtin_all},
      {"hex", builtin_hex},
      {"oct", builtin_oct},
      {"bin", builtin_bin},
      {"ord", builtin_ord},
      {"chr", builtin_chr},
      {"format", builtin_format},
      {"getattr", builtin_getattr},
      {"hasattr", builtin_hasattr},
      {"setattr", builtin_setattr},
      {"delattr", builtin_delattr},
      {"isinstance", builtin_isinstance},
      {"issubclass", builtin_issubclass},
      {"iter", builtin_iter},
      {"next", builtin_next},
      {"aiter", builtin_aiter},
      {"anext", builtin_anext},
      {"min", builtin_min},
      {"max", builtin_max},
      {"sum", builtin_sum},
      {"sorted", builtin_sorted},
      {"divmod", builtin_divmod},
      {"pow", builtin_pow},
      {"round", builtin_round},
      {"globals", builtin_globals},
      {"locals", builtin_locals},
      {"vars", builtin_vars},
      {"dir", builtin_dir},
      {"eval", builtin_eval},
      {"exec", builtin_exec},
      {"compile", builtin_compile},
      {"__import__", builtin_import},
      {"__build_class__", builtin_build_class},
      {"exit", builtin_exit},
      {"quit", builtin_exit},
  };
  for (const Fn& f : functions) {
    if (!add_function(vm, d, f.name, f.fn)) return Value::null();
  }
  auto set = [&](const char* name, Value v) {
    return dict_set(vm, d, Value::object(vm.intern(name)), v);
  };
  BuiltinTypes& t = vm.types;
  bool ok = set("None", Value::none()) && set("True", Value::true_()) &&
            set("False", Value::false_()) && set("Ellipsis", vm.ellipsis()) &&
            set("NotImplemented", vm.not_implemented()) && set("__debug__", Value::true_());
  struct Named {
    const char* name;
    TypeObject* type;
  };
  const Named types[] = {
      {"object", t.object},
      {"type", t.type},
      {"int", t.int_},
      {"float", t.float_},
      {"complex", t.complex},
      {"bool", t.bool_},
      {"str", t.str},
      {"bytes", t.bytes},
      {"bytearray", t.bytearray},
      {"tuple", t.tuple},
      {"list", t.list},
      {"dict", t.dict},
      {"set", t.set},
      {"frozenset", t.frozenset},
      {"range", t.range},
      {"slice", t.slice},
      {"property", t.property},
      {"staticmethod", t.staticmethod},
      {"classmethod", t.classmethod},
      {"super", t.super},
      {"enumerate", t.enumerate},
      {"zip", t.zip},
      {"map", t.map},
      {"filter", t.filter},
      {"reversed", t.reversed},
  };
  for (const Named& n : types) {
    if (n.type) ok = ok && set(n.name, Value::object(n.type));
  }
#define KRAIT_BUILTIN_EXC(name, base) \
  if (vm.exc.name) ok = ok && set(#name, Value::object(vm.exc.name));
  KRAIT_EXCEPTION_TYPES(KRAIT_BUILTIN_EXC)
#undef KRAIT_BUILTIN_EXC
  // Aliases kept by CPython for compatibility.
  ok = ok && set("EnvironmentError", Value::object(vm.exc.OSError)) &&
       set("IOError", Value::object(vm.exc.OSError));
  if (!ok) return Value::null();
  return Value::object(m);
}

int py_isinstance(VM& vm, Value obj, Value cls) { return isinstance_impl(vm, obj, cls); }

}  // namespace krait
