// open() and its file objects: CPython's io.TextIOWrapper (str, UTF-8 by default, universal
// newlines when reading) and io.BufferedReader/Writer/Random (bytes) over a C stdio stream,
// with CPython's mode checks, messages and reprs. The `io` module holds the types, open and
// UnsupportedOperation.
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "runtime/bytearray.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/str_impl.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

struct FileObject : Object {
  explicit FileObject(TypeObject* t) : Object(t, ObjKind::Other) {}
  ~FileObject() override {
    // Collected while open: closed (and so flushed) as CPython's finalizer does.
    if (fp && owns_fd) std::fclose(fp);
  }
  void trace(GcVisitor& v) const override {
    v.visit(type);
    v.visit(name);
  }

  std::FILE* fp = nullptr;
  Value name = Value::none();
  std::string mode;  // as open() was given it, 't' dropped
  std::string encoding = "UTF-8";
  std::string errors = "strict";
  bool readable = false;
  bool writable = false;
  bool binary = false;
  bool translate_newlines = true;  // newline=None: "\r\n" and "\r" read as "\n"
  bool owns_fd = true;
  bool closed = false;
};

FileObject* file_of(Value v) {
  if (!is_kind(v, ObjKind::Other)) return nullptr;
  return dynamic_cast<FileObject*>(v.as_object());
}

Value raise_os_error(VM& vm, int err, Value filename) {
  Value message = vm.new_str(strerror(err));
  if (message.is_null()) return message;
  Value e = vm.call(Value::object(vm.exc.OSError), {Value::small_int(err), message, filename});
  return e.is_null() ? e : vm.raise_value(e);
}

// io.UnsupportedOperation("not readable") and the like.
Value raise_unsupported(VM& vm, const char* what) {
  Value io = vm.import_module("io");
  if (io.is_null()) return io;
  Value type = py_getattr(vm, io, vm.intern("UnsupportedOperation"));
  if (type.is_null()) return type;
  Value msg = vm.new_str(what);
  if (msg.is_null()) return msg;
  Value e = vm.call(type, {msg});
  return e.is_null() ? e : vm.raise_value(e);
}

// The file, checked open (ValueError otherwise, as CPython's "I/O operation on closed file.").
FileObject* open_file(VM& vm, Value self) {
  FileObject* f = file_of(self);
  if (!f) {
    vm.raise(vm.exc.TypeError, "a file object is required");
    return nullptr;
  }
  if (f->closed) {
    vm.raise(vm.exc.ValueError, "I/O operation on closed file.");
    return nullptr;
  }
  return f;
}

FileObject* readable_file(VM& vm, Value self) {
  FileObject* f = open_file(vm, self);
  if (f && !f->readable) {
    raise_unsupported(vm, f->binary ? "read" : "not readable");
    return nullptr;
  }
  return f;
}

FileObject* writable_file(VM& vm, Value self) {
  FileObject* f = open_file(vm, self);
  if (f && !f->writable) {
    raise_unsupported(vm, f->binary ? "write" : "not writable");
    return nullptr;
  }
  return f;
}

// The next byte, with "\r\n" and "\r" read as "\n" in text mode; EOF at the end.
int next_byte(FileObject* f) {
  int c = std::getc(f->fp);
  if (c == '\r' && f->translate_newlines) {
    int d = std::getc(f->fp);
    if (d != '\n' && d != EOF) std::ungetc(d, f->fp);
    return '\n';
  }
  return c;
}

// Appends one character (all bytes of one UTF-8 sequence in text mode); false at EOF.
bool read_char(FileObject* f, std::string& out) {
  int c = next_byte(f);
  if (c == EOF) return false;
  out.push_back(static_cast<char>(c));
  if (f->binary || c < 0xC0) return true;
  int more = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  for (int i = 0; i < more; ++i) {
    int d = std::getc(f->fp);
    if (d == EOF) break;
    if ((d & 0xC0) != 0x80) {
      std::ungetc(d, f->fp);
      break;
    }
    out.push_back(static_cast<char>(d));
  }
  return true;
}

Value make_result(VM& vm, FileObject* f, const std::string& data) {
  if (f->binary) return vm.new_bytes(data);
  return strimpl::decode(vm, data, f->encoding, f->errors);
}

