// lexer.cpp — source text to tokens, following CPython 3.11's Parser/tokenizer.c.
//
// The structure mirrors tok_get(): indentation at the beginning of a line, then one
// token. Cursor movement (next_char/backup) and line tracking behave like tok_nextc /
// tok_backup so that error columns come out where CPython puts them.
#include "lexer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace krait {

namespace {

constexpr int kEof = -1;
constexpr int kMaxIndent = 100;  // MAXINDENT
constexpr int kMaxLevel = 200;   // MAXLEVEL: bracket nesting
constexpr int kTabSize = 8;
constexpr int kAltTabSize = 1;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c >= 128;
}

// PyToken_TwoChars.
TokenKind two_chars(int c1, int c2) {
  switch (c1) {
    case '!': if (c2 == '=') return TokenKind::NotEqual; break;
    case '%': if (c2 == '=') return TokenKind::PercentEqual; break;
    case '&': if (c2 == '=') return TokenKind::AmperEqual; break;
    case '*':
      if (c2 == '*') return TokenKind::DoubleStar;
      if (c2 == '=') return TokenKind::StarEqual;
      break;
    case '+': if (c2 == '=') return TokenKind::PlusEqual; break;
    case '-':
      if (c2 == '=') return TokenKind::MinEqual;
      if (c2 == '>') return TokenKind::RArrow;
      break;
    case '/':
      if (c2 == '/') return TokenKind::DoubleSlash;
      if (c2 == '=') return TokenKind::SlashEqual;
      break;
    case ':': if (c2 == '=') return TokenKind::ColonEqual; break;
    case '<':
      if (c2 == '<') return TokenKind::LeftShift;
      if (c2 == '=') return TokenKind::LessEqual;
      if (c2 == '>') return TokenKind::NotEqual;  // "<>": rejected by the parser
      break;
    case '=': if (c2 == '=') return TokenKind::EqEqual; break;
    case '>':
      if (c2 == '=') return TokenKind::GreaterEqual;
      if (c2 == '>') return TokenKind::RightShift;
      break;
    case '@': if (c2 == '=') return TokenKind::AtEqual; break;
    case '^': if (c2 == '=') return TokenKind::CircumflexEqual; break;
    case '|': if (c2 == '=') return TokenKind::VBarEqual; break;
    default: break;
  }
  return TokenKind::Op;
}

// PyToken_ThreeChars.
TokenKind three_chars(int c1, int c2, int c3) {
  if (c3 != '=') return TokenKind::Op;
  if (c1 == '*' && c2 == '*') return TokenKind::DoubleStarEqual;
  if (c1 == '/' && c2 == '/') return TokenKind::DoubleSlashEqual;
  if (c1 == '<' && c2 == '<') return TokenKind::LeftShiftEqual;
  if (c1 == '>' && c2 == '>') return TokenKind::RightShiftEqual;
  return TokenKind::Op;
}

// PyToken_OneChar.
TokenKind one_char(int c) {
  switch (c) {
    case '%': return TokenKind::Percent;
    case '&': return TokenKind::Amper;
    case '(': return TokenKind::LPar;
    case ')': return TokenKind::RPar;
    case '*': return TokenKind::Star;
    case '+': return TokenKind::Plus;
    case ',': return TokenKind::Comma;
    case '-': return TokenKind::Minus;
    case '.': return TokenKind::Dot;
    case '/': return TokenKind::Slash;
    case ':': return TokenKind::Colon;
    case ';': return TokenKind::Semi;
    case '<': return TokenKind::Less;
    case '=': return TokenKind::Equal;
    case '>': return TokenKind::Greater;
    case '@': return TokenKind::At;
    case '[': return TokenKind::LSqb;
    case ']': return TokenKind::RSqb;
    case '^': return TokenKind::Circumflex;
    case '{': return TokenKind::LBrace;
    case '|': return TokenKind::VBar;
    case '}': return TokenKind::RBrace;
    case '~': return TokenKind::Tilde;
    default: return TokenKind::Op;
  }
}

