"""The checks `just exercise chapter-39` runs for split.py."""

import ctypes
import re

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "split.py")
    split = attribute(module, "split", "a function split(pattern, text)")
    lib = library("rx")
    lib.rx_live_objects.restype = ctypes.c_int64

    for pattern, text in [
        (r"\s*,\s*", "Bern, Basel ,Chur"),
        (r"\s*,\s*", "Zürich, Genève ,東京"),
        (r"\d+", "a1b22c333"),
        (r"x", "no match here"),
    ]:
        step(f"calling split({pattern!r}, {text!r})")
        got, want = split(pattern, text), re.split(pattern, text)
        if got != want:
            fail(
                f"split({pattern!r}, {text!r}) returned {got!r}, expected {want!r}: the pieces"
                " are cut at the wrong places. Are the spans in the units a str counts in?"
            )
    before = lib.rx_live_objects()
    split(r"\s+", "one two three")
    if (left := lib.rx_live_objects() - before) != 0:
        fail(
            f"one call of split leaves {left} objects of the rx library alive: free what"
            " rx_find_all returns (rx_matches_free) and the pattern (rx_free)"
        )
    step('calling split("(", "x")')
    try:
        split("(", "x")
    except ValueError as error:
        if "unclosed group" not in str(error):
            fail(f"split('(', 'x') raised ValueError({str(error)!r}): give the crate's message")
    else:
        fail("split('(', 'x') returned instead of raising ValueError")


# ANCHOR_END: check
