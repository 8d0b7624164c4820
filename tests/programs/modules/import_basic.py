# import of a module beside the program; modules are cached.
print("before import")
import mod_geometry
print("after import")
import mod_geometry
import mod_geometry as geo
print("imported again: no second message; alias is same object:", geo is mod_geometry)
print(mod_geometry.PI, mod_geometry.area(2), mod_geometry.perimeter(1))
print(mod_geometry.Shape("circle").describe(), mod_geometry._private)
print("calls tracked in module global:", mod_geometry.calls)
mod_geometry.PI = 3
print("rebinding a module attribute affects module functions:", mod_geometry.area(2))
print(type(mod_geometry).__name__, mod_geometry.__name__)
import sys
print("in sys.modules:", "mod_geometry" in sys.modules, sys.modules["mod_geometry"] is geo)
