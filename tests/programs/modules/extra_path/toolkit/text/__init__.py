# tern-test: module
from .case import shout, whisper
