class Config:
    DEFAULTS = {"a": 1}
    VALUE = DEFAULTS["b"]
