for v in [0, 1, -1, 0.0, 0.1, -0.0, "", "0", [], [0], {}, {0: 0}, (), (0,), None, set(), range(0), range(1), b"", float("nan")]:
    print(repr(v), bool(v), "T" if v else "F")
