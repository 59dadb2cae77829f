// The methods of the builtin exception hierarchy (CPython's Objects/exceptions.c): construction
// and `args`, str/repr, chaining attributes, notes, the per-class fields (StopIteration.value,
// SystemExit.code, OSError.errno, SyntaxError.lineno, ...) and exception groups with the
// split/projection machinery behind `except*`.
//
// Layout: every exception is an ExceptionObject (runtime/exception.h). Classes with extra fields
// keep them off the attribute dict, so `e.__dict__` stays `{}` as in CPython:
//   StopIteration / StopAsyncIteration  extra = value
//   SystemExit                          extra = code
//   BaseExceptionGroup                  extra = exceptions (tuple), extra2 = message
//   ImportError, OSError, SyntaxError,  extra = a private tuple of fields (see Family), created
//   Unicode{De,En}codeError, ...        from `args` on first use when no __init__ filled it (an
//                                       exception made natively by the VM)
// NameError.name and AttributeError.name/obj live in the attribute dict (the VM's attribute
// errors store them there), with class attributes `None` as the defaults.
#include "runtime/exceptions.h"

#include <cerrno>
#include <string>
#include <unordered_set>

#include "runtime/builtin_types_init.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/misc_objects.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

namespace krait {

namespace {

// Mirrors CPython's _Py_EnterRecursiveCall for the recursive walks over nested groups, with the
// same bound the protocols use for native re-entry.
constexpr int kMaxNativeDepth = 200;

class NativeRecursionGuard {
 public:
  explicit NativeRecursionGuard(VM& vm) : m_vm(vm) { ++m_vm.native_depth_ref(); }
  ~NativeRecursionGuard() { --m_vm.native_depth_ref(); }
  NativeRecursionGuard(const NativeRecursionGuard&) = delete;
  NativeRecursionGuard& operator=(const NativeRecursionGuard&) = delete;
  bool check(const char* where) {
    if (m_vm.native_depth() > kMaxNativeDepth) {
      m_vm.raise_fmt(m_vm.exc.RecursionError, "maximum recursion depth exceeded{}", where);
      return false;
    }
    return true;
  }

 private:
  VM& m_vm;
};

ExceptionObject* self_of(const Value* args) {
  return as_exception(args[0]);
}

Value or_none(Value v) {
  return v.is_null() ? Value::none() : v;
}

TupleObject* tuple_of(VM& vm, const Value* items, size_t n) {
  TupleObject* t = vm.new_tuple(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; ++i) t->items()[i] = items[i];
  return t;
}

bool has_kwargs(TupleObject* kwnames) {
  return kwnames && kwnames->size > 0;
}

// _PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds).
bool no_keywords(VM& vm, TypeObject* type, TupleObject* kwnames) {
  if (!has_kwargs(kwnames)) return true;
  vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", type->name->view());
  return false;
}

// Keyword-only parameters parsed by PyArg_ParseTupleAndKeywords(empty, kwds, "|$OO:Name").
bool parse_keyword_only(VM& vm, const char* fname, std::initializer_list<const char*> params,
                        const Value* kwvalues, TupleObject* kwnames, Value* out) {
  size_t n = 0;
  for (const char* p : params) {
    (void)p;
    out[n++] = Value::null();
  }
  if (!kwnames) return true;
  for (size_t k = 0; k < kwnames->size; ++k) {
    std::string_view key = str_view(kwnames->items()[k]);
    size_t i = 0;
    bool found = false;
    for (const char* p : params) {
      if (key == p) {
        out[i] = kwvalues[k];
        found = true;
        break;
      }
      ++i;
    }
    if (!found) {
      vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key, fname);
      return false;
    }
  }
  return true;
}

// --- Fields kept in a private tuple (see the file comment). ---

enum class Family { None, Import, OS, Syntax, UnicodeDecode, UnicodeEncode, UnicodeTranslate };

enum ImportField { kImpMsg, kImpName, kImpPath, kImpCount };
enum OSField { kOsErrno, kOsStrerror, kOsFilename, kOsFilename2, kOsWritten, kOsCount };
enum SyntaxField {
  kSynMsg,
  kSynFilename,
  kSynLineno,
  kSynOffset,
  kSynText,
  kSynEndLineno,
  kSynEndOffset,
  kSynPrintFileAndLine,
  kSynCount
};
enum UnicodeField { kUniEncoding, kUniObject, kUniStart, kUniEnd, kUniReason, kUniCount };

Family family_of(VM& vm, const TypeObject* t) {
  if (vm.is_subtype(t, vm.exc.ImportError)) return Family::Import;
  if (vm.is_subtype(t, vm.exc.OSError)) return Family::OS;
  if (vm.is_subtype(t, vm.exc.SyntaxError)) return Family::Syntax;
  if (vm.is_subtype(t, vm.exc.UnicodeDecodeError)) return Family::UnicodeDecode;
  if (vm.is_subtype(t, vm.exc.UnicodeEncodeError)) return Family::UnicodeEncode;
  if (vm.is_subtype(t, vm.exc.UnicodeTranslateError)) return Family::UnicodeTranslate;
  return Family::None;
}

size_t field_count(Family f) {
  switch (f) {
    case Family::Import:
      return kImpCount;
    case Family::OS:
      return kOsCount;
    case Family::Syntax:
      return kSynCount;
    case Family::UnicodeDecode:
    case Family::UnicodeEncode:
    case Family::UnicodeTranslate:
      return kUniCount;
    case Family::None:
      break;
  }
  return 0;
}

// A fresh field tuple: every field unset (Null reads as None).
TupleObject* new_fields(VM& vm, Family f) {
  size_t n = field_count(f);
  TupleObject* t = vm.make_sized<TupleObject>(n * sizeof(Value), vm.types.tuple, n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; ++i) t->items()[i] = Value::null();
  return t;
}

// The fields of an exception created without its __init__ (by the VM): derived leniently from
// `args` as the class's __init__ would have.
TupleObject* ensure_fields(VM& vm, ExceptionObject* e) {
  if (is_tuple(e->extra)) return as_tuple(e->extra);
  Family fam = family_of(vm, e->type);
  TupleObject* t = new_fields(vm, fam);
  if (!t) return nullptr;
  Value* f = t->items();
  size_t n = e->args ? e->args->size : 0;
  const Value* a = e->args ? e->args->items() : nullptr;
  switch (fam) {
    case Family::Import:
      if (n == 1) f[kImpMsg] = a[0];
      break;
    case Family::OS:
      if (n >= 2 && n <= 5) {
        f[kOsErrno] = a[0];
        f[kOsStrerror] = a[1];
        if (n >= 3 && !a[2].is_none()) f[kOsFilename] = a[2];
        if (n == 5 && !a[4].is_none()) f[kOsFilename2] = a[4];
      }
      break;
    case Family::Syntax:
      if (n >= 1) f[kSynMsg] = a[0];
      if (n == 2 && is_tuple(a[1])) {
        TupleObject* info = as_tuple(a[1]);
        for (size_t i = 0; i < info->size && i < 6; ++i) f[kSynFilename + i] = info->items()[i];
      }
      break;
    case Family::UnicodeDecode:
    case Family::UnicodeEncode:
      if (n == 5) {
        for (size_t i = 0; i < 5; ++i) f[i] = a[i];
      }
      break;
    case Family::UnicodeTranslate:
      if (n == 4) {
        for (size_t i = 0; i < 4; ++i) f[i + 1] = a[i];
      }
      break;
    case Family::None:
      break;
  }
  e->extra = Value::object(t);
  return t;
}

template <int I>
Value field_get(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* t = ensure_fields(vm, self_of(args));
  if (!t) return Value::null();
  return or_none(t->items()[I]);
}

template <int I>
Value field_set(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  TupleObject* t = ensure_fields(vm, self_of(args));
  if (!t) return Value::null();
  // Deleting a T_OBJECT member resets it to None.
  t->items()[I] = nargs < 2 || args[1].is_null() ? Value::null() : args[1];
  return Value::none();
}

// --- BaseException ---

Value base_exception_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 1) return vm.raise(vm.exc.TypeError, "BaseException.__new__(): not enough arguments");
  if (!is_type(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "BaseException.__new__(X): X is not a type object ({})",
                        vm.type_name(args[0]));
  }
  TypeObject* cls = as_type(args[0]);
  if (!vm.is_subtype(cls, vm.exc.BaseException)) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "BaseException.__new__({}): {} is not a subtype of BaseException",
                        cls->name->view(), cls->name->view());
  }
  auto* e = vm.make<ExceptionObject>(cls);
  if (!e) return Value::null();
  e->args = tuple_of(vm, args + 1, nargs - 1);
  if (!e->args) return Value::null();
  return Value::object(e);
}

