class Config:
    pass
cfg = Config()
for k, v in [("host", "localhost"), ("port", 8080), ("debug", True)]:
    setattr(cfg, k, v)
print(sorted(vars(cfg).items()))
print([getattr(cfg, n) for n in ("host", "port", "debug")])
for n in list(vars(cfg)):
    if n != "port":
        delattr(cfg, n)
print(vars(cfg))
