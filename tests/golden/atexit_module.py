# atexit: handlers run last-first when the program ends (here by sys.exit), errors reported.
import atexit, sys

def goodbye(name, punct="!"):
    print("goodbye", name + punct)

class Bad:
    def __call__(self):
        raise ValueError("boom in exit handler")
    def __repr__(self):
        return "<Bad handler>"

atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")
atexit.register(Bad())
@atexit.register
def decorated():
    print("decorated runs first")
def removed():
    print("never")
atexit.register(removed)
atexit.unregister(removed)
print("main body")
sys.exit(3)
