class Config:
    def __init__(self):
        self.values = None
cfg = Config()
print(cfg.values.get("x"))