bool size_arg(VM& vm, const Value* args, size_t nargs, int64_t& size) {
  size = -1;
  if (nargs < 2 || args[1].is_none()) return true;
  if (!args[1].is_small_int()) {
    vm.raise_fmt(vm.exc.TypeError, "argument should be integer or None, not '{}'",
                 vm.type_name(args[1]));
    return false;
  }
  size = args[1].as_small_int();
  return true;
}

Value file_read(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  FileObject* f = readable_file(vm, args[0]);
  if (!f) return Value::null();
  int64_t size;
  if (!size_arg(vm, args, nargs, size)) return Value::null();
  std::string data;
  if (size < 0 && (f->binary || !f->translate_newlines)) {
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f->fp)) > 0) data.append(buf, n);
  } else {
    for (int64_t i = 0; size < 0 || i < size; ++i) {
      if (!read_char(f, data)) break;
    }
  }
  return make_result(vm, f, data);
}

// One line with its "\n" (or the rest of the file); at most `size` characters when given.
bool read_line(FileObject* f, int64_t size, std::string& line) {
  int64_t chars = 0;
  while (size < 0 || chars < size) {
    size_t before = line.size();
    if (!read_char(f, line)) break;
    ++chars;
    if (line.size() == before + 1 && line.back() == '\n') break;
  }
  return !line.empty();
}

Value file_readline(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  FileObject* f = readable_file(vm, args[0]);
  if (!f) return Value::null();
  int64_t size;
  if (!size_arg(vm, args, nargs, size)) return Value::null();
  std::string line;
  read_line(f, size, line);
  return make_result(vm, f, line);
}

Value file_readlines(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  FileObject* f = readable_file(vm, args[0]);
  if (!f) return Value::null();
  int64_t hint;
  if (!size_arg(vm, args, nargs, hint)) return Value::null();
  ListObject* out = vm.new_list();
  if (!out) return Value::null();
  int64_t total = 0;
  std::string line;
  while (read_line(f, -1, line)) {
    Value v = make_result(vm, f, line);
    if (v.is_null()) return v;
    out->items.push_back(v);
    total += static_cast<int64_t>(line.size());
    line.clear();
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(out);
}

Value file_next(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = readable_file(vm, args[0]);
  if (!f) return Value::null();
  std::string line;
  if (!read_line(f, -1, line)) return Value::null();  // exhausted: StopIteration
  return make_result(vm, f, line);
}

Value file_iter(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!open_file(vm, args[0])) return Value::null();
  return args[0];
}

bool write_bytes(VM& vm, FileObject* f, std::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), f->fp) != data.size()) {
    raise_os_error(vm, errno, f->name);
    return false;
  }
  return true;
}

Value file_write(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "write", nargs - 1, kwnames)) return Value::null();
  FileObject* f = writable_file(vm, args[0]);
  if (!f) return Value::null();
  Value data = args[1];
  if (f->binary) {
    std::string_view bytes;
    if (is_bytes(data)) {
      bytes = static_cast<BytesObject*>(data.as_object())->view();
    } else if (is_kind(data, ObjKind::Other) && vm.isinstance(data, vm.types.bytearray)) {
      bytes = static_cast<ByteArrayObject*>(data.as_object())->view();
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "a bytes-like object is required, not '{}'",
                          vm.type_name(data));
    }
    if (!write_bytes(vm, f, bytes)) return Value::null();
    return vm.new_int(static_cast<int64_t>(bytes.size()));
  }
  if (!vm.isinstance(data, vm.types.str)) {
    return vm.raise_fmt(vm.exc.TypeError, "write() argument must be str, not {}",
                        vm.type_name(data));
  }
  StrObject* s = as_str(data);
  if (strimpl::codec_from_name(f->encoding) == strimpl::Codec::Utf8) {
    if (!write_bytes(vm, f, s->view())) return Value::null();
  } else {
    Value encoded = strimpl::encode(vm, s, f->encoding, f->errors);
    if (encoded.is_null()) return encoded;
    if (!write_bytes(vm, f, static_cast<BytesObject*>(encoded.as_object())->view()))
      return Value::null();
  }
  return vm.new_int(static_cast<int64_t>(s->length));
}

Value file_writelines(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_one_arg(vm, "writelines", nargs - 1, kwnames)) return Value::null();
  if (!writable_file(vm, args[0])) return Value::null();
  Value it = py_iter(vm, args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = py_next(vm, it);
    if (line.is_null()) {
      if (vm.has_error()) return Value::null();
      break;
    }
    Value wargs[2] = {args[0], line};
    if (file_write(vm, wargs, 2, nullptr).is_null()) return Value::null();
  }
  return Value::none();
}

