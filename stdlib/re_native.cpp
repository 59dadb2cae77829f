// `_re`: the regular expression engine behind stdlib/py/re.py (CPython's _sre plus the parser of
// re/_parser.py). A pattern is parsed here with CPython's syntax and error messages, compiled to
// a flat program of 32-bit words (handed to Python as a bytes object) and run by an iterative
// backtracking matcher: an explicit stack of choice points and undo records, never C++ recursion
// per character, so long subjects cannot overflow the C++ stack. Positions are code points for
// str subjects and bytes for bytes subjects.
//
//   compile(pattern, flags) -> (code, groups, [(name, index)...], flags) or (msg, pos) on error
//   match(code, string, pos, endpos, mode) -> None or (lastindex, s0, e0, s1, e1, ...)
//        mode 0: match, 1: fullmatch, 2: search; | 4: an empty match at pos does not count
//   scan(code, string, pos, endpos, limit) -> [match tuples] (finditer's sequence; limit 0: all)
//   findall(code, string, pos, endpos, 0) -> findall's list
//   sub(code, string, 0, len, count, template) -> (result, n) for a template of str/bytes and ints
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytearray.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicode_db.h"
#include "runtime/vm.h"
#include "stdlib/stdlib_internal.h"

namespace krait {

namespace {

// --- Flags (CPython's values) ---
constexpr int kFlagTemplate = 1;
constexpr int kFlagIgnoreCase = 2;
constexpr int kFlagLocale = 4;
constexpr int kFlagMultiline = 8;
constexpr int kFlagDotAll = 16;
constexpr int kFlagUnicode = 32;
constexpr int kFlagVerbose = 64;
constexpr int kFlagDebug = 128;
constexpr int kFlagAscii = 256;
constexpr int kTypeFlags = kFlagAscii | kFlagLocale | kFlagUnicode;
constexpr int kGlobalFlags = kFlagDebug | kFlagTemplate;

constexpr uint64_t kMaxRepeat = 4294967295ULL;  // _sre.MAXREPEAT
constexpr uint64_t kMaxWidth = 1ULL << 62;      // "unbounded" for widths
constexpr int kMaxGroups = 100000;

// --- Character properties ---

bool uni_is_word(uint32_t c) {
  if (c < 128)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return unicode::has_flag(
      c, unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric);
}
bool ascii_is_word(uint32_t c) {
  return c < 128 && uni_is_word(c);
}
bool uni_is_digit(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return unicode::decimal_value(c) >= 0;
}
bool ascii_is_digit(uint32_t c) {
  return c >= '0' && c <= '9';
}
bool ascii_is_space(uint32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
bool uni_is_space(uint32_t c) {
  if (c < 128) return ascii_is_space(c) || (c >= 0x1C && c <= 0x1F);
  return unicode::has_flag(c, unicode::kSpace);
}
// Simple case mappings (what CPython's sre uses). The Unicode database keeps a delta of 0 for
// characters whose full mapping has several code points; the few of those with a different
// simple mapping are handled here.
uint32_t uni_lower(uint32_t c) {
  if (c == 0x130) return 'i';
  return static_cast<uint32_t>(static_cast<int64_t>(c) + unicode::char_record(c).lower);
}
uint32_t uni_upper(uint32_t c) {
  if (c >= 0x1F80 && c <= 0x1FAF && (c & 8) == 0) return c + 8;
  if (c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3) return c + 9;
  return static_cast<uint32_t>(static_cast<int64_t>(c) + unicode::char_record(c).upper);
}
// Lowercase characters that share their uppercase with other lowercase characters (Unicode data,
// the same as CPython's re/_casefix.py): 'i' and dotless 'ı', 's' and long 's', ...
struct ExtraCase {
  uint32_t lower;
  uint32_t others[2];
};
constexpr ExtraCase kExtraCases[] = {
    {0x0069, {0x0131, 0x0000}}, {0x0073, {0x017f, 0x0000}}, {0x00b5, {0x03bc, 0x0000}},
    {0x0131, {0x0069, 0x0000}}, {0x017f, {0x0073, 0x0000}}, {0x0345, {0x03b9, 0x1fbe}},
    {0x0390, {0x1fd3, 0x0000}}, {0x03b0, {0x1fe3, 0x0000}}, {0x03b2, {0x03d0, 0x0000}},
    {0x03b5, {0x03f5, 0x0000}}, {0x03b8, {0x03d1, 0x0000}}, {0x03b9, {0x0345, 0x1fbe}},
    {0x03ba, {0x03f0, 0x0000}}, {0x03bc, {0x00b5, 0x0000}}, {0x03c0, {0x03d6, 0x0000}},
    {0x03c1, {0x03f1, 0x0000}}, {0x03c2, {0x03c3, 0x0000}}, {0x03c3, {0x03c2, 0x0000}},
    {0x03c6, {0x03d5, 0x0000}}, {0x03d0, {0x03b2, 0x0000}}, {0x03d1, {0x03b8, 0x0000}},
    {0x03d5, {0x03c6, 0x0000}}, {0x03d6, {0x03c0, 0x0000}}, {0x03f0, {0x03ba, 0x0000}},
    {0x03f1, {0x03c1, 0x0000}}, {0x03f5, {0x03b5, 0x0000}}, {0x0432, {0x1c80, 0x0000}},
    {0x0434, {0x1c81, 0x0000}}, {0x043e, {0x1c82, 0x0000}}, {0x0441, {0x1c83, 0x0000}},
    {0x0442, {0x1c84, 0x1c85}}, {0x044a, {0x1c86, 0x0000}}, {0x0463, {0x1c87, 0x0000}},
    {0x1c80, {0x0432, 0x0000}}, {0x1c81, {0x0434, 0x0000}}, {0x1c82, {0x043e, 0x0000}},
    {0x1c83, {0x0441, 0x0000}}, {0x1c84, {0x0442, 0x1c85}}, {0x1c85, {0x0442, 0x1c84}},
    {0x1c86, {0x044a, 0x0000}}, {0x1c87, {0x0463, 0x0000}}, {0x1c88, {0xa64b, 0x0000}},
    {0x1e61, {0x1e9b, 0x0000}}, {0x1e9b, {0x1e61, 0x0000}}, {0x1fbe, {0x0345, 0x03b9}},
    {0x1fd3, {0x0390, 0x0000}}, {0x1fe3, {0x03b0, 0x0000}}, {0xa64b, {0x1c88, 0x0000}},
    {0xfb05, {0xfb06, 0x0000}}, {0xfb06, {0xfb05, 0x0000}}};

const ExtraCase* extra_cases(uint32_t lower) {
  size_t lo = 0, hi = sizeof(kExtraCases) / sizeof(kExtraCases[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kExtraCases[mid].lower < lower) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < sizeof(kExtraCases) / sizeof(kExtraCases[0]) && kExtraCases[lo].lower == lower)
    return &kExtraCases[lo];
  return nullptr;
}

// Characters whose lowercase is not the lowercase of their own uppercase's usual partner: the
// Kelvin sign lowers to 'k' but 'k' uppers to 'K'. With the simple mappings, the characters that
// lower to `t` are t, upper(t) and these.
struct Preimage {
  uint32_t lower;
  uint32_t c;
};
constexpr Preimage kIrregularLower[] = {
    {0x0069, 0x0130}, {0x006b, 0x212a}, {0x00df, 0x1e9e}, {0x00e5, 0x212b}, {0x01c6, 0x01c5},
    {0x01c9, 0x01c8}, {0x01cc, 0x01cb}, {0x01f3, 0x01f2}, {0x03b8, 0x03f4}, {0x03c9, 0x2126}};

// Two characters match under IGNORECASE when their lowercases have the same uppercase (what
// CPython's lower() comparison plus its _casefix table amount to).
uint32_t uni_key(uint32_t c) {
  return uni_upper(uni_lower(c));
}
uint32_t ascii_lower(uint32_t c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}
uint32_t ascii_upper(uint32_t c) {
  return c >= 'a' && c <= 'z' ? c - 32 : c;
}

// --- Errors ---

struct ParseError {
  std::string msg;
  int64_t pos;  // -1: no position
  bool overflow = false;
  bool recursion = false;
};

void append_repr_char(std::string& out, uint32_t c) {
  if (c == '\\') {
    out += "\\\\";
  } else if (c == '\n') {
    out += "\\n";
  } else if (c == '\r') {
    out += "\\r";
  } else if (c == '\t') {
    out += "\\t";
  } else if (c < 0x20 || c == 0x7f) {
    out += fmt::format("\\x{:02x}", c);
  } else if (c < 0x7f) {
    out.push_back(static_cast<char>(c));
  } else if (!unicode::has_flag(c, unicode::kPrintable)) {
    if (c <= 0xff) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c <= 0xffff) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out += fmt::format("\\U{:08x}", c);
    }
  } else {
    utf8_append(out, c);
  }
}

// repr() of a str given as code points.
std::string py_repr_cps(const std::vector<uint32_t>& s) {
  bool has_sq = false, has_dq = false;
  for (uint32_t c : s) {
    has_sq |= c == '\'';
    has_dq |= c == '"';
  }
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out(1, q);
  for (uint32_t c : s) {
    if (c == static_cast<uint32_t>(q)) {
      out += '\\';
      out.push_back(q);
    } else {
      append_repr_char(out, c);
    }
  }
  out.push_back(q);
  return out;
}

std::string cps_to_utf8(const std::vector<uint32_t>& s) {
  std::string out;
  for (uint32_t c : s) utf8_append(out, c);
  return out;
}

// --- AST ---

enum class NK : uint8_t {
  Lit,      // c
  Any,      // . (flags decide DOTALL)
  Set,      // set index
  At,       // anchor: at
  Seq,      // kids
  Branch,   // kids
  Group,    // group, kids[0]
  Repeat,   // min, max, mode, kids[0]
  Backref,  // group
  Assert,   // neg, behind, kids[0]
  Atomic,   // kids[0]
  CondRef,  // group, kids[0] yes, kids[1] no (optional)
};

enum AtKind : int32_t {
  AT_BEGIN,         // ^
  AT_BEGIN_LINE,    // ^ under MULTILINE
  AT_BEGIN_STRING,  // \A
  AT_END,           // $
  AT_END_LINE,      // $ under MULTILINE
  AT_END_STRING,    // \Z
  AT_BOUNDARY,      // \b
  AT_NON_BOUNDARY,  // \B
  AT_UNI_BOUNDARY,
  AT_UNI_NON_BOUNDARY,
};

enum Cat : int32_t {
  CAT_DIGIT,
  CAT_NOT_DIGIT,
  CAT_SPACE,
  CAT_NOT_SPACE,
  CAT_WORD,
  CAT_NOT_WORD,
  CAT_UNI = 16,  // added to the above for the Unicode variants
};

struct CharSet {
  bool neg = false;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  std::vector<int32_t> cats;
};

struct Node {
  explicit Node(NK k) : kind(k) {}
  NK kind;
  uint32_t c = 0;
  int32_t at = 0;
  int32_t set = -1;
  int32_t group = 0;
  uint64_t min = 0, max = 0;
  int mode = 0;  // repeats: 0 greedy, 1 lazy, 2 possessive
  bool neg = false, behind = false;
  bool has_no = false;
  int flags = 0;  // the flags in force where the node was parsed
  std::vector<Node> kids;
};

bool is_unit(const Node& n) {
  return n.kind == NK::Lit || n.kind == NK::Any || n.kind == NK::Set;
}

// --- Parser (the structure and messages of CPython's re/_parser.py) ---

constexpr uint32_t kNone = 0xFFFFFFFF;

class Parser {
 public:
  Parser(const std::vector<uint32_t>& s, bool istext, int flags)
      : m_s(s), m_istext(istext), m_flags(flags) {
    advance();
  }

