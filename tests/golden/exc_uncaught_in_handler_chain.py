def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        {}["missing"]
    except KeyError:
        try:
            cleanup()
        except OSError as e:
            raise RuntimeError("work failed") from e
work()
