# Uncaught KeyError: the message is the repr of the key.
d = {"apple": 1, "banana": 2}
print("lookup apple:", d["apple"])
key = "cherry"
print(d[key])
