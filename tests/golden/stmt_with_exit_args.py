class Rec:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return True
r = Rec()
with r:
    pass
print(r.args)
with r:
    raise ValueError("boom")
t, v, tb = r.args
print(t.__name__, repr(v), tb is not None)
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("no body")
except RuntimeError as e:
    print(e)
