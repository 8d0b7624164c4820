# An uncaught user-defined exception: the last stderr line names the class.
class InventoryError(Exception):
    pass
def take(stock, item):
    if stock.get(item, 0) <= 0:
        raise InventoryError("out of " + item)
    stock[item] -= 1
    return stock[item]
stock = {"apple": 1}
print(take(stock, "apple"))
take(stock, "apple")
