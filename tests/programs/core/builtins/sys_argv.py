# sys.argv with extra arguments (see sys_argv.args).
import sys
print("argc:", len(sys.argv))
print("script name ends with:", sys.argv[0].endswith("sys_argv.py"))
print("args:", sys.argv[1:])
total = 0
for a in sys.argv[1:]:
    if a.isdigit():
        total += int(a)
print("sum of numeric args:", total)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
print("first arg squared:", n * n)
print("joined:", "+".join(sys.argv[1:]))
