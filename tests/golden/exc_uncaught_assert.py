def check(v):
    assert v > 0, f"value must be positive, got {v}"
check(5)
check(-2)
