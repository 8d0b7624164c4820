# tern-test: module
"""A package for the package tests: relative imports, dunder names, one-time init."""
import sys

LOADS = getattr(sys, "_pkg_shop_loads", 0) + 1
sys._pkg_shop_loads = LOADS
print("  [pkg_shop/__init__ runs, load", LOADS, "name", __name__, "package", __package__ + "]")
CURRENCY = "EUR"
from .models import Item, total_price
from . import pricing
from .inventory import Stock
__all__ = ["Item", "total_price", "pricing", "Stock", "CURRENCY"]
