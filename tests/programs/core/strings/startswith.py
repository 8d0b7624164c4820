# startswith / endswith, including tuple arguments and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(""))
print(s.startswith(("x", "fi")), s.startswith(("x", "y")), s.startswith(()))
print(s.endswith((".zip", ".gz")), s.endswith((".zip", ".rar")))
print(s.startswith("name", 4), s.startswith("name", 5), s.startswith("f", -15))
print(s.endswith(".tar", 0, 12), s.endswith("file", 0, 4), s.endswith("gz", -2))
print(s.startswith("tar", 9, 11), s.startswith("tar", 9, 12))
print(s.startswith("", 15), s.startswith("", 16), s.endswith("", 3, 2))
print("héllo".startswith("hé"), "日本語".endswith("語"), "日本語".startswith("本", 1))
files = ["a.py", "b.rs", "c.py", "d.txt", "e.PY"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith((".py", ".rs"))])
try:
    s.startswith(["f"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(1)
except TypeError as e:
    print("TypeError:", e)
