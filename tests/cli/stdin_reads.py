import sys
print(repr(sys.stdin.read(2)), repr(sys.stdin.readline()), repr(sys.stdin.readline(3)))
print(repr(input()), repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line:", repr(line))
    if line.startswith("stop"):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), repr(sys.stdin.read(5)))
try:
    input()
except EOFError as e:
    print("EOFError", e)
