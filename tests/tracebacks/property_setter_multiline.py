class A:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        raise TypeError("ro")
a = A()
a.x = (
  5)
