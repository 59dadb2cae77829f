def helper():
    return "helped from " + __name__
