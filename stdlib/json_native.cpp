// `_json`: the C accelerations of the json module (CPython's Modules/_json.c): string escaping,
// a scanner for the default decoder and an encoder for JSONEncoder's own iterencode. json.py
// keeps the pure-Python paths for hooks and subclasses; both give the same text and errors.
#include <string>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/number_format.h"
#include "runtime/number_ops.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

// --- Strings ---

void escape_into(std::string& out, std::string_view s, bool ascii_only) {
  out.push_back('"');
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        ++pos;
        continue;
      case '\\':
        out += "\\\\";
        ++pos;
        continue;
      case '\n':
        out += "\\n";
        ++pos;
        continue;
      case '\r':
        out += "\\r";
        ++pos;
        continue;
      case '\t':
        out += "\\t";
        ++pos;
        continue;
      case '\b':
        out += "\\b";
        ++pos;
        continue;
      case '\f':
        out += "\\f";
        ++pos;
        continue;
      default:
        break;
    }
    if (c < 0x20) {
      out += fmt::format("\\u{:04x}", c);
      ++pos;
      continue;
    }
    if (!ascii_only) {
      size_t start = pos;
      utf8_decode(s, pos);
      out.append(s.substr(start, pos - start));
      continue;
    }
    uint32_t cp = utf8_decode(s, pos);
    if (cp < 0x10000) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      cp -= 0x10000;
      out +=
          fmt::format("\\u{:04x}\\u{:04x}", 0xd800 | ((cp >> 10) & 0x3ff), 0xdc00 | (cp & 0x3ff));
    }
  }
  out.push_back('"');
}

Value encode_basestring(VM& vm, const Value* args, size_t nargs, bool ascii_only) {
  if (nargs != 1 || !is_str(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "first argument must be a string, not {}",
                        nargs ? vm.type_name(args[0]) : "nothing");
  }
  std::string out;
  escape_into(out, str_view(args[0]), ascii_only);
  return vm.new_str(out);
}
Value json_encode_basestring_ascii(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return encode_basestring(vm, args, nargs, true);
}
Value json_encode_basestring(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return encode_basestring(vm, args, nargs, false);
}

// --- Decoding ---

class Scanner {
 public:
  Scanner(VM& vm, StrObject* doc) : m_vm(vm), m_doc(doc), m_s(doc->view()) {}

  // The value starting at byte `pos`; Null with JSONDecodeError (or RecursionError) pending.
  Value value(size_t& pos, int depth) {
    if (pos >= m_s.size()) return fail("Expecting value", pos);
    char c = m_s[pos];
    switch (c) {
      case '"': {
        ++pos;
        return string(pos);
      }
      case '{':
        return object(pos, depth);
      case '[':
        return array(pos, depth);
      case 'n':
        if (m_s.compare(pos, 4, "null") == 0) {
          pos += 4;
          return Value::none();
        }
        break;
      case 't':
        if (m_s.compare(pos, 4, "true") == 0) {
          pos += 4;
          return Value::true_();
        }
        break;
      case 'f':
        if (m_s.compare(pos, 5, "false") == 0) {
          pos += 5;
          return Value::false_();
        }
        break;
      case 'N':
        if (m_s.compare(pos, 3, "NaN") == 0) {
          pos += 3;
          return Value::from_double(std::numeric_limits<double>::quiet_NaN());
        }
        break;
      case 'I':
        if (m_s.compare(pos, 8, "Infinity") == 0) {
          pos += 8;
          return Value::from_double(std::numeric_limits<double>::infinity());
        }
        break;
      case '-':
        if (m_s.compare(pos, 9, "-Infinity") == 0) {
          pos += 9;
          return Value::from_double(-std::numeric_limits<double>::infinity());
        }
        break;
      default:
        break;
    }
    return number(pos);
  }

  void skip(size_t& pos) const {
    while (pos < m_s.size() &&
           (m_s[pos] == ' ' || m_s[pos] == '\t' || m_s[pos] == '\n' || m_s[pos] == '\r'))
      ++pos;
  }

