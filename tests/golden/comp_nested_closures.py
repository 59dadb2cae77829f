def outer():
    base = 100
    return [lambda x, i=i: base + i + x for i in range(3)]
print([f(1) for f in outer()])
def make_table(n):
    return {i: {j: i * j for j in range(1, n + 1)} for i in range(1, n + 1)}
print(make_table(3))
def comp_with_walrus(data):
    return [(x, total) for x in data if (total := x * 10) > 15]
print(comp_with_walrus([1, 2, 3]))
def gen_in_comp():
    return [sum(y for y in range(x)) for x in range(5)]
print(gen_in_comp())