// BaseException_init: args = the positional arguments.
bool base_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames, bool check_kw) {
  ExceptionObject* e = self_of(args);
  if (check_kw && !no_keywords(vm, e->type, kwnames)) return false;
  TupleObject* t = tuple_of(vm, args + 1, nargs - 1);
  if (!t) return false;
  e->args = t;
  return true;
}

Value base_exception_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return base_init(vm, args, nargs, kwnames, true) ? Value::none() : Value::null();
}

// BaseException_str: '' / str(arg) / str(args).
Value base_str(VM& vm, ExceptionObject* e) {
  size_t n = e->args ? e->args->size : 0;
  if (n == 0) return vm.intern_value("");
  if (n == 1) return py_str(vm, e->args->items()[0]);
  return py_str(vm, Value::object(e->args));
}

Value base_exception_str(VM& vm, const Value* args, size_t, TupleObject*) {
  return base_str(vm, self_of(args));
}

Value base_exception_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  std::string out(e->type->name->view());
  if (e->args && e->args->size == 1) {
    out += '(';
    if (!repr_into(vm, e->args->items()[0], out)) return Value::null();
    out += ')';
  } else if (e->args) {
    if (!repr_into(vm, Value::object(e->args), out)) return Value::null();
  } else {
    out += "()";
  }
  return vm.new_str(out);
}

Value base_exception_reduce(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  Value a = e->args ? Value::object(e->args) : Value::none();
  if (e->dict) return vm.new_tuple({Value::object(e->type), a, Value::object(e->dict)});
  return vm.new_tuple({Value::object(e->type), a});
}

Value base_exception_setstate(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "__setstate__", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "__setstate__() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  Value state = args[1];
  if (state.is_none()) return Value::none();
  if (!is_dict(state)) return vm.raise(vm.exc.TypeError, "state is not a dictionary");
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(state), pos, k, v)) {
    if (!is_str(k)) return vm.raise(vm.exc.TypeError, "attribute name must be string");
    if (!py_setattr(vm, args[0], vm.intern(str_view(k)), v)) return Value::null();
  }
  return Value::none();
}

bool set_traceback(VM& vm, ExceptionObject* e, Value tb) {
  if (tb.is_none()) {
    e->traceback = nullptr;
    return true;
  }
  if (tb.is_object() && tb.as_object()->type == vm.types.traceback) {
    e->traceback = static_cast<TracebackObject*>(tb.as_object());
    return true;
  }
  vm.raise(vm.exc.TypeError, "__traceback__ must be a traceback or None");
  return false;
}

Value base_exception_with_traceback(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "BaseException.with_traceback", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "BaseException.with_traceback() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  if (!set_traceback(vm, self_of(args), args[1])) return Value::null();
  return args[0];
}

Value base_exception_add_note(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "BaseException.add_note", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "BaseException.add_note() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  Value note = args[1];
  if (!vm.isinstance(note, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "note must be a str, not '{}'", vm.type_name(note));
  }
  StrObject* key = vm.intern("__notes__");
  Value notes = py_getattr_opt(vm, args[0], key);
  if (notes.is_null()) {
    if (vm.has_error()) return Value::null();
    ListObject* l = vm.new_list();
    if (!l) return Value::null();
    notes = Value::object(l);
    if (!py_setattr(vm, args[0], key, notes)) return Value::null();
  } else if (!is_list(notes)) {
    return vm.raise(vm.exc.TypeError, "Cannot add note: __notes__ is not a list");
  }
  as_list(notes)->items.push_back(note);
  return Value::none();
}

// --- BaseException properties ---

Value get_args(VM&, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  return e->args ? Value::object(e->args) : Value::none();
}

Value set_args(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_null()) return vm.raise(vm.exc.TypeError, "args may not be deleted");
  TupleObject* t = py_tuple_from_iterable(vm, args[1]);
  if (!t) return Value::null();
  self_of(args)->args = t;
  return Value::none();
}

Value get_traceback(VM&, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  return e->traceback ? Value::object(e->traceback) : Value::none();
}

Value set_traceback_prop(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_null()) {
    return vm.raise(vm.exc.TypeError, "__traceback__ may not be deleted");
  }
  return set_traceback(vm, self_of(args), args[1]) ? Value::none() : Value::null();
}

Value get_context(VM&, const Value* args, size_t, TupleObject*) {
  return self_of(args)->context;
}

Value set_context(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_null()) {
    return vm.raise(vm.exc.TypeError, "__context__ may not be deleted");
  }
  if (!args[1].is_none() && !is_exception(args[1])) {
    return vm.raise(vm.exc.TypeError,
                    "exception context must be None or derive from BaseException");
  }
  self_of(args)->context = args[1];
  return Value::none();
}

Value get_cause(VM&, const Value* args, size_t, TupleObject*) {
  return self_of(args)->cause;
}

Value set_cause(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_null()) {
    return vm.raise(vm.exc.TypeError, "__cause__ may not be deleted");
  }
  if (!args[1].is_none() && !is_exception(args[1])) {
    return vm.raise(vm.exc.TypeError, "exception cause must be None or derive from BaseException");
  }
  // PyException_SetCause: setting a cause (even None) suppresses the context.
  ExceptionObject* e = self_of(args);
  e->cause = args[1];
  e->suppress_context = true;
  return Value::none();
}

Value get_suppress_context(VM&, const Value* args, size_t, TupleObject*) {
  return Value::boolean(self_of(args)->suppress_context);
}

Value set_suppress_context(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_null())
    return vm.raise(vm.exc.TypeError, "can't delete numeric/char attribute");
  if (!args[1].is_bool()) return vm.raise(vm.exc.TypeError, "attribute value type must be bool");
  self_of(args)->suppress_context = args[1].is_true();
  return Value::none();
}

