def label(n):
    café = "naïve ☃ "
    return café + n
print(label("ok"))
print(label(3))
