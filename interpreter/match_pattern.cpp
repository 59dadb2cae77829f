// match_pattern.cpp — MATCH_PATTERN: a subject against one case's pattern descriptor, with the
// semantics of CPython 3.11's MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS /
// COPY_DICT_WITHOUT_KEYS and the code compile.c generates around them (same checks, same order
// of attribute and item lookups, same error messages).
#include "interpreter/match_pattern.h"

#include <fmt/format.h>

#include <vector>

#include "runtime/containers.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

int64_t small(Value v) {
  return v.as_small_int();
}

class Matcher {
 public:
  Matcher(VM& vm, const Value* args, TupleObject* captures)
      : m_vm(vm), m_args(args), m_captures(captures) {}

  // 1: matched, 0: did not match, -1: an exception is pending.
  int match(Value subject, Value node) {
    TupleObject* n = as_tuple(node);
    switch (static_cast<PatternOp>(small(n->get(0)))) {
      case PatternOp::Wildcard:
        return 1;
      case PatternOp::Capture:
        m_captures->items()[small(n->get(1))] = subject;
        return 1;
      case PatternOp::Value:
        return py_compare_bool(m_vm, subject, m_args[small(n->get(1))], CompareOp::Eq);
      case PatternOp::Singleton:
        return subject == n->get(1) ? 1 : 0;
      case PatternOp::As: {
        int r = match(subject, n->get(1));
        if (r == 1) m_captures->items()[small(n->get(2))] = subject;
        return r;
      }
      case PatternOp::Or:
        return match_or(subject, n);
      case PatternOp::Sequence:
        return match_sequence(subject, n);
      case PatternOp::Mapping:
        return match_mapping(subject, n);
      case PatternOp::Class:
        return match_class(subject, n);
      case PatternOp::Star:
        break;
    }
    return 0;
  }

 private:
  // Alternatives bind the same names, each in its own order: after a match the slots the
  // alternative filled (from `base`) are put in the order of the first alternative.
  int match_or(Value subject, TupleObject* n) {
    size_t base = static_cast<size_t>(small(n->get(1)));
    for (size_t i = 2; i + 1 < n->size; i += 2) {
      int r = match(subject, n->get(i));
      if (r != 1) {
        if (r < 0) return r;
        continue;
      }
      TupleObject* perm = as_tuple(n->get(i + 1));
      if (perm->size) {
        Value* slots = m_captures->items() + base;
        std::vector<Value> filled(slots, slots + perm->size);
        for (size_t j = 0; j < perm->size; ++j) slots[small(perm->get(j))] = filled[j];
      }
      return 1;
    }
    return 0;
  }

  // `cls` from collections.abc (as _collections_abc, which collections.abc re-exports), or Null
  // when no script has imported it (then no class can have been registered with it).
  Value abc_class(std::string_view name) {
    Value mod = dict_get_str(m_vm.modules(), m_vm.intern("_collections_abc"));
    if (mod.is_null()) return mod;
    return py_getattr_opt(m_vm, mod, m_vm.intern(name));
  }

  // Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses, and classes registered with
  // (or deriving from) collections.abc.Sequence; never str, bytes or bytearray.
  int is_sequence(Value v) {
    if (!v.is_object()) return 0;
    if (is_list(v) || is_tuple(v) || is_kind(v, ObjKind::Range)) return 1;
    TypeObject* t = m_vm.type_of(v);
    if (!t->is_heap_type || is_str(v) || is_kind(v, ObjKind::Bytes) ||
        m_vm.is_subtype(t, m_vm.types.bytearray))
      return 0;
    Value abc = abc_class("Sequence");
    if (abc.is_null()) return m_vm.has_error() ? -1 : 0;
    return py_isinstance(m_vm, v, abc);
  }

  // Py_TPFLAGS_MAPPING: dict and its subclasses, and collections.abc.Mapping's.
  int is_mapping(Value v) {
    if (!v.is_object()) return 0;
    if (is_dict(v)) return 1;
    if (!m_vm.type_of(v)->is_heap_type) return 0;
    Value abc = abc_class("Mapping");
    if (abc.is_null()) return m_vm.has_error() ? -1 : 0;
    return py_isinstance(m_vm, v, abc);
  }

  static bool is_wildcard(Value node) {
    TupleObject* n = as_tuple(node);
    auto op = static_cast<PatternOp>(small(n->get(0)));
    return op == PatternOp::Wildcard || (op == PatternOp::Star && small(n->get(1)) < 0);
  }

