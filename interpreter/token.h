// token.h — the tokens the lexer hands to the parser.
//
// Token kinds mirror CPython 3.11's Grammar/Tokens (NAME, NUMBER, STRING, NEWLINE,
// INDENT, DEDENT, one kind per operator, ENDMARKER). Keywords are NAME tokens whose
// `keyword` field is set, as pegen's keyword lookup does. Positions follow CPython:
// 1-based lines, 0-based UTF-8 byte columns, end column exclusive; INDENT/DEDENT carry
// col == -1 like CPython's tokens without text.
#pragma once

#include <cstdint>
#include <string_view>

namespace krait {

#define KRAIT_TOKEN_KINDS(X)                                                                  \
  X(EndMarker, "ENDMARKER") X(Name, "NAME") X(Number, "NUMBER") X(String, "STRING")           \
  X(Newline, "NEWLINE") X(Indent, "INDENT") X(Dedent, "DEDENT")                               \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(Colon, ":") X(Comma, ",")             \
  X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|")             \
  X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")        \
  X(LBrace, "{") X(RBrace, "}") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")         \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")                   \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=") X(MinEqual, "-=")                \
  X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")            \
  X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                        \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")                    \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...")   \
  X(ColonEqual, ":=") X(Op, "OP") X(ErrorToken, "ERRORTOKEN")

enum class TokenKind : uint8_t {
#define X(name, text) name,
  KRAIT_TOKEN_KINDS(X)
#undef X
};

#define KRAIT_KEYWORDS(X)                                                                     \
  X(False, "False") X(None, "None") X(True, "True") X(And, "and") X(As, "as")                 \
  X(Assert, "assert") X(Async, "async") X(Await, "await") X(Break, "break")                   \
  X(Class, "class") X(Continue, "continue") X(Def, "def") X(Del, "del") X(Elif, "elif")       \
  X(Else, "else") X(Except, "except") X(Finally, "finally") X(For, "for") X(From, "from")     \
  X(Global, "global") X(If, "if") X(Import, "import") X(In, "in") X(Is, "is")                 \
  X(Lambda, "lambda") X(Nonlocal, "nonlocal") X(Not, "not") X(Or, "or") X(Pass, "pass")       \
  X(Raise, "raise") X(Return, "return") X(Try, "try") X(While, "while") X(With, "with")       \
  X(Yield, "yield")

enum class Keyword : uint8_t {
  NotKeyword,
#define X(name, text) name,
  KRAIT_KEYWORDS(X)
#undef X
};

// "NAME", "(" ... for diagnostics and tests.
const char* token_kind_name(TokenKind kind);
const char* keyword_text(Keyword kw);
// The keyword spelled by `text`, or Keyword::NotKeyword.
Keyword lookup_keyword(std::string_view text);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  Keyword keyword = Keyword::NotKeyword;
  uint16_t level = 0;        // bracket nesting depth after this token (tok->level)
  uint32_t start = 0;        // byte offsets of the token text in the (normalised) source
  uint32_t end = 0;
  int line = 0, col = 0;     // col is -1 for INDENT / DEDENT
  int end_line = 0, end_col = 0;
  // Where the tokenizer's cursor was after producing this token (tok->lineno and
  // tok->cur - tok->line_start), used to mirror CPython's error locations.
  int cur_line = 0, cur_col = 0;

  bool is(TokenKind k) const { return kind == k; }
  bool is(Keyword k) const { return keyword == k; }
};

}  // namespace krait
