# find / rfind / index / rindex / count.
s = "hello world, hello python"
print("find:", s.find("hello"), s.find("o"), s.find("zzz"), s.find(""))
print("rfind:", s.rfind("hello"), s.rfind("o"), s.rfind("zzz"), s.rfind(""))
print("find start:", s.find("o", 5), s.find("o", 8), s.find("o", 8, 10))
print("find neg:", s.find("o", -6), s.find("hello", -100), s.find("h", -5, -1))
print("rfind range:", s.rfind("o", 0, 10), s.rfind("l", 0, 4), s.rfind("o", 20, 5))
print("index:", s.index("world"), s.rindex("l"), s.index("l", 5))
print("count:", s.count("l"), s.count("hello"), s.count(""), s.count("o", 10), s.count("l", 3, 10))
print("count overlap:", "aaaa".count("aa"), "ababab".count("aba"))
print("unicode:", "日本語日本".find("本"), "日本語日本".rfind("本"), "héllo".index("l"), "héé".count("é"))
print("empty in empty:", "".find(""), "".count(""), "abc".find("", 10), "abc".find("", 3))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.index("hello", 1, 5)
except ValueError as e:
    print("ValueError:", e)
pos = []
i = s.find("o")
while i != -1:
    pos.append(i)
    i = s.find("o", i + 1)
print("all positions:", pos)
print("in:", "world" in s, "World" in s, "" in s, "" in "")
print("not in:", "xyz" not in s, "py" not in s)