  std::vector<CharSet> sets;
  std::vector<std::pair<std::vector<uint32_t>, int>> names;
  std::vector<std::pair<uint64_t, uint64_t>> group_widths{{0, 0}};  // per group, once closed
  std::vector<bool> group_closed{true};
  int flags() const { return m_flags; }
  int groups() const { return static_cast<int>(group_widths.size()); }

  Node parse() {
    Node p = parse_sub(m_flags & kFlagVerbose, 0);
    if (m_istext) {
      if (m_flags & kFlagLocale) throw_value("cannot use LOCALE flag with a str pattern");
      if (!(m_flags & kFlagAscii)) {
        m_flags |= kFlagUnicode;
      } else if (m_flags & kFlagUnicode) {
        throw_value("ASCII and UNICODE flags are incompatible");
      }
    } else {
      if (m_flags & kFlagUnicode) throw_value("cannot use UNICODE flag with a bytes pattern");
      if ((m_flags & kFlagLocale) && (m_flags & kFlagAscii))
        throw_value("ASCII and LOCALE flags are incompatible");
    }
    if (!m_next_none) throw error("unbalanced parenthesis");
    for (auto& [g, pos] : m_grouprefpos) {
      if (g >= groups()) throw ParseError{fmt::format("invalid group reference {}", g), pos};
    }
    return p;
  }

  // ValueError from fix_flags: reported with pos -2.
  [[noreturn]] void throw_value(const char* msg) { throw ParseError{msg, -2}; }

  // Width (min, max) of a subpattern, saturating at kMaxWidth.
  std::pair<uint64_t, uint64_t> width(const Node& n) const {
    auto add = [](uint64_t a, uint64_t b) { return a + b > kMaxWidth ? kMaxWidth : a + b; };
    switch (n.kind) {
      case NK::Lit:
      case NK::Any:
      case NK::Set:
        return {1, 1};
      case NK::At:
        return {0, 0};
      case NK::Seq: {
        uint64_t lo = 0, hi = 0;
        for (const Node& k : n.kids) {
          auto [l, h] = width(k);
          lo = add(lo, l);
          hi = add(hi, h);
        }
        return {lo, hi};
      }
      case NK::Branch: {
        uint64_t lo = kMaxWidth, hi = 0;
        for (const Node& k : n.kids) {
          auto [l, h] = width(k);
          lo = std::min(lo, l);
          hi = std::max(hi, h);
        }
        return {lo, hi};
      }
      case NK::Group:
      case NK::Atomic:
        return width(n.kids[0]);
      case NK::Repeat: {
        auto [l, h] = width(n.kids[0]);
        auto mul = [](uint64_t a, uint64_t b) {
          if (a == 0 || b == 0) return uint64_t{0};
          return a > kMaxWidth / b ? kMaxWidth : std::min(a * b, kMaxWidth);
        };
        uint64_t lo = mul(l, n.min);
        uint64_t hi = (n.max == kMaxRepeat && h) ? kMaxWidth : mul(h, n.max);
        return {lo, hi};
      }
      case NK::Backref:
        return group_widths[n.group];
      case NK::Assert:
        return {0, 0};
      case NK::CondRef: {
        auto [i, j] = width(n.kids[0]);
        if (n.has_no) {
          auto [l, h] = width(n.kids[1]);
          i = std::min(i, l);
          j = std::max(j, h);
        } else {
          i = 0;
        }
        return {i, j};
      }
    }
    return {0, 0};
  }

