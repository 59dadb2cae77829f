// parser_strings.cpp — string literals: prefixes, escape decoding, implicit
// concatenation and f-strings, following CPython 3.11's Parser/string_parser.c.
//
// An f-string expression is parsed by a sub-parser over the tokens of its source range,
// wrapped in synthesised '(' ')' tokens as CPython wraps it in parentheses, so its AST
// nodes carry their real source positions. \N{...} supports the names listed in
// unicode_names.inc (a subset of the Unicode database) and CJK UNIFIED IDEOGRAPH-XXXX.
#include "parser_internal.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace krait::detail {

namespace {

struct UnicodeName {
  const char* name;
  uint32_t cp;
};
#include "unicode_names.inc"

// unicodedata lookup for \N{name}: case-insensitive.
bool lookup_unicode_name(std::string_view name, uint32_t& cp) {
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (upper.size() > kCjk.size() && upper.compare(0, kCjk.size(), kCjk) == 0) {
    std::string_view hex = std::string_view(upper).substr(kCjk.size());
    if (hex.size() != 4 && hex.size() != 5) return false;
    uint32_t v = 0;
    for (char c : hex) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
      v = v * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : c - 'A' + 10);
    }
    if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
        (v >= 0x20000 && v <= 0x2A6DF)) {
      cp = v;
      return true;
    }
    return false;
  }
  const UnicodeName* begin = std::begin(kUnicodeNames);
  const UnicodeName* end = std::end(kUnicodeNames);
  const UnicodeName* it = std::lower_bound(
      begin, end, upper, [](const UnicodeName& n, const std::string& key) { return key.compare(n.name) > 0; });
  if (it != end && upper == it->name) {
    cp = it->cp;
    return true;
  }
  return false;
}

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
int hex_value(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// The 'unicodeescape' codec on an ASCII buffer (non-ASCII characters were converted to
// \U escapes first, as decode_unicode_with_escapes does). On error returns false with
// CPython's UnicodeDecodeError text in `error`.
bool unicode_escape_decode(std::string_view buf, std::string& out, std::string& error) {
  size_t i = 0, n = buf.size();
  auto fail = [&](size_t start, size_t end, const char* msg) {
    if (end == start + 1)
      error = fmt::format("'unicodeescape' codec can't decode byte 0x{:02x} in position {}: {}",
                          static_cast<unsigned char>(buf[start]), start, msg);
    else
      error = fmt::format("'unicodeescape' codec can't decode bytes in position {}-{}: {}", start,
                          end - 1, msg);
    return false;
  };
  while (i < n) {
    char c = buf[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    size_t start = i++;
    if (i >= n) return fail(start, n, "\\ at end of string");
    c = buf[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(c - '0');
        if (i < n && buf[i] >= '0' && buf[i] <= '7') {
          v = (v << 3) + static_cast<uint32_t>(buf[i++] - '0');
          if (i < n && buf[i] >= '0' && buf[i] <= '7') v = (v << 3) + static_cast<uint32_t>(buf[i++] - '0');
        }
        append_utf8(out, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        const char* msg = c == 'x'   ? "truncated \\xXX escape"
                          : c == 'u' ? "truncated \\uXXXX escape"
                                     : "truncated \\UXXXXXXXX escape";
        uint32_t v = 0;
        for (; count; --count, ++i) {
          if (i >= n || !is_hex(buf[i])) return fail(start, i, msg);
          v = (v << 4) + static_cast<uint32_t>(hex_value(buf[i]));
        }
        if (v > 0x10FFFF) return fail(start, i, "illegal Unicode character");
        append_utf8(out, v);
        break;
      }
      case 'N': {
        const char* msg = "malformed \\N character escape";
        if (i >= n) return fail(start, i, msg);
        if (buf[i] == '{') {
          size_t name_start = ++i;
          while (i < n && buf[i] != '}') ++i;
          if (i >= n) return fail(start, i, msg);
          size_t namelen = i - name_start;
          if (namelen) {
            ++i;
            uint32_t cp;
            if (lookup_unicode_name(buf.substr(name_start, namelen), cp)) {
              append_utf8(out, cp);
              break;
            }
            msg = "unknown Unicode character name";
          }
        }
        return fail(start, i, msg);
      }
      default:
        // Invalid escape: kept as is (CPython warns with DeprecationWarning).
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

}  // namespace

struct StringLiteralParser::FState {
  std::string last_str;
  bool has_last_str = false;
  ExprList expr_list;
  bool fmode = false;

  void concat(std::string s) {
    if (s.empty()) return;
    last_str += s;
    has_last_str = true;
  }
};

// The prefix letters and the quotes of a STRING token: [body_begin, body_end) is the
// literal's content as absolute offsets into the source.
bool StringLiteralParser::parse_prefix(const Token* t, bool& bytesmode, bool& rawmode,
                                       bool& fmode, size_t& body_begin, size_t& body_end) {
  std::string_view s = m_p.m_src;
  size_t i = t->start;
  bytesmode = rawmode = fmode = false;
  for (;;) {
    char c = s[i];
    if (c == 'b' || c == 'B') bytesmode = true;
    else if (c == 'r' || c == 'R') rawmode = true;
    else if (c == 'f' || c == 'F') fmode = true;
    else if (c == 'u' || c == 'U') {
    } else {
      break;
    }
    ++i;
  }
  char quote = s[i];
  size_t end = t->end - 1;
  ++i;
  if (end - i >= 4 && s[i] == quote && s[i + 1] == quote) {
    i += 2;
    end -= 2;
  }
  body_begin = i;
  body_end = end;
  return true;
}

// decode_unicode_with_escapes: non-ASCII characters become \U escapes, then the
// unicode-escape codec runs, so error positions match CPython's.
bool StringLiteralParser::decode_str(std::string_view body, const Token* t, std::string& out) {
  (void)t;
  std::string buf;
  buf.reserve(body.size());
  size_t i = 0;
  while (i < body.size()) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c == '\\') {
      buf += '\\';
      ++i;
      if (i >= body.size() || (static_cast<unsigned char>(body[i]) & 0x80)) {
        buf += "u005c";
        if (i >= body.size()) break;
      }
      if (i < body.size() && !(static_cast<unsigned char>(body[i]) & 0x80)) {
        buf += body[i];
        ++i;
      }
      continue;
    }
    if (c & 0x80) {
      size_t at = i;
      int32_t cp = decode_utf8(body, i);
      if (cp < 0) {
        i = at + 1;
        cp = 0xFFFD;
      }
      buf += fmt::format("\\U{:08x}", cp);
      continue;
    }
    buf += static_cast<char>(c);
    ++i;
  }
  std::string error;
  if (!unicode_escape_decode(buf, out, error)) {
    m_p.raise_syntax_error("(unicode error) " + error);
    return false;
  }
  return true;
}

// PyBytes_DecodeEscape.
bool StringLiteralParser::decode_bytes(std::string_view body, std::string& out) {
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    ++i;
    if (i >= n) {
      m_p.raise_syntax_error("(value error) Trailing \\ in string");
      return false;
    }
    c = body[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = c - '0';
        if (i < n && body[i] >= '0' && body[i] <= '7') {
          v = (v << 3) + body[i++] - '0';
          if (i < n && body[i] >= '0' && body[i] <= '7') v = (v << 3) + body[i++] - '0';
        }
        out += static_cast<char>(v & 0xFF);
        break;
      }
      case 'x':
        if (i + 1 < n && is_hex(body[i]) && is_hex(body[i + 1])) {
          out += static_cast<char>(hex_value(body[i]) * 16 + hex_value(body[i + 1]));
          i += 2;
          break;
        }
        m_p.raise_syntax_error(fmt::format("(value error) invalid \\x escape at position {}", i - 2));
        return false;
      default:
        out += '\\';
        --i;
        break;
    }
  }
  return true;
}

