# splitlines and partition / rpartition.
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(True))
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s".splitlines())
print(repr("no newline".splitlines()))
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("="), "abc".rpartition("="))
print("=abc".partition("="), "abc=".rpartition("="))
print("key: value: more".partition(": "))
print("path/to/file.txt".rpartition("/"), "file.tar.gz".rpartition("."))
print("日本=語".partition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
count = 0
for ln in "a\nbb\nccc\n".splitlines():
    count += len(ln)
print("total chars:", count)
