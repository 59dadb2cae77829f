# PEP 585 and 604 on builtin classes: list[int], dict[str, int] | None, isinstance with unions.
def f(x: list[int], y: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]), f.__annotations__)
print(list[int], dict[str, int], tuple[int, ...], type[int], set[float], frozenset[str], list[list[int]])
print(int | None, int | str | None, (int | str) | float, int | int, list[int] | None)
print(type(int | str).__name__, (int | str).__args__, list[int].__origin__, list[int].__args__)
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str == str | int, hash(int | str) == hash(str | int), list[int] == list[int], list[int] == list[str])
print(list[int]([1, 2]), dict[str, int](a=1))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int | "str"
except TypeError as e:
    print(e)
class C(list[int]):
    pass
print(C.__mro__, C([1]))
import typing
print(int | typing.List[int], typing.Optional[int] | str)
