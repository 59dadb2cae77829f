# Caret lines under subscripts: '~' under the value, '^' from '[' to ']'.
import sys


def report(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


def index_error():
    items = [1, 2, 3]
    return items[10]


def key_error():
    d = {"a": 1}
    return d["b"]


def spaces_inside():
    d = {}
    return d[  "key"  ]


def space_before():
    d = {}
    return d ["key"]


def store():
    none = None
    none["x"] = 1  # assignment


def delete():
    t = (1, 2)
    del t[0]


def nested():
    grid = [[1, 2], [3]]
    return grid[1][1]


def slice_of_int():
    n = 5
    return n[1:2]


def call_then_index():
    def get():
        return []
    return get()[0]


def attribute_then_index():
    class Box:
        items = {}
    return Box.items["missing"]


def parenthesised_index():
    items = []
    return items[(1 + 2)]


for f in (index_error, key_error, spaces_inside, space_before, store, delete, nested,
          slice_of_int, call_then_index, attribute_then_index, parenthesised_index):
    report(f)

table = {"x": {"y": 1}}
print(table["x"]["z"])
