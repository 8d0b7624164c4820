def f(values):
	total = 0
	for v in values:
		total = total + v
	return total
print(f([1, 2, "three"]))
