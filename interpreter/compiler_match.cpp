// compiler_match.cpp — code generation for the match statement (PEP 634).
//
// CPython 3.11 compiles a pattern into a tree of tests and jumps; Krait compiles it into a
// constant descriptor that one MATCH_PATTERN instruction walks natively (match_pattern.h).
// The checks and messages of compile.c are kept: unreachable patterns after an irrefutable
// one, names bound twice, alternatives that bind different names, repeated attributes and
// mapping keys. Per case:
//
//     COPY 1                     (not for the last case: the subject stays for the next)
//     <values the pattern needs> (literals, dotted names, classes, keys: in pattern order)
//     LOAD_CONST descriptor
//     MATCH_PATTERN n_values     -> captures tuple or None
//     COPY 1; POP_JUMP_IF_NONE pop_and_next_case    (no COPY when nothing is captured)
//     UNPACK_SEQUENCE n; STORE_* each captured name
//     <guard> POP_JUMP_IF_FALSE next_case
//     POP_TOP                    (the subject, when it was copied)
//     <body>; JUMP end
#include <fmt/format.h>

#include "compiler_internal.h"
#include "interpreter/match_pattern.h"

namespace krait::detail {

namespace {

ConstTuple node(std::initializer_list<Constant> items) {
  return ConstTuple{items};
}
Constant op(PatternOp o) {
  return Constant(static_cast<int64_t>(o));
}
Constant num(size_t i) {
  return Constant(static_cast<int64_t>(i));
}

bool is_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchAs && !p->pattern && !p->has_name;
}

// A literal mapping key's value for duplicate detection (as the set CPython uses: 1, 1.0 and
// True are the same key) and its repr for the message. False when the key is not a literal.
bool literal_key(const Expr* e, std::string& key, std::string& repr) {
  bool negative = false;
  if (e->kind == ExprKind::UnaryOp) {
    negative = true;
    e = e->as<UnaryOpExpr>()->operand;
  }
  if (e->kind != ExprKind::Constant) return false;
  const ConstantValue& v = e->as<ConstantExpr>()->value;
  std::string sign = negative ? "-" : "";
  if (const auto* s = std::get_if<std::string>(&v)) {
    key = "s" + *s;
    repr = python_str_repr(*s);
  } else if (const auto* b = std::get_if<Bytes>(&v)) {
    key = "b" + b->data;
    repr = python_bytes_repr(b->data);
  } else if (std::holds_alternative<NoneConst>(v)) {
    key = repr = "None";
  } else if (const auto* flag = std::get_if<bool>(&v)) {
    key = *flag ? "n1" : "n0";
    repr = *flag ? "True" : "False";
  } else if (const auto* i = std::get_if<int64_t>(&v)) {
    key = fmt::format("n{}{}", negative && *i ? "-" : "", *i);
    repr = sign + std::to_string(*i);
  } else if (const auto* big = std::get_if<BigIntLiteral>(&v)) {
    key = "n" + sign + big->digits;
    repr = sign + big->digits;
  } else if (const auto* d = std::get_if<double>(&v)) {
    double x = negative ? -*d : *d;
    if (x == static_cast<double>(static_cast<int64_t>(x)) && x > -9e15 && x < 9e15)
      key = fmt::format("n{}", static_cast<int64_t>(x));
    else
      key = "f" + python_float_repr(x);
    repr = python_float_repr(x);
  } else {
    return false;
  }
  return true;
}

}  // namespace

// pattern_helper_store_name: the capture's slot, or -1 after an error.
int Compiler::pattern_store_name(std::string_view name, PatternContext& pc) {
  if (forbidden_name(name, ExprContext::Store)) return -1;
  for (std::string_view seen : pc.stores) {
    if (seen == name) {
      error_at(fmt::format("multiple assignments to name {} in pattern", python_str_repr(name)));
      return -1;
    }
  }
  pc.stores.push_back(name);
  return static_cast<int>(pc.stores.size()) - 1;
}

// compiler_pattern_subpattern: a sub-pattern may be irrefutable even where its parent may not.
bool Compiler::subpattern(const Pattern* p, PatternContext& pc, Constant& out) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  if (!pattern(p, pc, out)) return false;
  pc.allow_irrefutable = allow;
  return true;
}