// Code point ranges that are not identifier characters (symbols, punctuation, spaces,
// controls). Everything else >= 0x80 is accepted; an approximation of XID_Continue.
struct Range { uint32_t lo, hi; };
constexpr Range kNonIdentifier[] = {
    {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7},
    {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF}, {0x2E5, 0x2EB}, {0x2ED, 0x2ED},
    {0x2EF, 0x2FF}, {0x375, 0x375}, {0x37E, 0x37E}, {0x384, 0x385}, {0x387, 0x387},
    {0x3F6, 0x3F6}, {0x482, 0x482}, {0x55A, 0x55F}, {0x589, 0x58A}, {0x5BE, 0x5BE},
    {0x5C0, 0x5C0}, {0x5C3, 0x5C3}, {0x5C6, 0x5C6}, {0x600, 0x60F}, {0x61B, 0x61F},
    {0x66A, 0x66D}, {0x6D4, 0x6D4}, {0x6DD, 0x6DE}, {0x6E9, 0x6E9}, {0x964, 0x965},
    {0x970, 0x970}, {0xE3F, 0xE3F}, {0xE4F, 0xE4F}, {0xE5A, 0xE5B},
    {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x2070}, {0x2072, 0x207E},
    {0x2080, 0x208F}, {0x209D, 0x20CF}, {0x2100, 0x2101}, {0x2103, 0x2106},
    {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2117}, {0x211E, 0x2123},
    {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E},
    {0x213A, 0x213B}, {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x215F},
    {0x2189, 0x2BFF}, {0x2CE5, 0x2CEA}, {0x2CF9, 0x2CFF}, {0x2E00, 0x2E7F},
    {0x2E80, 0x2FFF}, {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030},
    {0x3036, 0x3037}, {0x303D, 0x3040}, {0x309B, 0x309C}, {0x30A0, 0x30A0},
    {0x30FB, 0x30FB}, {0x3190, 0x319F}, {0x31C0, 0x31EF}, {0x3200, 0x33FF},
    {0x4DC0, 0x4DFF}, {0xA490, 0xA4CF}, {0xA4FE, 0xA4FF}, {0xA60D, 0xA60F},
    {0xA673, 0xA673}, {0xA67E, 0xA67E}, {0xA6F2, 0xA6F7}, {0xA700, 0xA716},
    {0xA720, 0xA721}, {0xA789, 0xA78A}, {0xA828, 0xA82B}, {0xA830, 0xA839},
    {0xA874, 0xA877}, {0xD800, 0xF8FF}, {0xFB29, 0xFB29}, {0xFD3E, 0xFD4F},
    {0xFDFC, 0xFDFF}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE32}, {0xFE35, 0xFE4C},
    {0xFE50, 0xFE6F}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},
    {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF},
    {0x10100, 0x1013F}, {0x1D000, 0x1D0FF}, {0x1D100, 0x1D1FF}, {0x1D200, 0x1D24F},
    {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F}, {0xF0000, 0x10FFFF},
};

bool in_ranges(uint32_t cp) {
  const Range* lo = std::begin(kNonIdentifier);
  const Range* hi = std::end(kNonIdentifier);
  const Range* it = std::upper_bound(lo, hi, cp, [](uint32_t v, const Range& r) { return v < r.lo; });
  if (it == lo) return false;
  --it;
  return cp >= it->lo && cp <= it->hi;
}

