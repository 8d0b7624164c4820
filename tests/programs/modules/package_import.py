# Packages: __init__, submodules, relative imports.
import mod_pkg
print(mod_pkg.VERSION, mod_pkg.square(7), mod_pkg.mod_util.double(4))
from mod_pkg import shapes
print(shapes.double_square(3))
import mod_pkg.shapes
print(mod_pkg.shapes is shapes)
from mod_pkg.mod_util import double as dbl
print(dbl(21))
print(mod_pkg.__name__, shapes.__name__, mod_pkg.mod_util.__name__)
print(hasattr(mod_pkg, "__path__"), hasattr(shapes, "__path__"))
