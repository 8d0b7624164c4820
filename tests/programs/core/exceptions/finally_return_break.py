# finally runs on return, break and continue; return in finally overrides.
log = []
def ret_in_try():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(ret_in_try(), log)
def ret_overridden():
    try:
        return "try"
    finally:
        return "finally"
print("override:", ret_overridden())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print("finally return swallows exception:", swallow())
def ret_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
print("return value fixed before finally:", ret_value_evaluated_first())
def ret_list_mutated():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print("mutated in finally:", ret_list_mutated())
out = []
for i in range(5):
    try:
        if i == 2:
            break
        out.append(i)
    finally:
        out.append("f" + str(i))
print("break:", out)
out = []
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        out.append(i)
    finally:
        out.append("f" + str(i))
print("continue:", out)
out = []
i = 0
while True:
    try:
        i += 1
        if i > 3:
            break
    finally:
        out.append(i)
print("while break:", out)
def nested_finally():
    r = []
    try:
        try:
            return "inner"
        finally:
            r.append(1)
    finally:
        r.append(2)
        print("nested finally log:", r)
print(nested_finally())
def loop_return():
    for i in range(10):
        try:
            if i == 3:
                return i
        finally:
            print("finally at", i)
print("loop return:", loop_return())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break in finally discards exception"
print(break_in_finally())