Value get_dict(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  if (!e->dict) {
    e->dict = vm.new_dict();
    if (!e->dict) return Value::null();
  }
  return Value::object(e->dict);
}

Value set_dict(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 2 || args[1].is_null()) return vm.raise(vm.exc.TypeError, "cannot delete __dict__");
  if (!is_dict(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "__dict__ must be set to a dictionary, not a '{}'",
                        vm.type_name(args[1]));
  }
  self_of(args)->dict = as_dict(args[1]);
  return Value::none();
}

// --- StopIteration, SystemExit ---

Value stop_iteration_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, kwnames, true)) return Value::null();
  self_of(args)->extra = nargs > 1 ? args[1] : Value::none();
  return Value::none();
}

Value get_extra(VM&, const Value* args, size_t, TupleObject*) {
  return self_of(args)->extra;
}

Value set_extra(VM&, const Value* args, size_t nargs, TupleObject*) {
  self_of(args)->extra = nargs < 2 || args[1].is_null() ? Value::none() : args[1];
  return Value::none();
}

Value system_exit_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, kwnames, true)) return Value::null();
  ExceptionObject* e = self_of(args);
  if (nargs == 2) {
    e->extra = args[1];
  } else if (nargs > 2) {
    e->extra = Value::object(e->args);
  }
  return Value::none();
}

// --- KeyError ---

Value key_error_str(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  // CPython: repr of a single argument, so `{}['']` prints KeyError: ''.
  if (e->args && e->args->size == 1) return py_repr(vm, e->args->items()[0]);
  return base_str(vm, e);
}

// --- ImportError ---

Value import_error_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, nullptr, false)) return Value::null();
  Value kw[2];
  if (!parse_keyword_only(vm, "ImportError", {"name", "path"}, args + nargs, kwnames, kw)) {
    return Value::null();
  }
  ExceptionObject* e = self_of(args);
  TupleObject* f = new_fields(vm, Family::Import);
  if (!f) return Value::null();
  f->items()[kImpName] = kw[0];
  f->items()[kImpPath] = kw[1];
  if (nargs == 2) f->items()[kImpMsg] = args[1];
  e->extra = Value::object(f);
  return Value::none();
}

Value import_error_str(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  TupleObject* f = ensure_fields(vm, e);
  if (!f) return Value::null();
  Value msg = f->items()[kImpMsg];
  if (is_str(msg) && vm.type_of(msg) == vm.types.str) return msg;
  return base_str(vm, e);
}

// --- NameError, AttributeError: keyword-only attributes kept in the instance dict ---

bool store_dict_attrs(VM& vm, Value self, std::initializer_list<const char*> names,
                      const Value* values) {
  size_t i = 0;
  for (const char* n : names) {
    Value v = values[i++];
    if (v.is_null()) continue;
    if (!py_setattr(vm, self, vm.intern(n), v)) return false;
  }
  return true;
}

Value name_error_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, nullptr, false)) return Value::null();
  Value kw[1];
  if (!parse_keyword_only(vm, "NameError", {"name"}, args + nargs, kwnames, kw)) {
    return Value::null();
  }
  return store_dict_attrs(vm, args[0], {"name"}, kw) ? Value::none() : Value::null();
}

Value attribute_error_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, nullptr, false)) return Value::null();
  Value kw[2];
  if (!parse_keyword_only(vm, "AttributeError", {"name", "obj"}, args + nargs, kwnames, kw)) {
    return Value::null();
  }
  return store_dict_attrs(vm, args[0], {"name", "obj"}, kw) ? Value::none() : Value::null();
}

// --- OSError ---

TypeObject* errno_subclass(VM& vm, int64_t code) {
  switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
      return vm.exc.BlockingIOError;
    case ECHILD:
      return vm.exc.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return vm.exc.BrokenPipeError;
    case ECONNABORTED:
      return vm.exc.ConnectionAbortedError;
    case ECONNREFUSED:
      return vm.exc.ConnectionRefusedError;
    case ECONNRESET:
      return vm.exc.ConnectionResetError;
    case EEXIST:
      return vm.exc.FileExistsError;
    case ENOENT:
      return vm.exc.FileNotFoundError;
    case EISDIR:
      return vm.exc.IsADirectoryError;
    case ENOTDIR:
      return vm.exc.NotADirectoryError;
    case EINTR:
      return vm.exc.InterruptedError;
    case EACCES:
    case EPERM:
      return vm.exc.PermissionError;
    case ESRCH:
      return vm.exc.ProcessLookupError;
    case ETIMEDOUT:
      return vm.exc.TimeoutError;
    default:
      return nullptr;
  }
}

// CPython's oserror_use_init: a subclass that overrides __init__ but not __new__ parses its
// arguments in __init__ (so extra constructor arguments do not confuse __new__).
bool oserror_use_init(VM& vm, TypeObject* type) {
  if (type == vm.exc.OSError) return false;
  Value base_init_fn = type_lookup(vm.exc.OSError, vm.names.__init__);
  Value base_new_fn = type_lookup(vm.exc.OSError, vm.names.__new__);
  return type_lookup(type, vm.names.__init__) != base_init_fn &&
         type_lookup(type, vm.names.__new__) == base_new_fn;
}

// oserror_parse_args + oserror_init: fills the fields and trims `args` to (errno, strerror)
// when a filename was given.
bool oserror_init(VM& vm, ExceptionObject* e, const Value* a, size_t n) {
  TupleObject* f = new_fields(vm, Family::OS);
  if (!f) return false;
  TupleObject* stored = tuple_of(vm, a, n);
  if (!stored) return false;
  if (n >= 2 && n <= 5) {
    Value filename = n >= 3 ? a[2] : Value::none();
    Value filename2 = n >= 5 ? a[4] : Value::none();
    f->items()[kOsErrno] = a[0];
    f->items()[kOsStrerror] = a[1];
    if (!filename.is_none()) {
      if (e->type == vm.exc.BlockingIOError && is_number(vm, filename)) {
        // BlockingIOError's third argument is the number of characters written.
        Value idx = py_index(vm, filename);
        if (idx.is_null()) {
          if (vm.error_matches(vm.exc.TypeError)) {
            vm.clear_error();
            vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer",
                         vm.type_name(filename));
          }
          return false;
        }
        f->items()[kOsWritten] = idx;
      } else {
        f->items()[kOsFilename] = filename;
        if (!filename2.is_none()) f->items()[kOsFilename2] = filename2;
        stored = tuple_of(vm, a, 2);
        if (!stored) return false;
      }
    }
  }
  e->extra = Value::object(f);
  e->args = stored;
  return true;
}

Value os_error_new(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1 || !is_type(args[0]) || !vm.is_subtype(as_type(args[0]), vm.exc.OSError)) {
    return base_exception_new(vm, args, nargs, kwnames);
  }
  TypeObject* type = as_type(args[0]);
  bool use_init = oserror_use_init(vm, type);
  if (!use_init) {
    if (!no_keywords(vm, type, kwnames)) return Value::null();
    if (type == vm.exc.OSError && nargs >= 3 && nargs <= 6 && args[1].is_small_int()) {
      if (TypeObject* sub = errno_subclass(vm, args[1].as_small_int())) type = sub;
    }
  }
  auto* e = vm.make<ExceptionObject>(type);
  if (!e) return Value::null();
  if (use_init) {
    e->args = vm.empty_tuple();
  } else if (!oserror_init(vm, e, args + 1, nargs - 1)) {
    return Value::null();
  }
  return Value::object(e);
}

