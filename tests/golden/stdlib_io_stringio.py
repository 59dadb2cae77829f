# io.StringIO and io.BytesIO: writing, reading, seeking, newline translation, redirect_stdout, errors.
import io, sys
from contextlib import redirect_stdout
s = io.StringIO()
print("hello", 42, file=s); s.write("more\n")
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), s.read())
s2 = io.StringIO("a\nb\r\nc\rd")
print(s2.readlines(), repr(io.StringIO("x\r\ny", newline=None).getvalue()), list(io.StringIO("1\n2\n")))
with redirect_stdout(io.StringIO()) as buf:
    print("captured")
print(repr(buf.getvalue()))
b = io.BytesIO(b"abc")
b.seek(0, 2); b.write(b"def"); print(b.getvalue(), b.tell()); b.seek(1); print(b.read(2), b.readline())
s.close(); print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
t = io.StringIO("hello world"); t.seek(6); t.write("there"); print(t.getvalue()); t.truncate(5); print(repr(t.getvalue()))
with io.StringIO() as f:
    f.writelines(["a", "b"]); print(f.getvalue())
