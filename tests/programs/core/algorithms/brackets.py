# Bracket matching with a stack.
PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return "unexpected %r at %d" % (ch, i)
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return "mismatch %r at %d closes %r at %d" % (ch, i, top, pos)
    if stack:
        return "unclosed %r at %d" % stack[-1]
    return "ok"
tests = ["", "()", "([]{})", "((()))", "(]", "([)]", "{[()()]}", "((", "))", "a(b[c]d)e",
         "def f(x): return [x[i] for i in range(len(x))]", "{'k': [1, (2, 3)]}", "(((((((((())))))))))", "[{]}"]
for t in tests:
    print(repr(t).ljust(52), check(t))
def max_depth(s):
    depth = best = 0
    for ch in s:
        if ch == "(":
            depth += 1
            best = max(best, depth)
        elif ch == ")":
            depth -= 1
    return best
print("depths:", [max_depth(t) for t in tests])
def generate(n):
    out = []
    def go(s, opened, closed):
        if len(s) == 2 * n:
            out.append(s)
            return
        if opened < n:
            go(s + "(", opened + 1, closed)
        if closed < opened:
            go(s + ")", opened, closed + 1)
    go("", 0, 0)
    return out
for n in range(1, 6):
    g = generate(n)
    print(n, len(g), g[:3], all([check(x) == "ok" for x in g]))