bool Compiler::pattern(const Pattern* p, PatternContext& pc, Constant& out) {
  CompilerDepthGuard guard(*this);
  if (!guard.ok) return recursion_error();
  set_loc(*p);
  switch (p->kind) {
    case PatternKind::MatchValue:
      if (p->value->kind == ExprKind::JoinedStr)
        return error_at("patterns may only match literals and attribute lookups");
      if (!visit_expr(p->value)) return false;
      out = node({op(PatternOp::Value), num(pc.nargs++)});
      return true;
    case PatternKind::MatchSingleton: {
      Constant c;
      if (const auto* b = std::get_if<bool>(&p->singleton)) c = Constant(*b);
      out = node({op(PatternOp::Singleton), c});
      return true;
    }
    case PatternKind::MatchAs: {
      if (!p->pattern) {
        if (!pc.allow_irrefutable) {
          if (p->has_name)
            return error_at(fmt::format("name capture {} makes remaining patterns unreachable",
                                        python_str_repr(p->name)));
          return error_at("wildcard makes remaining patterns unreachable");
        }
        if (!p->has_name) {
          out = node({op(PatternOp::Wildcard)});
          return true;
        }
        int slot = pattern_store_name(p->name, pc);
        if (slot < 0) return false;
        out = node({op(PatternOp::Capture), num(slot)});
        return true;
      }
      Constant inner;
      if (!pattern(p->pattern, pc, inner)) return false;
      int slot = pattern_store_name(p->name, pc);
      if (slot < 0) return false;
      out = node({op(PatternOp::As), std::move(inner), num(slot)});
      return true;
    }
    case PatternKind::MatchStar:
      return error_at("can't use starred name here");
    case PatternKind::MatchSequence: {
      // compiler_pattern_sequence: wildcards that need no item lookup are not compiled (their
      // positions never become the current location, as in CPython).
      int star = -1;
      bool only_wildcard = true, star_wildcard = false;
      for (size_t i = 0; i < p->patterns.size(); ++i) {
        const Pattern* sub = p->patterns[i];
        if (sub->kind == PatternKind::MatchStar) {
          if (star >= 0) return error_at("multiple starred names in sequence pattern");
          star_wildcard = !sub->has_name;
          only_wildcard = only_wildcard && star_wildcard;
          star = static_cast<int>(i);
          continue;
        }
        only_wildcard = only_wildcard && is_wildcard(sub);
      }
      ConstTuple seq{{op(PatternOp::Sequence), Constant(static_cast<int64_t>(star))}};
      for (const Pattern* sub : p->patterns) {
        if (sub->kind == PatternKind::MatchStar) {
          int slot = -1;
          if (!only_wildcard && !star_wildcard) {
            set_loc(*sub);
            if (sub->has_name && (slot = pattern_store_name(sub->name, pc)) < 0) return false;
          }
          seq.items.push_back(node({op(PatternOp::Star), Constant(static_cast<int64_t>(slot))}));
          continue;
        }
        if ((only_wildcard || star_wildcard) && is_wildcard(sub)) {
          seq.items.push_back(node({op(PatternOp::Wildcard)}));
          continue;
        }
        Constant c;
        if (!subpattern(sub, pc, c)) return false;
        seq.items.push_back(std::move(c));
      }
      out = std::move(seq);
      return true;
    }
    case PatternKind::MatchMapping: {
      std::vector<std::string> seen;
      for (const Expr* key : p->keys) {
        std::string k, repr;
        if (literal_key(key, k, repr)) {
          for (const std::string& s : seen)
            if (s == k)
              return error_at(fmt::format("mapping pattern checks duplicate key ({})", repr));
          seen.push_back(k);
        } else if (key->kind != ExprKind::Attribute && key->kind != ExprKind::BinOp) {
          return error_at("mapping pattern keys may only match literals and attribute lookups");
        }
      }
      size_t first_key = pc.nargs;
      for (const Expr* key : p->keys)
        if (!visit_expr(key)) return false;
      pc.nargs += p->keys.size();
      ConstTuple map{{op(PatternOp::Mapping), Constant(int64_t{-1}), num(first_key)}};
      for (const Pattern* sub : p->patterns) {
        Constant c;
        if (!subpattern(sub, pc, c)) return false;
        map.items.push_back(std::move(c));
      }
      if (p->has_name) {
        int slot = pattern_store_name(p->name, pc);
        if (slot < 0) return false;
        map.items[1] = num(slot);
      }
      out = std::move(map);
      return true;
    }
    case PatternKind::MatchClass: {
      // validate_kwd_attrs
      for (size_t i = 0; i < p->kwd_attrs.size(); ++i) {
        set_loc(*p->kwd_patterns[i]);
        if (forbidden_name(p->kwd_attrs[i], ExprContext::Store)) return false;
        for (size_t j = i + 1; j < p->kwd_attrs.size(); ++j) {
          if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
            set_loc(*p->kwd_patterns[j]);
            return error_at(
                fmt::format("attribute name repeated in class pattern: {}", p->kwd_attrs[i]));
          }
        }
      }
      set_loc(*p);
      if (!visit_expr(p->cls)) return false;
      size_t cls_arg = pc.nargs++;
      ConstTuple names;
      for (std::string_view a : p->kwd_attrs) names.items.push_back(Constant(std::string(a)));
      ConstTuple cls{
          {op(PatternOp::Class), num(cls_arg), num(p->patterns.size()), std::move(names)}};
      for (const auto* list : {&p->patterns, &p->kwd_patterns}) {
        for (const Pattern* sub : *list) {
          if (is_wildcard(sub)) {
            cls.items.push_back(node({op(PatternOp::Wildcard)}));
            continue;
          }
          Constant c;
          if (!subpattern(sub, pc, c)) return false;
          cls.items.push_back(std::move(c));
        }
      }
      out = std::move(cls);
      return true;
    }
    case PatternKind::MatchOr: {
      // compiler_pattern_or: each alternative is compiled with its own names (placeholders
      // keep the slot numbers after the outer ones) and must bind the same set; only the last
      // may be irrefutable (when the whole pattern may be). The names are then stored once.
      size_t base = pc.stores.size();
      std::vector<std::string_view> outer = std::move(pc.stores);
      bool allow = pc.allow_irrefutable;
      std::vector<std::string_view> control;
      ConstTuple alts{{op(PatternOp::Or), num(base)}};
      for (size_t i = 0; i < p->patterns.size(); ++i) {
        pc.stores.assign(base, std::string_view{});
        pc.allow_irrefutable = i + 1 == p->patterns.size() && allow;
        Constant c;
        if (!pattern(p->patterns[i], pc, c)) return false;
        std::vector<std::string_view> names(pc.stores.begin() + static_cast<ptrdiff_t>(base),
                                            pc.stores.end());
        ConstTuple perm;
        if (i == 0) {
          control = names;
        } else {
          if (names.size() != control.size())
            return error_at("alternative patterns bind different names");
          bool same_order = true;
          for (size_t j = 0; j < names.size(); ++j) {
            size_t k = 0;
            while (k < control.size() && control[k] != names[j]) ++k;
            if (k == control.size()) return error_at("alternative patterns bind different names");
            same_order = same_order && k == j;
            perm.items.push_back(num(k));
          }
          if (same_order) perm.items.clear();
        }
        alts.items.push_back(std::move(c));
        alts.items.push_back(std::move(perm));
      }
      pc.stores = std::move(outer);
      pc.allow_irrefutable = allow;
      for (std::string_view name : control)
        if (pattern_store_name(name, pc) < 0) return false;
      out = std::move(alts);
      return true;
    }
  }
  return true;
}