  // json.JSONDecodeError(msg, doc, char position).
  Value fail(std::string_view msg, size_t byte_pos) {
    Value json = m_vm.import_module("json");
    if (json.is_null()) return json;
    Value type = py_getattr(m_vm, json, m_vm.intern("JSONDecodeError"));
    if (type.is_null()) return type;
    Value m = m_vm.new_str(msg);
    if (m.is_null()) return m;
    Value e = m_vm.call(type, {m, Value::object(m_doc), m_vm.new_int(char_index(byte_pos))});
    return e.is_null() ? e : m_vm.raise_value(e);
  }

 private:
  int64_t char_index(size_t byte_pos) const {
    if (m_doc->is_ascii) return static_cast<int64_t>(byte_pos);
    int64_t n = 0;
    for (size_t i = 0; i < byte_pos && i < m_s.size(); ++i)
      n += (static_cast<unsigned char>(m_s[i]) & 0xC0) != 0x80;
    return n;
  }

  Value number(size_t& pos) {
    size_t start = pos, n = m_s.size();
    if (pos < n && m_s[pos] == '-') ++pos;
    if (pos < n && m_s[pos] == '0') {
      ++pos;
    } else if (pos < n && m_s[pos] >= '1' && m_s[pos] <= '9') {
      while (pos < n && m_s[pos] >= '0' && m_s[pos] <= '9') ++pos;
    } else {
      pos = start;
      return fail("Expecting value", start);
    }
    bool is_float = false;
    if (pos + 1 < n && m_s[pos] == '.' && m_s[pos + 1] >= '0' && m_s[pos + 1] <= '9') {
      is_float = true;
      pos += 2;
      while (pos < n && m_s[pos] >= '0' && m_s[pos] <= '9') ++pos;
    }
    if (pos < n && (m_s[pos] == 'e' || m_s[pos] == 'E')) {
      size_t j = pos + 1;
      if (j < n && (m_s[j] == '+' || m_s[j] == '-')) ++j;
      if (j < n && m_s[j] >= '0' && m_s[j] <= '9') {
        is_float = true;
        pos = j;
        while (pos < n && m_s[pos] >= '0' && m_s[pos] <= '9') ++pos;
      }
    }
    std::string_view text = m_s.substr(start, pos - start);
    if (is_float) {
      std::optional<double> d = parse_float(text);
      return Value::from_double(d ? *d : 0.0);
    }
    if (text.size() <= 18) {
      int64_t v = 0;
      size_t i = text[0] == '-' ? 1 : 0;
      for (; i < text.size(); ++i) v = v * 10 + (text[i] - '0');
      return m_vm.new_int(text[0] == '-' ? -v : v);
    }
    std::optional<BigInt> b = BigInt::from_string(text, 10);
    if (!b) return m_vm.raise(m_vm.exc.ValueError, "invalid JSON number");
    return m_vm.new_int(std::move(*b));
  }