 private:
  // Tokenizer: `next` is one character or a backslash escape.
  void advance() {
    size_t i = m_index;
    if (i >= m_s.size()) {
      m_next_none = true;
      return;
    }
    m_next_none = false;
    uint32_t ch = m_s[i];
    if (ch == '\\') {
      ++i;
      if (i >= m_s.size())
        throw ParseError{"bad escape (end of pattern)", static_cast<int64_t>(m_s.size()) - 1};
      m_next_esc = true;
      m_next = m_s[i];
    } else {
      m_next_esc = false;
      m_next = ch;
    }
    m_index = i + 1;
  }
  // The next token if it is a plain character, else kNone.
  uint32_t peek() const { return m_next_none || m_next_esc ? kNone : m_next; }
  bool match(uint32_t c) {
    if (peek() == c) {
      advance();
      return true;
    }
    return false;
  }
  int64_t tell() const {
    return static_cast<int64_t>(m_index) - (m_next_none ? 0 : m_next_esc ? 2 : 1);
  }
  void seek(size_t i) {
    m_index = i;
    advance();
  }
  ParseError error(std::string msg, int64_t offset = 0) const {
    if (!m_istext) {
      std::string ascii;
      size_t p = 0;
      while (p < msg.size()) {
        uint32_t c = utf8_decode(msg, p);
        if (c < 128) {
          ascii.push_back(static_cast<char>(c));
        } else {
          ascii += c <= 0xff ? fmt::format("\\x{:02x}", c) : fmt::format("\\u{:04x}", c);
        }
      }
      msg = ascii;
    }
    return ParseError{std::move(msg), tell() - offset};
  }
  static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
  static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
  static bool is_hex(uint32_t c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
  static bool is_ascii_letter(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  static int hexval(uint32_t c) {
    return is_digit(c) ? static_cast<int>(c - '0') : static_cast<int>((c | 32) - 'a' + 10);
  }

  // The token text as CPython shows it in messages ("\q", "a").
  static std::string tok_text(bool esc, uint32_t c) {
    std::string s;
    if (esc) s.push_back('\\');
    utf8_append(s, c);
    return s;
  }

  // getuntil(terminator, name): the characters up to the terminator (escapes are kept as text).
  std::vector<uint32_t> getuntil(uint32_t term, const char* name) {
    std::vector<uint32_t> result;
    for (;;) {
      bool none = m_next_none, esc = m_next_esc;
      uint32_t c = m_next;
      if (!none) advance();
      if (none) {
        if (result.empty()) throw error(std::string("missing ") + name);
        throw error(fmt::format("missing {}, unterminated name", static_cast<char>(term)),
                    static_cast<int64_t>(result.size()));
      }
      if (!esc && c == term) {
        if (result.empty()) throw error(std::string("missing ") + name, 1);
        break;
      }
      if (esc) result.push_back('\\');
      result.push_back(c);
    }
    return result;
  }

  static bool is_identifier(const std::vector<uint32_t>& s) {
    if (s.empty()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
      uint32_t c = s[i];
      if (c < 128) {
        bool ok = is_ascii_letter(c) || c == '_' || (i > 0 && is_digit(c));
        if (!ok) return false;
      } else if (!unicode::has_flag(c, i == 0 ? unicode::kXidStart : unicode::kXidContinue)) {
        return false;
      }
    }
    return true;
  }

  void checkgroupname(const std::vector<uint32_t>& name, int64_t offset) {
    if (!is_identifier(name)) {
      throw error("bad character in group name " + py_repr_cps(name),
                  static_cast<int64_t>(name.size()) + offset);
    }
  }

  int lookup_name(const std::vector<uint32_t>& name) const {
    for (auto& [n, g] : names)
      if (n == name) return g;
    return -1;
  }

  bool checkgroup(int gid) const { return gid < groups() && group_closed[gid]; }

  void checklookbehindgroup(int gid) {
    if (m_lookbehindgroups >= 0) {
      if (!checkgroup(gid)) throw error("cannot refer to an open group");
      if (gid >= m_lookbehindgroups)
        throw error("cannot refer to group defined in the same lookbehind subpattern");
    }
  }

  Node lit(uint32_t c, int flags) {
    Node n{NK::Lit};
    n.c = c;
    n.flags = flags;
    return n;
  }
  Node set_node(CharSet s, int flags) {
    Node n{NK::Set};
    n.set = static_cast<int32_t>(sets.size());
    n.flags = flags;
    sets.push_back(std::move(s));
    return n;
  }
  int32_t cat_for(uint32_t esc, int flags) const {
    bool uni = m_istext && !(flags & (kFlagAscii | kFlagLocale));
    int32_t base = -1;
    switch (esc) {
      case 'd':
        base = CAT_DIGIT;
        break;
      case 'D':
        base = CAT_NOT_DIGIT;
        break;
      case 's':
        base = CAT_SPACE;
        break;
      case 'S':
        base = CAT_NOT_SPACE;
        break;
      case 'w':
        base = CAT_WORD;
        break;
      case 'W':
        base = CAT_NOT_WORD;
        break;
      default:
        return -1;
    }
    return base + (uni ? CAT_UNI : 0);
  }
  static int simple_escape(uint32_t c) {
    switch (c) {
      case 'a':
        return '\a';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return '\v';
      case '\\':
        return '\\';
      default:
        return -1;
    }
  }

  // \x \u \U escapes (shared by both contexts); returns false if `c` is not one of them.
  bool hex_escape(uint32_t c, uint32_t& out) {
    size_t n;
    if (c == 'x') {
      n = 2;
    } else if (c == 'u' && m_istext) {
      n = 4;
    } else if (c == 'U' && m_istext) {
      n = 8;
    } else {
      return false;
    }
    std::string esc = tok_text(true, c);
    uint64_t v = 0;
    size_t got = 0;
    while (got < n && peek() != kNone && is_hex(peek())) {
      esc.push_back(static_cast<char>(peek()));
      v = v * 16 + hexval(peek());
      advance();
      ++got;
    }
    if (got != n) throw error("incomplete escape " + esc, static_cast<int64_t>(esc.size()));
    if (v > 0x10FFFF) throw error("bad escape " + esc, static_cast<int64_t>(esc.size()));
    out = static_cast<uint32_t>(v);
    return true;
  }

  // An escape inside [...]: a literal (is_cat false) or a category.
  void class_escape(uint32_t c, int flags, bool& is_cat, uint32_t& value) {
    is_cat = false;
    int se = simple_escape(c);
    if (se >= 0) {
      value = static_cast<uint32_t>(se);
      return;
    }
    int32_t cat = cat_for(c, flags);
    if (cat >= 0) {
      is_cat = true;
      value = static_cast<uint32_t>(cat);
      return;
    }
    if (hex_escape(c, value)) return;
    if (c == 'N' && m_istext) throw error("bad escape \\N", 2);
    if (is_oct(c)) {
      std::string esc = tok_text(true, c);
      uint32_t v = c - '0';
      for (int i = 0; i < 2 && peek() != kNone && is_oct(peek()); ++i) {
        v = v * 8 + (peek() - '0');
        esc.push_back(static_cast<char>(peek()));
        advance();
      }
      if (v > 0377) {
        throw error("octal escape value " + esc + " outside of range 0-0o377",
                    static_cast<int64_t>(esc.size()));
      }
      value = v;
      return;
    }
    if (is_digit(c) || is_ascii_letter(c)) throw error("bad escape " + tok_text(true, c), 2);
    value = c;
  }

  // An escape outside a set.
  Node escape(uint32_t c, int flags) {
    switch (c) {
      case 'A': {
        Node n{NK::At};
        n.at = AT_BEGIN_STRING;
        return n;
      }
      case 'Z': {
        Node n{NK::At};
        n.at = AT_END_STRING;
        return n;
      }
      case 'b':
      case 'B': {
        Node n{NK::At};
        bool uni = m_istext && !(flags & (kFlagAscii | kFlagLocale));
        n.at = c == 'b' ? (uni ? AT_UNI_BOUNDARY : AT_BOUNDARY)
                        : (uni ? AT_UNI_NON_BOUNDARY : AT_NON_BOUNDARY);
        return n;
      }
      default:
        break;
    }
    int32_t cat = cat_for(c, flags);
    if (cat >= 0) {
      CharSet s;
      s.cats.push_back(cat);
      return set_node(std::move(s), flags);
    }
    int se = simple_escape(c);
    if (se >= 0) return lit(static_cast<uint32_t>(se), flags);
    uint32_t v;
    if (hex_escape(c, v)) return lit(v, flags);
    if (c == 'N' && m_istext) throw error("bad escape \\N", 2);
    if (c == '0') {
      v = 0;
      for (int i = 0; i < 2 && peek() != kNone && is_oct(peek()); ++i) {
        v = v * 8 + (peek() - '0');
        advance();
      }
      return lit(v, flags);
    }
    if (is_digit(c)) {
      std::string esc = tok_text(true, c);
      if (peek() != kNone && is_digit(peek())) {
        uint32_t d2 = peek();
        esc.push_back(static_cast<char>(d2));
        advance();
        if (is_oct(c) && is_oct(d2) && peek() != kNone && is_oct(peek())) {
          uint32_t d3 = peek();
          esc.push_back(static_cast<char>(d3));
          advance();
          uint32_t val = (c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
          if (val > 0377) {
            throw error("octal escape value " + esc + " outside of range 0-0o377",
                        static_cast<int64_t>(esc.size()));
          }
          return lit(val, flags);
        }
      }
      int group = std::stoi(esc.substr(1));
      if (group < groups()) {
        if (!checkgroup(group))
          throw error("cannot refer to an open group", static_cast<int64_t>(esc.size()));
        checklookbehindgroup(group);
        Node n{NK::Backref};
        n.group = group;
        n.flags = flags;
        return n;
      }
      throw error(fmt::format("invalid group reference {}", group),
                  static_cast<int64_t>(esc.size()) - 1);
    }
    if (is_ascii_letter(c)) throw error("bad escape " + tok_text(true, c), 2);
    return lit(c, flags);
  }

  static Node seq(std::vector<Node> items) {
    Node n{NK::Seq};
    n.kids = std::move(items);
    return n;
  }

  // a|b|c
  Node parse_sub(bool verbose, int nested) {
    // CPython's recursive parser hits the recursion limit at about this nesting.
    if (nested > 2 * 495) throw ParseError{"maximum recursion depth exceeded", -1, false, true};
    std::vector<Node> items;
    for (;;) {
      items.push_back(parse(verbose, nested + 1, nested == 0 && items.empty()));
      if (!match('|')) break;
      if (nested == 0) verbose = m_flags & kFlagVerbose;
    }
    if (items.size() == 1) return std::move(items[0]);
    Node b{NK::Branch};
    b.kids = std::move(items);
    return b;
  }

  Node parse(bool verbose, int nested, bool first) {
    if (nested > 2 * 495 + 1) throw ParseError{"maximum recursion depth exceeded", -1, false, true};
    std::vector<Node> sub;
    for (;;) {
      if (m_next_none) break;
      if (!m_next_esc && (m_next == '|' || m_next == ')')) break;
      bool esc = m_next_esc;
      uint32_t ch = m_next;
      advance();
      int flags = m_flags_scoped();
      if (verbose && !esc) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f')
          continue;
        if (ch == '#') {
          for (;;) {
            if (m_next_none) break;
            bool e = m_next_esc;
            uint32_t c = m_next;
            advance();
            if (!e && c == '\n') break;
          }
          continue;
        }
      }
      if (esc) {
        sub.push_back(escape(ch, flags));
        continue;
      }
      switch (ch) {
        case '[':
          sub.push_back(parse_set(flags));
          continue;
        case '*':
        case '+':
        case '?':
        case '{':
          if (!parse_repeat(ch, sub)) sub.push_back(lit(ch, flags));
          continue;
        case '.': {
          Node n{NK::Any};
          n.flags = flags;
          sub.push_back(n);
          continue;
        }
        case '(': {
          bool cont = false;
          Node n = parse_group(verbose, nested, first && sub.empty(), cont, verbose);
          if (!cont) sub.push_back(std::move(n));
          continue;
        }
        case '^': {
          Node n{NK::At};
          n.at = (flags & kFlagMultiline) ? AT_BEGIN_LINE : AT_BEGIN;
          sub.push_back(n);
          continue;
        }
        case '$': {
          Node n{NK::At};
          n.at = (flags & kFlagMultiline) ? AT_END_LINE : AT_END;
          sub.push_back(n);
          continue;
        }
        default:
          sub.push_back(lit(ch, flags));
          continue;
      }
    }
    // Unpack plain (?:...) groups: they are only a Seq here.
    std::vector<Node> out;
    for (Node& n : sub) {
      if (n.kind == NK::Seq) {
        for (Node& k : n.kids) out.push_back(std::move(k));
      } else {
        out.push_back(std::move(n));
      }
    }
    if (out.size() == 1 && out[0].kind != NK::Seq) return std::move(out[0]);
    return seq(std::move(out));
  }

  int m_flags_scoped() const { return m_scoped_flags; }

  Node parse_set(int flags) {
    int64_t here = tell() - 1;
    CharSet set;
    size_t nitems = 0;
    set.neg = match('^');
    for (;;) {
      if (m_next_none) throw error("unterminated character set", tell() - here);
      bool esc = m_next_esc;
      uint32_t ch = m_next;
      advance();
      if (!esc && ch == ']' && nitems > 0) break;
      bool is_cat = false;
      uint32_t v1 = ch;
      if (esc) class_escape(ch, flags, is_cat, v1);
      if (match('-')) {
        if (m_next_none) throw error("unterminated character set", tell() - here);
        bool esc2 = m_next_esc;
        uint32_t that = m_next;
        advance();
        if (!esc2 && that == ']') {
          if (is_cat) {
            set.cats.push_back(static_cast<int32_t>(v1));
          } else {
            set.ranges.push_back({v1, v1});
          }
          set.ranges.push_back({'-', '-'});
          nitems += 2;
          break;
        }
        bool is_cat2 = false;
        uint32_t v2 = that;
        if (esc2) class_escape(that, flags, is_cat2, v2);
        std::string text = tok_text(esc, ch) + "-" + tok_text(esc2, that);
        int64_t off = (esc ? 2 : 1) + 1 + (esc2 ? 2 : 1);
        if (is_cat || is_cat2 || v2 < v1) throw error("bad character range " + text, off);
        set.ranges.push_back({v1, v2});
      } else if (is_cat) {
        set.cats.push_back(static_cast<int32_t>(v1));
      } else {
        set.ranges.push_back({v1, v1});
      }
      ++nitems;
    }
    if (!set.neg && set.cats.empty() && set.ranges.size() == 1 &&
        set.ranges[0].first == set.ranges[0].second)
      return lit(set.ranges[0].first, flags);
    return set_node(std::move(set), flags);
  }

  // Applies a quantifier to the last item; false when it is a literal '{' after all.
  bool parse_repeat(uint32_t ch, std::vector<Node>& sub) {
    int64_t here = tell();
    uint64_t min = 0, max = kMaxRepeat;
    if (ch == '?') {
      max = 1;
    } else if (ch == '+') {
      min = 1;
    } else if (ch == '{') {
      if (peek() == '}') return false;
      std::string lo, hi;
      while (peek() != kNone && is_digit(peek())) {
        lo.push_back(static_cast<char>(peek()));
        advance();
      }
      if (match(',')) {
        while (peek() != kNone && is_digit(peek())) {
          hi.push_back(static_cast<char>(peek()));
          advance();
        }
      } else {
        hi = lo;
      }
      if (!match('}')) {
        seek(static_cast<size_t>(here));
        return false;
      }
      auto num = [](const std::string& s) {
        uint64_t v = 0;
        for (char c : s) {
          v = v * 10 + static_cast<uint64_t>(c - '0');
          if (v >= kMaxRepeat) return kMaxRepeat;
        }
        return v;
      };
      if (!lo.empty()) {
        min = num(lo);
        if (min >= kMaxRepeat) throw ParseError{"the repetition number is too large", -1, true};
      }
      if (!hi.empty()) {
        max = num(hi);
        if (max >= kMaxRepeat) throw ParseError{"the repetition number is too large", -1, true};
        if (max < min) throw error("min repeat greater than max repeat", tell() - here);
      }
    }
    if (sub.empty() || sub.back().kind == NK::At)
      throw error("nothing to repeat", tell() - here + 1);
    if (sub.back().kind == NK::Repeat && !sub.back().neg)
      throw error("multiple repeat", tell() - here + 1);
    Node r{NK::Repeat};
    r.min = min;
    r.max = max;
    if (match('?')) {
      r.mode = 1;
    } else if (match('+')) {
      r.mode = 2;
    }
    Node item = std::move(sub.back());
    if (item.kind == NK::Repeat && item.neg && item.flags == 0) {
      // A plain (?:...) group: repeat its contents.
      Node inner = std::move(item.kids[0]);
      item = inner.kind == NK::Seq && inner.kids.size() == 1 ? std::move(inner.kids[0])
                                                             : std::move(inner);
    }
    r.kids.push_back(std::move(item));
    sub.back() = std::move(r);
    return true;
  }

  void parse_flags(uint32_t ch, int& add, int& del, bool& global) {
    auto flag_of = [](uint32_t c) -> int {
      switch (c) {
        case 'i':
          return kFlagIgnoreCase;
        case 'L':
          return kFlagLocale;
        case 'm':
          return kFlagMultiline;
        case 's':
          return kFlagDotAll;
        case 'x':
          return kFlagVerbose;
        case 'a':
          return kFlagAscii;
        case 't':
          return kFlagTemplate;
        case 'u':
          return kFlagUnicode;
        default:
          return 0;
      }
    };
    auto is_alpha = [](uint32_t c) {
      return c < 128 ? is_ascii_letter(c) : unicode::has_flag(c, unicode::kAlpha);
    };
    add = del = 0;
    global = false;
    auto next_char = [&](bool& none, uint32_t& c) {
      none = m_next_none;
      c = m_next_esc ? '\\' : m_next;
      bool esc = m_next_esc;
      if (!none) advance();
      return esc;
    };
    bool none = false;
    bool esc = false;
    if (ch != '-') {
      for (;;) {
        int flag = flag_of(ch);
        if (m_istext) {
          if (ch == 'L') throw error("bad inline flags: cannot use 'L' flag with a str pattern");
        } else if (ch == 'u') {
          throw error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        }
        add |= flag;
        if ((flag & kTypeFlags) && (add & kTypeFlags) != flag)
          throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        esc = next_char(none, ch);
        if (none) throw error("missing -, : or )");
        if (!esc && (ch == ')' || ch == '-' || ch == ':')) break;
        if (esc || !flag_of(ch))
          throw error(is_alpha(ch) && !esc ? "unknown flag" : "missing -, : or )", esc ? 2 : 1);
      }
    }
    if (ch == ')') {
      global = true;
      m_flags |= add;
      return;
    }
    if (add & kGlobalFlags) throw error("bad inline flags: cannot turn on global flag", 1);
    if (ch == '-') {
      esc = next_char(none, ch);
      if (none) throw error("missing flag");
      if (esc || !flag_of(ch))
        throw error(is_alpha(ch) && !esc ? "unknown flag" : "missing flag", esc ? 2 : 1);
      for (;;) {
        int flag = flag_of(ch);
        if (flag & kTypeFlags)
          throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= flag;
        esc = next_char(none, ch);
        if (none) throw error("missing :");
        if (!esc && ch == ':') break;
        if (esc || !flag_of(ch))
          throw error(is_alpha(ch) && !esc ? "unknown flag" : "missing :", esc ? 2 : 1);
      }
    }
    if (del & kGlobalFlags) throw error("bad inline flags: cannot turn off global flag", 1);
    if (add & del) throw error("bad inline flags: flag turned on and off", 1);
  }

  // After '(': a group, assertion, comment or flags. `skip` is set when nothing is produced.
  Node parse_group(bool verbose, int nested, bool first, bool& skip, bool& verbose_out) {
    int64_t start = tell() - 1;
    bool capture = true, atomic = false;
    std::vector<uint32_t> name;
    bool named = false;
    int add = 0, del = 0;
    int flags = m_scoped_flags;
    if (match('?')) {
      if (m_next_none) throw error("unexpected end of pattern");
      bool esc = m_next_esc;
      uint32_t ch = m_next;
      advance();
      if (esc) throw error("unknown extension ?" + tok_text(true, ch), 3);
      if (ch == 'P') {
        if (match('<')) {
          name = getuntil('>', "group name");
          checkgroupname(name, 1);
          named = true;
        } else if (match('=')) {
          name = getuntil(')', "group name");
          checkgroupname(name, 1);
          int gid = lookup_name(name);
          if (gid < 0) {
            throw error("unknown group name " + py_repr_cps(name),
                        static_cast<int64_t>(name.size()) + 1);
          }
          if (!checkgroup(gid))
            throw error("cannot refer to an open group", static_cast<int64_t>(name.size()) + 1);
          checklookbehindgroup(gid);
          Node n{NK::Backref};
          n.group = gid;
          n.flags = flags;
          return n;
        } else {
          if (m_next_none) throw error("unexpected end of pattern");
          bool e = m_next_esc;
          uint32_t c = m_next;
          advance();
          throw error("unknown extension ?P" + tok_text(e, c), e ? 4 : 3);
        }
      } else if (ch == ':') {
        capture = false;
      } else if (ch == '#') {
        for (;;) {
          if (m_next_none) throw error("missing ), unterminated comment", tell() - start);
          bool e = m_next_esc;
          uint32_t c = m_next;
          advance();
          if (!e && c == ')') break;
        }
        skip = true;
        return Node{NK::Seq};
      } else if (ch == '=' || ch == '!' || ch == '<') {
        bool behind = false;
        int saved_lb = m_lookbehindgroups;
        if (ch == '<') {
          if (m_next_none) throw error("unexpected end of pattern");
          bool e = m_next_esc;
          uint32_t c = m_next;
          advance();
          if (e || (c != '=' && c != '!'))
            throw error("unknown extension ?<" + tok_text(e, c), e ? 4 : 3);
          ch = c;
          behind = true;
          if (m_lookbehindgroups < 0) m_lookbehindgroups = groups();
        }
        Node p = parse_sub(verbose, nested + 1);
        if (behind && saved_lb < 0) m_lookbehindgroups = -1;
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        Node n{NK::Assert};
        n.neg = ch == '!';
        n.behind = behind;
        n.kids.push_back(std::move(p));
        return n;
      } else if (ch == '(') {
        std::vector<uint32_t> condname = getuntil(')', "group name");
        int condgroup;
        if (is_identifier(condname)) {
          condgroup = lookup_name(condname);
          if (condgroup < 0) {
            throw error("unknown group name " + py_repr_cps(condname),
                        static_cast<int64_t>(condname.size()) + 1);
          }
        } else {
          bool ok = !condname.empty();
          uint64_t v = 0;
          for (uint32_t c : condname) {
            int d = c < 128 && is_digit(c) ? static_cast<int>(c - '0') : unicode::decimal_value(c);
            if (d < 0) {
              ok = false;
              break;
            }
            v = std::min<uint64_t>(v * 10 + static_cast<uint64_t>(d), 1ULL << 40);
          }
          if (!ok) {
            throw error("bad character in group name " + py_repr_cps(condname),
                        static_cast<int64_t>(condname.size()) + 1);
          }
          if (v == 0) throw error("bad group number", static_cast<int64_t>(condname.size()) + 1);
          if (v >= static_cast<uint64_t>(kMaxGroups) * 10000) {
            throw error(fmt::format("invalid group reference {}", v),
                        static_cast<int64_t>(condname.size()) + 1);
          }
          condgroup = static_cast<int>(v);
          bool seen = false;
          for (auto& gp : m_grouprefpos) seen |= gp.first == condgroup;
          if (!seen)
            m_grouprefpos.push_back(
                {condgroup, tell() - static_cast<int64_t>(condname.size()) - 1});
        }
        checklookbehindgroup(condgroup);
        Node yes = parse(verbose, nested + 1, false);
        Node n{NK::CondRef};
        n.group = condgroup;
        n.kids.push_back(std::move(yes));
        if (match('|')) {
          n.kids.push_back(parse(verbose, nested + 1, false));
          n.has_no = true;
          if (peek() == '|') throw error("conditional backref with more than two branches");
        }
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        return n;
      } else if (ch == '>') {
        capture = false;
        atomic = true;
      } else if (ch == '-' || ch == 'i' || ch == 'L' || ch == 'm' || ch == 's' || ch == 'x' ||
                 ch == 'a' || ch == 't' || ch == 'u') {
        bool global;
        parse_flags(ch, add, del, global);
        if (global) {
          if (!first) {
            throw error("global flags not at the start of the expression", tell() - start);
          }
          m_scoped_flags |= add;
          verbose_out = m_flags & kFlagVerbose;
          skip = true;
          return Node{NK::Seq};
        }
        capture = false;
      } else {
        throw error("unknown extension ?" + tok_text(false, ch), 2);
      }
    }
    int group = -1;
    if (capture) {
      group = groups();
      if (named) {
        int old = lookup_name(name);
        if (old >= 0) {
          throw error(fmt::format("redefinition of group name {} as group {}; was group {}",
                                  py_repr_cps(name), group, old),
                      static_cast<int64_t>(name.size()) + 1);
        }
        names.push_back({name, group});
      }
      group_widths.push_back({0, 0});
      group_closed.push_back(false);
    }
    bool sub_verbose = (verbose || (add & kFlagVerbose)) && !(del & kFlagVerbose);
    int saved_scoped = m_scoped_flags;
    m_scoped_flags = (m_scoped_flags | add) & ~del;
    Node p = parse_sub(sub_verbose, nested + 1);
    m_scoped_flags = saved_scoped;
    if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
    if (group >= 0) {
      group_widths[group] = width(p);
      group_closed[group] = true;
      Node n{NK::Group};
      n.group = group;
      n.kids.push_back(std::move(p));
      return n;
    }
    if (atomic) {
      Node n{NK::Atomic};
      n.kids.push_back(std::move(p));
      return n;
    }
    if (add || del) {
      // A scoped-flags group: kept as a one-item Seq so "multiple repeat" does not see through.
      std::vector<Node> one;
      one.push_back(std::move(p));
      Node wrap = seq(std::move(one));
      Node g{NK::Repeat};  // a {1,1} repeat marks "not a plain item" (neg = true: not a quantifier)
      g.min = g.max = 1;
      g.neg = true;
      g.flags = 1;  // scoped flags: not unwrapped by a quantifier
      g.kids.push_back(std::move(wrap));
      return g;
    }
    // (?:...): wrapped so that it counts as one item for quantifiers ("multiple repeat").
    {
      std::vector<Node> one;
      one.push_back(std::move(p));
      Node wrap = seq(std::move(one));
      Node g{NK::Repeat};
      g.min = g.max = 1;
      g.neg = true;
      g.kids.push_back(std::move(wrap));
      return g;
    }
  }

 public:
  int m_scoped_flags = 0;

 private:
  const std::vector<uint32_t>& m_s;
  bool m_istext;
  int m_flags;
  size_t m_index = 0;
  bool m_next_none = true, m_next_esc = false;
  uint32_t m_next = 0;
  int m_lookbehindgroups = -1;
  std::vector<std::pair<int, int64_t>> m_grouprefpos;
};

// --- Program ---

enum Op : int32_t {
  OP_CHAR,      // c
  OP_CHAR_IA,   // key (ASCII case folding)
  OP_CHAR_IU,   // key (Unicode case folding)
  OP_ANY,       // not \n
  OP_ANY_ALL,   //
  OP_SET,       // len neg icase nranges (lo hi)* ncats cat*
  OP_AT,        // kind
  OP_SPLIT,     // alt: continue at pc+2, on failure at alt
  OP_JMP,       // target
  OP_SAVE,      // slot
  OP_MATCH,     //
  OP_BACKREF,   // group icase(0, 1 ascii, 2 unicode)
  OP_REP_INIT,  // r
  OP_REP_LOOP,  // r min max mode exit   (body at pc+6)
  OP_REP_TAIL,  // r loop
  OP_SREP,      // min max mode itemlen item...
  OP_ASSERT,    // kind(bit0 neg, bit1 behind) width end
  OP_ASSERT_END,
  OP_ATOMIC,  // end
  OP_ATOMIC_END,
  OP_GREF_EXISTS,  // group no_target
};

constexpr int kHeader = 3;  // ngroups, nreps, is_text

constexpr int32_t kInf = 0x7FFFFFFF;

// An OP_SET ends with a bitmap of its members among characters 0-255, so the common test is one
// bit instead of walking ranges and categories (CPython's CHARSET does the same).
constexpr int32_t kSetBitmapWords = 8;

class Compiler {
 public:
  Compiler(const std::vector<CharSet>& sets, bool istext) : m_sets(sets), m_istext(istext) {}
  std::vector<int32_t> code;
  int nreps = 0;
  std::vector<size_t> set_positions;  // where each OP_SET starts in `code`

  void emit(const Node& n) {
    switch (n.kind) {
      case NK::Lit:
      case NK::Any:
      case NK::Set:
        emit_unit(n);
        return;
      case NK::At: {
        code.push_back(OP_AT);
        code.push_back(n.at);
        return;
      }
      case NK::Seq:
        for (const Node& k : n.kids) emit(k);
        return;
      case NK::Branch: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i < n.kids.size(); ++i) {
          size_t split = 0;
          if (i + 1 < n.kids.size()) {
            split = code.size();
            code.push_back(OP_SPLIT);
            code.push_back(0);
          }
          emit(n.kids[i]);
          if (i + 1 < n.kids.size()) {
            jumps.push_back(code.size());
            code.push_back(OP_JMP);
            code.push_back(0);
            code[split + 1] = here();
          }
        }
        for (size_t j : jumps) code[j + 1] = here();
        return;
      }
      case NK::Group:
        code.push_back(OP_SAVE);
        code.push_back(2 * n.group);
        emit(n.kids[0]);
        code.push_back(OP_SAVE);
        code.push_back(2 * n.group + 1);
        return;
      case NK::Repeat:
        emit_repeat(n);
        return;
      case NK::Backref: {
        code.push_back(OP_BACKREF);
        code.push_back(n.group);
        code.push_back(icase_mode(n.flags));
        return;
      }
      case NK::Assert: {
        size_t at = code.size();
        code.push_back(OP_ASSERT);
        code.push_back((n.neg ? 1 : 0) | (n.behind ? 2 : 0));
        code.push_back(0);
        code.push_back(0);
        emit(n.kids[0]);
        code.push_back(OP_ASSERT_END);
        code[at + 3] = here();
        if (n.behind) code[at + 2] = static_cast<int32_t>(n.min);
        return;
      }
      case NK::Atomic: {
        size_t at = code.size();
        code.push_back(OP_ATOMIC);
        code.push_back(0);
        emit(n.kids[0]);
        code.push_back(OP_ATOMIC_END);
        code[at + 1] = here();
        return;
      }
      case NK::CondRef: {
        size_t at = code.size();
        code.push_back(OP_GREF_EXISTS);
        code.push_back(n.group);
        code.push_back(0);
        emit(n.kids[0]);
        if (n.has_no) {
          size_t j = code.size();
          code.push_back(OP_JMP);
          code.push_back(0);
          code[at + 2] = here();
          emit(n.kids[1]);
          code[j + 1] = here();
        } else {
          code[at + 2] = here();
        }
        return;
      }
    }
  }

