# __slots__: member descriptors, no instance dict, layouts, errors; dataclass(slots=True).
class S:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = 1
s = S()
print(S.a, type(S.a), S.a.__name__, S.a.__objclass__, S._S__b)
try: s._S__b
except AttributeError as e: print(e)
try: s.c = 1
except AttributeError as e: print(e)
try: s.__dict__
except AttributeError as e: print(e)
try: vars(s)
except TypeError as e: print(e)
try: S.a.__get__(5)
except TypeError as e: print(e)
try: S.a.__set__(5, 1)
except TypeError as e: print(e)
del s.a
try: del s.a
except AttributeError as e: print(e)
print(S.__slots__, hasattr(s, "a"))
class T(S):
    pass
t = T(); t.z = 5; print(t.__dict__)
class U(S):
    __slots__ = "q"
u = U(); u.q = 3; u.a = 4; print(u.q, u.a)
try:
    class V:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print(e)
try:
    class W:
        __slots__ = (1,)
except TypeError as e: print(e)
try:
    class W2:
        __slots__ = ("1a",)
except TypeError as e: print(e)
class A: __slots__ = ("x",)
class B: __slots__ = ("y",)
try:
    class C(A, B): pass
except TypeError as e: print(e)
class D:
    __slots__ = ("__dict__", "d")
dd = D(); dd.k = 1; dd.d = 2; print(dd.__dict__)
try:
    class E(int):
        __slots__ = ("x",)
except TypeError as e: print(e)
class F(int):
    __slots__ = ()
print(F(3) + 1)
try: F(3).z = 1
except AttributeError as e: print(e)
import copy
s2 = copy.copy(s); print(hasattr(s2, "a"))
s.a = 7; s3 = copy.deepcopy(s); print(s3.a)
try: s.__class__ = T
except TypeError as e: print(e)
class S2:
    __slots__ = ("a", "__b")
try: s.__class__ = S2
except TypeError as e: print(e)
print([k for k in S.__dict__ if k != "__slotnames__"])
import copy
from dataclasses import dataclass

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"

p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y)

@dataclass(slots=True)
class DS:
    a: int
    b: str = "x"

d = DS(1)
print(d, DS.__slots__, hasattr(d, "__dict__"))
try:
    d.c = 1
except AttributeError as e:
    print(e)

@dataclass(frozen=True, slots=True)
class FS:
    a: int
print(FS(3), hash(FS(3)) == hash(FS(3)))
try:
    FS(3).a = 4
except Exception as e:
    print(type(e).__name__, e)

class Base:
    __slots__ = ("a",)
class Mid(Base):
    __slots__ = ("b",)
class Leaf(Mid):
    __slots__ = ()
l = Leaf(); l.a = 1; l.b = 2
print(l.a, l.b, Leaf.__mro__[1].__slots__, sorted(k for k in Mid.__dict__ if not k.startswith("__")))
print(type(Base.a).__name__, Base.a.__qualname__ if hasattr(Base.a, "__qualname__") else "")

class WithProp:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
w = WithProp(); w.v = 5; print(w.v)

class G:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "fallback " + name
g = G()
print(g.zzz)
print(getattr(g, "a", "default"))

import sys
class Many:
    __slots__ = tuple(f"s{i}" for i in range(40))
m = Many()
for i in range(40):
    setattr(m, f"s{i}", i)
print(sum(getattr(m, f"s{i}") for i in range(40)))
print(dir(P(1, 2))[-2:], "x" in dir(P(1, 2)))

class U:
    __slots__ = ["u", "__dict__"]
u = U(); u.u = 1; u.v = 2; print(u.__dict__, vars(u))
try:
    class Bad(U):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(e)
class A:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "ga " + n
print(A().p)
class B:
    @property
    def p(self):
        raise AttributeError("inner")
try:
    B().p
except AttributeError as e:
    print(e)
print(getattr(B(), "p", "d"))
class A:
    __slots__ = ("x",)
try:
    class B(A, Exception): pass
except TypeError as e: print(e)
class C(Exception):
    __slots__ = ("y",)
c = C(); c.y = 1; print(c.y)
