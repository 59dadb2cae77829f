# from __future__ import annotations: annotations stay strings.
from __future__ import annotations
def f(x: list[int], y: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]))
def g(a: int | None, b: list[str] | int) -> type[int]:
    return int
print(g.__annotations__)