Value file_close(VM&, const Value* args, size_t, TupleObject*) {
  FileObject* f = file_of(args[0]);
  if (f && !f->closed) {
    if (f->owns_fd) {
      std::fclose(f->fp);
    } else {
      std::fflush(f->fp);
    }
    f->fp = nullptr;
    f->closed = true;
  }
  return Value::none();
}

Value file_flush(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  if (!f) return Value::null();
  std::fflush(f->fp);
  return Value::none();
}

Value file_enter(VM& vm, const Value* args, size_t, TupleObject*) {
  if (!open_file(vm, args[0])) return Value::null();
  return args[0];
}

Value file_exit(VM& vm, const Value* args, size_t, TupleObject*) {
  return file_close(vm, args, 1, nullptr);
}

Value file_seek(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  if (!f) return Value::null();
  if (nargs < 2 || !args[1].is_small_int())
    return vm.raise(vm.exc.TypeError, "seek() expects an int offset");
  int whence = nargs > 2 && args[2].is_small_int() ? static_cast<int>(args[2].as_small_int()) : 0;
  int64_t offset = args[1].as_small_int();
  if (!f->binary && whence != 0 && offset != 0) {
    return raise_unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks"
                                             : "can't do nonzero end-relative seeks");
  }
  if (std::fseek(f->fp, offset, whence) != 0) return raise_os_error(vm, errno, f->name);
  return vm.new_int(static_cast<int64_t>(std::ftell(f->fp)));
}

Value file_tell(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  if (!f) return Value::null();
  return vm.new_int(static_cast<int64_t>(std::ftell(f->fp)));
}

Value file_truncate(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  FileObject* f = writable_file(vm, args[0]);
  if (!f) return Value::null();
  std::fflush(f->fp);
  int64_t size = nargs > 1 && args[1].is_small_int() ? args[1].as_small_int() : std::ftell(f->fp);
  if (ftruncate(fileno(f->fp), size) != 0) return raise_os_error(vm, errno, f->name);
  return vm.new_int(size);
}

Value file_fileno(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  if (!f) return Value::null();
  return Value::small_int(fileno(f->fp));
}

Value file_isatty(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  if (!f) return Value::null();
  return Value::boolean(isatty(fileno(f->fp)));
}

Value file_readable(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  return f ? Value::boolean(f->readable) : Value::null();
}
Value file_writable(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  return f ? Value::boolean(f->writable) : Value::null();
}
Value file_seekable(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = open_file(vm, args[0]);
  return f ? Value::boolean(std::ftell(f->fp) >= 0) : Value::null();
}

Value file_closed_get(VM&, const Value* args, size_t, TupleObject*) {
  FileObject* f = file_of(args[0]);
  return Value::boolean(!f || f->closed);
}
Value file_name_get(VM&, const Value* args, size_t, TupleObject*) {
  FileObject* f = file_of(args[0]);
  return f ? f->name : Value::none();
}
Value file_mode_get(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = file_of(args[0]);
  return vm.new_str(f ? f->mode : "");
}
Value file_encoding_get(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = file_of(args[0]);
  return vm.new_str(f ? f->encoding : "");
}