  // The string after its opening quote (at `pos`); `pos` ends after the closing quote.
  Value string(size_t& pos) {
    size_t begin = pos - 1;
    std::string out;
    size_t n = m_s.size();
    for (;;) {
      size_t j = pos;
      while (j < n && m_s[j] != '"' && m_s[j] != '\\' && static_cast<unsigned char>(m_s[j]) >= 0x20)
        ++j;
      if (j >= n) return fail("Unterminated string starting at", begin);
      out.append(m_s.substr(pos, j - pos));
      char c = m_s[j];
      if (c == '"') {
        pos = j + 1;
        return m_vm.new_str(out);
      }
      if (c != '\\') return fail("Invalid control character at", j);
      if (j + 1 >= n) return fail("Unterminated string starting at", begin);
      char esc = m_s[j + 1];
      if (esc != 'u') {
        char ch;
        switch (esc) {
          case '"':
            ch = '"';
            break;
          case '\\':
            ch = '\\';
            break;
          case '/':
            ch = '/';
            break;
          case 'b':
            ch = '\b';
            break;
          case 'f':
            ch = '\f';
            break;
          case 'n':
            ch = '\n';
            break;
          case 'r':
            ch = '\r';
            break;
          case 't':
            ch = '\t';
            break;
          default:
            return fail("Invalid \\escape", j);
        }
        out.push_back(ch);
        pos = j + 2;
        continue;
      }
      int64_t uni = hex4(j + 2);
      if (uni < 0) return fail("Invalid \\uXXXX escape", j + 1);
      pos = j + 6;
      if (uni >= 0xd800 && uni <= 0xdbff && m_s.compare(pos, 2, "\\u") == 0) {
        int64_t uni2 = hex4(pos + 2);
        if (uni2 < 0) return fail("Invalid \\uXXXX escape", pos + 1);
        if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
          uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
          pos += 6;
        }
      }
      append_utf8(out, static_cast<char32_t>(uni));
    }
  }

  int64_t hex4(size_t pos) const {
    if (pos + 4 > m_s.size()) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < 4; ++i) {
      char c = m_s[pos + i];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  bool enter(int depth, const char* what) {
    if (depth < m_vm.options.recursion_limit) return true;
    m_vm.raise_fmt(m_vm.exc.RecursionError,
                   "maximum recursion depth exceeded while decoding a JSON {} from a unicode "
                   "string",
                   what);
    return false;
  }

  Value array(size_t& pos, int depth) {
    if (!enter(depth, "array")) return Value::null();
    ListObject* list = m_vm.new_list();
    if (!list) return Value::null();
    ++pos;
    skip(pos);
    if (pos < m_s.size() && m_s[pos] == ']') {
      ++pos;
      return Value::object(list);
    }
    for (;;) {
      Value v = value(pos, depth + 1);
      if (v.is_null()) return v;
      list->items.push_back(v);
      skip(pos);
      if (pos < m_s.size() && m_s[pos] == ']') {
        ++pos;
        return Value::object(list);
      }
      if (pos >= m_s.size() || m_s[pos] != ',') return fail("Expecting ',' delimiter", pos);
      ++pos;
      skip(pos);
    }
  }

  Value object(size_t& pos, int depth) {
    if (!enter(depth, "object")) return Value::null();
    DictObject* dict = m_vm.new_dict();
    if (!dict) return Value::null();
    ++pos;
    skip(pos);
    if (pos < m_s.size() && m_s[pos] == '}') {
      ++pos;
      return Value::object(dict);
    }
    for (;;) {
      if (pos >= m_s.size() || m_s[pos] != '"')
        return fail("Expecting property name enclosed in double quotes", pos);
      ++pos;
      Value key = string(pos);
      if (key.is_null()) return key;
      skip(pos);
      if (pos >= m_s.size() || m_s[pos] != ':') return fail("Expecting ':' delimiter", pos);
      ++pos;
      skip(pos);
      Value v = value(pos, depth + 1);
      if (v.is_null()) return v;
      if (!dict_set(m_vm, dict, key, v)) return Value::null();
      skip(pos);
      if (pos < m_s.size() && m_s[pos] == '}') {
        ++pos;
        return Value::object(dict);
      }
      if (pos >= m_s.size() || m_s[pos] != ',') return fail("Expecting ',' delimiter", pos);
      ++pos;
      skip(pos);
    }
  }

  VM& m_vm;
  StrObject* m_doc;
  std::string_view m_s;
};

// decode(s): the whole document with the default decoder's rules (json.loads without hooks).
Value json_decode(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 1 || !is_str(args[0])) return vm.raise(vm.exc.TypeError, "decode(str)");
  Scanner scanner(vm, as_str(args[0]));
  size_t pos = 0;
  scanner.skip(pos);
  Value v = scanner.value(pos, 0);
  if (v.is_null()) return v;
  scanner.skip(pos);
  if (pos != str_view(args[0]).size()) return scanner.fail("Extra data", pos);
  return v;
}

// --- Encoding ---

struct EncoderOptions {
  bool ensure_ascii = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool skipkeys = false;
  bool check_circular = true;
  bool has_indent = false;
  std::string indent;
  std::string item_separator = ", ";
  std::string key_separator = ": ";
  Value default_fn = Value::none();
};

class Encoder {
 public:
  Encoder(VM& vm, const EncoderOptions& o) : m_vm(vm), m_o(o) {}
  std::string out;