 private:
  int32_t here() const { return static_cast<int32_t>(code.size()); }

  int32_t icase_mode(int flags) const {
    if (!(flags & kFlagIgnoreCase)) return 0;
    return (m_istext && !(flags & (kFlagAscii | kFlagLocale))) ? 2 : 1;
  }

  void emit_unit(const Node& n) {
    int32_t ic = icase_mode(n.flags);
    if (n.kind == NK::Lit) {
      if (ic == 0) {
        code.push_back(OP_CHAR);
        code.push_back(static_cast<int32_t>(n.c));
      } else if (ic == 1) {
        code.push_back(OP_CHAR_IA);
        code.push_back(static_cast<int32_t>(ascii_lower(n.c)));
      } else {
        code.push_back(OP_CHAR_IU);
        code.push_back(static_cast<int32_t>(uni_key(n.c)));
      }
      return;
    }
    if (n.kind == NK::Any) {
      code.push_back((n.flags & kFlagDotAll) ? OP_ANY_ALL : OP_ANY);
      return;
    }
    const CharSet& s = m_sets[n.set];
    size_t at = code.size();
    code.push_back(OP_SET);
    code.push_back(0);
    code.push_back(s.neg ? 1 : 0);
    code.push_back(ic);
    code.push_back(static_cast<int32_t>(s.ranges.size()));
    for (auto& [lo, hi] : s.ranges) {
      code.push_back(static_cast<int32_t>(lo));
      code.push_back(static_cast<int32_t>(hi));
    }
    code.push_back(static_cast<int32_t>(s.cats.size()));
    for (int32_t c : s.cats) code.push_back(c);
    // Room for the membership bitmap of characters 0-255 (kSetBitmapWords words at the end of
    // the instruction), filled in once the matcher's set test exists (fill_set_bitmaps).
    code.insert(code.end(), kSetBitmapWords, 0);
    set_positions.push_back(at);
    code[at + 1] = static_cast<int32_t>(code.size() - at);
  }

