# time functions: types and monotonic / relative properties only (no values are printed).
import time

m1 = time.monotonic()
p1 = time.perf_counter()
n1 = time.monotonic_ns()
w1 = time.time()
time.sleep(0.02)
m2 = time.monotonic()
p2 = time.perf_counter()
n2 = time.monotonic_ns()
w2 = time.time()
print(type(m1).__name__, type(p1).__name__, type(n1).__name__, type(w1).__name__, type(time.time_ns()).__name__)
print("monotonic advanced >= 20ms:", m2 - m1 >= 0.019)
print("perf_counter advanced >= 20ms:", p2 - p1 >= 0.019)
print("monotonic_ns advanced >= 20ms:", n2 - n1 >= 19_000_000)
print("time() advanced:", w2 >= w1)
print("time() is after 2020:", w1 > 1577836800)
print("ns agrees with seconds:", abs(time.time_ns() / 1e9 - time.time()) < 1.0)
values = [time.monotonic() for _ in range(1000)]
print("never decreases:", all(a <= b for a, b in zip(values, values[1:])))
print(time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
