# tern-test: module
STATE = "partially initialised"
