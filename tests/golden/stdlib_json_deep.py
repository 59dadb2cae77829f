# json: nesting deeper than the recursion limit is a RecursionError, decoding and encoding.
import json
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("RecursionError", e)
l = []
x = l
for i in range(100000):
    x.append([])
    x = x[0]
try:
    json.dumps(l)
except RecursionError as e:
    print("RecursionError", e)
print(json.loads("[" * 500 + "]" * 500) is not None)
print(json.dumps(json.loads('{"a": [1, 2, {"b": "é"}]}'), ensure_ascii=False, indent=2))
