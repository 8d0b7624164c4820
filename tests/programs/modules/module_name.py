# __name__ in the main program and in imported modules.
print(__name__)
if __name__ == "__main__":
    print("running as main")
import mod_geometry
print(mod_geometry.__name__, mod_geometry.__file__.endswith("mod_geometry.py"))
print(__file__.rsplit("/", 1)[-1])
import sys
print(sys.argv[0].endswith("module_name.py"))
print(sorted(k for k in dir() if not k.startswith("_")))
