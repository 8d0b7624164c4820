# from-imports, aliases and import *.
from mod_geometry import area, PI as pi
print(area(1), pi)
from mod_geometry import *
print(sorted(k for k in dir() if not k.startswith("__")))
print(Shape("sq").describe())
try:
    perimeter
except NameError as e:
    print("NameError (not in __all__):", e)
from mod_counter import increment, count
increment()
increment(5)
print("from-imported name is a snapshot:", count)
import mod_counter
print("module attribute is live:", mod_counter.count, mod_counter.history)
