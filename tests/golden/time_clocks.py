# The clocks: types, monotonicity, seconds vs nanoseconds, sleep. Only properties are printed,
# never a clock's value.
import time


def t(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    fns = getattr(time, name + "_ns")
    a = f()
    n = fns()
    b = f()
    print(name, type(a).__name__, type(n).__name__, a <= b, a - 1 <= n / 1e9 <= b + 1)
    t(name + "(1)", f, 1)
    t(name + "_ns(1)", fns, 1)

print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
m = [time.monotonic_ns() for _ in range(1000)]
print(m == sorted(m))
p = [time.perf_counter() for _ in range(1000)]
print(p == sorted(p))
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__,
      time.clock_getres(time.CLOCK_MONOTONIC) > 0)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
      time.CLOCK_THREAD_CPUTIME_ID, time._STRUCT_TM_ITEMS)

# sleep really sleeps.
start = time.monotonic()
print(time.sleep(0.05))
print(time.monotonic() - start >= 0.05)
start = time.perf_counter_ns()
time.sleep(0)
time.sleep(False)
time.sleep(0.0)
time.sleep(1e-6)
print(time.perf_counter_ns() >= start)

# process_time counts CPU time, so a busy loop advances it.
c0 = time.process_time()
sum(range(300000))
print(time.process_time() >= c0)

t("sleep(-1)", time.sleep, -1)
t("sleep(-0.5)", time.sleep, -0.5)
t("sleep(nan)", time.sleep, float("nan"))
t("sleep(inf)", time.sleep, float("inf"))
t("sleep('a')", time.sleep, "a")
t("sleep(None)", time.sleep, None)
t("sleep(10**30)", time.sleep, 10**30)
t("sleep(1e30)", time.sleep, 1e30)
t("sleep()", time.sleep)
t("sleep(1, 2)", time.sleep, 1, 2)
t("sleep(secs=1)", time.sleep, secs=1)
t("clock_gettime()", time.clock_gettime)
t("clock_gettime('a')", time.clock_gettime, "a")
t("clock_gettime(99)", time.clock_gettime, 99)
t("clock_gettime(2**40)", time.clock_gettime, 2**40)
t("tzset(1)", time.tzset, 1)