  static int32_t clamp(uint64_t v) {
    return v >= kMaxRepeat ? kInf : static_cast<int32_t>(std::min<uint64_t>(v, kInf - 1));
  }

  void emit_repeat(const Node& n) {
    const Node& body = n.kids[0];
    if (n.neg) {  // a group wrapper, not a quantifier
      emit(body);
      return;
    }
    int32_t min = clamp(n.min), max = clamp(n.max);
    if (is_unit(body)) {
      code.push_back(OP_SREP);
      code.push_back(min);
      code.push_back(max);
      code.push_back(n.mode);
      size_t lenpos = code.size();
      code.push_back(0);
      size_t start = code.size();
      emit_unit(body);
      code[lenpos] = static_cast<int32_t>(code.size() - start);
      return;
    }
    if (n.mode == 2) {
      size_t at = code.size();
      code.push_back(OP_ATOMIC);
      code.push_back(0);
      emit_general_repeat(body, min, max, 0);
      code.push_back(OP_ATOMIC_END);
      code[at + 1] = here();
      return;
    }
    emit_general_repeat(body, min, max, n.mode);
  }

  void emit_general_repeat(const Node& body, int32_t min, int32_t max, int mode) {
    if (max == 0) return;
    int32_t r = nreps++;
    code.push_back(OP_REP_INIT);
    code.push_back(r);
    size_t loop = code.size();
    code.push_back(OP_REP_LOOP);
    code.push_back(r);
    code.push_back(min);
    code.push_back(max);
    code.push_back(mode);
    code.push_back(0);
    emit(body);
    code.push_back(OP_REP_TAIL);
    code.push_back(r);
    code.push_back(static_cast<int32_t>(loop));
    code[loop + 5] = here();
  }

  const std::vector<CharSet>& m_sets;
  bool m_istext;
};

// --- Matcher ---

struct Entry {
  uint32_t tag;  // kind | index << 8
  int32_t x;
  int64_t y;
};

enum EntryKind : uint32_t {
  E_CHOICE,       // idx pc, y pos
  E_SLOT,         // idx slot, x old lastindex, y old value
  E_REP,          // idx r, x old count, y old last
  E_SREP_GREEDY,  // idx next pc, x steps left, y pos
  E_SREP_LAZY,    // idx pc of the SREP, x count, y pos
  E_REP_LAZY,     // idx pc of the REP_LOOP, y pos
  E_BARRIER,      // idx pc of ASSERT/ATOMIC, x previous barrier, y pos
};

constexpr size_t kMaxStackBytes = size_t{1} << 30;

template <class C>
class Matcher {
 public:
  Matcher(VM& vm, const int32_t* code, size_t code_len, const C* text, int64_t end)
      : m_vm(vm), m_code(code), m_code_len(code_len), m_text(text), m_end(end) {
    m_ngroups = code[0];
    m_nreps = code[1];
    m_slots.assign(static_cast<size_t>(2 * m_ngroups), -1);
    m_rep_count.assign(static_cast<size_t>(m_nreps), 0);
    m_rep_last.assign(static_cast<size_t>(m_nreps), -1);
  }
  ~Matcher() { release(); }

  std::vector<int64_t> m_slots;
  int32_t m_lastindex = -1;
  bool m_oom = false;
  bool m_interrupted = false;  // -1 from search(): KeyboardInterrupt pending, not MemoryError

  // 1 match, 0 no match, -1 error (MemoryError pending).
  int search(int64_t pos, int64_t endpos_unused, bool do_search, bool fullmatch,
             bool must_advance) {
    (void)endpos_unused;
    int64_t start = pos;
    // A literal first character lets the search skip positions.
    int32_t first_op = m_code[kHeader];
    // A pattern that starts with a one-character test (a literal, a set, '.') fails at once
    // where that test fails: skip those positions without setting up a match attempt.
    const bool first_is_unit = first_op == OP_CHAR || first_op == OP_CHAR_IA ||
                               first_op == OP_CHAR_IU || first_op == OP_SET || first_op == OP_ANY ||
                               first_op == OP_ANY_ALL;
    for (;;) {
      if (!(do_search && first_is_unit &&
            (start >= m_end ||
             !unit_match(m_code + kHeader, static_cast<uint32_t>(m_text[start]))))) {
        int r = run(start, fullmatch, must_advance && start == pos);
        if (r != 0) return r;
      }
      if (!do_search || start >= m_end) return 0;
      if (first_op == OP_AT &&
          (m_code[kHeader + 1] == AT_BEGIN_STRING || m_code[kHeader + 1] == AT_BEGIN))
        return 0;
      ++start;
    }
  }

  int64_t match_start = 0, match_end = 0;

 private:
  void release() {
    if (m_accounted) {
      m_vm.heap().account(-static_cast<ptrdiff_t>(m_accounted));
      m_accounted = 0;
    }
  }

  bool push(uint32_t kind, uint32_t idx, int32_t x, int64_t y) {
    if (m_stack.size() == m_stack.capacity()) {
      size_t new_cap = m_stack.capacity() ? m_stack.capacity() * 2 : 256;
      size_t bytes = new_cap * sizeof(Entry);
      size_t more = bytes - m_accounted;
      if (bytes > kMaxStackBytes || m_vm.heap().would_exceed(more)) {
        m_oom = true;
        return false;
      }
      m_stack.reserve(new_cap);
      m_vm.heap().account(static_cast<ptrdiff_t>(more));
      m_accounted = bytes;
    }
    m_stack.push_back(Entry{kind | (idx << 8), x, y});
    return true;
  }

  bool is_word(C ch, bool uni) const {
    return uni ? uni_is_word(static_cast<uint32_t>(ch)) : ascii_is_word(static_cast<uint32_t>(ch));
  }

