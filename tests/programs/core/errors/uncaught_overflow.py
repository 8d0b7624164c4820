# OverflowError converting a huge float.
print(int(1e308))
print(int(float("inf")))
