// When an interactive prompt has read a whole statement (CPython's codeop, for the REPL).
#pragma once

#include <string_view>

namespace krait {

enum class InputStatus {
  Empty,       // only blank lines and comments: nothing to run
  Incomplete,  // more lines are needed (an open bracket or string, a block still being typed)
  Complete,    // ready to compile and run; a syntax error in it is reported by compiling it
};

// `source` is the lines typed so far, each ending in '\n'. A simple statement is complete as
// soon as it parses; a compound one (if, def, class, with, try, decorators...) needs a blank
// line after it, as at CPython's prompt; an error the next line could still fix (an open
// bracket, a block header without its body) asks for more, unless that line was blank and the
// error cannot be a bracket or string left open.
InputStatus classify_interactive_input(std::string_view source);

}  // namespace krait