Value os_error_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  ExceptionObject* e = self_of(args);
  if (!oserror_use_init(vm, e->type)) return Value::none();  // done by __new__
  if (!no_keywords(vm, e->type, kwnames)) return Value::null();
  return oserror_init(vm, e, args + 1, nargs - 1) ? Value::none() : Value::null();
}

Value os_error_str(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  TupleObject* t = ensure_fields(vm, e);
  if (!t) return Value::null();
  const Value* f = t->items();
  std::string out;
  auto add_str = [&](Value v) { return str_into(vm, or_none(v), out); };
  if (!f[kOsFilename].is_null()) {
    out += "[Errno ";
    if (!add_str(f[kOsErrno])) return Value::null();
    out += "] ";
    if (!add_str(f[kOsStrerror])) return Value::null();
    out += ": ";
    if (!repr_into(vm, f[kOsFilename], out)) return Value::null();
    if (!f[kOsFilename2].is_null()) {
      out += " -> ";
      if (!repr_into(vm, f[kOsFilename2], out)) return Value::null();
    }
    return vm.new_str(out);
  }
  if (!f[kOsErrno].is_null() && !f[kOsStrerror].is_null()) {
    out += "[Errno ";
    if (!add_str(f[kOsErrno])) return Value::null();
    out += "] ";
    if (!add_str(f[kOsStrerror])) return Value::null();
    return vm.new_str(out);
  }
  return base_str(vm, e);
}

Value os_error_written_get(VM& vm, const Value* args, size_t, TupleObject*) {
  TupleObject* t = ensure_fields(vm, self_of(args));
  if (!t) return Value::null();
  Value w = t->items()[kOsWritten];
  if (w.is_null()) return vm.raise(vm.exc.AttributeError, "characters_written");
  return w;
}

Value os_error_written_set(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  TupleObject* t = ensure_fields(vm, self_of(args));
  if (!t) return Value::null();
  if (nargs < 2 || args[1].is_null()) {
    if (t->items()[kOsWritten].is_null())
      return vm.raise(vm.exc.AttributeError, "characters_written");
    t->items()[kOsWritten] = Value::null();
    return Value::none();
  }
  Value idx = py_index(vm, args[1]);
  if (idx.is_null()) return idx;
  t->items()[kOsWritten] = idx;
  return Value::none();
}

// --- SyntaxError ---

Value syntax_error_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, kwnames, true)) return Value::null();
  ExceptionObject* e = self_of(args);
  TupleObject* f = new_fields(vm, Family::Syntax);
  if (!f) return Value::null();
  size_t n = nargs - 1;
  if (n >= 1) f->items()[kSynMsg] = args[1];
  if (n == 2) {
    TupleObject* info = py_tuple_from_iterable(vm, args[2]);
    if (!info) return Value::null();
    // PyArg_ParseTuple(info, "OOOO|OO", ...): the unnamed "function" of its messages.
    if (info->size < 4) {
      return vm.raise_fmt(vm.exc.TypeError, "function takes at least 4 arguments ({} given)",
                          info->size);
    }
    if (info->size > 6) {
      return vm.raise_fmt(vm.exc.TypeError, "function takes at most 6 arguments ({} given)",
                          info->size);
    }
    for (size_t i = 0; i < info->size; ++i) f->items()[kSynFilename + i] = info->items()[i];
    if (info->size == 5) {
      return vm.raise(vm.exc.TypeError, "end_offset must be provided when end_lineno is provided");
    }
  }
  e->extra = Value::object(f);
  return Value::none();
}

Value syntax_error_str(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  TupleObject* t = ensure_fields(vm, e);
  if (!t) return Value::null();
  const Value* f = t->items();
  std::string_view filename;
  bool have_filename = is_str(f[kSynFilename]);
  if (have_filename) {
    filename = str_view(f[kSynFilename]);
    size_t slash = filename.rfind('/');
    if (slash != std::string_view::npos) filename = filename.substr(slash + 1);
  }
  Value lineno = f[kSynLineno];
  bool have_lineno = !lineno.is_null() && !lineno.is_bool() && is_int_value(lineno) &&
                     vm.type_of(lineno) == vm.types.int_;
  Value msg = or_none(f[kSynMsg]);
  if (!have_filename && !have_lineno) return py_str(vm, msg);
  std::string out;
  if (!str_into(vm, msg, out)) return Value::null();
  out += " (";
  if (have_filename) out += filename;
  if (have_lineno) {
    Value line = py_str(vm, lineno);
    if (line.is_null()) return line;
    out += have_filename ? ", line " : "line ";
    out += str_view(line);
  }
  out += ')';
  return vm.new_str(out);
}

// --- Unicode errors ---

bool parse_unicode_error(VM& vm, ExceptionObject* e, const Value* a, size_t n, Family fam) {
  bool translate = fam == Family::UnicodeTranslate;
  size_t want = translate ? 4 : 5;
  if (n != want) {
    vm.raise_fmt(vm.exc.TypeError, "function takes exactly {} arguments ({} given)", want, n);
    return false;
  }
  TupleObject* f = new_fields(vm, fam);
  if (!f) return false;
  size_t pos = 1;  // argument number, for the messages
  const Value* p = a;
  if (!translate) {
    if (!is_str(p[0])) {
      vm.raise_fmt(vm.exc.TypeError, "argument 1 must be str, not {}", vm.type_name(p[0]));
      return false;
    }
    f->items()[kUniEncoding] = p[0];
    ++p;
    ++pos;
  }
  Value object = p[0];
  if (fam == Family::UnicodeDecode) {
    if (!is_bytes(object)) {
      // Another bytes-like object (the buffer protocol) is copied to bytes.
      std::string_view tname = vm.type_name(object);
      if (tname != "bytearray" && tname != "memoryview") {
        vm.raise_fmt(vm.exc.TypeError, "a bytes-like object is required, not '{}'", tname);
        return false;
      }
      Value b = vm.call(Value::object(vm.types.bytes), {object});
      if (b.is_null()) {
        if (vm.error_matches(vm.exc.TypeError)) {
          vm.clear_error();
          vm.raise_fmt(vm.exc.TypeError, "a bytes-like object is required, not '{}'",
                       vm.type_name(object));
        }
        return false;
      }
      object = b;
    }
  } else if (!is_str(object)) {
    vm.raise_fmt(vm.exc.TypeError, "argument {} must be str, not {}", pos, vm.type_name(object));
    return false;
  }
  f->items()[kUniObject] = object;
  for (int i = 0; i < 2; ++i) {
    Value v = p[1 + i];
    int64_t n64;
    if (!py_index_int64(vm, v, n64)) return false;
    f->items()[kUniStart + i] = vm.new_int(n64);
  }
  Value reason = p[3];
  if (!is_str(reason)) {
    vm.raise_fmt(vm.exc.TypeError, "argument {} must be str, not {}", pos + 3,
                 vm.type_name(reason));
    return false;
  }
  f->items()[kUniReason] = reason;
  e->extra = Value::object(f);
  return true;
}

