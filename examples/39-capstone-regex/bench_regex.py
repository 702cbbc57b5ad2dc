"""rxwrap (the regex crate through ctypes) against Python's re, on the same text.

python3 examples/39-capstone-regex/bench_regex.py          # smoke run, seconds
python3 examples/39-capstone-regex/bench_regex.py --full   # measure, write book/results/
"""

import re
import sys
import timeit

from _corpus import corpus
from rxwrap import Regex

from benchkit import Case, run

FULL = "--full" in sys.argv
TEXT = corpus(4_000_000 if FULL else 300_000)

# ANCHOR: patterns
PATTERNS = {
    "words": r"\w+",  # very many short matches
    "names": r"\b(?:Holmes|Watson|Lestrade|Hudson|Moriarty|Adler|Mycroft|Gregson)\b",
    "emails": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "dates": r"(\d{4})-(\d\d)-(\d\d)",  # with groups: captures
}
# ANCHOR_END: patterns


# ANCHOR: agree
def rx_result(key, regex):
    if regex.groups:
        return [[m.span(g) for g in range(regex.groups + 1)] for m in regex.captures(TEXT)]
    return regex.find_spans(TEXT)


def re_result(key, compiled):
    if compiled.groups:
        return [[m.span(g) for g in range(compiled.groups + 1)] for m in compiled.finditer(TEXT)]
    return [m.span() for m in compiled.finditer(TEXT)]


mine = {key: Regex(pattern) for key, pattern in PATTERNS.items()}
theirs = {key: re.compile(pattern) for key, pattern in PATTERNS.items()}
found = {key: rx_result(key, mine[key]) for key in PATTERNS}
agree = all(found[key] == re_result(key, theirs[key]) for key in PATTERNS)
print(
    f"text: {len(TEXT):,} characters; matches: "
    + ", ".join(f"{k} {len(v)}" for k, v in found.items())
)
print("rxwrap and re find the same spans for every pattern:", agree)
# ANCHOR_END: agree

# ANCHOR: cases
cases = []
for key in PATTERNS:
    cases += [
        Case(f"rx_{key}", f"{key}: rxwrap, every span", lambda k=key: rx_result(k, mine[k])),
        Case(f"re_{key}", f"{key}: re.finditer, every span", lambda k=key: re_result(k, theirs[k])),
    ]
cases += [
    Case("rx_count_words", "words: rxwrap count only", lambda: mine["words"].count(TEXT)),
    Case("rx_iter_dates", "dates: rxwrap finditer", lambda: list(mine["dates"].finditer(TEXT))),
]


def re_spans(compiled, text):
    return [m.span() for m in compiled.finditer(text)]


SHORT = "Holmes took the 2024-02-29 train."  # 33 characters
short_rx, short_re = Regex(r"\d{4}-\d\d-\d\d"), re.compile(r"\d{4}-\d\d-\d\d")
cases += [
    Case("rx_short", "33 characters: rxwrap, every span", lambda: short_rx.find_spans(SHORT)),
    Case("re_short", "33 characters: re.finditer, every span", lambda: re_spans(short_re, SHORT)),
]

NESTED = "a" * 20 + "b"  # (a+)+$ backtracks 2**20 times in re; the crate never backtracks
nested_rx, nested_re = Regex(r"(a+)+$"), re.compile(r"(a+)+$")
cases += [
    Case("rx_nested", "(a+)+$ on a*20 + b: rxwrap", lambda: nested_rx.is_match(NESTED)),
    Case("re_nested", "(a+)+$ on a*20 + b: re", lambda: nested_re.search(NESTED), once=True),
]
# ANCHOR_END: cases


# ANCHOR: derive
def fastest(func, number=500):
    """Seconds per call: the fastest of five batches of `number` calls."""
    return min(timeit.repeat(func, number=number, repeat=5)) / number


def derive(t):
    d = {f"{key}_speedup": t[f"re_{key}"] / t[f"rx_{key}"] for key in PATTERNS}  # > 1: rx wins
    d["short_slowdown"] = t["rx_short"] / t["re_short"]  # > 1: re wins
    d["nested_speedup"] = t["re_nested"] / t["rx_nested"]
    d["words_search_share"] = t["rx_count_words"] / t["rx_words"]  # the search, of the whole
    d["iter_vs_all_dates"] = t["rx_iter_dates"] / t["rx_dates"]
    d["short_rx_ns"] = t["rx_short"] * 1e9
    d["short_re_ns"] = t["re_short"] * 1e9
    return d


# ANCHOR_END: derive

if __name__ == "__main__":
    # ANCHOR: directions
    data = run(__file__, cases, derive)
    d = data["derived"] if data else {}
    if d:
        print("emails: rxwrap faster than re, by more than three times:", d["emails_speedup"] > 3)
        print("(a+)+$: rxwrap faster than re, by more than ten times:", d["nested_speedup"] > 10)
        # The short case takes microseconds a call: timed again as the fastest of five
        # batches, so that one interrupted batch cannot decide the direction.
        rx_best = fastest(lambda: short_rx.find_spans(SHORT))
        re_best = fastest(lambda: re_spans(short_re, SHORT))
        print(
            "33 characters: re faster than rxwrap, by more than two times:", rx_best > 2 * re_best
        )
    # ANCHOR_END: directions