  static bool cat_match(int32_t cat, uint32_t c) {
    switch (cat) {
      case CAT_DIGIT:
        return ascii_is_digit(c);
      case CAT_NOT_DIGIT:
        return !ascii_is_digit(c);
      case CAT_SPACE:
        return ascii_is_space(c);
      case CAT_NOT_SPACE:
        return !ascii_is_space(c);
      case CAT_WORD:
        return ascii_is_word(c);
      case CAT_NOT_WORD:
        return !ascii_is_word(c);
      case CAT_UNI + CAT_DIGIT:
        return uni_is_digit(c);
      case CAT_UNI + CAT_NOT_DIGIT:
        return !uni_is_digit(c);
      case CAT_UNI + CAT_SPACE:
        return uni_is_space(c);
      case CAT_UNI + CAT_NOT_SPACE:
        return !uni_is_space(c);
      case CAT_UNI + CAT_WORD:
        return uni_is_word(c);
      case CAT_UNI + CAT_NOT_WORD:
        return !uni_is_word(c);
      default:
        return false;
    }
  }

  static bool in_ranges(const int32_t* p, int32_t nr, uint32_t c) {
    for (int32_t i = 0; i < nr; ++i) {
      if (c >= static_cast<uint32_t>(p[2 * i]) && c <= static_cast<uint32_t>(p[2 * i + 1]))
        return true;
    }
    return false;
  }

  // Whether some member x of the ranges has lower(x) == t.
  static bool lower_in(const int32_t* ranges, int32_t nr, uint32_t t) {
    if (uni_lower(t) == t && in_ranges(ranges, nr, t)) return true;
    uint32_t u = uni_upper(t);
    if (u != t && uni_lower(u) == t && in_ranges(ranges, nr, u)) return true;
    for (const Preimage& p : kIrregularLower) {
      if (p.lower == t && in_ranges(ranges, nr, p.c)) return true;
    }
    return false;
  }

  static bool set_match(const int32_t* ins, uint32_t c) {
    if (c < 256) {
      const int32_t* bits = ins + ins[1] - kSetBitmapWords;
      return (static_cast<uint32_t>(bits[c >> 5]) >> (c & 31)) & 1;
    }
    return set_match_members(ins, c);
  }

 public:
  // Membership by the set's ranges and categories (what the bitmap caches for 0-255).
  static bool set_match_members(const int32_t* ins, uint32_t c) {
    bool neg = ins[2] != 0;
    int32_t ic = ins[3];
    int32_t nr = ins[4];
    const int32_t* ranges = ins + 5;
    int32_t nc = ins[5 + 2 * nr];
    const int32_t* cats = ins + 6 + 2 * nr;
    // Under IGNORECASE the set is seen through lowercase, as CPython's IN_IGNORE opcodes do: `c`
    // belongs when its lowercase (or one of the lowercases sharing its uppercase) is the
    // lowercase of a member.
    if (ic == 1) c = ascii_lower(c);
    uint32_t lo = ic == 2 ? uni_lower(c) : c;
    bool in = false;
    for (int32_t i = 0; i < nc && !in; ++i) in = cat_match(cats[i], ic == 2 ? lo : c);
    if (!in) {
      if (ic == 0) {
        in = in_ranges(ranges, nr, c);
      } else if (ic == 1) {
        in = in_ranges(ranges, nr, c) || in_ranges(ranges, nr, ascii_upper(c));
      } else {
        in = lower_in(ranges, nr, lo);
        if (!in) {
          if (const ExtraCase* x = extra_cases(lo)) {
            for (uint32_t o : x->others) {
              if (o && lower_in(ranges, nr, o)) {
                in = true;
                break;
              }
            }
          }
        }
      }
    }
    return in != neg;
  }

 private:
  // A one-character instruction at `ins` against `ch`.
  static bool unit_match(const int32_t* ins, uint32_t ch) {
    switch (ins[0]) {
      case OP_CHAR:
        return ch == static_cast<uint32_t>(ins[1]);
      case OP_CHAR_IA:
        return ascii_lower(ch) == static_cast<uint32_t>(ins[1]);
      case OP_CHAR_IU:
        return uni_key(ch) == static_cast<uint32_t>(ins[1]);
      case OP_ANY:
        return ch != '\n';
      case OP_ANY_ALL:
        return true;
      case OP_SET:
        return set_match(ins, ch);
      default:
        return false;
    }
  }
  static int32_t unit_len(const int32_t* ins) {
    switch (ins[0]) {
      case OP_ANY:
      case OP_ANY_ALL:
        return 1;
      case OP_SET:
        return ins[1];
      default:
        return 2;
    }
  }

  bool at_match(int32_t kind, int64_t pos) const {
    switch (kind) {
      case AT_BEGIN:
      case AT_BEGIN_STRING:
        return pos == 0;
      case AT_BEGIN_LINE:
        return pos == 0 || m_text[pos - 1] == '\n';
      case AT_END:
        return pos == m_end || (pos + 1 == m_end && m_text[pos] == '\n');
      case AT_END_LINE:
        return pos == m_end || m_text[pos] == '\n';
      case AT_END_STRING:
        return pos == m_end;
      case AT_BOUNDARY:
      case AT_NON_BOUNDARY:
      case AT_UNI_BOUNDARY:
      case AT_UNI_NON_BOUNDARY: {
        if (m_end == 0) return false;
        bool uni = kind == AT_UNI_BOUNDARY || kind == AT_UNI_NON_BOUNDARY;
        bool that = pos > 0 && is_word(m_text[pos - 1], uni);
        bool thisw = pos < m_end && is_word(m_text[pos], uni);
        bool boundary = kind == AT_BOUNDARY || kind == AT_UNI_BOUNDARY;
        return boundary ? that != thisw : that == thisw;
      }
      default:
        return false;
    }
  }

  bool backref_match(int32_t g, int32_t ic, int64_t& pos) const {
    int64_t s = m_slots[2 * g], e = m_slots[2 * g + 1];
    if (s < 0 || e < 0 || e < s) return false;
    int64_t n = e - s;
    if (pos + n > m_end) return false;
    for (int64_t i = 0; i < n; ++i) {
      uint32_t a = static_cast<uint32_t>(m_text[s + i]), b = static_cast<uint32_t>(m_text[pos + i]);
      if (a == b) continue;
      if (ic == 1 && ascii_lower(a) == ascii_lower(b)) continue;
      if (ic == 2 && uni_lower(a) == uni_lower(b)) continue;
      return false;
    }
    pos += n;
    return true;
  }

  // Drops the choice points above the innermost barrier, keeping its undo records, and removes
  // the barrier. Returns the barrier.
  Entry cut_to_barrier() {
    size_t b = static_cast<size_t>(m_barrier);
    Entry barrier = m_stack[b];
    size_t w = b;
    for (size_t i = b + 1; i < m_stack.size(); ++i) {
      uint32_t k = m_stack[i].tag & 0xFF;
      if (k == E_SLOT || k == E_REP) m_stack[w++] = m_stack[i];
    }
    m_stack.resize(w);
    m_barrier = barrier.x;
    return barrier;
  }

  // Undoes everything down to and including the innermost barrier. Returns the barrier.
  Entry unwind_to_barrier() {
    size_t b = static_cast<size_t>(m_barrier);
    while (m_stack.size() > b + 1) {
      undo(m_stack.back());
      m_stack.pop_back();
    }
    Entry barrier = m_stack.back();
    m_stack.pop_back();
    m_barrier = barrier.x;
    return barrier;
  }

  void undo(const Entry& e) {
    uint32_t k = e.tag & 0xFF;
    uint32_t idx = e.tag >> 8;
    if (k == E_SLOT) {
      m_slots[idx] = e.y;
      m_lastindex = e.x;
    } else if (k == E_REP) {
      m_rep_count[idx] = e.x;
      m_rep_last[idx] = e.y;
    }
  }

