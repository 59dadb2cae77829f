name = "world"
n = 42
pi = 3.14159
print(f"hello {name}")
print(F"{n} {n + 1} {n * 2}")
print(f"{pi:.2f} {pi:10.3f}|{pi:<10.1f}|")
print(f"{n:05d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{n:>6}|{n:<6}|{n:^6}|{n:*^7}|")
print(f"{1234567:,} {1234567:_} {0.25:%} {0.256:.1%}")
print(f"{'str'!r} {'str'!s} {'é'!a}")
print(f"{{literal}} {{{n}}}")
print(f"{name.upper()} {len(name)} {[1,2][0]}")
print(f"{'a' if n > 0 else 'b'}")
print(f"{n:+d} {-n:+d} {n: d}")
print(f"{1e10:e} {1e10:g} {123.456:G} {0.0001:g}")
