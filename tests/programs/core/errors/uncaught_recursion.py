# Infinite recursion: RecursionError; stdout printed before must still appear.
for i in range(3):
    print("line", i)
def forever(n):
    return forever(n + 1) + 1
forever(0)