template <Family F>
Value unicode_error_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!base_init(vm, args, nargs, kwnames, true)) return Value::null();
  return parse_unicode_error(vm, self_of(args), args + 1, nargs - 1, F) ? Value::none()
                                                                        : Value::null();
}

template <Family F>
Value unicode_error_str(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  TupleObject* t = ensure_fields(vm, e);
  if (!t) return Value::null();
  const Value* f = t->items();
  // Not initialised (e.g. UnicodeDecodeError.__new__ alone): CPython returns ''. One made
  // natively with just a message shows the message.
  if (f[kUniObject].is_null() || !f[kUniStart].is_small_int() || !f[kUniEnd].is_small_int()) {
    if (e->args && e->args->size == 1) return base_str(vm, e);
    return vm.intern_value("");
  }
  std::string out;
  if (F != Family::UnicodeTranslate) {
    out += '\'';
    if (!str_into(vm, or_none(f[kUniEncoding]), out)) return Value::null();
    out += "' codec ";
  }
  std::string reason;
  if (!str_into(vm, or_none(f[kUniReason]), reason)) return Value::null();
  int64_t start = f[kUniStart].as_small_int();
  int64_t end = f[kUniEnd].as_small_int();
  if (F == Family::UnicodeDecode) {
    std::string_view data = is_bytes(f[kUniObject])
                                ? static_cast<BytesObject*>(f[kUniObject].as_object())->view()
                                : std::string_view();
    if (start >= 0 && static_cast<size_t>(start) < data.size() && end == start + 1) {
      out += fmt::format("can't decode byte 0x{:02x} in position {}: {}",
                         static_cast<unsigned char>(data[start]), start, reason);
    } else {
      out += fmt::format("can't decode bytes in position {}-{}: {}", start, end - 1, reason);
    }
    return vm.new_str(out);
  }
  const char* verb = F == Family::UnicodeEncode ? "can't encode" : "can't translate";
  StrObject* obj = is_str(f[kUniObject]) ? as_str(f[kUniObject]) : nullptr;
  if (obj && start >= 0 && static_cast<size_t>(start) < obj->length && end == start + 1) {
    size_t pos = str_byte_offset(obj, static_cast<size_t>(start));
    uint32_t cp = utf8_decode(obj->view(), pos);
    std::string ch = cp <= 0xff     ? fmt::format("\\x{:02x}", cp)
                     : cp <= 0xffff ? fmt::format("\\u{:04x}", cp)
                                    : fmt::format("\\U{:08x}", cp);
    out += fmt::format("{} character '{}' in position {}: {}", verb, ch, start, reason);
  } else {
    out += fmt::format("{} characters in position {}-{}: {}", verb, start, end - 1, reason);
  }
  return vm.new_str(out);
}

// --- Exception groups ---

// PySequence_Check: a __getitem__ that is not a dict's.
bool is_sequence(VM& vm, Value v) {
  if (is_dict(v)) return false;
  return !lookup_special(vm, vm.type_of(v), Slot::GetItem).is_null();
}

