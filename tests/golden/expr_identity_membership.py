a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None))
print(1 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 3 in range(5), 5 in range(5))
print(1 in {1, 2}, (1, 2) in [(1, 2)], [1] in [[1]])
x = ()
y = ()
print(x == y, True is True, id(a) == id(b), id(a) == id(c))
print(b"a" in b"abc", 97 in b"abc")
