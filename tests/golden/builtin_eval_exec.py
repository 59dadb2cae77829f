print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
x = 5
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b", ns)
print(ns["a"], ns["b"], ns["f"]())
exec("print('printed by exec')")
exec("y = 42")
print(y)
code = compile("z = 7", "<string>", "exec")
exec(code)
print(z)
print(eval(compile("2 ** 10", "<e>", "eval")))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name_q")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
def scope():
    loc = {}
    exec("w = 3", globals(), loc)
    return loc
print(scope())
print(eval("  4  "), exec("pass"))