  // (Sequence, star, node...): a length check, then the items by index when the star is `*_`
  // (subject[i], subject[i - len]), else unpacked by iteration as UNPACK_SEQUENCE/UNPACK_EX do.
  int match_sequence(Value subject, TupleObject* n) {
    int r = is_sequence(subject);
    if (r <= 0) return r;
    int64_t len = 0;
    if (!py_len(m_vm, subject, len)) return -1;
    int64_t size = static_cast<int64_t>(n->size) - 2;
    int64_t star = small(n->get(1));
    if (star < 0 ? len != size : len < size - 1) return 0;
    bool only_wildcards = true;
    for (int64_t i = 0; i < size; ++i)
      only_wildcards = only_wildcards && is_wildcard(n->get(i + 2));
    if (only_wildcards) return 1;
    RootScope roots(m_vm);
    if (star >= 0 && is_wildcard(n->get(star + 2))) {
      for (int64_t i = 0; i < size; ++i) {
        if (i == star) continue;
        Value item = py_getitem(m_vm, subject, m_vm.new_int(i < star ? i : i - size));
        if (item.is_null()) return -1;
        roots.add(item);
        r = match(item, n->get(i + 2));
        if (r != 1) return r;
      }
      return 1;
    }
    std::vector<Value> items;
    if (m_vm.type_of(subject) == m_vm.types.list) {
      ListObject* l = as_list(subject);
      items.assign(l->items.begin(), l->items.end());
    } else if (m_vm.type_of(subject) == m_vm.types.tuple) {
      TupleObject* t = as_tuple(subject);
      items.assign(t->items(), t->items() + t->size);
    } else {
      Value it = py_iter(m_vm, subject);
      if (it.is_null()) return -1;
      roots.add(it);
      for (;;) {
        Value item = py_next(m_vm, it);
        if (item.is_null()) {
          if (m_vm.has_error()) return -1;
          break;
        }
        roots.add(item);
        items.push_back(item);
      }
    }
    for (Value v : items) roots.add(v);
    int64_t got = static_cast<int64_t>(items.size());
    if (star < 0 && got != size) {
      if (got > size) {
        m_vm.raise_fmt(m_vm.exc.ValueError, "too many values to unpack (expected {})", size);
      } else {
        m_vm.raise_fmt(m_vm.exc.ValueError, "not enough values to unpack (expected {}, got {})",
                       size, got);
      }
      return -1;
    }
    if (star >= 0 && got < size - 1) {
      m_vm.raise_fmt(m_vm.exc.ValueError,
                     "not enough values to unpack (expected at least {}, got {})", size - 1, got);
      return -1;
    }
    int64_t middle = got - (size - 1);  // items the star takes
    for (int64_t i = 0, j = 0; i < size; ++i) {
      Value node = n->get(i + 2);
      if (i == star) {
        int64_t slot = small(as_tuple(node)->get(1));
        if (slot >= 0) {
          ListObject* l = m_vm.new_list(static_cast<size_t>(middle));
          if (!l) return -1;
          l->items.assign(items.begin() + j, items.begin() + j + middle);
          m_captures->items()[slot] = Value::object(l);
        }
        j += middle;
        continue;
      }
      r = match(items[j++], node);
      if (r != 1) return r;
    }
    return 1;
  }

  // (Mapping, rest_slot, first_key_arg, node...): a length check, then every key looked up
  // with the subject's get() (MATCH_KEYS), then the values matched, then **rest as a dict copy
  // without the keys.
  int match_mapping(Value subject, TupleObject* n) {
    int r = is_mapping(subject);
    if (r <= 0) return r;
    size_t size = n->size - 3;
    int64_t rest_slot = small(n->get(1));
    const Value* keys = m_args + small(n->get(2));
    if (size) {
      int64_t len = 0;
      if (!py_len(m_vm, subject, len)) return -1;
      if (len < static_cast<int64_t>(size)) return 0;
    }
    if (!size && rest_slot < 0) return 1;
    RootScope roots(m_vm);
    std::vector<Value> values;
    if (size) {
      Value get = py_getattr(m_vm, subject, m_vm.intern("get"));
      if (get.is_null()) return -1;
      roots.add(get);
      ListObject* dummy = m_vm.new_list(0);
      if (!dummy) return -1;
      roots.add(Value::object(dummy));
      for (size_t i = 0; i < size; ++i) {
        int64_t hash = 0;
        if (!py_hash(m_vm, keys[i], hash)) return -1;
        for (size_t j = 0; j < i; ++j) {
          int eq = py_equal(m_vm, keys[j], keys[i]);
          if (eq < 0) return -1;
          if (eq) {
            Value repr = py_repr(m_vm, keys[i]);
            if (repr.is_null()) return -1;
            m_vm.raise_fmt(m_vm.exc.ValueError, "mapping pattern checks duplicate key ({})",
                           as_str(repr)->view());
            return -1;
          }
        }
        Value v = m_vm.call(get, {keys[i], Value::object(dummy)});
        if (v.is_null()) return -1;
        if (v == Value::object(dummy)) return 0;
        roots.add(v);
        values.push_back(v);
      }
      for (size_t i = 0; i < size; ++i) {
        r = match(values[i], n->get(i + 3));
        if (r != 1) return r;
      }
    }
    if (rest_slot >= 0) {
      DictObject* rest = m_vm.new_dict();
      if (!rest) return -1;
      roots.add(Value::object(rest));
      if (!dict_merge(m_vm, rest, subject, true)) return -1;
      for (size_t i = 0; i < size; ++i) {
        if (dict_delete(m_vm, rest, keys[i]) < 0) return -1;
      }
      m_captures->items()[rest_slot] = Value::object(rest);
    }
    return 1;
  }

