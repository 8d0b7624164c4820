def deep():
    return {"a": 1}["b"]
def mid():
    return deep()
mid()
