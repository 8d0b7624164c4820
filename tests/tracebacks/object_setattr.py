obj = object()
obj.attr = 1
