# The traceback of a group re-raised by except* with a handler that raised a new exception.
try:
    raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
except* ValueError:
    raise KeyError("from handler")
