for s in ["0", "-0", ".5", "5.", "1e5", "1E-5", "  3.25\n", "+1.5", "1_0.5", "infinity", "-INF", "nan", "1e400", "-1e400", "1e-400"]:
    print(repr(s), float(s))
for s in ["", " ", "1.2.3", "e5", "1e", "_1", "1__0", "0x10", "inf inity"]:
    try:
        float(s)
        print("accepted", repr(s))
    except ValueError as e:
        print("ValueError:", e)
