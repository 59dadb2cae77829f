d = {1: "int", "1": "str", (1,): "tuple", None: "none", 1.5: "float", frozenset({1}): "fs", True: "bool overrides 1"}
print(d)
print(d[1], d["1"], d[(1,)], d[None], d[1.5])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree))
print({k: len(v) for k, v in tree.items()})
