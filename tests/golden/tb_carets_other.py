# Caret lines for calls, attributes and names; no carets when the range is the whole line.
import sys


def report(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


def whole_line():
    raise ValueError("whole line")


def whole_expression_line():
    int("x")


def call_in_assignment():
    value = int("not a number")


def method_call():
    text = "abc"
    return text.index("z")


def attribute():
    obj = None
    return obj.missing


def chained_attribute():
    class A:
        b = None
    return A.b.c.d


def name():
    return undefined_name_here


def multi_line_call():
    return int(
        "x",
        10,
    )


def call_argument():
    return len(int("q"))


def assert_statement():
    assert 1 == 2, "numbers differ"


def comparison():
    return 1 < "2"


def unary():
    return -"text"


def unpacking():
    a, b = [1, 2, 3]


def iteration():
    for x in 5:
        pass


def lambda_body():
    f = lambda v: v + 1
    return f("s")


def comprehension():
    return [1 / x for x in (1, 0)]


for f in (whole_line, whole_expression_line, call_in_assignment, method_call, attribute,
          chained_attribute, name, multi_line_call, call_argument, assert_statement,
          comparison, unary, unpacking, iteration, lambda_body, comprehension):
    report(f)

raise RuntimeError("end of script")