Value exception_group_new(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs < 1 || !is_type(args[0])) {
    return vm.raise(vm.exc.TypeError, "BaseExceptionGroup.__new__(X): X is not a type object");
  }
  TypeObject* type = as_type(args[0]);
  if (nargs - 1 != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                        nargs - 1);
  }
  Value message = args[1];
  if (!vm.isinstance(message, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                        vm.type_name(message));
  }
  if (!is_sequence(vm, args[2])) {
    return vm.raise(vm.exc.TypeError, "second argument (exceptions) must be a sequence");
  }
  TupleObject* excs = py_tuple_from_iterable(vm, args[2]);
  if (!excs) return Value::null();
  if (is_tuple(args[2]) && excs == as_tuple(args[2]) && vm.type_of(args[2]) != vm.types.tuple) {
    // A tuple subclass came back as itself: keep an exact tuple, as PySequence_Tuple does.
    excs = tuple_of(vm, excs->items(), excs->size);
    if (!excs) return Value::null();
  }
  if (excs->size == 0) {
    return vm.raise(vm.exc.ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  bool nested_base_exceptions = false;
  for (size_t i = 0; i < excs->size; ++i) {
    Value x = excs->items()[i];
    if (!is_exception(x)) {
      return vm.raise_fmt(vm.exc.ValueError,
                          "Item {} of second argument (exceptions) is not an exception", i);
    }
    if (!vm.isinstance(x, vm.exc.Exception)) nested_base_exceptions = true;
  }
  TypeObject* cls = type;
  if (cls == vm.exc.ExceptionGroup) {
    if (nested_base_exceptions) {
      return vm.raise(vm.exc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (cls == vm.exc.BaseExceptionGroup) {
    // All nested exceptions are Exceptions: wrap them in an ExceptionGroup.
    if (!nested_base_exceptions) cls = vm.exc.ExceptionGroup;
  } else if (nested_base_exceptions && vm.is_subtype(cls, vm.exc.Exception)) {
    return vm.raise_fmt(vm.exc.TypeError, "Cannot nest BaseExceptions in '{}'", cls->name->view());
  }
  auto* e = vm.make<ExceptionObject>(cls);
  if (!e) return Value::null();
  e->args = tuple_of(vm, args + 1, 2);
  if (!e->args) return Value::null();
  e->extra = Value::object(excs);
  e->extra2 = message;
  return Value::object(e);
}

Value exception_group_init(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return base_init(vm, args, nargs, kwnames, true) ? Value::none() : Value::null();
}

Value exception_group_str(VM& vm, const Value* args, size_t, TupleObject*) {
  ExceptionObject* e = self_of(args);
  std::string out;
  if (!str_into(vm, e->extra2, out)) return Value::null();
  size_t n = is_tuple(e->extra) ? as_tuple(e->extra)->size : 0;
  out += fmt::format(" ({} sub-exception{})", n, n > 1 ? "s" : "");
  return vm.new_str(out);
}

Value exception_group_message_get(VM&, const Value* args, size_t, TupleObject*) {
  return self_of(args)->extra2;
}

Value exception_group_exceptions_get(VM&, const Value* args, size_t, TupleObject*) {
  return self_of(args)->extra;
}

Value exception_group_derive(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_no_kwargs(vm, "BaseExceptionGroup.derive", kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "BaseExceptionGroup.derive() takes exactly one argument ({} given)",
                        nargs - 1);
  }
  Value call_args[2] = {self_of(args)->extra2, args[1]};
  return vm.call(Value::object(vm.exc.BaseExceptionGroup), call_args, 2);
}

enum class MatcherType { ByType, ByPredicate, ByInstanceIds };

struct Matcher {
  MatcherType type;
  Value value;  // the type / tuple / predicate
  const std::unordered_set<const Object*>* ids = nullptr;
};

bool is_exception_class(VM& vm, Value v) {
  return is_type(v) && vm.is_subtype(as_type(v), vm.exc.BaseException);
}

bool get_matcher_type(VM& vm, Value value, MatcherType& out) {
  if (py_callable(vm, value) && !is_type(value)) {
    out = MatcherType::ByPredicate;
    return true;
  }
  if (is_exception_class(vm, value)) {
    out = MatcherType::ByType;
    return true;
  }
  if (is_tuple(value) && vm.type_of(value) == vm.types.tuple) {
    TupleObject* t = as_tuple(value);
    bool ok = true;
    for (size_t i = 0; i < t->size && ok; ++i) ok = is_exception_class(vm, t->items()[i]);
    if (ok) {
      out = MatcherType::ByType;
      return true;
    }
  }
  vm.raise(vm.exc.TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

// 1 match, 0 no match, -1 error.
int split_check_match(VM& vm, Value exc, const Matcher& m) {
  switch (m.type) {
    case MatcherType::ByType:
      return exception_matches(vm, exc, m.value) ? 1 : 0;
    case MatcherType::ByPredicate: {
      Value r = vm.call(m.value, {exc});
      if (r.is_null()) return -1;
      return py_truthy(vm, r);
    }
    case MatcherType::ByInstanceIds:
      if (is_exception_group(vm, exc)) return 0;
      return m.ids->count(exc.as_object()) ? 1 : 0;
  }
  return 0;
}

// exceptiongroup_subset: `orig.derive(excs)` with orig's traceback, cause, context and notes; Null
// result (no exception pending) when `excs` is empty.
bool exception_group_subset(VM& vm, Value orig, ListObject* excs, Value& result) {
  result = Value::null();
  if (excs->items.empty()) return true;
  Value eg = vm.call_method(orig, vm.intern("derive"), {Value::object(excs)});
  if (eg.is_null()) return false;
  if (!is_exception_group(vm, eg)) {
    vm.raise(vm.exc.TypeError, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  ExceptionObject* src = as_exception(orig);
  ExceptionObject* dst = as_exception(eg);
  if (src->traceback) dst->traceback = src->traceback;
  dst->context = src->context;
  dst->cause = src->cause;
  dst->suppress_context = true;  // PyException_SetCause always sets it
  Value notes = py_getattr_opt(vm, orig, vm.intern("__notes__"));
  if (notes.is_null()) {
    if (vm.has_error()) return false;
  } else if (is_sequence(vm, notes)) {
    // A copy, so that the parts have independent notes lists.
    ListObject* copy = py_list_from_iterable(vm, notes);
    if (!copy) return false;
    if (!py_setattr(vm, eg, vm.intern("__notes__"), Value::object(copy))) return false;
  }
  result = eg;
  return true;
}

// exceptiongroup_split_recursive; match/rest are Null when empty.
bool split_recursive(VM& vm, Value exc, const Matcher& m, bool construct_rest, Value& match,
                     Value& rest) {
  match = Value::null();
  rest = Value::null();
  int is_match = split_check_match(vm, exc, m);
  if (is_match < 0) return false;
  if (is_match) {
    match = exc;  // full match
    return true;
  }
  if (!is_exception_group(vm, exc)) {
    if (construct_rest) rest = exc;  // leaf exception and no match
    return true;
  }
  // Partial match: recurse into the nested exceptions.
  Value excs_v = as_exception(exc)->extra;
  if (!is_tuple(excs_v)) return true;
  TupleObject* excs = as_tuple(excs_v);
  ListObject* match_list = vm.new_list();
  if (!match_list) return false;
  RootScope roots(vm);
  roots.add(Value::object(match_list));
  ListObject* rest_list = nullptr;
  if (construct_rest) {
    rest_list = vm.new_list();
    if (!rest_list) return false;
    roots.add(Value::object(rest_list));
  }
  for (size_t i = 0; i < excs->size; ++i) {
    Value sub_match, sub_rest;
    {
      NativeRecursionGuard guard(vm);
      if (!guard.check(" in exceptiongroup_split_recursive")) return false;
      if (!split_recursive(vm, excs->items()[i], m, construct_rest, sub_match, sub_rest)) {
        return false;
      }
    }
    if (!sub_match.is_null()) match_list->items.push_back(sub_match);
    if (!sub_rest.is_null()) rest_list->items.push_back(sub_rest);
  }
  if (!exception_group_subset(vm, exc, match_list, match)) return false;
  roots.add(match);
  if (construct_rest && !exception_group_subset(vm, exc, rest_list, rest)) {
    match = Value::null();
    return false;
  }
  return true;
}

Value exception_group_split_method(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames,
                                   bool construct_rest, const char* name) {
  if (!check_no_kwargs(vm, name, kwnames)) return Value::null();
  if (nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes exactly one argument ({} given)", name,
                        nargs - 1);
  }
  Matcher m{MatcherType::ByType, args[1]};
  if (!get_matcher_type(vm, args[1], m.type)) return Value::null();
  Value match, rest;
  if (!split_recursive(vm, args[0], m, construct_rest, match, rest)) return Value::null();
  if (!construct_rest) return or_none(match);
  return vm.new_tuple({or_none(match), or_none(rest)});
}

Value exception_group_split_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return exception_group_split_method(vm, args, nargs, kwnames, true, "BaseExceptionGroup.split");
}

Value exception_group_subgroup_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return exception_group_split_method(vm, args, nargs, kwnames, false,
                                      "BaseExceptionGroup.subgroup");
}

// collect_exception_group_leaf_ids.
bool collect_leaf_ids(VM& vm, Value exc, std::unordered_set<const Object*>& ids) {
  if (exc.is_none() || !is_exception(exc)) return true;
  if (!is_exception_group(vm, exc)) {
    ids.insert(exc.as_object());
    return true;
  }
  Value excs = as_exception(exc)->extra;
  if (!is_tuple(excs)) return true;
  for (size_t i = 0; i < as_tuple(excs)->size; ++i) {
    NativeRecursionGuard guard(vm);
    if (!guard.check(" in collect_exception_group_leaf_ids")) return false;
    if (!collect_leaf_ids(vm, as_tuple(excs)->items()[i], ids)) return false;
  }
  return true;
}

// exception_group_projection: the sub-group of `eg` holding the leaves found in `keep`.
Value exception_group_projection(VM& vm, Value eg, ListObject* keep) {
  std::unordered_set<const Object*> ids;
  for (Value e : keep->items) {
    if (!collect_leaf_ids(vm, e, ids)) return Value::null();
  }
  Matcher m{MatcherType::ByInstanceIds, Value::none(), &ids};
  Value match, rest;
  if (!split_recursive(vm, eg, m, false, match, rest)) return Value::null();
  return or_none(match);
}

bool is_same_exception_metadata(Value a, Value b) {
  ExceptionObject* e1 = as_exception(a);
  ExceptionObject* e2 = as_exception(b);
  return e1->traceback == e2->traceback && e1->cause == e2->cause && e1->context == e2->context;
}

// --- Setup ---

// A read-write property whose deletion also goes to `setter` (called with the value missing),
// so that `del e.args` gives CPython's "args may not be deleted".
void add_property_deletable(VM& vm, TypeObject* type, const char* name, NativeFn getter,
                            NativeFn setter) {
  vm.add_property(type, name, getter, setter);
  Value p = dict_get_str(type->dict, vm.intern(name));
  if (!is_kind(p, ObjKind::Property)) return;
  NativeFunctionObject* del = vm.new_native(name, setter);
  if (!del) {
    vm.clear_error();
    return;
  }
  del->owner = type;
  static_cast<PropertyObject*>(p.as_object())->fdel = Value::object(del);
}

// ExceptionGroup derives from both BaseExceptionGroup and Exception; the VM created it with
// Exception alone (its table has one base per class).
void fix_exception_group_bases(VM& vm) {
  TypeObject* eg = vm.exc.ExceptionGroup;
  TypeObject* beg = vm.exc.BaseExceptionGroup;
  TypeObject* exc = vm.exc.Exception;
  Value bases = vm.new_tuple({Value::object(beg), Value::object(exc)});
  TupleObject* exc_mro = exc->mro;  // (Exception, BaseException, object)
  TupleObject* mro = vm.new_tuple(exc_mro->size + 2);
  if (bases.is_null() || !mro) return;
  mro->items()[0] = Value::object(eg);
  mro->items()[1] = Value::object(beg);
  for (size_t i = 0; i < exc_mro->size; ++i) mro->items()[i + 2] = exc_mro->items()[i];
  eg->bases = as_tuple(bases);
  eg->mro = mro;
  eg->base = beg;
  vm.add_attr(eg, "__module__", vm.intern_value("builtins"));  // also bumps the version
}

}  // namespace

// --- Exported helpers ---

bool exception_matches(VM& vm, Value exc, Value match_type) {
  if (is_tuple(match_type)) {
    TupleObject* t = as_tuple(match_type);
    for (size_t i = 0; i < t->size; ++i) {
      if (exception_matches(vm, exc, t->items()[i])) return true;
    }
    return false;
  }
  if (!is_type(match_type)) return exc == match_type;
  TypeObject* et = is_type(exc) ? as_type(exc) : vm.type_of(exc);
  if (!vm.is_subtype(et, vm.exc.BaseException)) return exc == match_type;
  return vm.is_subtype(et, as_type(match_type));
}

bool check_except_type_valid(VM& vm, Value match_type) {
  static constexpr const char* kMsg =
      "catching classes that do not inherit from BaseException is not allowed";
  if (is_tuple(match_type)) {
    TupleObject* t = as_tuple(match_type);
    for (size_t i = 0; i < t->size; ++i) {
      if (!is_exception_class(vm, t->items()[i])) {
        vm.raise(vm.exc.TypeError, kMsg);
        return false;
      }
    }
    return true;
  }
  if (!is_exception_class(vm, match_type)) {
    vm.raise(vm.exc.TypeError, kMsg);
    return false;
  }
  return true;
}

bool is_exception_group(VM& vm, Value v) {
  return is_exception(v) && vm.isinstance(v, vm.exc.BaseExceptionGroup);
}

Value exception_group_message(Value eg) {
  return is_exception(eg) && is_str(as_exception(eg)->extra2) ? as_exception(eg)->extra2
                                                              : Value::none();
}

Value exception_group_exceptions(Value eg) {
  return is_exception(eg) && is_tuple(as_exception(eg)->extra) ? as_exception(eg)->extra
                                                               : Value::none();
}

Value exception_group_create(VM& vm, std::string_view msg, Value excs) {
  Value m = vm.new_str(msg);
  if (m.is_null()) return m;
  Value args[2] = {m, excs};
  return vm.call(Value::object(vm.exc.BaseExceptionGroup), args, 2);
}

Value exception_group_split(VM& vm, Value exc, Value match_type, bool return_rest,
                            Value& rest_out) {
  rest_out = Value::none();
  // check_except_star_type_valid.
  if (!check_except_type_valid(vm, match_type)) return Value::null();
  bool is_eg_type = false;
  if (is_tuple(match_type)) {
    TupleObject* t = as_tuple(match_type);
    for (size_t i = 0; i < t->size && !is_eg_type; ++i) {
      is_eg_type = vm.is_subtype(as_type(t->items()[i]), vm.exc.BaseExceptionGroup);
    }
  } else {
    is_eg_type = vm.is_subtype(as_type(match_type), vm.exc.BaseExceptionGroup);
  }
  if (is_eg_type) {
    vm.raise(vm.exc.TypeError,
             "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return Value::null();
  }
  if (exc.is_none()) return Value::none();
  if (exception_matches(vm, exc, match_type)) {
    // Full match of exc itself; a naked exception is wrapped in a group.
    if (is_exception_group(vm, exc)) return exc;
    Value excs = vm.new_tuple({exc});
    if (excs.is_null()) return excs;
    return exception_group_create(vm, "", excs);
  }
  if (is_exception_group(vm, exc)) {
    Value pair = vm.call_method(exc, vm.intern(return_rest ? "split" : "subgroup"), {match_type});
    if (pair.is_null()) return pair;
    if (!return_rest) {
      if (pair.is_none()) rest_out = exc;
      return pair;
    }
    if (!is_tuple(pair) || as_tuple(pair)->size != 2) {
      return vm.raise(vm.exc.TypeError, "split must return a 2-tuple");
    }
    Value match = as_tuple(pair)->items()[0];
    rest_out = match.is_none() ? exc : as_tuple(pair)->items()[1];
    return match;
  }
  rest_out = exc;  // no match
  return Value::none();
}

Value prep_reraise_star(VM& vm, Value orig, Value list) {
  if (!is_list(list))
    return vm.raise(vm.exc.TypeError, "excs must be a list of exception instances");
  ListObject* excs = as_list(list);
  if (excs->items.empty()) return Value::none();
  if (!is_exception_group(vm, orig)) {
    // A naked exception was caught and wrapped: only one except* clause could have run, so
    // there is at most one exception to raise.
    return excs->items[0];
  }
  RootScope roots(vm);
  ListObject* raised = vm.new_list();
  if (!raised) return Value::null();
  roots.add(Value::object(raised));
  ListObject* reraised = vm.new_list();
  if (!reraised) return Value::null();
  roots.add(Value::object(reraised));
  // Split into raised and re-raised by comparing the metadata with orig's.
  for (Value e : excs->items) {
    if (e.is_none() || !is_exception(e)) continue;
    (is_same_exception_metadata(e, orig) ? reraised : raised)->items.push_back(e);
  }
  Value reraised_eg = exception_group_projection(vm, orig, reraised);
  if (reraised_eg.is_null()) return reraised_eg;
  if (raised->items.empty()) return reraised_eg;
  if (!reraised_eg.is_none()) raised->items.push_back(reraised_eg);
  if (raised->items.size() > 1) return exception_group_create(vm, "", Value::object(raised));
  return raised->items[0];
}

Value exception_notes(VM& vm, Value exc) {
  if (!is_exception(exc) || !as_exception(exc)->dict) return Value::null();
  return dict_get_str(as_exception(exc)->dict, vm.intern("__notes__"));
}

Value raise_unicode_decode_error(VM& vm, std::string_view encoding, std::string_view data,
                                 size_t start, size_t end, std::string_view reason) {
  Value enc = vm.new_str(encoding);
  Value obj = vm.new_bytes(data);
  Value why = vm.new_str(reason);
  if (enc.is_null() || obj.is_null() || why.is_null()) return Value::null();
  Value args[5] = {enc, obj, vm.new_int(static_cast<int64_t>(start)),
                   vm.new_int(static_cast<int64_t>(end)), why};
  Value e = vm.call(Value::object(vm.exc.UnicodeDecodeError), args, 5);
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

Value raise_unicode_encode_error(VM& vm, std::string_view encoding, Value str, size_t start,
                                 size_t end, std::string_view reason) {
  Value enc = vm.new_str(encoding);
  Value why = vm.new_str(reason);
  if (enc.is_null() || why.is_null()) return Value::null();
  Value args[5] = {enc, str, vm.new_int(static_cast<int64_t>(start)),
                   vm.new_int(static_cast<int64_t>(end)), why};
  Value e = vm.call(Value::object(vm.exc.UnicodeEncodeError), args, 5);
  if (e.is_null()) return e;
  return vm.raise_value(e);
}

void init_exception_types(VM& vm) {
  ExceptionTypes& x = vm.exc;
  fix_exception_group_bases(vm);

  TypeObject* base = x.BaseException;
  vm.add_methods(base, {
                           {"__new__", base_exception_new, MethodDef::kStatic},
                           {"__init__", base_exception_init},
                           {"__str__", base_exception_str},
                           {"__repr__", base_exception_repr},
                           {"__reduce__", base_exception_reduce},
                           {"__setstate__", base_exception_setstate},
                           {"with_traceback", base_exception_with_traceback},
                           {"add_note", base_exception_add_note},
                       });
  add_property_deletable(vm, base, "args", get_args, set_args);
  add_property_deletable(vm, base, "__traceback__", get_traceback, set_traceback_prop);
  add_property_deletable(vm, base, "__context__", get_context, set_context);
  add_property_deletable(vm, base, "__cause__", get_cause, set_cause);
  add_property_deletable(vm, base, "__suppress_context__", get_suppress_context,
                         set_suppress_context);
  add_property_deletable(vm, base, "__dict__", get_dict, set_dict);

  for (TypeObject* t : {x.StopIteration, x.StopAsyncIteration}) {
    vm.add_methods(t, {{"__init__", stop_iteration_init}});
    add_property_deletable(vm, t, "value", get_extra, set_extra);
  }
  vm.add_methods(x.SystemExit, {{"__init__", system_exit_init}});
  add_property_deletable(vm, x.SystemExit, "code", get_extra, set_extra);

  vm.add_methods(x.KeyError, {{"__str__", key_error_str}});

  vm.add_methods(x.ImportError, {{"__init__", import_error_init}, {"__str__", import_error_str}});
  add_property_deletable(vm, x.ImportError, "msg", field_get<kImpMsg>, field_set<kImpMsg>);
  add_property_deletable(vm, x.ImportError, "name", field_get<kImpName>, field_set<kImpName>);
  add_property_deletable(vm, x.ImportError, "path", field_get<kImpPath>, field_set<kImpPath>);

  vm.add_methods(x.NameError, {{"__init__", name_error_init}});
  vm.add_attr(x.NameError, "name", Value::none());
  vm.add_methods(x.AttributeError, {{"__init__", attribute_error_init}});
  vm.add_attr(x.AttributeError, "name", Value::none());
  vm.add_attr(x.AttributeError, "obj", Value::none());

  vm.add_methods(x.OSError, {{"__new__", os_error_new, MethodDef::kStatic},
                             {"__init__", os_error_init},
                             {"__str__", os_error_str}});
  add_property_deletable(vm, x.OSError, "errno", field_get<kOsErrno>, field_set<kOsErrno>);
  add_property_deletable(vm, x.OSError, "strerror", field_get<kOsStrerror>, field_set<kOsStrerror>);
  add_property_deletable(vm, x.OSError, "filename", field_get<kOsFilename>, field_set<kOsFilename>);
  add_property_deletable(vm, x.OSError, "filename2", field_get<kOsFilename2>,
                         field_set<kOsFilename2>);
  add_property_deletable(vm, x.OSError, "characters_written", os_error_written_get,
                         os_error_written_set);

  vm.add_methods(x.SyntaxError, {{"__init__", syntax_error_init}, {"__str__", syntax_error_str}});
  add_property_deletable(vm, x.SyntaxError, "msg", field_get<kSynMsg>, field_set<kSynMsg>);
  add_property_deletable(vm, x.SyntaxError, "filename", field_get<kSynFilename>,
                         field_set<kSynFilename>);
  add_property_deletable(vm, x.SyntaxError, "lineno", field_get<kSynLineno>, field_set<kSynLineno>);
  add_property_deletable(vm, x.SyntaxError, "offset", field_get<kSynOffset>, field_set<kSynOffset>);
  add_property_deletable(vm, x.SyntaxError, "text", field_get<kSynText>, field_set<kSynText>);
  add_property_deletable(vm, x.SyntaxError, "end_lineno", field_get<kSynEndLineno>,
                         field_set<kSynEndLineno>);
  add_property_deletable(vm, x.SyntaxError, "end_offset", field_get<kSynEndOffset>,
                         field_set<kSynEndOffset>);
  add_property_deletable(vm, x.SyntaxError, "print_file_and_line", field_get<kSynPrintFileAndLine>,
                         field_set<kSynPrintFileAndLine>);

  vm.add_methods(x.UnicodeDecodeError, {{"__init__", unicode_error_init<Family::UnicodeDecode>},
                                        {"__str__", unicode_error_str<Family::UnicodeDecode>}});
  vm.add_methods(x.UnicodeEncodeError, {{"__init__", unicode_error_init<Family::UnicodeEncode>},
                                        {"__str__", unicode_error_str<Family::UnicodeEncode>}});
  vm.add_methods(x.UnicodeTranslateError,
                 {{"__init__", unicode_error_init<Family::UnicodeTranslate>},
                  {"__str__", unicode_error_str<Family::UnicodeTranslate>}});
  for (TypeObject* t : {x.UnicodeDecodeError, x.UnicodeEncodeError, x.UnicodeTranslateError}) {
    add_property_deletable(vm, t, "encoding", field_get<kUniEncoding>, field_set<kUniEncoding>);
    add_property_deletable(vm, t, "object", field_get<kUniObject>, field_set<kUniObject>);
    add_property_deletable(vm, t, "start", field_get<kUniStart>, field_set<kUniStart>);
    add_property_deletable(vm, t, "end", field_get<kUniEnd>, field_set<kUniEnd>);
    add_property_deletable(vm, t, "reason", field_get<kUniReason>, field_set<kUniReason>);
  }

  TypeObject* beg = x.BaseExceptionGroup;
  vm.add_methods(beg, {
                          {"__new__", exception_group_new, MethodDef::kStatic},
                          {"__init__", exception_group_init},
                          {"__str__", exception_group_str},
                          {"derive", exception_group_derive},
                          {"split", exception_group_split_fn},
                          {"subgroup", exception_group_subgroup_fn},
                      });
  vm.add_property(beg, "message", exception_group_message_get);
  vm.add_property(beg, "exceptions", exception_group_exceptions_get);
}

}  // namespace krait
