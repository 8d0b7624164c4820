# tern-test: module
from .models import total_price as _total


def with_tax(items, rate=20):
    return _total(items) * (100 + rate) // 100


WHO = (__name__, __package__)
