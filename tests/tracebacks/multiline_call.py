def h(a, b):
    return a + b
h(1,
  "2")
