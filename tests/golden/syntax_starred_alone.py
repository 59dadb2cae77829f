lambda x: (yield)
x = *a
