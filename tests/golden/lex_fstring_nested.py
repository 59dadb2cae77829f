x = 3.14159
w = 10
p = 3
print(f"{x:{w}}|")
print(f"{x:{w}.{p}}|")
print(f"{x:>{w}.{p}f}|")
print(f"{'ab':{'*'}^{w}}")
d = {"k": 5, "j": [1, 2]}
print(f"{d['k']} {d['j'][1]}")
items = [1, 2, 3]
print(f"{', '.join(str(i) for i in items)}")
print(f"{f'{x:.1f}'}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda y: y * 2)(4)}")
fill = "-"
print(f"{'mid':{fill}^{w}}")