Value file_repr(VM& vm, const Value* args, size_t, TupleObject*) {
  FileObject* f = file_of(args[0]);
  if (!f) return vm.new_str("<file>");
  Value name = py_repr(vm, f->name);
  if (name.is_null()) return name;
  std::string_view tname = f->type->name->view();
  if (f->binary) return vm.new_str(fmt::format("<_io.{} name={}>", tname, str_view(name)));
  return vm.new_str(fmt::format("<_io.TextIOWrapper name={} mode='{}' encoding='{}'>",
                                str_view(name), f->mode, f->encoding));
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
//      opener=None)
Value builtin_open(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const ClinicSpec spec{
      "open",
      {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
      0,
      1,
      8};
  Value a[8];
  if (!bind_clinic(vm, spec, args, nargs, kwnames, a)) return Value::null();
  Value file = a[0];
  std::string mode = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) {
      return vm.raise_fmt(vm.exc.TypeError, "open() argument 'mode' must be str, not {}",
                          vm.type_name(a[1]));
    }
    mode = str_view(a[1]);
  }
  // The mode, checked as _io.open checks it.
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  std::string seen;
  for (char c : mode) {
    if (std::string("xrwab+t").find(c) == std::string::npos || seen.find(c) != std::string::npos)
      return vm.raise_fmt(vm.exc.ValueError, "invalid mode: '{}'", mode);
    seen.push_back(c);
    creating |= c == 'x';
    reading |= c == 'r';
    writing |= c == 'w';
    appending |= c == 'a';
    updating |= c == '+';
    text |= c == 't';
    binary |= c == 'b';
  }
  if (text && binary) return vm.raise(vm.exc.ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1) {
    return vm.raise(vm.exc.ValueError, "must have exactly one of create/read/write/append mode");
  }
  if (creating + reading + writing + appending == 0) {
    return vm.raise(vm.exc.ValueError,
                    "Must have exactly one of create/read/write/append mode and at most one plus");
  }
  auto absent = [](Value v) { return v.is_null() || v.is_none(); };
  if (binary && !absent(a[3]))
    return vm.raise(vm.exc.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && !absent(a[4]))
    return vm.raise(vm.exc.ValueError, "binary mode doesn't take an errors argument");
  if (binary && !absent(a[5]))
    return vm.raise(vm.exc.ValueError, "binary mode doesn't take a newline argument");
  std::string encoding = "UTF-8", errors = "strict";
  if (!absent(a[3])) {
    if (!is_str(a[3])) {
      return vm.raise_fmt(vm.exc.TypeError,
                          "open() argument 'encoding' must be str or None, not {}",
                          vm.type_name(a[3]));
    }
    encoding = str_view(a[3]);
    // Files are read byte-wise (newlines, one character at a time), which holds for the
    // ASCII-compatible codecs only: UTF-16/32 files are not supported (docs/differences.md).
    strimpl::Codec codec = strimpl::codec_from_name(encoding);
    if (codec != strimpl::Codec::Utf8 && codec != strimpl::Codec::Ascii &&
        codec != strimpl::Codec::Latin1)
      return vm.raise_fmt(vm.exc.LookupError, "unknown encoding: {}", encoding);
  }
  if (!absent(a[4])) {
    if (!is_str(a[4])) {
      return vm.raise_fmt(vm.exc.TypeError, "open() argument 'errors' must be str or None, not {}",
                          vm.type_name(a[4]));
    }
    errors = str_view(a[4]);
  }
  bool translate = true;
  if (!absent(a[5])) {
    if (!is_str(a[5])) {
      return vm.raise_fmt(vm.exc.TypeError, "open() argument 'newline' must be str or None, not {}",
                          vm.type_name(a[5]));
    }
    std::string_view nl = str_view(a[5]);
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") {
      Value r = py_repr(vm, a[5]);
      return r.is_null()
                 ? r
                 : vm.raise_fmt(vm.exc.ValueError, "illegal newline value: {}", str_view(r));
    }
    translate = false;
  }
  bool closefd = a[6].is_null() || a[6].is_true();
  if (!absent(a[7])) return vm.raise(vm.exc.NotImplementedError, "open(): opener is not supported");

  std::string cmode = reading ? "r" : writing ? "w" : appending ? "a" : "w";
  if (updating) cmode += "+";
  cmode += "b";
  if (creating) cmode += "x";
  std::FILE* fp = nullptr;
  if (file.is_small_int()) {
    fp = fdopen(static_cast<int>(file.as_small_int()), cmode.c_str());
    if (!fp) return raise_os_error(vm, errno, file);
  } else {
    Value path = file;
    if (!is_str(path) && !is_bytes(path)) {
      Value fspath = py_getattr_opt(vm, Value::object(vm.type_of(path)), vm.intern("__fspath__"));
      if (fspath.is_null()) {
        if (vm.has_error()) return Value::null();
        return vm.raise_fmt(vm.exc.TypeError, "expected str, bytes or os.PathLike object, not {}",
                            vm.type_name(file));
      }
      path = vm.call(fspath, {file});
      if (path.is_null()) return path;
      if (!is_str(path) && !is_bytes(path)) {
        return vm.raise_fmt(vm.exc.TypeError,
                            "expected {}.__fspath__() to return str or bytes, not {}",
                            vm.type_name(file), vm.type_name(path));
      }
      file = path;  // the file's name and its errors' filename are the str (or bytes) path
    }
    std::string p(is_str(path) ? str_view(path)
                               : static_cast<BytesObject*>(path.as_object())->view());
    if (p.find('\0') != std::string::npos) return vm.raise(vm.exc.ValueError, "embedded null byte");
    if (!closefd) return vm.raise(vm.exc.ValueError, "Cannot use closefd=False with file name");
    fp = std::fopen(p.c_str(), cmode.c_str());
    if (!fp) return raise_os_error(vm, errno, file);
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::fclose(fp);
      return raise_os_error(vm, EISDIR, file);
    }
  }
  Value io = vm.import_module("io");
  if (io.is_null()) {
    std::fclose(fp);
    return io;
  }
  const char* type_name = !binary    ? "TextIOWrapper"
                          : updating ? "BufferedRandom"
                          : reading  ? "BufferedReader"
                                     : "BufferedWriter";
  Value type = py_getattr(vm, io, vm.intern(type_name));
  if (type.is_null() || !is_type(type)) {
    std::fclose(fp);
    return type.is_null() ? type : vm.raise(vm.exc.SystemError, "io types missing");
  }
  auto* f = vm.make<FileObject>(as_type(type));
  if (!f) {
    std::fclose(fp);
    return Value::null();
  }
  f->fp = fp;
  f->name = file;
  std::string shown;
  for (char c : mode) {
    if (c != 't') shown.push_back(c);
  }
  f->mode = shown;
  f->encoding = encoding;
  f->errors = errors;
  f->readable = reading || updating;
  f->writable = !reading || updating;
  f->binary = binary;
  f->translate_newlines = translate;
  f->owns_fd = closefd;
  return Value::object(f);
}

