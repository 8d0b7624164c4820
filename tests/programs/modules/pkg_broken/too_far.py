# tern-test: module
from ... import anything
