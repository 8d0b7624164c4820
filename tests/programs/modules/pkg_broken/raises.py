# tern-test: module
VALUE = 1
raise ValueError("module body failed")
