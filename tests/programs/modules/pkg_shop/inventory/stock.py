# tern-test: module
from ..models import Item
from . import __name__ as _parent_name_unused  # noqa: F401  (binds the package's __name__)


class Stock:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty):
        self.items[name] = Item(name, price, qty)
        return self

    def value(self):
        from ..models import total_price
        return total_price(self.items.values())


WHO = (__name__, __package__)