  bool encode(Value v, int level) {
    if (is_str(v)) {
      escape_into(out, str_view(v), m_o.ensure_ascii);
      return true;
    }
    if (v.is_none()) {
      out += "null";
      return true;
    }
    if (v.is_bool()) {
      out += v.is_true() ? "true" : "false";
      return true;
    }
    if (v.is_small_int()) {
      out += fmt::format("{}", v.as_small_int());
      return true;
    }
    if (v.is_double()) return encode_float(v.as_double());
    TypeObject* t = m_vm.type_of(v);
    if (m_vm.is_subtype(t, m_vm.types.int_)) {
      Value r = int_repr(m_vm, v);
      if (r.is_null()) return false;
      out += str_view(r);
      return true;
    }
    if (m_vm.is_subtype(t, m_vm.types.float_)) {
      double d;
      if (!py_to_double(m_vm, v, d)) return false;
      return encode_float(d);
    }
    if (m_vm.is_subtype(t, m_vm.types.list) || m_vm.is_subtype(t, m_vm.types.tuple)) {
      return encode_list(v, level);
    }
    if (m_vm.is_subtype(t, m_vm.types.dict)) return encode_dict(as_dict(v), level);
    if (m_o.default_fn.is_none()) {
      m_vm.raise_fmt(m_vm.exc.TypeError, "Object of type {} is not JSON serializable",
                     t->name->view());
      return false;
    }
    if (!enter(v)) return false;
    Value replaced = m_vm.call(m_o.default_fn, {v});
    if (replaced.is_null()) return false;
    m_vm.extra_roots().push_back(replaced);
    bool ok = encode(replaced, level);
    m_vm.extra_roots().pop_back();
    leave();
    return ok;
  }

 private:
  bool enter(Value v) {
    if (m_path.size() > static_cast<size_t>(m_vm.options.recursion_limit)) {
      m_vm.raise(m_vm.exc.RecursionError,
                 "maximum recursion depth exceeded while encoding a JSON object");
      return false;
    }
    if (!m_o.check_circular) {
      m_path.push_back(nullptr);
      return true;
    }
    Object* o = v.as_object();
    for (Object* p : m_path) {
      if (p == o) {
        m_vm.raise(m_vm.exc.ValueError, "Circular reference detected");
        return false;
      }
    }
    m_path.push_back(o);
    return true;
  }
  void leave() { m_path.pop_back(); }

  bool encode_float(double d) {
    if (d != d || d == std::numeric_limits<double>::infinity() ||
        d == -std::numeric_limits<double>::infinity()) {
      if (!m_o.allow_nan) {
        m_vm.raise(m_vm.exc.ValueError, "Out of range float values are not JSON compliant");
        return false;
      }
      out += d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
      return true;
    }
    out += float_repr(d);
    return true;
  }

  void newline(int level) {
    out.push_back('\n');
    for (int i = 0; i < level; ++i) out += m_o.indent;
  }

  bool encode_list(Value v, int level) {
    const Value* items;
    size_t n;
    if (is_list(v)) {
      items = as_list(v)->items.data();
      n = as_list(v)->items.size();
    } else {
      items = as_tuple(v)->items();
      n = as_tuple(v)->size;
    }
    if (n == 0) {
      out += "[]";
      return true;
    }
    if (!enter(v)) return false;
    out.push_back('[');
    if (m_o.has_indent) newline(level + 1);
    // A list may change while its items' default() runs: index it again each time.
    for (size_t i = 0;; ++i) {
      if (is_list(v)) {
        if (i >= as_list(v)->items.size()) break;
      } else if (i >= n) {
        break;
      }
      if (i > 0) {
        out += m_o.item_separator;
        if (m_o.has_indent) newline(level + 1);
      }
      Value item = is_list(v) ? as_list(v)->items[i] : items[i];
      if (!encode(item, level + 1)) return false;
    }
    if (m_o.has_indent) newline(level);
    out.push_back(']');
    leave();
    return true;
  }

