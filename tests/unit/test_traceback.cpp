// Unit tests of the exception report (interpreter/traceback.cpp): source lines as CPython's
// traceback reads them, carets, chaining and the pending-error discipline of format_exception.
// The byte-exact comparisons with CPython live in the golden tests tests/golden/tb_*.py.
#include <doctest/doctest.h>

#include <string>

#include "interpreter/traceback.h"
#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "runtime/vm_internals.h"
#include "stdlib/stdlib.h"

using namespace krait;

namespace {

struct Fixture {
  VM vm;
  std::string err;
  Fixture() {
    vm.output.err = [this](std::string_view s) { err += s; };
    install_stdlib(vm);
  }
  // Runs `source` under `filename`; returns the exception it raises (Null if none).
  Value run(std::string_view source, std::string_view filename = "unit_tb.py") {
    DictObject* globals = vm.new_dict();
    dict_set_str(vm, globals, vm.names.__name__, vm.intern_value("__main__"));
    Value r = vm.exec_source(source, filename, globals);
    return r.is_null() ? vm.take_error() : Value::null();
  }
  // The excepthook's report of the exception `source` raises.
  std::string report(std::string_view source, std::string_view filename = "unit_tb.py") {
    Value e = run(source, filename);
    return e.is_null() ? "<no exception>" : vm.format_exception(e);
  }
};

}  // namespace

TEST_CASE("source lines: universal newlines, pseudo files, missing lines") {
  Fixture f;
  f.vm.internals().sources["crlf.py"] = "a = 1\r\nb = 2\rc = 3\nd";
  CHECK(traceback_source_line(f.vm, "crlf.py", 1) == "a = 1");
  CHECK(traceback_source_line(f.vm, "crlf.py", 2) == "b = 2");
  CHECK(traceback_source_line(f.vm, "crlf.py", 3) == "c = 3");
  CHECK(traceback_source_line(f.vm, "crlf.py", 4) == "d");
  CHECK(!traceback_source_line(f.vm, "crlf.py", 5));
  CHECK(!traceback_source_line(f.vm, "crlf.py", 0));
  f.vm.internals().sources["<string>"] = "x = 1\n";
  CHECK(!traceback_source_line(f.vm, "<string>", 1));
  f.vm.internals().sources["bad.py"] = "ok\n\xff\xfe\n";
  CHECK(traceback_source_line(f.vm, "bad.py", 1) == "ok");
  CHECK(!traceback_source_line(f.vm, "bad.py", 2));
  CHECK(!traceback_source_line(f.vm, "/nonexistent/dir/file.py", 1));
}

