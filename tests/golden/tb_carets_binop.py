# Caret lines under binary operations: '~' under the operands, '^' under the operator.
import sys


def report(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


def plain():
    a, b = 1, "2"
    return a + b


def spaced():
    a, b = 1, "2"
    return a   -   b


def two_char():
    a, b = 1, "2"
    return a // b


def power():
    a, b = 1, "2"
    return a ** b


def parenthesised():
    a, b = 1, None
    return (a) * (b)


def no_spaces():
    a, b = 1, "2"
    return (a)%(b)


def nested():
    a, b, c = 1, 2, "3"
    return a + b + c


def inner_of_call():
    a, b = 1, "2"
    return print(a << b, "end")


def shift():
    a, b = 1.5, 2
    x = a >> b


def multi_line():
    a, b = 1, "2"
    return (a +
            b)


def tabbed():
	a, b = 1, "2"
	return a - b   


def chained():
    x = 10
    y = 0
    return x / y


def augmented():
    x = 1
    x += "s"


def comment_after():
    x = [] @ 1  # matrix multiplication


for f in (plain, spaced, two_char, power, parenthesised, no_spaces, nested, inner_of_call,
          shift, multi_line, tabbed, chained, augmented, comment_after):
    report(f)

total = 0
total = total + None
