# Modules and packages found through sys.path entries the program adds (the test
# harness cannot set PYTHONPATH, which CPython and Tern put on sys.path the same
# way). The order of sys.path decides which of two same-named modules wins, and a
# module is cached in sys.modules by name.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
extra = os.path.join(here, "extra_path")
print("script dir first on sys.path:", sys.path[0] == here)
print("extra on path before:", extra in sys.path)
try:
    import toolkit
except ModuleNotFoundError as e:
    print("not yet importable:", e)

sys.path.append(extra)
import toolkit
from toolkit.text import whisper
from toolkit.text.case import PARENT_NAME
print(toolkit.shout("hi"), whisper("HUSH"), PARENT_NAME, toolkit.NAME)
print("names:", toolkit.__name__, toolkit.text.__name__, toolkit.text.case.__name__)
print("packages:", toolkit.__package__, toolkit.text.__package__, toolkit.text.case.__package__)
print("files:", os.path.relpath(toolkit.__file__, here), os.path.relpath(toolkit.text.case.__file__, here))

import plainmod
import plainmod as p2
print("plainmod:", plainmod.VALUE, plainmod.RUNS, p2 is plainmod,
      os.path.relpath(plainmod.__file__, here), plainmod.__package__ == "")

# An entry put in front wins for modules not yet imported; cached ones stay.
sys.path.insert(0, os.path.join(extra, "shadow"))
import plainmod
print("still cached:", plainmod.VALUE)
del sys.modules["plainmod"]
import plainmod
print("after uncaching:", plainmod.VALUE, os.path.relpath(plainmod.__file__, here))
sys.path.pop(0)
del sys.modules["plainmod"]
import plainmod
print("back to the first:", plainmod.VALUE, plainmod.RUNS)

# sys.modules can hold any object under a name.
class Fake:
    ANSWER = "from sys.modules"


sys.modules["fake_module"] = Fake
import fake_module
print("fake:", fake_module.ANSWER, fake_module is Fake)
print("toolkit modules:", sorted(k for k in sys.modules if k.startswith("toolkit")))
