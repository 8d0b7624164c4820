# A loop of 10**5 iterations mixing ints and floats (hot-loop / type-feedback exercise).
total_i = 0
total_f = 0.0
mixed = 0
x = 0.5
acc = 1
for i in range(100000):
    total_i += i * 3 - (i >> 2)
    total_f += i * 0.5 - (i % 7) / 3.0
    if i % 3 == 0:
        mixed += i
    elif i % 3 == 1:
        mixed -= 0.25
    else:
        mixed = mixed * 1
    x = x * 1.000001 + 0.0000001
    acc = (acc * 1103515245 + 12345) & 0x7FFFFFFF
print("total_i:", total_i)
print("total_f:", total_f)
print("mixed:", mixed, type(mixed))
print("x:", x)
print("acc:", acc)
count = 0
v = 1.0
while count < 100000:
    v = v + 1 if count % 2 == 0 else v - 0.5
    count += 1
print("v:", v, "count:", count)
s = 0
for i in range(1, 100001):
    if i % 15 == 0:
        s += i // 15
    elif i % 5 == 0:
        s += 0.5
print("s:", s)
h = 0
for i in range(100000):
    h = (h * 31 + i) % 1000000007
print("h:", h)
big = 0
for i in range(2000):
    big += 2 ** 62 + i
print("big:", big)
