X = 42
def f(): return "f"