  // One attempt at `start`. 1 match, 0 none, -1 MemoryError.
  int run(int64_t start, bool fullmatch, bool must_advance) {
    m_stack.clear();
    m_barrier = -1;
    std::fill(m_slots.begin(), m_slots.end(), -1);
    m_lastindex = -1;
    int64_t pos = start;
    size_t pc = kHeader;
    const int32_t* code = m_code;
    for (;;) {
      const int32_t* ins = code + pc;
      switch (ins[0]) {
        case OP_CHAR:
        case OP_CHAR_IA:
        case OP_CHAR_IU:
        case OP_ANY:
        case OP_ANY_ALL:
        case OP_SET:
          if (pos < m_end && unit_match(ins, static_cast<uint32_t>(m_text[pos]))) {
            ++pos;
            pc += static_cast<size_t>(unit_len(ins));
            continue;
          }
          goto fail;
        case OP_AT:
          if (!at_match(ins[1], pos)) goto fail;
          pc += 2;
          continue;
        case OP_SPLIT:
          if (!push(E_CHOICE, static_cast<uint32_t>(ins[1]), 0, pos)) return -1;
          pc += 2;
          continue;
        case OP_JMP:
          pc = static_cast<size_t>(ins[1]);
          continue;
        case OP_SAVE: {
          int32_t slot = ins[1];
          if (!push(E_SLOT, static_cast<uint32_t>(slot), m_lastindex, m_slots[slot])) return -1;
          m_slots[slot] = pos;
          if (slot & 1) m_lastindex = slot / 2;
          pc += 2;
          continue;
        }
        case OP_MATCH:
          if ((fullmatch && pos != m_end) || (must_advance && pos == start)) goto fail;
          match_start = start;
          match_end = pos;
          return 1;
        case OP_BACKREF:
          if (!backref_match(ins[1], ins[2], pos)) goto fail;
          pc += 3;
          continue;
        case OP_REP_INIT: {
          int32_t r = ins[1];
          if (!push(E_REP, static_cast<uint32_t>(r), m_rep_count[r], m_rep_last[r])) return -1;
          m_rep_count[r] = 0;
          m_rep_last[r] = -1;
          pc += 2;
          continue;
        }
        case OP_REP_LOOP: {
          int32_t r = ins[1], min = ins[2], max = ins[3], mode = ins[4];
          int32_t c = m_rep_count[r];
          if (c < min) {
            // Required iterations leave the empty-iteration guard alone (CPython: last_ptr).
            pc += 6;
            continue;
          }
          bool more = (max == kInf || c < max) && pos != m_rep_last[r];
          if (mode == 0) {
            if (more) {
              if (!push(E_CHOICE, static_cast<uint32_t>(ins[5]), 0, pos)) return -1;
              m_rep_last[r] = pos;
              pc += 6;
            } else {
              pc = static_cast<size_t>(ins[5]);
            }
          } else {
            if (more && !push(E_REP_LAZY, static_cast<uint32_t>(pc), 0, pos)) return -1;
            pc = static_cast<size_t>(ins[5]);
          }
          continue;
        }
        case OP_REP_TAIL: {
          int32_t r = ins[1];
          if (!push(E_REP, static_cast<uint32_t>(r), m_rep_count[r], m_rep_last[r])) return -1;
          ++m_rep_count[r];
          pc = static_cast<size_t>(ins[2]);
          continue;
        }
        case OP_SREP: {
          int32_t min = ins[1], max = ins[2], mode = ins[3], len = ins[4];
          const int32_t* item = ins + 5;
          size_t next = pc + 5 + static_cast<size_t>(len);
          int64_t limit = max == kInf ? m_end : std::min<int64_t>(m_end, pos + max);
          if (mode == 1) {
            int64_t need = pos + min;
            if (need > m_end) goto fail;
            while (pos < need && unit_match(item, static_cast<uint32_t>(m_text[pos]))) ++pos;
            if (pos < need) goto fail;
            if (pos < limit && !push(E_SREP_LAZY, static_cast<uint32_t>(pc), min, pos)) return -1;
            pc = next;
            continue;
          }
          int64_t p = pos;
          while (p < limit && unit_match(item, static_cast<uint32_t>(m_text[p]))) ++p;
          if (p - pos < min) goto fail;
          if (mode == 0 && p - pos > min) {
            int64_t steps = p - pos - min;
            if (steps > 0x7FFFFFFF) steps = 0x7FFFFFFF;
            if (!push(E_SREP_GREEDY, static_cast<uint32_t>(next), static_cast<int32_t>(steps), p))
              return -1;
          }
          pos = p;
          pc = next;
          continue;
        }
        case OP_ASSERT: {
          int32_t kind = ins[1];
          bool neg = kind & 1, behind = kind & 2;
          if (behind && pos - ins[2] < 0) {
            if (neg) {
              pc = static_cast<size_t>(ins[3]);
              continue;
            }
            goto fail;
          }
          if (!push(E_BARRIER, static_cast<uint32_t>(pc), m_barrier, pos)) return -1;
          m_barrier = static_cast<int64_t>(m_stack.size()) - 1;
          if (behind) pos -= ins[2];
          pc += 4;
          continue;
        }
        case OP_ASSERT_END: {
          Entry b = m_stack[static_cast<size_t>(m_barrier)];
          const int32_t* a = code + (b.tag >> 8);
          if (a[1] & 1) {  // negative: the body matched, so the assertion fails
            unwind_to_barrier();
            goto fail;
          }
          cut_to_barrier();
          pos = b.y;
          pc = static_cast<size_t>(a[3]);
          continue;
        }
        case OP_ATOMIC:
          if (!push(E_BARRIER, static_cast<uint32_t>(pc), m_barrier, pos)) return -1;
          m_barrier = static_cast<int64_t>(m_stack.size()) - 1;
          pc += 2;
          continue;
        case OP_ATOMIC_END:
          cut_to_barrier();
          ++pc;
          continue;
        case OP_GREF_EXISTS: {
          int32_t g = ins[1];
          bool set = g < m_ngroups && m_slots[2 * g] >= 0 && m_slots[2 * g + 1] >= 0;
          pc = set ? pc + 3 : static_cast<size_t>(ins[2]);
          continue;
        }
        default:
          goto fail;
      }
    fail:
      // A long backtracking search stays interruptible (Ctrl-C).
      if ((++m_fails & 0xFFFF) == 0 && m_vm.heap().attention_requested() &&
          !m_vm.check_interrupt()) {
        m_interrupted = true;
        return -1;
      }
      for (;;) {
        if (m_stack.empty()) return 0;
        Entry& e = m_stack.back();
        uint32_t k = e.tag & 0xFF;
        uint32_t idx = e.tag >> 8;
        if (k == E_SLOT || k == E_REP) {
          undo(e);
          m_stack.pop_back();
          continue;
        }
        if (k == E_CHOICE) {
          pc = idx;
          pos = e.y;
          m_stack.pop_back();
          break;
        }
        if (k == E_SREP_GREEDY) {
          pos = e.y - 1;
          pc = idx;
          if (--e.x == 0) {
            m_stack.pop_back();
          } else {
            e.y = pos;
          }
          break;
        }
        if (k == E_SREP_LAZY) {
          const int32_t* srep = code + idx;
          int64_t p = e.y;
          int32_t count = e.x;
          int32_t max = srep[2];
          m_stack.pop_back();
          if (p < m_end && unit_match(srep + 5, static_cast<uint32_t>(m_text[p]))) {
            ++p;
            ++count;
            if ((max == kInf || count < max) && p < m_end && !push(E_SREP_LAZY, idx, count, p))
              return -1;
            pos = p;
            pc = idx + 5 + static_cast<size_t>(srep[4]);
            break;
          }
          continue;
        }
        if (k == E_REP_LAZY) {
          const int32_t* loop = code + idx;
          pos = e.y;
          m_stack.pop_back();
          m_rep_last[loop[1]] = pos;
          pc = idx + 6;
          break;
        }
        if (k == E_BARRIER) {
          const int32_t* a = code + idx;
          int64_t saved = e.y;
          m_barrier = e.x;
          m_stack.pop_back();
          if (a[0] == OP_ASSERT && (a[1] & 1)) {  // negative assertion: the body failed
            pos = saved;
            pc = static_cast<size_t>(a[3]);
            break;
          }
          continue;
        }
        m_stack.pop_back();
      }
    }
  }

  VM& m_vm;
  const int32_t* m_code;
  size_t m_code_len;
  const C* m_text;
  int64_t m_end;
  int32_t m_ngroups = 0, m_nreps = 0;
  std::vector<Entry> m_stack;
  size_t m_accounted = 0;
  int64_t m_barrier = -1;
  uint64_t m_fails = 0;
  std::vector<int32_t> m_rep_count;
  std::vector<int64_t> m_rep_last;
};

// --- Subjects ---

struct Subject {
  bool is_text = false;
  bool narrow = true;  // bytes, or an ASCII str: one byte per position
  const unsigned char* bytes = nullptr;
  std::vector<uint32_t> wide;
  int64_t length = 0;
};

bool load_subject(VM& vm, Value s, Subject& out) {
  if (is_str(s)) {
    StrObject* str = as_str(s);
    out.is_text = true;
    out.length = static_cast<int64_t>(str->length);
    if (str->is_ascii) {
      out.bytes = reinterpret_cast<const unsigned char*>(str->data());
      out.narrow = true;
    } else {
      out.narrow = false;
      std::string_view v = str->view();
      out.wide.reserve(str->length);
      size_t p = 0;
      while (p < v.size()) out.wide.push_back(utf8_decode(v, p));
    }
    return true;
  }
  std::string_view b;
  if (bytes_like(vm, s, b)) {
    out.is_text = false;
    out.narrow = true;
    out.bytes = reinterpret_cast<const unsigned char*>(b.data());
    out.length = static_cast<int64_t>(b.size());
    return true;
  }
  vm.raise_fmt(vm.exc.TypeError, "expected string or bytes-like object, got '{}'", vm.type_name(s));
  return false;
}

bool load_code(VM& vm, Value c, std::vector<int32_t>& code) {
  if (!is_bytes(c)) {
    vm.raise(vm.exc.TypeError, "bad compiled pattern");
    return false;
  }
  std::string_view v = static_cast<BytesObject*>(c.as_object())->view();
  code.resize(v.size() / sizeof(int32_t));
  if (!v.empty()) std::memcpy(code.data(), v.data(), code.size() * sizeof(int32_t));
  if (code.size() <= static_cast<size_t>(kHeader)) {
    vm.raise(vm.exc.TypeError, "bad compiled pattern");
    return false;
  }
  return true;
}

bool get_index(VM& vm, Value v, int64_t& out) {
  if (!v.is_small_int()) {
    vm.raise(vm.exc.TypeError, "an integer is required");
    return false;
  }
  out = v.as_small_int();
  return true;
}

// The match tuple (lastindex, s0, e0, ...) of a matcher that succeeded.
template <class C>
Value match_tuple(VM& vm, Matcher<C>& m, int32_t ngroups) {
  TupleObject* t = vm.new_tuple(static_cast<size_t>(1 + 2 * ngroups));
  if (!t) return Value::null();
  t->items()[0] = Value::small_int(m.m_lastindex);
  t->items()[1] = Value::small_int(m.match_start);
  t->items()[2] = Value::small_int(m.match_end);
  for (int32_t g = 1; g < ngroups; ++g) {
    int64_t s = m.m_slots[2 * g], e = m.m_slots[2 * g + 1];
    if (s < 0 || e < 0) s = e = -1;
    t->items()[2 * g + 1] = Value::small_int(s);
    t->items()[2 * g + 2] = Value::small_int(e);
  }
  return Value::object(t);
}

// Runs the matches of `code` over the subject: one (limit 1, mode given) or the finditer
// sequence. Appends to `out` (or returns the single match / None).
template <class C>
Value run_matches(VM& vm, const std::vector<int32_t>& code, const C* text, int64_t pos,
                  int64_t endpos, int mode, int64_t limit, bool first_must_advance,
                  ListObject* out) {
  Matcher<C> m(vm, code.data(), code.size(), text, endpos);
  int32_t ngroups = code[0];
  if (!out) {
    if (pos > endpos) return Value::none();
    int r = m.search(pos, endpos, mode == 2, mode == 1, first_must_advance);
    if (r < 0) {
      if (m.m_interrupted) return Value::null();
      return vm.raise(vm.exc.MemoryError, "regular expression stack overflow");
    }
    if (r == 0) return Value::none();
    return match_tuple(vm, m, ngroups);
  }
  bool must_advance = false;
  int64_t n = 0;
  while (pos <= endpos && (limit == 0 || n < limit)) {
    int r = m.search(pos, endpos, true, false, must_advance);
    if (r < 0) {
      if (m.m_interrupted) return Value::null();
      return vm.raise(vm.exc.MemoryError, "regular expression stack overflow");
    }
    if (r == 0) break;
    Value t = match_tuple(vm, m, ngroups);
    if (t.is_null()) return t;
    out->items.push_back(t);
    ++n;
    must_advance = m.match_end == m.match_start;
    pos = m.match_end;
  }
  return Value::object(out);
}

Value do_match(VM& vm, const Value* args, size_t nargs, bool scan) {
  if (nargs != 5) return vm.raise(vm.exc.TypeError, "_re.match() takes 5 arguments");
  std::vector<int32_t> code;
  if (!load_code(vm, args[0], code)) return Value::null();
  Subject s;
  if (!load_subject(vm, args[1], s)) return Value::null();
  int64_t pos, endpos, mode;
  if (!get_index(vm, args[2], pos) || !get_index(vm, args[3], endpos) ||
      !get_index(vm, args[4], mode))
    return Value::null();
  pos = std::clamp<int64_t>(pos, 0, s.length);
  endpos = std::clamp<int64_t>(endpos, 0, s.length);
  ListObject* out = nullptr;
  if (scan) {
    out = vm.new_list();
    if (!out) return Value::null();
    if (pos > endpos) return Value::object(out);
  }
  int m = scan ? 2 : static_cast<int>(mode & 3);
  int64_t limit = scan ? mode : 1;
  bool must_advance = !scan && (mode & 4);
  if (s.narrow)
    return run_matches<unsigned char>(vm, code, s.bytes, pos, endpos, m, limit, must_advance, out);
  return run_matches<uint32_t>(vm, code, s.wide.data(), pos, endpos, m, limit, must_advance, out);
}

// The finditer sequence as flat spans: per match (s0, e0, s1, e1, ...), -1 for unset groups.
// False with MemoryError pending.
template <class C>
bool collect_matches(VM& vm, const std::vector<int32_t>& code, const C* text, int64_t pos,
                     int64_t endpos, int64_t limit, std::vector<int64_t>& flat) {
  Matcher<C> m(vm, code.data(), code.size(), text, endpos);
  int32_t ngroups = code[0];
  bool must_advance = false;
  int64_t n = 0;
  while (pos <= endpos && (limit == 0 || n < limit)) {
    int r = m.search(pos, endpos, true, false, must_advance);
    if (r < 0) {
      if (!m.m_interrupted) vm.raise(vm.exc.MemoryError, "regular expression stack overflow");
      return false;
    }
    if (r == 0) break;
    flat.push_back(m.match_start);
    flat.push_back(m.match_end);
    for (int32_t g = 1; g < ngroups; ++g) {
      int64_t a = m.m_slots[2 * g], b = m.m_slots[2 * g + 1];
      if (a < 0 || b < 0) a = b = -1;
      flat.push_back(a);
      flat.push_back(b);
    }
    ++n;
    must_advance = m.match_end == m.match_start;
    pos = m.match_end;
  }
  return true;
}

void append_slice(std::string& out, const Subject& s, int64_t a, int64_t b) {
  if (s.narrow) {
    out.append(reinterpret_cast<const char*>(s.bytes) + a, static_cast<size_t>(b - a));
  } else {
    for (int64_t i = a; i < b; ++i) utf8_append(out, s.wide[static_cast<size_t>(i)]);
  }
}

Value make_piece(VM& vm, const Subject& s, int64_t a, int64_t b) {
  std::string piece;
  if (a >= 0) append_slice(piece, s, a, b);
  return s.is_text ? vm.new_str(piece) : vm.new_bytes(piece);
}

bool load_all(VM& vm, const Value* args, std::vector<int32_t>& code, Subject& s, int64_t& pos,
              int64_t& endpos, int64_t& limit, std::vector<int64_t>& flat) {
  if (!load_code(vm, args[0], code) || !load_subject(vm, args[1], s)) return false;
  if (!get_index(vm, args[2], pos) || !get_index(vm, args[3], endpos) ||
      !get_index(vm, args[4], limit))
    return false;
  pos = std::clamp<int64_t>(pos, 0, s.length);
  endpos = std::clamp<int64_t>(endpos, 0, s.length);
  if (pos > endpos) return true;
  return s.narrow ? collect_matches<unsigned char>(vm, code, s.bytes, pos, endpos, limit, flat)
                  : collect_matches<uint32_t>(vm, code, s.wide.data(), pos, endpos, limit, flat);
}

// findall(code, string, pos, endpos, 0): findall's list (strings, or tuples with groups).
Value re_findall(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 5) return vm.raise(vm.exc.TypeError, "_re.findall() takes 5 arguments");
  std::vector<int32_t> code;
  Subject s;
  int64_t pos, endpos, limit;
  std::vector<int64_t> flat;
  if (!load_all(vm, args, code, s, pos, endpos, limit, flat)) return Value::null();
  int32_t ngroups = code[0];
  size_t stride = static_cast<size_t>(2 * ngroups);
  ListObject* out = vm.new_list(flat.size() / stride);
  if (!out) return Value::null();
  for (size_t i = 0; i < flat.size(); i += stride) {
    const int64_t* r = flat.data() + i;
    Value item;
    if (ngroups <= 2) {
      int g = ngroups - 1;
      item = make_piece(vm, s, r[2 * g], r[2 * g + 1]);
    } else {
      TupleObject* t = vm.new_tuple(static_cast<size_t>(ngroups - 1));
      if (!t) return Value::null();
      for (int32_t g = 1; g < ngroups; ++g) {
        Value piece = make_piece(vm, s, r[2 * g], r[2 * g + 1]);
        if (piece.is_null()) return piece;
        t->items()[g - 1] = piece;
      }
      item = Value::object(t);
    }
    if (item.is_null()) return item;
    out->items.push_back(item);
  }
  return Value::object(out);
}

