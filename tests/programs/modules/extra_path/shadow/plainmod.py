# tern-test: module
VALUE = "shadowed"
RUNS = 0