// Combining marks and digits that may continue but not start an identifier.
bool is_continue_only(uint32_t cp) {
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x483 && cp <= 0x487) ||
         (cp >= 0x591 && cp <= 0x5BD) || (cp >= 0x610 && cp <= 0x61A) ||
         (cp >= 0x64B && cp <= 0x669) || (cp >= 0x6F0 && cp <= 0x6F9) ||
         (cp >= 0x900 && cp <= 0x903) || (cp >= 0x93A && cp <= 0x94F && cp != 0x93D) ||
         (cp >= 0x966 && cp <= 0x96F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
         (cp >= 0xFF10 && cp <= 0xFF19) || cp == 0x203F || cp == 0x2040 || cp == 0x2054 ||
         cp == 0xFE33 || cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F) || cp == 0xFF3F ||
         cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371);
}

}  // namespace

// ---- small UTF-8 and Unicode helpers ------------------------------------------------

int32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = (c >= 0xF0 && c <= 0xF4) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC2 && c < 0xE0) ? 2 : 0;
  if (len == 0 || (c >= 0xF5)) return -1;
  if (i + len > s.size()) return -1;
  uint32_t cp = c & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return -1;
  i += len;
  return static_cast<int32_t>(cp);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_identifier_continue_cp(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '_';
  return !in_ranges(cp) || cp == 0xB7 || cp == 0x387;
}

bool is_identifier_start_cp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return is_identifier_continue_cp(cp) && !is_continue_only(cp);
}

bool is_printable_cp(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD) return false;
  if (cp >= 0x2000 && cp <= 0x200F) return false;
  if (cp >= 0x2028 && cp <= 0x202F) return false;
  if (cp >= 0x205F && cp <= 0x206F) return false;
  if (cp == 0x3000 || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB)) return false;
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;
  if (cp >= 0xE0000) return false;
  return true;
}

int byte_to_char_offset(std::string_view line, int byte_offset) {
  if (byte_offset <= 0) return byte_offset;
  size_t limit = std::min<size_t>(static_cast<size_t>(byte_offset), line.size() + 1);
  if (limit > line.size()) {
    // Past the end of the text (offset just after the last byte): count it as one.
    size_t i = 0;
    int n = 0;
    while (i < line.size()) {
      if (decode_utf8(line, i) < 0) ++i;
      ++n;
    }
    return n + static_cast<int>(limit - line.size());
  }
  std::string_view prefix = line.substr(0, limit);
  size_t i = 0;
  int n = 0;
  while (i < prefix.size()) {
    if (decode_utf8(prefix, i) < 0) ++i;  // "replace": one U+FFFD per bad byte
    ++n;
  }
  return n;
}

