class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed with {code}")
        self.table = table
        self.code = code
class Quiet(AppError):
    def __str__(self):
        return "custom str"
try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.table, e.code)
try:
    raise Quiet("a", "b")
except Quiet as e:
    print(str(e), repr(e), e.args)
e = AppError()
print(repr(e), str(e), e.args)
e = AppError("one")
print(repr(e), str(e), e.args)
e = AppError("one", 2)
print(repr(e), str(e), e.args)
print([c.__name__ for c in DbError.__mro__])
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(n.args, str(n), repr(n))
