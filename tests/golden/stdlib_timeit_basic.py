# timeit: Timer with string and callable statements and setups, timeit/repeat/autorange and
# the module functions. Timings vary, so only their properties are printed.
import timeit

print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)

t = timeit.timeit('x = sum(range(10))', number=1000)
print(type(t).__name__, t >= 0)

r = timeit.repeat('[i * i for i in range(20)]', repeat=3, number=100)
print(len(r), all(isinstance(v, float) and v >= 0 for v in r))

counter = []
t = timeit.Timer(lambda: counter.append(1))
print(t.timeit(number=7) >= 0, len(counter))
print(len(t.repeat(repeat=2, number=5)), len(counter))

t = timeit.Timer('data.append(n)', setup='data = []; n = 3')
print(t.timeit(number=10) >= 0)

setup_calls = []
t = timeit.Timer('pass', setup=lambda: setup_calls.append('s'))
t.timeit(3)
t.timeit(4)
print(setup_calls)

def work():
    return sorted([3, 1, 2])

print(timeit.timeit(work, number=50) >= 0)
print(timeit.timeit('work()', globals={'work': work}, number=50) >= 0)
print(timeit.timeit('f()', setup='def f():\n    return 42', number=10) >= 0)
print(timeit.timeit('''
total = 0
for i in range(5):
    total += i
''', number=20) >= 0)

calls = []
number, taken = timeit.Timer('sum(range(100))').autorange(
    callback=lambda n, s: calls.append(n))
print(number in calls, calls[:3], taken >= 0.2, number == calls[-1])

fake = iter(range(0, 1000, 5))
ft = timeit.Timer('pass', timer=lambda: next(fake))
print(ft.timeit(number=10), ft.repeat(3, 1))
print(timeit.Timer('pass', timer=lambda: 1.5).timeit(1))
print(timeit.reindent('a\nb', 4))

def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(timeit.Timer, 5)
attempt(timeit.Timer, 'pass', 5)
attempt(timeit.Timer, 'return 5')
attempt(timeit.Timer, 'x = (')
attempt(timeit.timeit, '1/0', number=1)
attempt(timeit.timeit, 'undefined_name', number=1)
