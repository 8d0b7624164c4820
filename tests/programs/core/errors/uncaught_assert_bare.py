# Failing assert without a message: the last stderr line is just 'AssertionError'.
print("checking")
assert 1 + 1 == 3