  // Types that match themselves with one positional sub-pattern (_Py_TPFLAGS_MATCH_SELF).
  bool matches_self(TypeObject* t) {
    auto& ty = m_vm.types;
    for (TypeObject* s : {ty.bool_, ty.bytearray, ty.bytes, ty.dict, ty.float_, ty.frozenset,
                          ty.int_, ty.list, ty.set, ty.str, ty.tuple})
      if (m_vm.is_subtype(t, s)) return true;
    return false;
  }

  // match_class_attr: getattr(subject, name), Null without an exception when it is absent.
  Value class_attr(Value subject, TypeObject* type, Value name, std::vector<Value>& seen) {
    for (Value s : seen) {
      if (as_str(s)->view() == as_str(name)->view()) {
        Value repr = py_repr(m_vm, name);
        if (repr.is_null()) return repr;
        return m_vm.raise_fmt(m_vm.exc.TypeError, "{}() got multiple sub-patterns for attribute {}",
                              type->name->view(), as_str(repr)->view());
      }
    }
    seen.push_back(name);
    Value attr = py_getattr(m_vm, subject, as_str(name));
    if (attr.is_null() && m_vm.error_matches(m_vm.exc.AttributeError)) m_vm.clear_error();
    return attr;
  }

  // (Class, class_arg, n_positional, (names...), node...): MATCH_CLASS, then the attributes
  // matched in order.
  int match_class(Value subject, TupleObject* n) {
    Value cls = m_args[small(n->get(1))];
    if (!is_type(cls)) {
      m_vm.raise(m_vm.exc.TypeError, "called match pattern must be a type");
      return -1;
    }
    TypeObject* type = as_type(cls);
    int r = py_isinstance(m_vm, subject, cls);
    if (r <= 0) return r;
    size_t npos = static_cast<size_t>(small(n->get(2)));
    TupleObject* kwnames = as_tuple(n->get(3));
    RootScope roots(m_vm);
    std::vector<Value> attrs;
    std::vector<Value> seen;
    if (npos) {
      Value match_args = py_getattr_opt(m_vm, cls, m_vm.intern("__match_args__"));
      bool match_self = false;
      size_t allowed = 0;
      if (!match_args.is_null()) {
        roots.add(match_args);
        if (m_vm.type_of(match_args) != m_vm.types.tuple) {
          m_vm.raise_fmt(m_vm.exc.TypeError, "{}.__match_args__ must be a tuple (got {})",
                         type->name->view(), m_vm.type_name(match_args));
          return -1;
        }
        allowed = as_tuple(match_args)->size;
      } else {
        if (m_vm.has_error()) return -1;
        match_self = matches_self(type);
        allowed = match_self ? 1 : 0;
      }
      if (allowed < npos) {
        m_vm.raise_fmt(m_vm.exc.TypeError, "{}() accepts {} positional sub-pattern{} ({} given)",
                       type->name->view(), allowed, allowed == 1 ? "" : "s", npos);
        return -1;
      }
      if (match_self) {
        attrs.push_back(subject);
      } else {
        TupleObject* names = as_tuple(match_args);
        for (size_t i = 0; i < npos; ++i) {
          Value name = names->get(i);
          if (m_vm.type_of(name) != m_vm.types.str) {
            m_vm.raise_fmt(m_vm.exc.TypeError, "__match_args__ elements must be strings (got {})",
                           m_vm.type_name(name));
            return -1;
          }
          Value attr = class_attr(subject, type, name, seen);
          if (attr.is_null()) return m_vm.has_error() ? -1 : 0;
          attrs.push_back(roots.add(attr));
        }
      }
    }
    for (size_t i = 0; i < kwnames->size; ++i) {
      Value attr = class_attr(subject, type, kwnames->get(i), seen);
      if (attr.is_null()) return m_vm.has_error() ? -1 : 0;
      attrs.push_back(roots.add(attr));
    }
    for (size_t i = 0; i < attrs.size(); ++i) {
      r = match(attrs[i], n->get(i + 4));
      if (r != 1) return r;
    }
    return 1;
  }

  VM& m_vm;
  const Value* m_args;
  TupleObject* m_captures;
};

}  // namespace

Value match_pattern(VM& vm, Value subject, const Value* args, Value descriptor) {
  TupleObject* d = as_tuple(descriptor);
  TupleObject* captures = vm.new_tuple(static_cast<size_t>(small(d->get(0))));
  if (!captures) return Value::null();
  RootScope roots(vm);
  roots.add(Value::object(captures));
  Matcher m(vm, args, captures);
  int r = m.match(subject, d->get(1));
  if (r < 0) return Value::null();
  return r ? Value::object(captures) : Value::none();
}

}  // namespace krait
