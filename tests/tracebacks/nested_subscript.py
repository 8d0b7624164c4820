d = {}
val = d["a"]["b"]