Expr* StringLiteralParser::make_str(std::string s, const Token* first, const Token* last) {
  auto* c = m_p.m_arena.make<ConstantExpr>();
  c->value = std::move(s);
  c->kind_u = m_kind_u;
  c->line = first->line;
  c->col = first->col;
  c->end_line = last->end_line;
  c->end_col = last->end_col;
  return c;
}

Expr* StringLiteralParser::finish(FState& state, const Token* first, const Token* last) {
  if (!state.fmode) return make_str(std::move(state.last_str), first, last);
  if (state.has_last_str) {
    state.expr_list.push_back(make_str(std::move(state.last_str), first, last));
    state.last_str.clear();
    state.has_last_str = false;
  }
  auto* j = m_p.m_arena.make<JoinedStrExpr>();
  j->values = std::move(state.expr_list);
  j->line = first->line;
  j->col = first->col;
  j->end_line = last->end_line;
  j->end_col = last->end_col;
  return j;
}

// _PyPegen_concatenate_strings
Expr* StringLiteralParser::concatenate(int first_index, int last_index) {
  const Token* first = &m_p.m_tokens[first_index];
  const Token* last = &m_p.m_tokens[last_index];
  m_kind_u = m_p.m_src[first->start] == 'u';
  bool bytesmode = false;
  std::string bytes_str;
  FState state;
  for (int i = first_index; i <= last_index; ++i) {
    const Token* t = &m_p.m_tokens[i];
    bool this_bytes, raw, fmode;
    size_t begin, end;
    parse_prefix(t, this_bytes, raw, fmode, begin, end);
    std::string_view body = m_p.m_src.substr(begin, end - begin);
    std::string s;
    if (!fmode) {
      if (this_bytes) {
        for (char ch : m_p.m_src.substr(begin, t->end - begin)) {
          if (static_cast<unsigned char>(ch) >= 0x80) {
            m_p.raise_known_location(t, "bytes can only contain ASCII literal characters");
            return nullptr;
          }
        }
        if (raw || body.find('\\') == std::string_view::npos)
          s.assign(body);
        else if (!decode_bytes(body, s))
          return nullptr;
      } else {
        if (raw || body.find('\\') == std::string_view::npos)
          s.assign(body);
        else if (!decode_str(body, t, s))
          return nullptr;
      }
    }
    if (i != first_index && bytesmode != this_bytes) {
      m_p.raise_syntax_error("cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytesmode = this_bytes;
    if (fmode) {
      size_t pos = begin;
      if (!concat_fstring(state, pos, end, raw, 0, first, t, last)) return nullptr;
    } else if (bytesmode) {
      bytes_str += s;
    } else {
      state.concat(std::move(s));
    }
  }
  if (bytesmode) {
    auto* c = m_p.m_arena.make<ConstantExpr>();
    c->value = Bytes{std::move(bytes_str)};
    c->line = first->line;
    c->col = first->col;
    c->end_line = last->end_line;
    c->end_col = last->end_col;
    return c;
  }
  return finish(state, first, last);
}

// _PyPegen_FstringParser_ConcatFstring
bool StringLiteralParser::concat_fstring(FState& state, size_t& pos, size_t end, bool raw,
                                         int recurse_lvl, const Token* first, const Token* t,
                                         const Token* last) {
  state.fmode = true;
  for (;;) {
    std::string literal, expr_text;
    bool have_literal = false, have_text = false;
    Expr* expression = nullptr;
    // fstring_find_literal_and_expr
    int result = find_literal(pos, end, raw, recurse_lvl, t, literal, have_literal);
    if (result < 0) return false;
    if (result == 0 && pos < end && m_p.m_src[pos] != '}') {
      if (!find_expr(pos, end, raw, recurse_lvl, expr_text, have_text, expression, first, t, last))
        return false;
    }
    if (have_literal) state.concat(std::move(literal));
    if (have_text) state.concat(std::move(expr_text));
    if (result == 1) continue;
    if (!expression) break;
    if (state.has_last_str) {
      state.expr_list.push_back(make_str(std::move(state.last_str), first, last));
      state.last_str.clear();
      state.has_last_str = false;
    }
    state.expr_list.push_back(expression);
  }
  if (recurse_lvl == 0 && pos + 1 < end) {
    m_p.raise_syntax_error("f-string: unexpected end of string");
    return false;
  }
  if (recurse_lvl != 0 && (pos >= end || m_p.m_src[pos] != '}')) {
    m_p.raise_syntax_error("f-string: expecting '}'");
    return false;
  }
  return true;
}

// fstring_find_literal: returns -1 on error, 1 when a doubled brace ended the literal
// (scanning continues after it), 0 otherwise.
int StringLiteralParser::find_literal(size_t& pos, size_t end, bool raw, int recurse_lvl,
                                      const Token* t, std::string& literal, bool& have_literal) {
  std::string_view src = m_p.m_src;
  size_t s = pos;
  size_t literal_start = s;
  int result = 0;
  size_t literal_end;
  while (s < end) {
    char ch = src[s++];
    if (!raw && ch == '\\' && s < end) {
      ch = src[s++];
      if (ch == 'N') {
        if (s < end && src[s++] == '{') {
          while (s < end && src[s++] != '}') {
          }
          continue;
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (recurse_lvl == 0) {
        if (s < end && src[s] == ch) {
          pos = s + 1;
          literal_end = s;
          result = 1;
          goto done;
        }
        if (ch == '}') {
          pos = s - 1;
          m_p.raise_syntax_error("f-string: single '}' is not allowed");
          return -1;
        }
      }
      --s;
      break;
    }
  }
  pos = s;
  literal_end = s;
done:
  if (literal_start != literal_end) {
    std::string_view part = src.substr(literal_start, literal_end - literal_start);
    if (raw || part.find('\\') == std::string_view::npos) {
      literal.assign(part);
    } else if (!decode_str(part, t, literal)) {
      return -1;
    }
    have_literal = true;
  }
  return result;
}

// fstring_find_expr
bool StringLiteralParser::find_expr(size_t& pos, size_t end, bool raw, int recurse_lvl,
                                    std::string& expr_text, bool& have_text, Expr*& expression,
                                    const Token* first, const Token* t, const Token* last) {
  std::string_view src = m_p.m_src;
  char quote_char = 0;
  int string_type = 0;
  std::vector<char> parenstack;
  constexpr size_t kMaxLevel = 200;
  int conversion = -1;
  Expr* format_spec = nullptr;

  if (recurse_lvl >= 2) {
    m_p.raise_syntax_error("f-string: expressions nested too deeply");
    return false;
  }
  ++pos;  // the '{'
  size_t expr_start = pos;
  for (; pos < end; ++pos) {
    char ch = src[pos];
    if (ch == '\\') {
      m_p.raise_syntax_error("f-string expression part cannot include a backslash");
      return false;
    }
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch) {
            pos += 2;
            string_type = 0;
            quote_char = 0;
            continue;
          }
        } else {
          quote_char = 0;
          string_type = 0;
          continue;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (pos + 2 < end && src[pos + 1] == ch && src[pos + 2] == ch) {
        string_type = 3;
        pos += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (parenstack.size() >= kMaxLevel) {
        m_p.raise_syntax_error("f-string: too many nested parenthesis");
        return false;
      }
      parenstack.push_back(ch);
    } else if (ch == '#') {
      m_p.raise_syntax_error("f-string expression part cannot include '#'");
      return false;
    } else if (parenstack.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (pos + 1 < end) {
        char next = src[pos + 1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
            (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
          ++pos;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (parenstack.empty()) {
        m_p.raise_syntax_error(fmt::format("f-string: unmatched '{}'", ch));
        return false;
      }
      char opening = parenstack.back();
      parenstack.pop_back();
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        m_p.raise_syntax_error(fmt::format(
            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch,
            opening));
        return false;
      }
    }
  }
  size_t expr_end = pos;
  auto unexpected_end = [&]() {
    m_p.raise_syntax_error("f-string: expecting '}'");
    return false;
  };
  if (quote_char) {
    m_p.raise_syntax_error("f-string: unterminated string");
    return false;
  }
  if (!parenstack.empty()) {
    m_p.raise_syntax_error(fmt::format("f-string: unmatched '{}'", parenstack.back()));
    return false;
  }
  if (pos >= end) return unexpected_end();

  Expr* simple_expression = compile_expr(expr_start, expr_end, t);
  if (!simple_expression) return false;

  if (src[pos] == '=') {
    ++pos;
    while (pos < end && std::isspace(static_cast<unsigned char>(src[pos]))) ++pos;
    if (pos >= end) return unexpected_end();
    expr_text.assign(src.substr(expr_start, pos - expr_start));
    have_text = true;
  }
  if (src[pos] == '!') {
    ++pos;
    if (pos >= end) return unexpected_end();
    conversion = static_cast<unsigned char>(src[pos]);
    ++pos;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
      m_p.raise_syntax_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
  }
  if (pos >= end) return unexpected_end();
  if (src[pos] == ':') {
    ++pos;
    if (pos >= end) return unexpected_end();
    // fstring_parse: the format spec is itself an f-string, located at the token t.
    FState spec_state;
    if (!concat_fstring(spec_state, pos, end, raw, recurse_lvl + 1, first, t, last)) return false;
    format_spec = finish(spec_state, t, t);
  }
  if (pos >= end || src[pos] != '}') return unexpected_end();
  ++pos;
  if (have_text && !format_spec && conversion == -1) conversion = 'r';
  auto* fv = m_p.m_arena.make<FormattedValueExpr>();
  fv->value = simple_expression;
  fv->conversion = conversion;
  fv->format_spec = format_spec;
  fv->line = first->line;
  fv->col = first->col;
  fv->end_line = last->end_line;
  fv->end_col = last->end_col;
  expression = fv;
  return true;
}

// fstring_compile_expr: the expression text [expr_start, expr_end) is parsed as
// "(" text ")" with the f-string start rule by a sub-parser.
Expr* StringLiteralParser::compile_expr(size_t expr_start, size_t expr_end, const Token* t) {
  std::string_view src = m_p.m_src;
  size_t s = expr_start;
  while (s < expr_end) {
    char c = src[s];
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
    ++s;
  }
  if (s == expr_end) {
    m_p.raise_syntax_error("f-string: empty expression not allowed");
    return nullptr;
  }
  // Line and column of the '{' before the expression.
  size_t brace = expr_start - 1;
  int line = t->line;
  size_t line_start = t->start - static_cast<size_t>(t->col);
  for (size_t i = t->start; i < brace; ++i) {
    if (src[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int brace_col = static_cast<int>(brace - line_start);
  Lexer lexer(src, static_cast<uint32_t>(expr_start), static_cast<uint32_t>(expr_end), line,
              static_cast<uint32_t>(line_start), 1);
  lexer.run();
  std::vector<Token> tokens;
  tokens.reserve(lexer.tokens().size() + 4);
  Token open;
  open.kind = TokenKind::LPar;
  open.start = static_cast<uint32_t>(brace);
  open.end = static_cast<uint32_t>(brace + 1);
  open.line = open.end_line = line;
  open.col = brace_col;
  open.end_col = brace_col + 1;
  open.level = 1;
  open.cur_line = line;
  open.cur_col = brace_col + 1;
  tokens.push_back(open);
  for (const Token& tok : lexer.tokens())
    if (tok.kind != TokenKind::EndMarker) tokens.push_back(tok);
  if (!lexer.error()) {
    // ')' at the character ending the expression, then NEWLINE and ENDMARKER.
    int end_line = line;
    size_t end_line_start = line_start;
    for (size_t i = brace; i < expr_end; ++i) {
      if (src[i] == '\n') {
        ++end_line;
        end_line_start = i + 1;
      }
    }
    int close_col = static_cast<int>(expr_end - end_line_start);
    Token close;
    close.kind = TokenKind::RPar;
    close.start = static_cast<uint32_t>(expr_end);
    close.end = static_cast<uint32_t>(expr_end + 1);
    close.line = close.end_line = end_line;
    close.col = close_col;
    close.end_col = close_col + 1;
    close.cur_line = end_line;
    close.cur_col = close_col + 1;
    tokens.push_back(close);
    Token nl = close;
    nl.kind = TokenKind::Newline;
    nl.start = nl.end = close.end;
    nl.col = nl.end_col = close_col + 1;
    tokens.push_back(nl);
    Token em = nl;
    em.kind = TokenKind::EndMarker;
    em.col = em.end_col = -1;
    tokens.push_back(em);
  }
  std::string text = "(";
  text += src.substr(expr_start, expr_end - expr_start);
  text += ")\n";
  Parser sub(src, m_p.m_filename, m_p.m_arena, tokens, lexer.error(), StartRule::FString,
             m_p.depth());
  sub.set_fstring_error_context(std::move(text), line, brace_col);
  sub.run();
  Expr* result = sub.fstring_result();
  if (!result) {
    m_p.m_error_indicator = true;
    m_p.m_error = std::move(sub.error());
    if (!m_p.m_error) m_p.raise_syntax_error("f-string: invalid syntax");
    return nullptr;
  }
  return result;
}

}  // namespace krait::detail
