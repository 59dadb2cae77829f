class Broken:
    a = 1
    b = a / 0
