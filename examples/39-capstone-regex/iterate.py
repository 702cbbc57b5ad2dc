import itertools
import re

from _corpus import corpus
from rxwrap import Regex

# ANCHOR: lazy
text = corpus(200_000)
names = Regex(r"\b(?P<name>Holmes|Watson)\b")
for m in itertools.islice(names.finditer(text), 3):  # three calls of rx_find_next
    print(f"{m.span()}: {m['name']:<7} ...{text[m.start() - 12 : m.end()]!r}")
theirs = [m.span() for m in itertools.islice(re.finditer(names.pattern, text), 3)]
print("re.finditer finds the same three:", [m.span() for m in names.finditer(text)][:3] == theirs)
# ANCHOR_END: lazy

# ANCHOR: empty
for pattern, sample in [("a*", "baaab"), (r"\b", "to be")]:
    mine = Regex(pattern).find_spans(sample)
    theirs = [m.span() for m in re.finditer(pattern, sample)]
    print(f"{pattern!r} in {sample!r}:")
    print(f"  rxwrap {mine}\n  re     {theirs}\n  the same: {mine == theirs}")
# ANCHOR_END: empty
