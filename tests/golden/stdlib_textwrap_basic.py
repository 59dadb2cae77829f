# textwrap: wrap/fill at several widths, indents, shorten, max_lines, hyphens, dedent, indent.
import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known example, used in typewriter tests -- and fonts; supercalifragilisticexpialidocious words too."
for w in (10, 20, 35, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap(s, 25, max_lines=2), textwrap.wrap(s, 15, break_long_words=False), textwrap.wrap(s, 20, break_on_hyphens=False))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    x
""")), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   one\n  two\n   three")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.wrap("tab\there  and\nnewline", 8), textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("a-b-c-d long-hyphen-ated-word e-mail", 6))
print(textwrap.fill("Hello there. How are you?", 40, fix_sentence_endings=True))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
