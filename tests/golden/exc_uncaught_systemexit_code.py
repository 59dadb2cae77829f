print("exiting with 42")
raise SystemExit(42)
