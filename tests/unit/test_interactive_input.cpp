// When the prompt has a whole statement (interpreter/interactive_input.h).
#include <doctest/doctest.h>

#include "interpreter/interactive_input.h"

using krait::classify_interactive_input;
using krait::InputStatus;

TEST_CASE("interactive input: simple statements run at once") {
  for (const char* src : {"1 + 1\n", "x = 1; y = 2\n", "import asyncio\n", "await f()\n",
                          "x = (1,\n2)\n", "s = '''a\nb'''\n", "print(1) # note\n"}) {
    CAPTURE(src);
    CHECK(classify_interactive_input(src) == InputStatus::Complete);
  }
}

TEST_CASE("interactive input: open brackets, strings and block headers ask for more") {
  for (const char* src : {"x = (1,\n", "x = [\n\n", "s = '''abc\n", "if x:\n", "def f():\n",
                          "x = \\\n", "@decorator\n", "for i in range(3):\n    print(i)\n",
                          "if x: pass\n", "try:\n    pass\n", "class A:\n    x = 1\n"}) {
    CAPTURE(src);
    CHECK(classify_interactive_input(src) == InputStatus::Incomplete);
  }
}

TEST_CASE("interactive input: a blank line ends a block") {
  CHECK(classify_interactive_input("for i in range(3):\n    print(i)\n\n") ==
        InputStatus::Complete);
  CHECK(classify_interactive_input("if x: pass\n\n") == InputStatus::Complete);
  CHECK(classify_interactive_input("def f():\n    return 1\n    \n") == InputStatus::Complete);
  // A header without a body: the blank line makes it an error to report (IndentationError).
  CHECK(classify_interactive_input("if x:\n\n") == InputStatus::Complete);
}

TEST_CASE("interactive input: errors no line could fix are reported at once") {
  for (const char* src : {"x = 1 +\n", "1 2\n", "x = )\n", "if x:\npass\n"}) {
    CAPTURE(src);
    CHECK(classify_interactive_input(src) == InputStatus::Complete);
  }
}

TEST_CASE("interactive input: blank lines and comments are nothing to run") {
  for (const char* src : {"\n", "   \n", "# comment\n", "\n# a\n  # b\n"}) {
    CAPTURE(src);
    CHECK(classify_interactive_input(src) == InputStatus::Empty);
  }
}