// compiler_match / compiler_match_inner
bool Compiler::match_stmt(const MatchStmt* s) {
  if (!visit_expr(s->subject)) return false;
  int end = new_label();
  size_t ncases = s->cases.size();
  // A trailing `case _:` needs no pattern: the subject is gone before it.
  bool has_default = ncases > 1 && is_wildcard(s->cases.back()->pattern);
  size_t matched = ncases - (has_default ? 1 : 0);
  for (size_t i = 0; i < matched; ++i) {
    const MatchCase* m = s->cases[i];
    bool last = i + 1 == matched;
    set_loc(*m->pattern);
    if (!last) emit(Opcode::COPY, 1);
    PatternContext pc;
    pc.allow_irrefutable = m->guard || i + 1 == ncases;
    Constant descriptor;
    if (!pattern(m->pattern, pc, descriptor)) return false;
    set_loc(*m->pattern);
    emit_load_const(node({num(pc.stores.size()), std::move(descriptor)}));
    emit(Opcode::MATCH_PATTERN, static_cast<int>(pc.nargs));
    int next = new_label();
    int fail_pop = -1;
    if (pc.stores.empty()) {
      emit_jump(Opcode::POP_JUMP_IF_NONE, next);
    } else {
      fail_pop = new_label();
      emit(Opcode::COPY, 1);
      emit_jump(Opcode::POP_JUMP_IF_NONE, fail_pop);
      emit(Opcode::UNPACK_SEQUENCE, static_cast<int>(pc.stores.size()));
      for (std::string_view name : pc.stores)
        if (!nameop(name, ExprContext::Store)) return false;
    }
    if (m->guard && !jump_if(m->guard, next, false)) return false;
    if (!last) emit(Opcode::POP_TOP);
    if (!visit_stmts(m->body)) return false;
    emit_jump_noline(Opcode::JUMP, end);
    if (fail_pop >= 0) {
      use_label(fail_pop);
      emit_noline(Opcode::POP_TOP);
    }
    use_label(next);
  }
  if (has_default) {
    const MatchCase* m = s->cases.back();
    set_loc(*m->pattern);
    emit(Opcode::NOP);
    if (m->guard && !jump_if(m->guard, end, false)) return false;
    if (!visit_stmts(m->body)) return false;
  }
  use_label(end);
  return true;
}

}  // namespace krait::detail
