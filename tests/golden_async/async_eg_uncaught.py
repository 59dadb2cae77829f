# The traceback CPython prints for an uncaught ExceptionGroup (nested group, a note).
def fail(n):
    raise ValueError(f"bad {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", [KeyError("k")])
errors.append(inner)
eg = ExceptionGroup("several problems", errors)
eg.add_note("note on the group")
print("raising")
raise eg
