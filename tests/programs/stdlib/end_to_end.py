# End to end: write a binary file of fixed-size records with struct, read it back,
# unpack the records into dataclasses, aggregate them, write a JSON report into an
# io.StringIO and print its sha256 (and some of the data). The file lives in a
# private directory under /tmp whose name (with the pid) is never printed.
import hashlib
import io
import json
import os
import struct
from dataclasses import dataclass, field, asdict
from typing import Dict, List

RECORD = struct.Struct("<IhBd8s")   # id, delta, kind, amount, 8-byte name
HEADER = struct.Struct("<4sHI")     # magic, version, record count
KINDS = {0: "deposit", 1: "withdrawal", 2: "fee"}


@dataclass(frozen=True, order=True)
class Record:
    ident: int
    delta: int
    kind: str
    amount: float
    name: str


@dataclass
class Account:
    name: str
    records: List[Record] = field(default_factory=list)
    balance: float = 0.0

    def apply(self, r: Record) -> None:
        self.records.append(r)
        sign = 1 if r.kind == "deposit" else -1
        self.balance = round(self.balance + sign * r.amount, 2)


def generate(n):
    """Deterministic pseudo-random records (an LCG, no random module)."""
    names = [b"alice", b"bob", b"carol", b"dave\xc3\xa9"]
    seed = 12345
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % (1 << 31)
        kind = seed % 3
        amount = (seed % 100000) / 100
        delta = (seed >> 8) % 2000 - 1000
        out.append((1000 + i, delta, kind, amount, names[(seed >> 4) % len(names)]))
    return out


base = "/tmp/tern_end_to_end_%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "ledger.bin")
rows = generate(40)
with open(path, "wb") as f:
    f.write(HEADER.pack(b"LEDG", 2, len(rows)))
    for row in rows:
        f.write(RECORD.pack(*row))
print("file size:", os.path.getsize(path), "=", HEADER.size, "+", len(rows), "*", RECORD.size)

records = []
with open(path, "rb") as f:
    magic, version, count = HEADER.unpack(f.read(HEADER.size))
    print("header:", magic, version, count)
    while True:
        chunk = f.read(RECORD.size)
        if not chunk:
            break
        ident, delta, kind, amount, raw = RECORD.unpack(chunk)
        name = raw.rstrip(b"\0").decode("utf-8")
        records.append(Record(ident, delta, KINDS[kind], amount, name))
    print("tell at end:", f.tell())
os.remove(path)
os.rmdir(base)

print("records:", len(records), "first:", records[0])
print("last:", records[-1])
print("min/max:", min(records).ident, max(records, key=lambda r: r.amount))

accounts: Dict[str, Account] = {}
for r in sorted(records):
    accounts.setdefault(r.name, Account(r.name)).apply(r)
for name in sorted(accounts):
    a = accounts[name]
    kinds = {}
    for r in a.records:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    print(f"{name:6} records={len(a.records):2} balance={a.balance:10.2f} kinds={sorted(kinds.items())}")

report = {
    "version": version,
    "accounts": [
        {"name": a.name, "balance": a.balance, "count": len(a.records),
         "largest": asdict(max(a.records, key=lambda r: r.amount))}
        for a in sorted(accounts.values(), key=lambda a: a.name)
    ],
    "totals": {k: round(sum(r.amount for r in records if r.kind == k), 2)
               for k in sorted(KINDS.values())},
    "deltas": [r.delta for r in records[:10]],
}
buf = io.StringIO()
json.dump(report, buf, indent=2, sort_keys=True)
buf.write("\n")
print("compact:", json.dumps(report["totals"], separators=(",", ":")))
text = buf.getvalue()
print("json lines:", len(text.splitlines()), "chars:", len(text))
print("json head:", text.splitlines()[:4])
digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
print("sha256:", digest)
back = json.loads(text)
print("round trip equal:", back == json.loads(json.dumps(report)),
      back["accounts"][0]["largest"]["name"])
