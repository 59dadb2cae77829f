# json: dumps/loads with every option, escapes, errors and their positions, dump/load.
import json
data = {"name": "Krait", "n": 3, "pi": 3.14159, "ok": True, "none": None, "list": [1, 2.5, "x", [], {}],
        "nested": {"a": [1, {"b": None}]}, "uni": "héllo ✓ \U0001F600", "esc": "q\"\\\n\t\x01/"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, 2], indent=0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 1.0, -0.0, 10**20]))
print(json.dumps("just a string"), json.dumps(5), json.dumps(None))
print(json.dumps((1, 2, (3,))))
for bad in [{(1, 2): 3}, {"s": {1, 2}}, [b"x"]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
l = [1]; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
s = json.dumps(data)
back = json.loads(s)
print(back == data, back["uni"], back["esc"])
print(json.loads('  [1, -2, 3.5, 1e3, -1E-2, 0, "a\\u00e9\\ud83d\\ude00", true, false, null, {"k": [ ]}]  '))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1]'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {}}', object_hook=len))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"a\\x"', '[1] x', '"\\u12"', '{"a":', '[', 'tru', '"a\nb"', '  \n  {"a": }']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError), json.JSONDecodeError.__module__)
import os
p = "/tmp/krait_json_%d.json" % os.getpid()
with open(p, "w") as f:
    json.dump({"x": [1, 2]}, f, indent=1)
with open(p) as f:
    print(json.load(f))
os.remove(p)
