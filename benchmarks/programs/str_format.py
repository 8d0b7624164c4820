"""String formatting: render generated records as text in several styles
(%-formatting, str.format, f-strings with width/precision/alignment/grouping
specs), assemble a report, then split and parse it back and transform it with
str methods.

Measures string building and formatting of ints and floats, str.join/split/
partition/replace/strip/upper/zfill/center, slicing, int()/float() parsing and
string comparisons. SIZE is the number of records.
"""
# tern-bench: small=2000,1 default=25000,3

import sys
import time
import random

FIRST = ["ada", "brook", "cyra", "dov", "ezra", "fen", "gil", "hana", "ivo", "juno",
         "kai", "lior", "mara", "nils", "oona", "pia", "quin", "rafe", "sol", "tova"]
LAST = ["stone", "rivers", "marsh", "hale", "quill", "birch", "vance", "ortiz",
        "north", "wren", "castle", "dune", "frost", "glen", "ivory", "lark"]
CITIES = ["Oslo", "Lima", "Kyoto", "Perth", "Quito", "Accra", "Turku", "Hanoi"]


def make_records(rng, n):
    records = []
    for i in range(n):
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        city = rng.choice(CITIES)
        qty = rng.randint(1, 5000)
        price = rng.randint(1, 10000000) / 100.0
        records.append((i, first, last, city, qty, price))
    return records


def format_percent(rec):
    i, first, last, city, qty, price = rec
    return "%06d|%-8s|%8s|%s|%5d|%12.2f" % (i, first.capitalize(), last.upper(), city, qty, price)


def format_method(rec):
    i, first, last, city, qty, price = rec
    return "{0:>7}: {1} {2} ({3:^9}) qty={4:,} total={5:,.3f} hex={0:#x}".format(
        i, first.title(), last.title(), city, qty, qty * price)


def format_fstring(rec):
    i, first, last, city, qty, price = rec
    initials = first[0].upper() + last[0].upper()
    return f"{initials}-{i:05}:{city.lower():<6}|{price:>14.4e}|{qty / 7:.5f}|{qty:08b}"


def csv_line(rec):
    i, first, last, city, qty, price = rec
    return ",".join([str(i), first, last, city, str(qty), repr(price)])


def parse_csv(text):
    total_qty = 0
    total_value = 0.0
    by_city = {}
    for line in text.split("\n"):
        if not line:
            continue
        fields = line.split(",")
        qty = int(fields[4])
        price = float(fields[5])
        total_qty += qty
        total_value += qty * price
        city = fields[3]
        by_city[city] = by_city.get(city, 0) + qty
    return total_qty, total_value, by_city


def transform(lines):
    out = []
    for line in lines:
        head, sep, tail = line.partition(":")
        if sep:
            line = tail.strip() + " <- " + head.strip()
        line = line.replace("|", " / ").replace("  ", " ")
        if line.startswith("0") or line.endswith("0"):
            line = line.upper()
        elif "qty=" in line:
            pos = line.find("qty=")
            line = line[:pos] + line[pos:].title()
        else:
            line = line[::-1]
        out.append(line.center(72, "."))
    return out


def run(n):
    rng = random.Random(99)
    records = make_records(rng, n)
    styled = []
    for rec in records:
        styled.append(format_percent(rec))
        styled.append(format_method(rec))
        styled.append(format_fstring(rec))
    csv = "\n".join(csv_line(rec) for rec in records) + "\n"
    total_qty, total_value, by_city = parse_csv(csv)
    transformed = transform(styled)
    report = "\n".join(transformed)
    words = report.split()
    longest = max(words, key=lambda w: (len(w), w))
    numbered = "".join(str(k).zfill(4) + ":" + w[:3] + ";" for k, w in enumerate(words[:5000]))
    cities = " ".join("%s=%d" % (c, by_city[c]) for c in sorted(by_city))
    return [
        "report chars=%d lines=%d words=%d" % (len(report), len(transformed), len(words)),
        "report ord sum=%d digits=%d" % (sum(map(ord, report)), sum(report.count(d) for d in "0123456789")),
        "longest word=%s" % longest,
        "numbered len=%d tail=%s" % (len(numbered), numbered[-30:]),
        "total qty=%d value=%.2f" % (total_qty, total_value),
        "cities: " + cities,
        "sample: " + styled[len(styled) // 2],
        "sample: " + transformed[len(transformed) // 3],
    ]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 25000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    lines = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        lines = run(n)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    for line in lines:
        print(line)


main()