std::string normalize_source(std::string_view source) {
  std::string out;
  out.reserve(source.size() + 1);
  size_t i = 0;
  if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  if (i == source.size()) return out;  // empty input stays empty (no line at all)
  if (source.find('\r', i) == std::string_view::npos) {
    out.assign(source.substr(i));
    if (out.back() != '\n') out += '\n';
    return out;
  }
  for (; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

namespace {
constexpr const char* kTokenKindNames[] = {
#define X(name, text) text,
    KRAIT_TOKEN_KINDS(X)
#undef X
};
constexpr const char* kKeywordTexts[] = {
    "",
#define X(name, text) text,
    KRAIT_KEYWORDS(X)
#undef X
};
}  // namespace

const char* token_kind_name(TokenKind kind) { return kTokenKindNames[static_cast<int>(kind)]; }
const char* keyword_text(Keyword kw) { return kKeywordTexts[static_cast<int>(kw)]; }

Keyword lookup_keyword(std::string_view text) {
  if (text.size() < 2 || text.size() > 8) return Keyword::NotKeyword;
  // Few keywords per first letter: a linear scan of those is fast enough.
  for (int i = 1; i < static_cast<int>(std::size(kKeywordTexts)); ++i) {
    const char* kw = kKeywordTexts[i];
    if (kw[0] == text[0] && text == kw) return static_cast<Keyword>(i);
  }
  return Keyword::NotKeyword;
}

// ---- the lexer ------------------------------------------------------------------------

// An empty input has no line: CPython's tokenizer reports its ENDMARKER on line 0.
Lexer::Lexer(std::string_view source)
    : m_src(source), m_end(static_cast<uint32_t>(source.size())), m_cur(0), m_line_start(0),
      m_line(source.empty() ? 0 : 1) {}

Lexer::Lexer(std::string_view source, uint32_t begin, uint32_t end, int line,
             uint32_t line_start, int initial_level)
    : m_src(source), m_end(end), m_cur(begin), m_line_start(line_start), m_line(line),
      m_atbol(false), m_level(initial_level), m_initial_level(initial_level) {
  for (int i = 0; i < initial_level; ++i) {
    m_parenstack.push_back('(');
    m_parenline.push_back(line);
    m_parencol.push_back(static_cast<int>(begin - line_start));
  }
}

// tok_nextc: the next byte, or kEof. A new line starts (lineno advances) only when a
// byte after a '\n' is actually read, as tok_underflow_string does.
int Lexer::next_char() {
  if (m_cur >= m_end) {
    m_at_eof = true;
    return kEof;
  }
  if (m_cur > 0 && m_src[m_cur - 1] == '\n' && m_line_start != m_cur) {
    ++m_line;
    m_line_start = m_cur;
  }
  return static_cast<unsigned char>(m_src[m_cur++]);
}

void Lexer::backup(int c) {
  if (c != kEof) --m_cur;
}

// syntaxerror(): message at the cursor; the line text is reported without newline.
bool Lexer::syntax_error(std::string msg) {
  int col = cur_col();
  return syntax_error_range(std::move(msg), col, col);
}

bool Lexer::syntax_error_range(std::string msg, int col, int end_col) {
  LexError e;
  e.msg = std::move(msg);
  e.line = m_line;
  e.end_line = m_line;
  e.col = col;
  e.end_col = end_col;
  e.text_with_newline = false;
  e.overrides_parser_error = true;
  m_error = std::move(e);
  return false;
}

// Errors signalled through tok->done and raised by the parser (_Pypegen_tokenizer_error).
bool Lexer::done_error(std::string type, std::string msg, int line, int col, int end_col) {
  LexError e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = line;
  e.end_line = line;
  e.col = col;
  e.end_col = end_col;
  e.text_with_newline = true;
  e.overrides_parser_error = false;
  m_error = std::move(e);
  return false;
}

void Lexer::run() {
  m_tokens.reserve(m_src.size() / 4 + 8);
  for (;;) {
    Token tok;
    bool ok = tokenize_one(tok);
    if (!ok) {
      if (m_at_eof && m_eof_token_index < 0) m_eof_token_index = static_cast<int>(m_tokens.size());
      return;
    }
    tok.level = static_cast<uint16_t>(m_level);
    tok.cur_line = m_line;
    tok.cur_col = cur_col();
    if (m_at_eof && m_eof_token_index < 0) m_eof_token_index = static_cast<int>(m_tokens.size());
    m_tokens.push_back(tok);
    if (tok.kind == TokenKind::EndMarker) return;
  }
}

// tok_continuation_line: after a backslash, the line must end right there.
bool Lexer::continuation_line() {
  int c = next_char();
  if (c != '\n') {
    // E_LINECONT: col_offset = cur - buf - 1, reported 1-based.
    return done_error("SyntaxError", "unexpected character after line continuation character",
                      m_line, cur_col(), 0);
  }
  c = next_char();
  if (c == kEof) {
    m_cur = m_end;
    LexError e;
    e.msg = "unexpected EOF while parsing";
    e.line = e.end_line = m_line;
    e.col = cur_col();
    e.end_col = -1;
    e.text_with_newline = true;
    e.incomplete = true;
    m_error = std::move(e);
    return false;
  }
  backup(c);
  return true;
}

// The indentation part of tok_get (at the beginning of a line).
bool Lexer::read_indentation(bool& blankline) {
  int col = 0, altcol = 0, cont_line_col = 0;
  m_atbol = false;
  int c;
  for (;;) {
    c = next_char();
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
    } else if (c == '\014') {
      col = altcol = 0;
    } else if (c == '\\') {
      cont_line_col = cont_line_col ? cont_line_col : col;
      if (!continuation_line()) return false;
    } else {
      break;
    }
  }
  backup(c);
  if (c == '#' || c == '\n') blankline = true;
  if (!blankline && m_level == 0) {
    if (cont_line_col) col = altcol = cont_line_col;
    auto tab_error = [&]() {
      m_cur = static_cast<uint32_t>(m_src.find('\n', m_cur) + 1);
      if (m_cur == 0 || m_cur > m_end) m_cur = m_end;
      return done_error("TabError", "inconsistent use of tabs and spaces in indentation", m_line,
                        1, 0);
    };
    if (col == m_indstack.back()) {
      if (altcol != m_altindstack.back()) return tab_error();
    } else if (col > m_indstack.back()) {
      if (static_cast<int>(m_indstack.size()) >= kMaxIndent) {
        return done_error("IndentationError", "too many levels of indentation", m_line, 1, 0);
      }
      if (altcol <= m_altindstack.back()) return tab_error();
      ++m_pendin;
      m_indstack.push_back(col);
      m_altindstack.push_back(altcol);
    } else {
      while (m_indstack.size() > 1 && col < m_indstack.back()) {
        --m_pendin;
        m_indstack.pop_back();
        m_altindstack.pop_back();
      }
      if (col != m_indstack.back()) {
        // E_DEDENT: reported at the error token, whose column is the cursor at the
        // end of the line (tok->cur = tok->inp).
        size_t nl = m_src.find('\n', m_cur);
        m_cur = nl == std::string_view::npos ? m_end : static_cast<uint32_t>(nl + 1);
        return done_error("IndentationError",
                          "unindent does not match any outer indentation level", m_line,
                          cur_col(), -1);
      }
      if (altcol != m_altindstack.back()) return tab_error();
    }
  }
  return true;
}

bool Lexer::lookahead(const char* test) {
  const char* s = test;
  bool res = false;
  std::vector<int> read;
  for (;;) {
    int c = next_char();
    read.push_back(c);
    if (*s == 0) {
      res = !is_potential_identifier_char(c);
    } else if (c == *s) {
      ++s;
      continue;
    }
    break;
  }
  for (auto it = read.rbegin(); it != read.rend(); ++it) backup(*it);
  return res;
}

bool Lexer::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = next_char();
    if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) {
    // CPython emits a DeprecationWarning here ("invalid decimal literal"); accepted.
    return true;
  }
  if (is_potential_identifier_char(c)) {
    backup(c);
    syntax_error(fmt::format("invalid {} literal", kind));
    return false;
  }
  return true;
}

