# Word-frequency count with sorted output.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
counts = {}
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
by_freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in by_freq[:10]:
    print(word.ljust(12), str(n).rjust(3), "#" * n)
print("alphabetical:", sorted(counts)[:8])
print("singletons:", sorted([w for w, n in counts.items() if n == 1]))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
print("first occurrence order:", list(counts)[:6])
