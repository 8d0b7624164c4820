# Failing imports (messages without file paths).
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from mod_geometry import no_such_name
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import mod_pkg.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
import mod_geometry
print("after failures, real import still works:", mod_geometry.PI)
