a = 1; b = 2; c = a + b
print(a, b, c); print("second")
if c: print("inline if"); print("still inline")
for i in range(2): print(i)
while a < 3: a += 1
print(a)
def f(): return 7
print(f())
class K: x = 5
print(K.x)
