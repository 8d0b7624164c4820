"""Dict words: word statistics over generated text. Builds a vocabulary from
random syllables, generates lines of Zipf-like text, then counts words and
bigrams, groups anagrams, indexes positions, and joins/sorts the results.

Measures str-keyed and tuple-keyed dict lookups and updates (get, setdefault,
in, items), collections.defaultdict and Counter, sets, str.split/join/lower,
sorted() with key functions. SIZE is the number of words of text.
"""
# tern-bench: small=8000,1 default=200000,3

import sys
import time
import random
import bisect
from collections import defaultdict, Counter

SYLLABLES = ["ka", "lo", "mi", "ne", "tor", "ash", "qui", "ber", "ul", "zen",
             "pa", "rho", "sti", "ven", "o", "ix", "dra", "mel", "fu", "gan"]


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        n = rng.randint(1, 4)
        w = "".join(rng.choice(SYLLABLES) for _ in range(n))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def make_text(rng, vocab, count):
    # Zipf-like weights: word i has weight 1/(i+1).
    cumulative = []
    total = 0.0
    for i in range(len(vocab)):
        total += 1.0 / (i + 1)
        cumulative.append(total)
    lines = []
    line = []
    for _ in range(count):
        i = bisect.bisect_left(cumulative, rng.random() * total)
        if i >= len(vocab):
            i = len(vocab) - 1
        w = vocab[i]
        if rng.random() < 0.08:
            w = w.capitalize()
        line.append(w)
        if len(line) >= 12 and rng.random() < 0.2:
            lines.append(" ".join(line) + ".")
            line = []
    if line:
        lines.append(" ".join(line) + ".")
    return "\n".join(lines)


def analyze(text):
    counts = {}
    bigrams = {}
    positions = defaultdict(list)
    first_seen = {}
    letters = Counter()
    pos = 0
    for line in text.split("\n"):
        prev = None
        for raw in line.split():
            word = raw.strip(".").lower()
            counts[word] = counts.get(word, 0) + 1
            if word not in first_seen:
                first_seen[word] = pos
            positions[word].append(pos)
            if prev is not None:
                key = (prev, word)
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = word
            pos += 1
        letters.update(line.lower())
    anagrams = {}
    for word in counts:
        key = "".join(sorted(word))
        anagrams.setdefault(key, []).append(word)
    return counts, bigrams, positions, first_seen, letters, anagrams


def summarize(counts, bigrams, positions, first_seen, letters, anagrams):
    out = []
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    out.append("unique=%d total=%d" % (len(counts), sum(counts.values())))
    out.append("top: " + ", ".join("%s=%d" % kv for kv in top))
    top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    out.append("bigrams: " + ", ".join("%s+%s=%d" % (a, b, n) for ((a, b), n) in top_bigrams))
    groups = [sorted(ws) for ws in anagrams.values() if len(ws) > 1]
    groups.sort(key=lambda g: (-len(g), g))
    out.append("anagram groups=%d largest=%s" % (len(groups), "/".join(groups[0]) if groups else "-"))
    spread = 0
    for word, plist in positions.items():
        if len(plist) > 1:
            spread = (spread + (plist[-1] - plist[0]) * len(word)) % 1000000007
    out.append("spread=%d" % spread)
    late = sorted(first_seen, key=lambda w: (-first_seen[w], w))[:3]
    out.append("last new words: " + " ".join(late))
    common = sorted((n, ch) for ch, n in letters.items() if ch.isalpha())
    out.append("rarest letters: " + "".join(ch for _, ch in common[:5]))
    return out


def run(count):
    rng = random.Random(7)
    vocab = make_vocabulary(rng, 3000)
    text = make_text(rng, vocab, count)
    return summarize(*analyze(text))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    lines = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        lines = run(count)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    for line in lines:
        print(line)


main()
