# Helper module for the modules/ tests (not a program: its name starts with mod_).
print("  [mod_geometry imported, __name__ =", __name__ + "]")
__all__ = ["area", "PI", "Shape"]
PI = 3.14159
_private = "hidden"
calls = 0
def area(r):
    global calls
    calls += 1
    return PI * r * r
def perimeter(r):
    return 2 * PI * r
class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "shape " + self.name
