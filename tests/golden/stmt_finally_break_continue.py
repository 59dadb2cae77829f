for i in range(5):
    try:
        if i == 3:
            raise RuntimeError("dropped by break")
    finally:
        if i == 3:
            print("break in finally at", i)
            break
print("after loop")
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        print("body", i)
    finally:
        continue
print("continue swallowed errors")
i = 0
while True:
    try:
        i += 1
        if i > 2:
            break
    finally:
        print("finally", i)
print("done", i)
