// test_lexer.cpp — unit tests for the tokenizer (interpreter/lexer.h): token kinds and
// positions, indentation, numbers, strings, and CPython 3.11's tokenizer errors.
#include <doctest/doctest.h>

#include "../../interpreter/lexer.h"

#include <string>
#include <vector>

using namespace krait;

namespace {

struct Lexed {
  std::string source;
  std::vector<Token> tokens;
  std::optional<LexError> error;
};

Lexed lex(std::string_view src) {
  Lexed r;
  r.source = normalize_source(src);
  Lexer lx(r.source);
  lx.run();
  r.tokens = lx.tokens();
  r.error = lx.error();
  return r;
}

// "NAME(def) NAME(f) ( ..." — kind names, with the text of NAME/NUMBER/STRING/OP tokens.
std::string kinds(const Lexed& l) {
  std::string out;
  for (const Token& t : l.tokens) {
    if (!out.empty()) out += ' ';
    out += token_kind_name(t.kind);
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String)
      out += "(" + l.source.substr(t.start, t.end - t.start) + ")";
  }
  return out;
}

}  // namespace

TEST_CASE("lexer: simple statement tokens and positions") {
  Lexed l = lex("x = f(a, 1.5)  # comment\n");
  CHECK(kinds(l) == "NAME(x) = NAME(f) ( NAME(a) , NUMBER(1.5) ) NEWLINE ENDMARKER");
  REQUIRE(l.tokens.size() == 10);
  CHECK(l.tokens[0].line == 1);
  CHECK(l.tokens[0].col == 0);
  CHECK(l.tokens[0].end_col == 1);
  CHECK(l.tokens[6].col == 9);   // 1.5
  CHECK(l.tokens[6].end_col == 12);
  // NEWLINE starts at the comment, as in CPython's tokenizer.
  CHECK(l.tokens[8].col == 15);
  CHECK(!l.error);
}

TEST_CASE("lexer: keywords are NAME tokens with a keyword field") {
  Lexed l = lex("if not x: pass\n");
  REQUIRE(l.tokens.size() >= 5);
  CHECK(l.tokens[0].keyword == Keyword::If);
  CHECK(l.tokens[1].keyword == Keyword::Not);
  CHECK(l.tokens[2].keyword == Keyword::NotKeyword);
  CHECK(l.tokens[4].keyword == Keyword::Pass);
  CHECK(lookup_keyword("await") == Keyword::Await);
  CHECK(lookup_keyword("match") == Keyword::NotKeyword);  // soft keyword
}

TEST_CASE("lexer: indentation produces INDENT and DEDENT") {
  Lexed l = lex("if a:\n    b\n    if c:\n\n        d\ne\n");
  CHECK(kinds(l) ==
        "NAME(if) NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(if) NAME(c) : NEWLINE INDENT NAME(d) "
        "NEWLINE DEDENT DEDENT NAME(e) NEWLINE ENDMARKER");
  // INDENT/DEDENT carry no column, like CPython's tokens without text.
  CHECK(l.tokens[4].col == -1);
}

