s = "abc"
n = int(s)
