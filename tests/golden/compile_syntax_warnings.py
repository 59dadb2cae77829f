# SyntaxWarnings of compile(): printed under the default filters, recorded by
# catch_warnings, silenced by "ignore", and a SyntaxError (with the expression position) under
# "error".
import warnings
x = 1
compile('x is 1', 'a.py', 'exec')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile('if x is "s": pass', 'b.py', 'exec')
    print([(str(i.message), i.category.__name__, i.filename, i.lineno) for i in w])
warnings.simplefilter('ignore')
compile('x is 1', 'c.py', 'exec')
warnings.simplefilter('error')
try:
    compile('y = 2\ny is ()', 'd.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
exec('z = 1')
print('end')
