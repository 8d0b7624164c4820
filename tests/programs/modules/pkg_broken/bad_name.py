# tern-test: module
from . import missing_submodule
