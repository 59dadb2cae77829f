// lexer.h — source text to tokens (first stage of the front end).
//
// A port of the behaviour of CPython 3.11's Parser/tokenizer.c: INDENT/DEDENT from an
// indentation stack (tab size 8, checked against tab size 1 for TabError), implicit line
// joining inside brackets, backslash continuation, comments, every numeric literal form,
// string literals with prefixes (their contents are decoded later by the parser), and
// the same error messages and positions. The whole input is tokenized up front; a
// tokenizer error ends the token vector and is reported by the parser when it reaches
// that point, exactly when CPython's lazily driven tokenizer would report it.
#pragma once

#include "token.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace krait {

// A tokenizer error. Offsets are CPython's 1-based SyntaxError offsets but counted in
// UTF-8 bytes (the parser converts them to characters with the line text).
struct LexError {
  std::string type = "SyntaxError";  // "SyntaxError" | "IndentationError" | "TabError"
  std::string msg;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  // Whether CPython reports the source line with its newline: errors raised by the
  // tokenizer itself (syntaxerror()) give the line without it.
  bool text_with_newline = false;
  // Raised by the tokenizer itself (CPython's syntaxerror()): such an error found
  // anywhere later in the file replaces a parser error (_PyPegen_tokenize_full_source...).
  bool overrides_parser_error = false;
  // End of input inside brackets: "'(' was never closed" at the innermost open bracket.
  bool eof_in_brackets = false;
  char bracket = 0;
  int bracket_line = 0, bracket_col = 0;  // bracket_col: 0-based byte column
  // The input ended early (EOF inside brackets, a triple-quoted string, after '\').
  bool incomplete = false;
};

// CPython's translate_newlines for string input: "\r\n" and "\r" become "\n", a UTF-8
// BOM is dropped, and a final "\n" is added when missing.
std::string normalize_source(std::string_view source);

class Lexer {
 public:
  // Tokenizes `source` (already normalised). For f-string expressions the lexer runs on
  // the byte range [begin, end) of the full source, starting at `line`, with brackets
  // already open `initial_level` deep so that newlines are insignificant.
  explicit Lexer(std::string_view source);
  Lexer(std::string_view source, uint32_t begin, uint32_t end, int line, uint32_t line_start,
        int initial_level);

  // Runs the tokenizer to the end or to the first error.
  void run();

  std::vector<Token>& tokens() { return m_tokens; }
  const std::optional<LexError>& error() const { return m_error; }
  // Index of the first token produced after the input was exhausted (the tokenizer's
  // E_EOF state), or -1 if none: a parse failing after fetching it is
  // "incomplete input" for a REPL.
  int eof_token_index() const { return m_eof_token_index; }

 private:
  int next_char();
  void backup(int c);
  bool tokenize_one(Token& tok);  // false on error
  bool read_indentation(bool& blankline);
  bool continuation_line();
  bool number(int c, Token& tok);
  bool decimal_tail(int& c);
  bool verify_end_of_number(int c, const char* kind);
  bool lookahead(const char* test);
  bool verify_identifier(uint32_t start);
  bool string_literal(int quote, Token& tok);

  // Error helpers mirroring tokenizer.c's syntaxerror() and the tok->done codes.
  bool syntax_error(std::string msg);
  bool syntax_error_range(std::string msg, int col, int end_col);
  bool done_error(std::string type, std::string msg, int line, int col, int end_col);
  int cur_col() const { return static_cast<int>(m_cur - m_line_start); }

  std::string_view m_src;
  uint32_t m_end;
  uint32_t m_cur;
  uint32_t m_line_start;     // start of the current physical line
  uint32_t m_token_start = 0;
  int m_line;
  bool m_at_eof = false;
  bool m_atbol = true;
  int m_pendin = 0;
  std::vector<int> m_indstack{0};
  std::vector<int> m_altindstack{0};
  int m_level = 0;
  int m_initial_level = 0;
  std::vector<char> m_parenstack;
  std::vector<int> m_parenline;
  std::vector<int> m_parencol;
  // Start of a multi-line string token (CPython's first_lineno / multi_line_start).
  int m_first_line = 0;
  uint32_t m_multi_line_start = 0;
  std::vector<Token> m_tokens;
  std::optional<LexError> m_error;
  int m_eof_token_index = -1;
};

// Byte offset (1-based, as SyntaxError offsets are built) to character offset in `line`,
// as CPython's _PyPegen_byte_offset_to_character_offset.
int byte_to_char_offset(std::string_view line, int byte_offset);

// Decodes one UTF-8 code point at s[i], advancing i; returns -1 on invalid input.
int32_t decode_utf8(std::string_view s, size_t& i);
// Appends the UTF-8 encoding of code point `cp`.
void append_utf8(std::string& out, uint32_t cp);

// Whether a non-ASCII code point may start / continue an identifier (an approximation of
// Unicode XID_Start / XID_Continue: common symbols, punctuation and spaces are excluded).
bool is_identifier_start_cp(uint32_t cp);
bool is_identifier_continue_cp(uint32_t cp);
bool is_printable_cp(uint32_t cp);

}  // namespace krait