TEST_CASE("a report with carets under the operator") {
  Fixture f;
  std::string text = f.report("def f():\n    a = 1\n    return a + 'x'\nf()\n");
  CHECK(text ==
        "Traceback (most recent call last):\n"
        "  File \"unit_tb.py\", line 4, in <module>\n"
        "    f()\n"
        "  File \"unit_tb.py\", line 3, in f\n"
        "    return a + 'x'\n"
        "           ~~^~~~~\n"
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
}

TEST_CASE("code from <string> shows no source line") {
  Fixture f;
  std::string text = f.report("1 / 0\n", "<string>");
  CHECK(text ==
        "Traceback (most recent call last):\n"
        "  File \"<string>\", line 1, in <module>\n"
        "ZeroDivisionError: division by zero\n");
}

TEST_CASE("chained exceptions print oldest first") {
  Fixture f;
  std::string text = f.report(
      "try:\n"
      "    raise KeyError('k')\n"
      "except KeyError as e:\n"
      "    raise ValueError('v') from e\n");
  CHECK(text ==
        "Traceback (most recent call last):\n"
        "  File \"unit_tb.py\", line 2, in <module>\n"
        "    raise KeyError('k')\n"
        "KeyError: 'k'\n"
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        "  File \"unit_tb.py\", line 4, in <module>\n"
        "    raise ValueError('v') from e\n"
        "ValueError: v\n");
}

TEST_CASE("format_exception leaves a pending exception alone and print_exception writes it") {
  Fixture f;
  Value exc = f.vm.new_exception(f.vm.exc.ValueError, "boom");
  f.vm.raise(f.vm.exc.KeyError, "pending");
  Value pending = f.vm.error();
  CHECK(f.vm.format_exception(exc) == "ValueError: boom\n");
  CHECK(f.vm.error() == pending);
  f.vm.clear_error();
  f.vm.print_exception(exc);
  CHECK(f.err == "ValueError: boom\n");
  CHECK(format_exception_only(f.vm, exc) == "ValueError: boom\n");
  CHECK(f.vm.format_exception(Value::small_int(3)) ==
        "TypeError: print_exception(): Exception expected for value, int found\n");
}

// Expected texts: CPython 3.11.7's traceback.format_exception / format_tb on the same code.
TEST_CASE("Lib/traceback.py rendering: stripped lines, group margins, first entries") {
  Fixture f;
  Value e = f.run(
      "def f(n):\n"
      "    if n:\n"
      "        return f(n - 1)\n"
      "    a = 1; b = a + \"x\"   \n"
      "f(5)\n");
  REQUIRE(is_exception(e));
  std::string repeated =
      "  File \"unit_tb.py\", line 5, in <module>\n"
      "    f(5)\n"
      "  File \"unit_tb.py\", line 3, in f\n"
      "    return f(n - 1)\n"
      "           ^^^^^^^^\n"
      "  File \"unit_tb.py\", line 3, in f\n"
      "    return f(n - 1)\n"
      "           ^^^^^^^^\n"
      "  File \"unit_tb.py\", line 3, in f\n"
      "    return f(n - 1)\n"
      "           ^^^^^^^^\n"
      "  [Previous line repeated 2 more times]\n"
      "  File \"unit_tb.py\", line 4, in f\n"
      "    a = 1; b = a + \"x\"\n"
      "            ~~^~~~~\n";  // Lib/traceback.py counts the trailing blanks: carets shift left
  std::string message = "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n";
  CHECK(format_exception_tbmodule(f.vm, e) ==
        "Traceback (most recent call last):\n" + repeated + message);
  CHECK(format_tb_tbmodule(f.vm, as_exception(e)->traceback, 2) ==
        "  File \"unit_tb.py\", line 5, in <module>\n"
        "    f(5)\n"
        "  File \"unit_tb.py\", line 3, in f\n"
        "    return f(n - 1)\n"
        "           ^^^^^^^^\n");
  CHECK(format_exception_only_tbmodule(f.vm, e) == message);
  CHECK(format_exception_tbmodule(f.vm, Value::none()) == "NoneType: None\n");

  Value excs = f.vm.new_tuple({e});
  Value group = exception_group_create(f.vm, "g", excs);
  REQUIRE(!group.is_null());
  std::string boxed;
  size_t start = 0;
  std::string body = "Traceback (most recent call last):\n" + repeated + message;
  while (start < body.size()) {  // every line behind the margin, "[Previous line ...]" too
    size_t end = body.find('\n', start) + 1;
    boxed += "    | " + body.substr(start, end - start);
    start = end;
  }
  CHECK(format_exception_tbmodule(f.vm, group) ==
        "  | ExceptionGroup: g (1 sub-exception)\n"
        "  +-+---------------- 1 ----------------\n" +
            boxed + "    +------------------------------------\n");
}

TEST_CASE("Lib/traceback.py rendering of a SyntaxError keeps tabs under the text") {
  Fixture f;
  Value info = f.vm.new_tuple({f.vm.new_str("f.py"), Value::small_int(1), Value::small_int(3),
                               f.vm.new_str("\tab cd\n"), Value::small_int(1),
                               Value::small_int(5)});
  Value e = f.vm.call(Value::object(f.vm.exc.SyntaxError), {f.vm.new_str("m"), info});
  REQUIRE(is_exception(e));
  CHECK(format_exception_only_tbmodule(f.vm, e) ==
        "  File \"f.py\", line 1\n    \tab cd\n    \t ^^\nSyntaxError: m\n");
}
