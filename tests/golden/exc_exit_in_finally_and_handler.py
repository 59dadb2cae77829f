import sys
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling")
        sys.exit(7)
finally:
    print("finally still runs")
