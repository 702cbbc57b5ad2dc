"""The text chapter 39 searches: prose made up on the spot, the same on every machine.

`corpus(n)` returns a str of at least n characters: sentences of common English words
with names, dates, e-mail addresses, numbers and, in about one sentence in eight, a word
that is not ASCII (café, Zürich, 東京, ...). It is generated, not downloaded, so the tests
need no network and every run searches exactly the same text (`random.Random(39)`).
"""

# ANCHOR: corpus
import random

WORDS = """the of and to a in that it was he for on are as with his they at be this have
from or one had by word but not what all were we when your can said there use an each
which she do how their if will up other about out many then them these so some her would
make like him into time has look two more write go see number no way could people my than
first water been call who oil its now find long down day did get come made may part over
new sound take only little work know place year live me back give most very after thing
our just name good sentence man think say great where help through much before line right
too mean old any same tell boy follow came want show also around form three small set put
end does another well large must big even such because turn here why ask went men read
need land different home us move try kind hand picture again change off play spell air
away animal house point page letter mother answer found study still learn should world""".split()
NAMES = ["Holmes", "Watson", "Lestrade", "Hudson", "Moriarty", "Adler", "Mycroft", "Gregson"]
ABROAD = ["café", "naïve", "Zürich", "São", "Ærøskøbing", "Straße", "東京", "Αθήνα", "Москва"]
HOSTS = ["example.org", "mail.example.com", "post.example.net"]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(6, 18))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.125:
        words.insert(rng.randrange(len(words)), rng.choice(ABROAD))
    if rng.random() < 0.1:
        day = f"{rng.randint(1850, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        words.insert(rng.randrange(len(words)), f"on {day}")
    if rng.random() < 0.05:
        user = rng.choice(NAMES).lower() + rng.choice(["", ".", "+"]) + str(rng.randint(1, 99))
        words.append(f"<{user}@{rng.choice(HOSTS)}>")
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), str(rng.randint(0, 100_000)))
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "!", "?"])


def corpus(n: int) -> str:
    rng = random.Random(39)
    paragraphs, size = [], 0
    while size < n:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 7)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


# ANCHOR_END: corpus
