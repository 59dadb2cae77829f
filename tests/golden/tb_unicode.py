# Carets on lines with non-ASCII text: offsets count characters, not bytes, and wide (East
# Asian W/F) characters take two columns.
import sys


def report(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


def accented():
    café = "é"; résumé = café + 1


def cjk():
    名前 = {"キー": 1}; return 名前["鍵"]


def emoji():
    s = "🐍🐍"; return s + 3


def in_call():
    return len("ü", "ß")


def subscript_after_text():
    d = {}; return d["ключ"]


def multi_line_non_ascii():
    return ("ä" +
            1)


def name_error():
    ñ = 1
    return ñn


def wide_before_and_inside():
    鍵 = 1; y = 鍵 + "s"


def wide_multi_line():
    鍵 = 1; y = (鍵 +
      "s")


def wide_attribute():
    鍵 = None; 鍵.x


def wide_whole_line():
    鍵鍵鍵


def fullwidth_letters():
    ｘ = 1; ｘ + "ｙ"


for f in (accented, cjk, emoji, in_call, subscript_after_text, multi_line_non_ascii, name_error,
          wide_before_and_inside, wide_multi_line, wide_attribute, wide_whole_line,
          fullwidth_letters):
    report(f)

s = SyntaxError("SyntaxError carets count characters", ("f.py", 1, 3, "鍵鍵abcdef\n", 1, 6))
sys.excepthook(type(s), s, None)
données = [1]
données["clé"]
