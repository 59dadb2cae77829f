# shutil, tempfile, numbers and queue: copies, trees, moves, temporary files and dirs, numeric ABCs, queues.
import shutil, tempfile, os, numbers, queue
from fractions import Fraction
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), d.startswith(tempfile.gettempdir()))
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f:
        f.write("content")
    print(shutil.copy(p, os.path.join(d, "b.txt")).endswith("b.txt"), sorted(os.listdir(d)))
    os.makedirs(os.path.join(d, "tree/sub"))
    open(os.path.join(d, "tree/sub/x.py"), "w").close()
    shutil.copytree(os.path.join(d, "tree"), os.path.join(d, "copy"), ignore=shutil.ignore_patterns("*.pyc"))
    print(sorted(os.listdir(os.path.join(d, "copy/sub"))))
    shutil.move(os.path.join(d, "b.txt"), os.path.join(d, "copy"))
    print(sorted(os.listdir(os.path.join(d, "copy"))))
    shutil.rmtree(os.path.join(d, "copy")); print(os.path.exists(os.path.join(d, "copy")))
    fd, name = tempfile.mkstemp(suffix=".dat", dir=d)
    os.write(fd, b"raw"); os.close(fd)
    print(open(name, "rb").read(), name.endswith(".dat"))
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=True) as nt:
        nt.write("hello"); nt.flush(); nt.seek(0); print(nt.read(), os.path.exists(nt.name))
    print(os.path.exists(nt.name))
print(os.path.exists(d), shutil.which("sh") is not None, shutil.which("no-such-command-xyz"), type(shutil.get_terminal_size((80, 24))).__name__)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), isinstance("x", numbers.Number))
q = queue.Queue(); q.put(1); q.put(2); print(q.get(), q.qsize(), q.empty())
pq = queue.PriorityQueue(); [pq.put(x) for x in [3, 1, 2]]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put("a"); lq.put("b"); print(lq.get())
try:
    queue.Queue().get(timeout=0.05)
except queue.Empty:
    print("Empty")
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print("Empty", type(e).__module__)
