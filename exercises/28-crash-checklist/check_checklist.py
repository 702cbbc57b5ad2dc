"""The checks `just exercise chapter-28` runs for checklist.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "checklist.py")
    mean = attribute(module, "mean", "a function mean(values)")
    description = attribute(module, "description", "a function description(code)")
    counters = library("ex_checklist")
    counters.live_descriptions.restype = ctypes.c_int

    step("calling mean([1.0, 2.0, 4.5])")
    got = mean([1.0, 2.0, 4.5])
    if got != 2.5:
        fail(
            f"mean([1.0, 2.0, 4.5]) returned {got!r}, expected 2.5: garbage, or an int where"
            " a double belongs. Checklist: is every restype declared?"
        )
    before = counters.live_descriptions()
    for code, want in [(404, "404 Not Found"), (200, "200 OK")]:
        step(f"calling description({code})")
        got = description(code)
        if got != want:
            fail(f"description({code}) returned {got!r}, expected {want!r}")
    leaked = counters.live_descriptions() - before
    if leaked:
        fail(
            f"after 2 calls of description(), {leaked} strings from describe were never freed."
            " Checklist: who owns a returned pointer? restype = c_char_p copies the string and"
            " throws the address away, so nothing can free it."
        )


# ANCHOR_END: check
