// Unit tests of the stdlib's builtins, sys and math through a VM: output capture through the
// hooks, the Argument Clinic binder's messages, and the exception helpers the VM uses for except*.
#include <doctest/doctest.h>

#include <string>

#include "runtime/dict.h"
#include "runtime/exception.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/protocol.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vm.h"
#include "stdlib/stdlib.h"
#include "stdlib/stdlib_internal.h"

using namespace krait;

namespace {

struct Fixture {
  VM vm;
  std::string out, err;
  Fixture() {
    vm.output.out = [this](std::string_view s) { out += s; };
    vm.output.err = [this](std::string_view s) { err += s; };
    install_stdlib(vm);
  }
  // Runs `source` as a module; returns the text of the pending exception ("" if none).
  std::string run(std::string_view source) {
    DictObject* globals = vm.new_dict();
    dict_set_str(vm, globals, vm.names.__name__, vm.intern_value("__main__"));
    Value r = vm.exec_source(source, "<test>", globals);
    if (!r.is_null()) return "";
    Value e = vm.take_error();
    Value s = py_str(vm, e);
    std::string text(vm.type_name(e));
    if (!s.is_null()) {
      text += ": ";
      text += str_view(s);
    }
    return text;
  }
};

std::string pending_message(VM& vm) {
  Value e = vm.take_error();
  Value s = py_str(vm, e);
  return s.is_null() ? "?" : std::string(str_view(s));
}

}  // namespace

TEST_CASE("print writes through the output hooks") {
  Fixture f;
  CHECK(
      f.run("print('a', 1, None, sep='-', end='!\\n')\nimport sys\nprint('e', file=sys.stderr)") ==
      "");
  CHECK(f.out == "a-1-None!\n");
  CHECK(f.err == "e\n");
}

TEST_CASE("input reads lines from the hook and reports EOF") {
  Fixture f;
  int calls = 0;
  f.vm.output.read_line = [&](std::string& line) {
    if (calls++) return false;
    line = "typed\n";
    return true;
  };
  CHECK(f.run("print(repr(input('? ')))\ninput()") == "EOFError: EOF when reading a line");
  CHECK(f.out == "? 'typed'\n");
}

TEST_CASE("bind_clinic words its errors as CPython's Argument Clinic") {
  Fixture f;
  VM& vm = f.vm;
  ClinicSpec spec{"pow", {"base", "exp", "mod"}, 0, 2, 3};
  Value out[3];
  Value args[6] = {Value::small_int(1), Value::small_int(2), Value::small_int(3),
                   Value::small_int(4), Value::small_int(5), Value::small_int(6)};
  CHECK(bind_clinic(vm, spec, args, 2, nullptr, out));
  CHECK(out[2].is_null());
  CHECK_FALSE(bind_clinic(vm, spec, args, 6, nullptr, out));
  CHECK(pending_message(vm) == "pow() takes at most 3 arguments (6 given)");
  CHECK_FALSE(bind_clinic(vm, spec, args, 0, nullptr, out));
  CHECK(pending_message(vm) == "pow() missing required argument 'base' (pos 1)");

  ClinicSpec sum{"sum", {"iterable", "start"}, 1, 1, 2};
  CHECK_FALSE(bind_clinic(vm, sum, args, 0, nullptr, out));
  CHECK(pending_message(vm) == "sum() takes at least 1 positional argument (0 given)");
  TupleObject* kw = vm.new_tuple(1);
  kw->items()[0] = vm.intern_value("zz");
  CHECK_FALSE(bind_clinic(vm, sum, args, 1, kw, out));
  CHECK(pending_message(vm) == "'zz' is an invalid keyword argument for sum()");
  kw->items()[0] = vm.intern_value("start");
  CHECK(bind_clinic(vm, sum, args, 1, kw, out));
  CHECK(out[1] == Value::small_int(2));
}

TEST_CASE("exception_group_split and prep_reraise_star") {
  Fixture f;
  VM& vm = f.vm;
  Value v1 = vm.new_exception(vm.exc.ValueError, "a");
  Value t1 = vm.new_exception(vm.exc.TypeError, "b");
  Value excs = vm.new_tuple({v1, t1});
  Value eg = exception_group_create(vm, "g", excs);
  REQUIRE(!eg.is_null());
  CHECK(vm.type_of(eg) == vm.exc.ExceptionGroup);
  CHECK(is_exception_group(vm, eg));

  Value rest;
  Value match = exception_group_split(vm, eg, Value::object(vm.exc.ValueError), true, rest);
  REQUIRE(!match.is_null());
  CHECK(is_exception_group(vm, match));
  CHECK(as_tuple(exception_group_exceptions(match))->items()[0] == v1);
  CHECK(as_tuple(exception_group_exceptions(rest))->items()[0] == t1);

  // A naked exception is wrapped; no match leaves the exception as the rest.
  match = exception_group_split(vm, v1, Value::object(vm.exc.ValueError), true, rest);
  CHECK(is_exception_group(vm, match));
  CHECK(rest.is_none());
  match = exception_group_split(vm, v1, Value::object(vm.exc.KeyError), true, rest);
  CHECK(match.is_none());
  CHECK(rest == v1);

  // except* ExceptionGroup is refused.
  match = exception_group_split(vm, eg, Value::object(vm.exc.ExceptionGroup), true, rest);
  CHECK(match.is_null());
  CHECK(pending_message(vm) ==
        "catching ExceptionGroup with except* is not allowed. Use except instead.");

  // Nothing raised or re-raised: None.
  ListObject* l = vm.new_list();
  CHECK(prep_reraise_star(vm, eg, Value::object(l)).is_none());
  // A new exception raised in a clause is re-raised alone.
  // (Its metadata differs from orig's: in the VM, orig always has a traceback.)
  Value r = vm.new_exception(vm.exc.RuntimeError, "new");
  as_exception(r)->context = v1;
  l->items.push_back(r);
  CHECK(prep_reraise_star(vm, eg, Value::object(l)) == r);
}

TEST_CASE("sys and math modules import") {
  Fixture f;
  CHECK(
      f.run(
          "import sys, math\n"
          "print(sys.version_info[:2], sys.maxsize, math.factorial(25), math.fsum([0.1] * 10))") ==
      "");
  CHECK(f.out == "(3, 11) 9223372036854775807 15511210043330985984000000 1.0\n");
}
