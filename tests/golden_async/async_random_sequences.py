# Seeded choice / shuffle / sample / choices over lists, strings, ranges.
import random

random.seed(7)
letters = list("abcdefghij")
print([random.choice(letters) for _ in range(10)])
print(random.choice("krait"), random.choice(range(100, 200)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 8))
print(random.sample(letters, 3), random.sample("python", 6))
print(random.choices(letters, k=6))
print(random.choices(letters, weights=range(10), k=6))
print(random.choices(letters, cum_weights=range(1, 11), k=6))
for call in (lambda: random.choice([]), lambda: random.sample(letters, 11)):
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
