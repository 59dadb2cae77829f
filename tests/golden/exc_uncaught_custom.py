class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
def validate(rec):
    if rec.get("age", 0) < 0:
        raise ValidationError("age", "must be >= 0")
validate({"age": -1})
