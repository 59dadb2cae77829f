# A tour of algorithm exercises: sorts, binary search, BFS/DFS, Dijkstra, memoised recursion,
# deep recursion and RecursionError, sieves with bytearray slices, big-int arithmetic.
import sys, functools, heapq, collections, itertools, math, random
sys.setrecursionlimit(3000)
def quicksort(a):
    if len(a) <= 1: return a
    p, *rest = a
    return quicksort([x for x in rest if x < p]) + [p] + quicksort([x for x in rest if x >= p])
def merge_sort(a):
    if len(a) < 2: return a
    m = len(a) // 2; l, r = merge_sort(a[:m]), merge_sort(a[m:]); out = []
    while l and r: out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
random.seed(3); data = [random.randint(-50, 50) for _ in range(30)]
print(quicksort(data) == sorted(data) == merge_sort(data), sorted(data)[:8], sorted(data, reverse=True)[:3])
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x: lo = mid + 1
        else: hi = mid
    return lo
s = sorted(data); print(bsearch(s, 0), bsearch(s, 100), bsearch(s, -100))
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
def bfs(start, goal):
    q = collections.deque([[start]]); seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal: return path
        for n in graph[path[-1]]:
            if n not in seen: seen.add(n); q.append(path + [n])
def dfs(node, seen=None):
    seen = seen or []
    seen.append(node)
    for n in graph[node]:
        if n not in seen: dfs(n, seen)
    return seen
print(bfs('A', 'F'), dfs('A'))
def dijkstra(g, src):
    dist = {src: 0}; pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf): continue
        for v, w in g[u]:
            if d + w < dist.get(v, math.inf): dist[v] = d + w; heapq.heappush(pq, (d + w, v))
    return dist
print(dijkstra({'a': [('b', 4), ('c', 1)], 'b': [('d', 1)], 'c': [('b', 2), ('d', 5)], 'd': []}, 'a'))
@functools.cache
def ways(n, k): return 1 if n == 0 else 0 if n < 0 or k == 0 else ways(n - k, k) + ways(n, k - 1)
print(ways(100, 100), math.factorial(30), 2 ** 200 % 1000007, pow(3, 10**18, 10**9 + 7), math.comb(100, 50))
def hanoi(n, a='A', b='B', c='C'):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2500))
try: depth(10**5)
except RecursionError as e: print('RecursionError:', e)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]; print(primes)
sieve = bytearray([1]) * 100; sieve[:2] = b'\x00\x00'
for i in range(2, 10):
    if sieve[i]: sieve[i*i::i] = bytes(len(range(i*i, 100, i)))
print([i for i, v in enumerate(sieve) if v][-5:], list(itertools.accumulate(range(1, 6))), list(itertools.combinations(range(4), 2))[:4])
m = [[1, 2, 3], [4, 5, 6]]; print(list(zip(*m)), [list(r) for r in zip(*m)], [[r[i] for r in m] for i in range(3)], sum(map(sum, m)))
print(int('1' * 50) * int('9' * 50), (10 ** 30 + 1) // 7, -(10 ** 20) // 3, divmod(-(10 ** 20), 7), hex(2 ** 100), int('z' * 10, 36))