TypeObject* make_file_type(VM& vm, const char* name) {
  TypeObject* t = vm.new_builtin_type(name, nullptr, ObjKind::Other);
  if (!t) return nullptr;
  t->is_basetype = false;
  vm.add_attr(t, "__module__", vm.intern_value("_io"));
  vm.add_methods(t, {
                        {"read", file_read},
                        {"readline", file_readline},
                        {"readlines", file_readlines},
                        {"write", file_write},
                        {"writelines", file_writelines},
                        {"close", file_close},
                        {"flush", file_flush},
                        {"seek", file_seek},
                        {"tell", file_tell},
                        {"truncate", file_truncate},
                        {"fileno", file_fileno},
                        {"isatty", file_isatty},
                        {"readable", file_readable},
                        {"writable", file_writable},
                        {"seekable", file_seekable},
                        {"__enter__", file_enter},
                        {"__exit__", file_exit},
                        {"__iter__", file_iter},
                        {"__next__", file_next},
                        {"__repr__", file_repr},
                    });
  vm.add_property(t, "closed", file_closed_get);
  vm.add_property(t, "name", file_name_get);
  vm.add_property(t, "mode", file_mode_get);
  if (std::string_view(name) == "TextIOWrapper") vm.add_property(t, "encoding", file_encoding_get);
  return t;
}

}  // namespace

Value io_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("io");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  for (const char* name : {"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"}) {
    TypeObject* t = make_file_type(vm, name);
    if (!t) return Value::null();
    dict_set_str(vm, d, vm.intern(name), Value::object(t));
  }
  // class UnsupportedOperation(OSError, ValueError)
  Value bases = vm.new_tuple({Value::object(vm.exc.OSError), Value::object(vm.exc.ValueError)});
  DictObject* ns = vm.new_dict();
  if (bases.is_null() || !ns) return Value::null();
  dict_set_str(vm, ns, vm.names.__module__, vm.intern_value("io"));
  Value unsupported = vm.call(Value::object(vm.types.type),
                              {vm.intern_value("UnsupportedOperation"), bases, Value::object(ns)});
  if (unsupported.is_null()) return unsupported;
  dict_set_str(vm, d, vm.intern("UnsupportedOperation"), unsupported);
  if (!add_function(vm, d, "open", builtin_open)) return Value::null();
  // The in-memory streams are written in Python (stdlib/py/_stringio.py).
  Value mem = vm.import_module("_stringio");
  if (mem.is_null()) return mem;
  for (const char* name : {"StringIO", "BytesIO"}) {
    Value cls = py_getattr(vm, mem, vm.intern(name));
    if (cls.is_null()) return cls;
    dict_set_str(vm, d, vm.intern(name), cls);
  }
  dict_set_str(vm, d, vm.intern("DEFAULT_BUFFER_SIZE"), Value::small_int(8192));
  return Value::object(m);
}

Value builtin_open_fn(VM& vm, const Value* args, size_t nargs, TupleObject* kwnames) {
  return builtin_open(vm, args, nargs, kwnames);
}

}  // namespace krait