bool Lexer::decimal_tail(int& c) {
  for (;;) {
    do {
      c = next_char();
    } while (is_digit(c));
    if (c != '_') break;
    c = next_char();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
      return false;
    }
  }
  return true;
}

bool Lexer::number(int c, Token& tok) {
  auto finish = [&](int last) {
    backup(last);
    tok.kind = TokenKind::Number;
    return true;
  };
  bool fraction = false, exponent = false, imaginary = false;
  if (c == '0') {
    c = next_char();
    if (c == 'x' || c == 'X') {
      c = next_char();
      do {
        if (c == '_') c = next_char();
        if (!is_xdigit(c)) {
          backup(c);
          return syntax_error("invalid hexadecimal literal");
        }
        do {
          c = next_char();
        } while (is_xdigit(c));
      } while (c == '_');
      if (!verify_end_of_number(c, "hexadecimal")) return false;
      return finish(c);
    }
    if (c == 'o' || c == 'O') {
      c = next_char();
      do {
        if (c == '_') c = next_char();
        if (c < '0' || c >= '8') {
          if (is_digit(c))
            return syntax_error(fmt::format("invalid digit '{}' in octal literal", char(c)));
          backup(c);
          return syntax_error("invalid octal literal");
        }
        do {
          c = next_char();
        } while ('0' <= c && c < '8');
      } while (c == '_');
      if (is_digit(c))
        return syntax_error(fmt::format("invalid digit '{}' in octal literal", char(c)));
      if (!verify_end_of_number(c, "octal")) return false;
      return finish(c);
    }
    if (c == 'b' || c == 'B') {
      c = next_char();
      do {
        if (c == '_') c = next_char();
        if (c != '0' && c != '1') {
          if (is_digit(c))
            return syntax_error(fmt::format("invalid digit '{}' in binary literal", char(c)));
          backup(c);
          return syntax_error("invalid binary literal");
        }
        do {
          c = next_char();
        } while (c == '0' || c == '1');
      } while (c == '_');
      if (is_digit(c))
        return syntax_error(fmt::format("invalid digit '{}' in binary literal", char(c)));
      if (!verify_end_of_number(c, "binary")) return false;
      return finish(c);
    }
    bool nonzero = false;
    // Maybe old-style octal; in any case allow '0' as a literal.
    for (;;) {
      if (c == '_') {
        c = next_char();
        if (!is_digit(c)) {
          backup(c);
          return syntax_error("invalid decimal literal");
        }
      }
      if (c != '0') break;
      c = next_char();
    }
    uint32_t zeros_end = m_cur;
    if (is_digit(c)) {
      nonzero = true;
      if (!decimal_tail(c)) return false;
    }
    if (c == '.') {
      c = next_char();
      fraction = true;
    } else if (c == 'e' || c == 'E') {
      exponent = true;
    } else if (c == 'j' || c == 'J') {
      imaginary = true;
    } else if (nonzero) {
      backup(c);
      return syntax_error_range(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
          "octal integers",
          static_cast<int>(m_token_start + 1 - m_line_start),
          static_cast<int>(zeros_end - m_line_start));
    } else {
      if (!verify_end_of_number(c, "decimal")) return false;
      return finish(c);
    }
  } else {
    if (!decimal_tail(c)) return false;
    if (c == '.') {
      c = next_char();
      fraction = true;
    }
  }
  if (fraction) {
    if (is_digit(c)) {
      if (!decimal_tail(c)) return false;
    }
  }
  if (!imaginary && (exponent || c == 'e' || c == 'E')) {
    int e = c;
    c = next_char();
    if (c == '+' || c == '-') {
      c = next_char();
      if (!is_digit(c)) {
        backup(c);
        return syntax_error("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      backup(c);
      if (!verify_end_of_number(e, "decimal")) return false;
      backup(e);
      tok.kind = TokenKind::Number;
      return true;
    }
    if (!decimal_tail(c)) return false;
  }
  if (imaginary || c == 'j' || c == 'J') {
    c = next_char();
    if (!verify_end_of_number(c, "imaginary")) return false;
  } else if (!verify_end_of_number(c, "decimal")) {
    return false;
  }
  return finish(c);
}

// verify_identifier: a NAME with non-ASCII bytes must be a valid identifier.
bool Lexer::verify_identifier(uint32_t start) {
  std::string_view text = m_src.substr(start, m_cur - start);
  size_t i = 0;
  bool first = true;
  while (i < text.size()) {
    size_t at = i;
    int32_t cp = decode_utf8(text, i);
    if (cp < 0) {
      m_cur = start + static_cast<uint32_t>(at) + 1;
      return syntax_error("(unicode error) 'utf-8' codec can't decode byte");
    }
    bool ok = first ? is_identifier_start_cp(static_cast<uint32_t>(cp))
                    : is_identifier_continue_cp(static_cast<uint32_t>(cp));
    first = false;
    if (!ok) {
      // The cursor goes just past the offending character.
      m_cur = start + static_cast<uint32_t>(i);
      if (is_printable_cp(static_cast<uint32_t>(cp))) {
        std::string ch;
        append_utf8(ch, static_cast<uint32_t>(cp));
        return syntax_error(fmt::format("invalid character '{}' (U+{:04X})", ch, cp));
      }
      return syntax_error(fmt::format("invalid non-printable character U+{:04X}", cp));
    }
  }
  return true;
}

bool Lexer::string_literal(int quote, Token& tok) {
  int quote_size = 1, end_quote_size = 0;
  m_first_line = m_line;
  m_multi_line_start = m_line_start;
  int c = next_char();
  if (c == quote) {
    c = next_char();
    if (c == quote)
      quote_size = 3;
    else
      end_quote_size = 1;  // empty string
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = next_char();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // Report from the initial quote character.
      int detected = m_line;
      m_cur = m_token_start + 1;
      m_line_start = m_multi_line_start;
      m_line = m_first_line;
      std::string msg =
          quote_size == 3
              ? fmt::format("unterminated triple-quoted string literal (detected at line {})",
                            detected)
              : fmt::format("unterminated string literal (detected at line {})", detected);
      syntax_error(std::move(msg));
      if (c == kEof) m_error->incomplete = true;  // E_EOFS / E_EOLS
      return false;
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') next_char();  // skip the escaped character
    }
  }
  tok.kind = TokenKind::String;
  return true;
}

bool Lexer::tokenize_one(Token& tok) {
  bool blankline;
nextline:
  blankline = false;
  if (m_atbol) {
    if (!read_indentation(blankline)) return false;
  }
  m_token_start = m_cur;
  if (m_pendin != 0) {
    tok.kind = m_pendin < 0 ? TokenKind::Dedent : TokenKind::Indent;
    m_pendin += m_pendin < 0 ? 1 : -1;
    tok.start = tok.end = m_cur;
    tok.line = tok.end_line = m_line;
    tok.col = tok.end_col = -1;
    return true;
  }

  int c;
again:
  do {
    c = next_char();
  } while (c == ' ' || c == '\t' || c == '\014');
  m_token_start = c == kEof ? m_cur : m_cur - 1;

  if (c == '#') {
    while (c != kEof && c != '\n') c = next_char();
  }

  if (c == kEof) {
    if (m_level > m_initial_level) {
      LexError e;
      e.eof_in_brackets = true;
      e.incomplete = true;
      e.bracket = m_parenstack.back();
      e.bracket_line = m_parenline.back();
      e.bracket_col = m_parencol.back();
      e.line = e.end_line = m_line;
      e.col = cur_col();
      e.end_col = -1;
      m_error = std::move(e);
      return false;
    }
    tok.kind = TokenKind::EndMarker;
    tok.start = tok.end = m_cur;
    tok.line = tok.end_line = m_line;
    tok.col = tok.end_col = -1;
    return true;
  }

  uint32_t line_start = m_line_start;
  int line = m_line;
  auto finish = [&](TokenKind kind) {
    tok.kind = kind;
    tok.start = m_token_start;
    tok.end = m_cur;
    tok.line = line;
    tok.col = static_cast<int>(m_token_start - line_start);
    tok.end_line = m_line;
    tok.end_col = static_cast<int>(m_cur - m_line_start);
    return true;
  };

  // Identifier, keyword, or string with prefix.
  if (is_potential_identifier_start(c)) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
        saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
        saw_u = true;
      else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
        saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
        saw_f = true;
      else
        break;
      c = next_char();
      if (c == '"' || c == '\'') {
        if (!string_literal(c, tok)) return false;
        tok.start = m_token_start;
        tok.end = m_cur;
        tok.line = m_first_line;
        tok.col = static_cast<int>(m_token_start - m_multi_line_start);
        tok.end_line = m_line;
        tok.end_col = static_cast<int>(m_cur - m_line_start);
        return true;
      }
    }
    bool nonascii = false;
    while (is_potential_identifier_char(c)) {
      if (c >= 128) nonascii = true;
      c = next_char();
    }
    backup(c);
    if (nonascii && !verify_identifier(m_token_start)) return false;
    finish(TokenKind::Name);
    tok.keyword = lookup_keyword(m_src.substr(tok.start, tok.end - tok.start));
    return true;
  }

  if (c == '\n') {
    m_atbol = true;
    if (blankline || m_level > 0) goto nextline;
    finish(TokenKind::Newline);
    tok.end = m_cur - 1;  // leave '\n' out of the token text (it may follow a comment)
    tok.end_col = static_cast<int>(tok.end - m_line_start);
    return true;
  }

  if (c == '.') {
    c = next_char();
    if (is_digit(c)) {
      // A number starting with a period: the fraction part.
      if (!decimal_tail(c)) return false;
      if (c == 'e' || c == 'E') {
        int e = c;
        c = next_char();
        if (c == '+' || c == '-') {
          c = next_char();
          if (!is_digit(c)) {
            backup(c);
            return syntax_error("invalid decimal literal");
          }
        } else if (!is_digit(c)) {
          backup(c);
          if (!verify_end_of_number(e, "decimal")) return false;
          backup(e);
          return finish(TokenKind::Number);
        }
        if (!decimal_tail(c)) return false;
      }
      if (c == 'j' || c == 'J') {
        c = next_char();
        if (!verify_end_of_number(c, "imaginary")) return false;
      } else if (!verify_end_of_number(c, "decimal")) {
        return false;
      }
      backup(c);
      return finish(TokenKind::Number);
    }
    if (c == '.') {
      int c2 = next_char();
      if (c2 == '.') return finish(TokenKind::Ellipsis);
      backup(c2);
      backup('.');
    } else {
      backup(c);
    }
    return finish(TokenKind::Dot);
  }

  if (is_digit(c)) {
    if (!number(c, tok)) return false;
    return finish(TokenKind::Number);
  }

  if (c == '\'' || c == '"') {
    if (!string_literal(c, tok)) return false;
    tok.start = m_token_start;
    tok.end = m_cur;
    tok.line = m_first_line;
    tok.col = static_cast<int>(m_token_start - m_multi_line_start);
    tok.end_line = m_line;
    tok.end_col = static_cast<int>(m_cur - m_line_start);
    return true;
  }

  if (c == '\\') {
    if (!continuation_line()) return false;
    goto again;
  }

  // Two- and three-character operators.
  {
    int c2 = next_char();
    TokenKind kind = two_chars(c, c2);
    if (kind != TokenKind::Op) {
      int c3 = next_char();
      TokenKind kind3 = three_chars(c, c2, c3);
      if (kind3 != TokenKind::Op)
        kind = kind3;
      else
        backup(c3);
      return finish(kind);
    }
    backup(c2);
  }

  // Bracket nesting.
  switch (c) {
    case '(':
    case '[':
    case '{':
      if (m_level >= kMaxLevel) return syntax_error("too many nested parentheses");
      m_parenstack.push_back(static_cast<char>(c));
      m_parenline.push_back(m_line);
      m_parencol.push_back(static_cast<int>(m_token_start - m_line_start));
      ++m_level;
      break;
    case ')':
    case ']':
    case '}': {
      if (m_level == 0)
        return syntax_error(fmt::format("unmatched '{}'", char(c)));
      char opening = m_parenstack.back();
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        if (m_parenline.back() != m_line)
          return syntax_error(fmt::format(
              "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
              char(c), opening, m_parenline.back()));
        return syntax_error(fmt::format(
            "closing parenthesis '{}' does not match opening parenthesis '{}'", char(c), opening));
      }
      --m_level;
      m_parenstack.pop_back();
      m_parenline.pop_back();
      m_parencol.pop_back();
      break;
    }
    default:
      break;
  }
  return finish(one_char(c));
}

}  // namespace krait
