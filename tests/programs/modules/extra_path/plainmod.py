# tern-test: module
import sys
RUNS = getattr(sys, "_plainmod_runs", 0) + 1
sys._plainmod_runs = RUNS
VALUE = 42