  bool key_text(Value key, std::string& text, bool& skip) {
    skip = false;
    if (is_str(key)) {
      text = str_view(key);
    } else if (key.is_double() || (key.is_object() && m_vm.isinstance(key, m_vm.types.float_))) {
      double d;
      if (!py_to_double(m_vm, key, d)) return false;
      size_t before = out.size();
      if (!encode_float(d)) return false;
      text = out.substr(before);
      out.resize(before);
    } else if (key.is_bool()) {
      text = key.is_true() ? "true" : "false";
    } else if (key.is_none()) {
      text = "null";
    } else if (key.is_small_int() || m_vm.isinstance(key, m_vm.types.int_)) {
      Value r = int_repr(m_vm, key);
      if (r.is_null()) return false;
      text = str_view(r);
    } else if (m_o.skipkeys) {
      skip = true;
    } else {
      m_vm.raise_fmt(m_vm.exc.TypeError, "keys must be str, int, float, bool or None, not {}",
                     m_vm.type_name(key));
      return false;
    }
    return true;
  }

  bool encode_dict(DictObject* d, int level) {
    if (d->used == 0) {
      out += "{}";
      return true;
    }
    if (!enter(Value::object(d))) return false;
    // The items, sorted by key when asked (sorted() raises for keys that do not compare).
    ListObject* items = m_vm.new_list(d->used);
    if (!items) return false;
    m_vm.extra_roots().push_back(Value::object(items));
    size_t pos = 0;
    Value k, val;
    while (dict_next(d, pos, k, val)) {
      Value pair = m_vm.new_tuple({k, val});
      if (pair.is_null()) return pop_fail();
      items->items.push_back(pair);
    }
    if (m_o.sort_keys) {
      Value sorted = dict_get_str(m_vm.builtins(), m_vm.intern("sorted"));
      Value r = sorted.is_null() ? sorted : m_vm.call(sorted, {Value::object(items)});
      if (r.is_null()) return pop_fail();
      m_vm.extra_roots().back() = r;
      items = as_list(r);
    }
    out.push_back('{');
    if (m_o.has_indent) newline(level + 1);
    bool first = true;
    for (size_t i = 0; i < items->items.size(); ++i) {
      TupleObject* pair = as_tuple(items->items[i]);
      std::string key;
      bool skip;
      if (!key_text(pair->items()[0], key, skip)) return pop_fail();
      if (skip) continue;
      if (!first) {
        out += m_o.item_separator;
        if (m_o.has_indent) newline(level + 1);
      }
      first = false;
      escape_into(out, key, m_o.ensure_ascii);
      out += m_o.key_separator;
      if (!encode(pair->items()[1], level + 1)) return pop_fail();
    }
    m_vm.extra_roots().pop_back();
    if (m_o.has_indent) newline(level);
    out.push_back('}');
    leave();
    return true;
  }

  bool pop_fail() {
    m_vm.extra_roots().pop_back();
    return false;
  }

  VM& m_vm;
  const EncoderOptions& m_o;
  std::vector<Object*> m_path;  // the containers being encoded (circular references)
};

// encode(obj, ensure_ascii, allow_nan, sort_keys, skipkeys, check_circular, indent,
//        item_separator, key_separator, default)
Value json_encode(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 10) return vm.raise(vm.exc.TypeError, "encode() takes 10 arguments");
  EncoderOptions o;
  o.ensure_ascii = args[1].is_true();
  o.allow_nan = args[2].is_true();
  o.sort_keys = args[3].is_true();
  o.skipkeys = args[4].is_true();
  o.check_circular = args[5].is_true();
  if (!args[6].is_none()) {
    if (!is_str(args[6])) return vm.raise(vm.exc.TypeError, "indent must be a str");
    o.has_indent = true;
    o.indent = str_view(args[6]);
  }
  if (!is_str(args[7]) || !is_str(args[8]))
    return vm.raise(vm.exc.TypeError, "separators must be str");
  o.item_separator = str_view(args[7]);
  o.key_separator = str_view(args[8]);
  o.default_fn = args[9];
  Encoder e(vm, o);
  if (!e.encode(args[0], 0)) return Value::null();
  return vm.new_str(e.out);
}

}  // namespace

Value json_native_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("_json");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  bool ok = add_function(vm, d, "encode_basestring_ascii", json_encode_basestring_ascii) &&
            add_function(vm, d, "encode_basestring", json_encode_basestring) &&
            add_function(vm, d, "decode", json_decode) &&
            add_function(vm, d, "encode", json_encode);
  return ok ? Value::object(m) : Value::null();
}

}  // namespace krait
