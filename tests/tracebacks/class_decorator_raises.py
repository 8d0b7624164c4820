def d1(f):
    return f
def d2(f):
    raise KeyError(f.__name__)
@d1
@d2
class K:
    pass
