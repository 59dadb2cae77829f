#include "app/completion.h"

#include <algorithm>
#include <set>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"

using namespace krait;

namespace {

const char* const kKeywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// rlcompleter's suffixes: a colon after try/finally, nothing after the keywords that stand
// alone, else a space.
std::string keyword_completion(std::string_view kw) {
  if (kw == "finally" || kw == "try") return std::string(kw) + ":";
  for (std::string_view alone : {"False", "None", "True", "break", "continue", "pass", "else"}) {
    if (kw == alone) return std::string(kw);
  }
  return std::string(kw) + " ";
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string with_call_paren(VM& vm, std::string name, Value v) {
  if (!v.is_null() && py_callable(vm, v)) name += "(";
  return name;
}

// A name of the session: globals first, then builtins. Null when absent.
Value lookup_name(VM& vm, DictObject* globals, std::string_view name) {
  StrObject* key = vm.intern(name);
  Value v = dict_get_str(globals, key);
  if (v.is_null()) v = dict_get_str(vm.builtins(), key);
  return v;
}

void complete_global(VM& vm, DictObject* globals, const std::string& word,
                     std::set<std::string>& out) {
  for (const char* kw : kKeywords) {
    if (starts_with(kw, word)) out.insert(keyword_completion(kw));
  }
  for (DictObject* d : {globals, vm.builtins()}) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, pos, key, value)) {
      if (!is_str(key)) continue;
      std::string_view name = str_view(key);
      if (!starts_with(name, word) || name == "__builtins__") continue;
      if (word.empty() && starts_with(name, "_")) continue;
      out.insert(with_call_paren(vm, std::string(name), value));
    }
  }
}

void complete_attribute(VM& vm, DictObject* globals, const std::string& word,
                        std::set<std::string>& out) {
  size_t dot = word.rfind('.');
  std::string expr = word.substr(0, dot);
  std::string attr = word.substr(dot + 1);
  // Only dotted names are evaluated: completing must not call anything.
  Value obj = Value::null();
  size_t start = 0;
  while (start <= expr.size()) {
    size_t next = expr.find('.', start);
    if (next == std::string::npos) next = expr.size();
    std::string_view part(expr.data() + start, next - start);
    if (part.empty()) return;
    for (char c : part) {
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80))) return;
    }
    obj = obj.is_null() ? lookup_name(vm, globals, part) : py_getattr_opt(vm, obj, vm.intern(part));
    if (obj.is_null()) return;
    start = next + 1;
  }
  Value dir_fn = dict_get_str(vm.builtins(), vm.intern("dir"));
  if (dir_fn.is_null()) return;
  Value names = vm.call(dir_fn, {obj});
  if (names.is_null() || !is_list(names)) return;
  TypeObject* type = vm.type_of(obj);
  for (Value n : as_list(names)->items) {
    if (!is_str(n)) continue;
    std::string_view name = str_view(n);
    if (!starts_with(name, attr)) continue;
    // rlcompleter hides private names until their prefix is typed.
    if (attr.empty() && starts_with(name, "_")) continue;
    if (attr == "_" && starts_with(name, "__")) continue;
    std::string full = expr + "." + std::string(name);
    // A property is not evaluated (it may do anything); other attributes are looked up to
    // know whether they are callable.
    Value cls_attr = type_lookup(type, as_str(n));
    if (!cls_attr.is_null() && vm.type_of(cls_attr) == vm.types.property) {
      out.insert(full);
      continue;
    }
    Value v = py_getattr_opt(vm, obj, as_str(n));
    vm.clear_error();
    out.insert(with_call_paren(vm, full, v));
  }
}

// `import x` / `from x`: the word is a module name.
bool after_import(const std::string& before, const std::string& word) {
  std::string_view head(before.data(), before.size() - word.size());
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  while (!head.empty() && head.front() == ' ') head.remove_prefix(1);
  return head == "import" || head == "from";
}

void complete_module(VM& vm, const std::string& word, std::set<std::string>& out) {
  for (const std::string& name : vm.builtin_module_names()) {
    if (starts_with(name, word) && !starts_with(name, "_")) out.insert(name);
  }
  size_t pos = 0;
  Value key, value;
  while (dict_next(vm.modules(), pos, key, value)) {
    if (is_str(key) && starts_with(str_view(key), word) && !starts_with(str_view(key), "_"))
      out.insert(std::string(str_view(key)));
  }
}

}  // namespace

std::vector<std::string> complete_word(VM& vm, DictObject* globals, const std::string& before,
                                       const std::string& word) {
  std::set<std::string> out;
  // Values the completion holds live only in C++ locals: no collection meanwhile.
  ++vm.native_depth_ref();
  if (after_import(before, word)) {
    complete_module(vm, word, out);
  } else if (word.find('.') == std::string::npos) {
    complete_global(vm, globals, word, out);
  } else {
    complete_attribute(vm, globals, word, out);
  }
  --vm.native_depth_ref();
  vm.clear_error();
  return {out.begin(), out.end()};
}
