s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3])
print(s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1], s[2:8:-1])
print(s[100:], s[-100:2], s[5:100], s[3:3], s[5:2])
print("hello world"[::-1], "hello"[1:-1], "abc"[10:], "abcdef"[::3])
print((0, 1, 2, 3)[1::2], range(10)[2:9:3], b"abcdef"[::-2])
print(s[slice(1, 4)], s[slice(None, None, -3)])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[-11:], s[:-11], s[9:-11:-1])
t = "ab"
print(t[0:1], t[1:2], t[2:3] == "")
