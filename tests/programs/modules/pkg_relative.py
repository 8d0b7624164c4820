# Packages beside the program: __init__ runs once, relative imports at one and two
# levels (from .mod import x, from . import y, from ..mod import z), __name__,
# __package__, __file__ (only its tail is printed), __path__, and sys.modules caching.
import sys

print("before import:", "pkg_shop" in sys.modules)
import pkg_shop
import pkg_shop  # cached: __init__ does not run again
from pkg_shop import Item, Stock, pricing
from pkg_shop.inventory import stock

items = [Item("pen", 3, 4), Item("book", 12)]
print(items, pkg_shop.total_price(items), pricing.with_tax(items))
s = Stock().add("cup", 5, 2).add("plate", 7, 3)
print("stock value:", s.value(), "taxed probe:", pkg_shop.inventory.TAXED)

for mod in [pkg_shop, pkg_shop.models, pkg_shop.pricing, pkg_shop.inventory, stock]:
    tail = "/".join(mod.__file__.split("/")[-3:])
    print(f"{mod.__name__:24} package={mod.__package__!r:22} file=...{tail}",
          "has __path__:", hasattr(mod, "__path__"))
print("WHO:", pkg_shop.models.WHO, pkg_shop.pricing.WHO, pkg_shop.inventory.WHO, stock.WHO)
print("__path__ tail:", [p.split("/")[-1] for p in pkg_shop.__path__],
      [p.split("/")[-2:] for p in pkg_shop.inventory.__path__])
print("main:", __name__, __package__, __file__.split("/")[-1])

# One module object per name, found in sys.modules.
print("cached:", sys.modules["pkg_shop"] is pkg_shop,
      sys.modules["pkg_shop.inventory.stock"] is stock,
      sys.modules["pkg_shop.models"] is pkg_shop.models)
print("loads:", pkg_shop.LOADS, sorted(k for k in sys.modules if k.startswith("pkg_shop")))
import pkg_shop.inventory.stock as again
print("again is stock:", again is stock)
print("submodule attributes:", pkg_shop.inventory.stock is stock, "models" in dir(pkg_shop))
print("__all__:", pkg_shop.__all__)

# Removing a module from sys.modules makes the next import run it again.
del sys.modules["pkg_shop"]
import pkg_shop as reloaded
print("reloaded:", reloaded is pkg_shop, reloaded.LOADS)
from pkg_shop import *
print("star import:", CURRENCY, Item is reloaded.Item)
