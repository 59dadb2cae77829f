# The tutorial's examples (docs.python.org/3/tutorial/controlflow.html#match-statements and
# PEP 636), run as they are written there.
import asyncio


def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 418:
            return "I'm a teapot"
        case 401 | 403 | 404:
            return "Not allowed"
        case _:
            return "Something's wrong with the internet"


for s in (400, 404, 418, 403, 500):
    print(s, http_error(s))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where_is(point):
    match point:
        case Point(x=0, y=0):
            print("Origin")
        case Point(x=0, y=y):
            print(f"Y={y}")
        case Point(x=x, y=0):
            print(f"X={x}")
        case Point():
            print("Somewhere else")
        case _:
            print("Not a point")


for p in (Point(0, 0), Point(0, 3), Point(2, 0), Point(1, 1), 5):
    where_is(p)


def points_report(points):
    match points:
        case []:
            print("No points")
        case [Point(x=0, y=0)]:
            print("The origin")
        case [Point(x=x, y=y)]:
            print(f"Single point {x}, {y}")
        case [Point(x=0, y=y1), Point(x=0, y=y2)]:
            print(f"Two on the Y axis at {y1}, {y2}")
        case _:
            print("Something else")


points_report([])
points_report([Point(0, 0)])
points_report([Point(1, 2)])
points_report([Point(0, 1), Point(0, 2)])
points_report([Point(0, 1), Point(1, 2), Point(3, 3)])

from enum import Enum


class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'


for name in ("red", "green", "blue"):
    color = Color(name)
    match color:
        case Color.RED:
            print("I see red!")
        case Color.GREEN:
            print("Grass is green")
        case Color.BLUE:
            print("I'm feeling the blues :(")


def command(text):
    match text.split():
        case [action]:
            print("single action", action)
        case ["go", direction] if direction in ("north", "south"):
            print("going", direction)
        case ["go", _]:
            print("Sorry, you can't go that way")
        case ["drop", *objects]:
            for obj in objects:
                print("dropping", obj)
        case ["north"] | ["go", "north"]:
            print("unreachable")
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            print("picking up", obj)
        case _:
            print(f"Sorry, I couldn't understand {text!r}")


for c in ["look", "go north", "go west", "drop sword shield", "pick up key", "pick key up",
          "dance wildly now"]:
    command(c)


def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"


print(event({"type": "click", "pos": (1, 2)}), event({"type": "key", "key": "q"}),
      event({"type": "key", "key": "F1"}), event({}))


async def handler(msg):
    await asyncio.sleep(0)
    match msg:
        case ("ping", n):
            return ("pong", n)
        case ("echo", *words):
            return " ".join(words)


async def main():
    print(await asyncio.gather(handler(("ping", 1)), handler(("echo", "a", "b")),
                               handler(("x",))))


asyncio.run(main())


class Shape:
    match "square":
        case "square" as kind:
            sides = 4
        case _:
            sides = 0


print(Shape.sides, Shape.kind)

# Nested match and walrus in a guard.
for v in [[1, [2, 3]], [1, [2]], (0, 0)]:
    match v:
        case [a, inner] if (n := len(inner)) > 1:
            match inner:
                case [b, c]:
                    print("nested", a, b, c, n)
        case [a, [b]]:
            print("short", a, b)
        case other:
            print("other", other)

# An error raised by a pattern is reported at the case line.
class Broken:
    @property
    def x(self):
        return 1 / 0


match Broken():
    case Broken(x=1):
        print("no")
