d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["a"]
d["a"] = 0
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), "a" in d, "zz" not in d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("missing", None), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
d.clear()
print(d, dict(), dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, extra=1))
