squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares))
d = {i: str(i) for i in range(5000)}
print(len(d), d[4999], sum(len(v) for v in d.values()))
s = {i % 97 for i in range(10000)}
print(len(s), max(s))
nested = [[j for j in range(i)] for i in range(100)]
print(sum(len(n) for n in nested))