TEST_CASE("lexer: implicit line joining and backslash continuation") {
  Lexed l = lex("x = (1,\n     2)\ny = 1 + \\\n    2\n");
  CHECK(kinds(l) ==
        "NAME(x) = ( NUMBER(1) , NUMBER(2) ) NEWLINE NAME(y) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
  CHECK(l.tokens[5].line == 2);
}

TEST_CASE("lexer: a missing final newline is added") {
  Lexed l = lex("x");
  CHECK(kinds(l) == "NAME(x) NEWLINE ENDMARKER");
  Lexed crlf = lex("a\r\nb\r\n");
  CHECK(kinds(crlf) == "NAME(a) NEWLINE NAME(b) NEWLINE ENDMARKER");
}

TEST_CASE("lexer: numeric literals") {
  Lexed l = lex("0 0x1F 0o17 0b101 1_000 1.5 .5 1. 1e10 1.5E-3 3j 1.5j 0_0 00\n");
  CHECK(kinds(l) ==
        "NUMBER(0) NUMBER(0x1F) NUMBER(0o17) NUMBER(0b101) NUMBER(1_000) NUMBER(1.5) NUMBER(.5) "
        "NUMBER(1.) NUMBER(1e10) NUMBER(1.5E-3) NUMBER(3j) NUMBER(1.5j) NUMBER(0_0) NUMBER(00) "
        "NEWLINE ENDMARKER");
  // A number followed by a keyword is accepted (CPython only warns).
  CHECK(kinds(lex("1if x else y\n")) ==
        "NUMBER(1) NAME(if) NAME(x) NAME(else) NAME(y) NEWLINE ENDMARKER");
}

TEST_CASE("lexer: operators, including three-character ones") {
  Lexed l = lex("a **= b // c >>= d -> e := f != g ... h @= i\n");
  CHECK(kinds(l) ==
        "NAME(a) **= NAME(b) // NAME(c) >>= NAME(d) -> NAME(e) := NAME(f) != NAME(g) ... NAME(h) "
        "@= NAME(i) NEWLINE ENDMARKER");
}

TEST_CASE("lexer: string prefixes and triple quotes") {
  Lexed l = lex("s = rb'\\x' f\"{a}\" u'x' '''a\nb''' BR\"x\"\n");
  CHECK(kinds(l) ==
        "NAME(s) = STRING(rb'\\x') STRING(f\"{a}\") STRING(u'x') STRING('''a\nb''') STRING(BR\"x\") "
        "NEWLINE ENDMARKER");
  const Token& triple = l.tokens[5];
  CHECK(triple.line == 1);
  CHECK(triple.end_line == 2);
  CHECK(triple.end_col == 4);
}

TEST_CASE("lexer: UTF-8 identifiers") {
  Lexed l = lex("café = 1\n");
  CHECK(kinds(l) == "NAME(café) = NUMBER(1) NEWLINE ENDMARKER");
  CHECK(l.tokens[0].end_col == 5);  // byte offsets
}

TEST_CASE("lexer: errors with CPython's messages and positions") {
  struct Case {
    const char* src;
    const char* type;
    const char* msg;
    int line, col;  // 1-based byte offsets as stored by the lexer
  };
  const Case cases[] = {
      {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
      {"x = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
      {"x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5},
      {"012\n", "SyntaxError",
       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
       1, 1},
      {"0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2},
      {"0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3},
      {"0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3},
      {"1_\n", "SyntaxError", "invalid decimal literal", 1, 2},
      {"1 +)\n", "SyntaxError", "unmatched ')'", 1, 4},
      {"(1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 3},
      {"(1\n]\n", "SyntaxError",
       "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1},
      {"if 1:\n\tx\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
      {"def f():\n  x\n y\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3},
      {"x = \\ 1\n", "SyntaxError", "unexpected character after line continuation character", 1, 6},
  };
  for (const Case& c : cases) {
    std::string src = c.src;
    CAPTURE(src);
    Lexed l = lex(c.src);
    REQUIRE(l.error);
    CHECK(l.error->type == c.type);
    CHECK(l.error->msg == c.msg);
    CHECK(l.error->line == c.line);
    CHECK(l.error->col == c.col);
  }
}

TEST_CASE("lexer: end of input inside brackets") {
  Lexed l = lex("x = [1,\n  2\n");
  REQUIRE(l.error);
  CHECK(l.error->eof_in_brackets);
  CHECK(l.error->bracket == '[');
  CHECK(l.error->bracket_line == 1);
  CHECK(l.error->bracket_col == 4);
  CHECK(l.error->incomplete);
}

TEST_CASE("lexer: too many nested parentheses") {
  std::string src(201, '(');
  Lexed l = lex(src);
  REQUIRE(l.error);
  CHECK(l.error->msg == "too many nested parentheses");
  CHECK(l.error->col == 201);
}

TEST_CASE("lexer: byte to character offsets") {
  CHECK(byte_to_char_offset("abc", 2) == 2);
  CHECK(byte_to_char_offset("é = x", 4) == 3);
  CHECK(byte_to_char_offset("ab", 3) == 3);
}
