# A tour of text/binary files, pathlib, csv, json, os.walk, shutil and FileNotFoundError.
import os, pathlib, json, csv, tempfile, shutil, io, sys, glob, collections
base = pathlib.Path(tempfile.mkdtemp())
p = base / 'data.txt'
p.write_text('line one\nline two\n\nline four\n')
print(p.name, p.suffix, p.stem, p.parent == base, p.exists(), p.is_file(), p.stat().st_size)
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip('\n')))
with open(p, 'a', encoding='utf-8') as f:
    print('appended', file=f)
    f.write('é\n')
print(p.read_text().splitlines()[-2:], len(p.read_bytes()))
with open(p, 'rb') as f:
    print(f.read(4), f.tell(), f.seek(0, 2), f.readline())
rows = [{'name': 'ann', 'age': 30}, {'name': 'bob, jr', 'age': 25}]
with open(base / 'p.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['name', 'age']); w.writeheader(); w.writerows(rows)
print((base / 'p.csv').read_text())
with open(base / 'p.csv', newline='') as f:
    print([dict(r) for r in csv.DictReader(f)])
with open(base / 'd.json', 'w') as f: json.dump({'rows': rows, 'n': 2}, f, indent=2)
with open(base / 'd.json') as f: print(json.load(f))
(base / 'sub').mkdir(); (base / 'sub' / 'a.py').touch(); (base / 'sub' / 'b.txt').write_text('x')
print(sorted(x.name for x in (base / 'sub').iterdir()), sorted(str(x.relative_to(base)) for x in base.rglob('*.py')), sorted(os.path.basename(g) for g in glob.glob(str(base / 'sub' / '*'))))
print(os.path.join('a', 'b', 'c.txt'), os.path.splitext('x.tar.gz'), os.path.dirname('/a/b/c'), os.path.isabs('/x'), os.sep, os.path.normpath('a/./b/../c'))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
try:
    open(base / 'missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == str(base / 'missing.txt'))
shutil.rmtree(base); print(base.exists())
buf = io.StringIO("a\nb\n"); print(buf.readline(), buf.read(), buf.getvalue() == "a\nb\n")
print(os.getcwd() != '', 'PATH' in os.environ, os.environ.get('NOPE_X', 'dflt'), type(os.getpid()).__name__, sys.platform)
c = collections.Counter(open(__file__).read().split()); print(c['import'])
