# add_note()/__notes__ on ordinary exceptions and groups, as shown in an uncaught traceback.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
g = ExceptionGroup("group", [e, KeyError("k")])
g.add_note("group note")
raise g
