def risky():
    raise ValueError("bad value")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
wrapper()
