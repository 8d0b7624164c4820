# ValueError from int('abc').
values = ["1", "22", "abc", "4"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
