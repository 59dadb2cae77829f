def divide(a, b):
    return a / b
print("computing")
divide(1, 0)
