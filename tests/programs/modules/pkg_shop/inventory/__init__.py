# tern-test: module
from .stock import Stock
from ..models import Item
from .. import pricing as _pricing
WHO = (__name__, __package__)
TAXED = _pricing.with_tax([Item("probe", 100)])