// sub(code, string, 0, len, count, template): (result, n) where template is a list of str/bytes
// pieces (of the subject's kind) and group numbers.
Value re_sub(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 6 || !is_list(args[5]))
    return vm.raise(vm.exc.TypeError, "_re.sub() takes 6 arguments");
  std::vector<int32_t> code;
  Subject s;
  int64_t pos, endpos, limit;
  std::vector<int64_t> flat;
  if (!load_all(vm, args, code, s, pos, endpos, limit, flat)) return Value::null();
  ListObject* tpl = as_list(args[5]);
  int32_t ngroups = code[0];
  size_t stride = static_cast<size_t>(2 * ngroups);
  std::string out;
  int64_t last = 0;
  for (size_t i = 0; i < flat.size(); i += stride) {
    const int64_t* r = flat.data() + i;
    if (last < r[0]) append_slice(out, s, last, r[0]);
    for (Value t : tpl->items) {
      if (t.is_small_int()) {
        int64_t g = t.as_small_int();
        if (g < 0 || g >= ngroups) return vm.raise(vm.exc.IndexError, "no such group");
        if (r[2 * g] >= 0) append_slice(out, s, r[2 * g], r[2 * g + 1]);
      } else if (is_str(t)) {
        out += str_view(t);
      } else if (is_bytes(t)) {
        out += static_cast<BytesObject*>(t.as_object())->view();
      }
    }
    last = r[1];
  }
  if (last < s.length) append_slice(out, s, last, s.length);
  Value result = s.is_text ? vm.new_str(out) : vm.new_bytes(out);
  if (result.is_null()) return result;
  return vm.new_tuple({result, vm.new_int(static_cast<int64_t>(flat.size() / stride))});
}

Value re_match(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return do_match(vm, args, nargs, false);
}
Value re_scan(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  return do_match(vm, args, nargs, true);
}

// Lookbehind widths (checked after parsing, as CPython's compiler does): each lookbehind's
// fixed width goes in the node's `min` for the compiler.
void annotate_widths(const Parser& p, Node& n) {
  if (n.kind == NK::Assert && n.behind) {
    auto [lo, hi] = p.width(n.kids[0]);
    if (lo > 0x7FFFFFFF) throw ParseError{"looks too much behind", -1};
    if (lo != hi) throw ParseError{"look-behind requires fixed-width pattern", -1};
    n.min = lo;
  }
  for (Node& k : n.kids) annotate_widths(p, k);
}

Value re_compile(VM& vm, const Value* args, size_t nargs, TupleObject*) {
  if (nargs != 2 || !args[1].is_small_int())
    return vm.raise(vm.exc.TypeError, "_re.compile(pattern, flags)");
  std::vector<uint32_t> pat;
  bool istext;
  if (is_str(args[0])) {
    istext = true;
    std::string_view v = str_view(args[0]);
    size_t p = 0;
    while (p < v.size()) pat.push_back(utf8_decode(v, p));
  } else {
    std::string_view b;
    if (!bytes_like(vm, args[0], b))
      return vm.raise(vm.exc.TypeError, "first argument must be string or compiled pattern");
    istext = false;
    for (char c : b) pat.push_back(static_cast<unsigned char>(c));
  }
  int flags = static_cast<int>(args[1].as_small_int());
  try {
    Parser parser(pat, istext, flags);
    parser.m_scoped_flags = flags;
    Node root = parser.parse();
    annotate_widths(parser, root);
    if (parser.groups() > kMaxGroups) throw ParseError{"too many groups", -1};
    Compiler c(parser.sets, istext);
    c.code.push_back(parser.groups());
    c.code.push_back(0);
    c.code.push_back(istext ? 1 : 0);
    c.emit(root);
    for (size_t at : c.set_positions) {
      int32_t* ins = c.code.data() + at;
      int32_t* bits = ins + ins[1] - kSetBitmapWords;
      for (uint32_t ch = 0; ch < 256; ++ch) {
        if (Matcher<unsigned char>::set_match_members(ins, ch))
          bits[ch >> 5] =
              static_cast<int32_t>(static_cast<uint32_t>(bits[ch >> 5]) | (1u << (ch & 31)));
      }
    }
    c.code.push_back(OP_MATCH);
    c.code[1] = c.nreps;
    if (c.code.size() > (size_t{1} << 23)) throw ParseError{"pattern too large", -1};
    std::string bytes(c.code.size() * sizeof(int32_t), '\0');
    std::memcpy(bytes.data(), c.code.data(), bytes.size());
    Value code = vm.new_bytes(bytes);
    if (code.is_null()) return code;
    RootScope roots(vm);
    roots.add(code);
    ListObject* names = vm.new_list();
    if (!names) return Value::null();
    roots.add(Value::object(names));
    for (auto& [name, g] : parser.names) {
      Value n = vm.new_str(cps_to_utf8(name));
      if (n.is_null()) return n;
      roots.add(n);
      Value pair = vm.new_tuple({n, Value::small_int(g)});
      if (pair.is_null()) return pair;
      names->items.push_back(pair);
    }
    return vm.new_tuple({code, Value::small_int(parser.groups() - 1), Value::object(names),
                         Value::small_int(parser.flags())});
  } catch (const ParseError& e) {
    if (e.overflow) return vm.raise(vm.exc.OverflowError, e.msg);
    if (e.recursion) return vm.raise(vm.exc.RecursionError, e.msg);
    if (e.pos == -2) return vm.raise(vm.exc.ValueError, e.msg);
    Value msg = vm.new_str(e.msg);
    if (msg.is_null()) return msg;
    return vm.new_tuple({msg, e.pos < 0 ? Value::none() : Value::small_int(e.pos)});
  }
}

}  // namespace

Value re_native_module_init(VM& vm) {
  ModuleObject* m = vm.new_module("_re");
  if (!m) return Value::null();
  DictObject* d = m->dict;
  bool ok = add_function(vm, d, "compile", re_compile) && add_function(vm, d, "match", re_match) &&
            add_function(vm, d, "scan", re_scan) && add_function(vm, d, "findall", re_findall) &&
            add_function(vm, d, "sub", re_sub);
  if (ok) dict_set_str(vm, d, vm.intern("MAXREPEAT"), vm.new_int(4294967295LL));
  return ok ? Value::object(m) : Value::null();
}

}  // namespace krait
