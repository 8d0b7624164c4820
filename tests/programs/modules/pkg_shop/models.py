# tern-test: module
from . import CURRENCY


class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price} {CURRENCY}, x{self.qty})"


def total_price(items):
    return sum(i.price * i.qty for i in items)


WHO = (__name__, __package__)
