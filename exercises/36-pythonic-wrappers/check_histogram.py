"""The checks `just exercise chapter-36` runs for histogram.py."""

import ctypes
import gc

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "histogram.py")
    histogram = attribute(module, "Histogram", "a class Histogram(lo, hi, bins)")
    counters = library("wrapped")  # the same library: the counts are the learner's
    for name in ("handles_live", "handles_freed", "frees_refused"):
        getattr(counters, name).restype = ctypes.c_int64

    def counts():
        return counters.handles_freed(), counters.frees_refused()

    step("Histogram(0.0, 1.0, 4) in a with block, adding 0.1, 0.3, 0.35 and 0.9")
    before = counts()
    with histogram(0.0, 1.0, 4) as h:
        for value in (0.1, 0.3, 0.35, 0.9):
            h.add(value)
        if (got := h.counts()) != [1, 2, 0, 1]:
            fail(f"counts() returned {got}, expected [1, 2, 0, 1]")
    if counts() != (before[0] + 1, before[1]):
        fail("the with block did not free the histogram's handle (hist_free was not called)")

    step("close() on the closed Histogram, then del")
    h.close()
    del h
    gc.collect()
    freed, refused = counts()
    if refused != before[1]:
        fail(
            f"hist_free was called {refused - before[1] + 1} times for one histogram: close()"
            " must free the handle the first time and do nothing after that"
        )
    if freed != before[0] + 1:
        fail(f"one histogram, {freed - before[0]} frees")

    step("the _as_parameter_ of a closed Histogram (what h.add would pass to hist_add)")
    h = histogram(0.0, 1.0, 4)
    h.close()
    try:
        _ = h._as_parameter_  # not a call: the check never passes a freed handle
    except ValueError as error:
        if "closed" not in str(error):
            fail(f"a closed Histogram raised {error!r}: say that it is closed")
    else:
        fail(
            "a closed Histogram still hands out its handle: h.add(0.5) would"
            " call hist_add with freed memory. Raise ValueError instead"
        )

    step("a Histogram nobody closed, deleted")
    before = counts()
    forgotten = histogram(0.0, 1.0, 4)
    del forgotten
    gc.collect()
    if counts()[0] != before[0] + 1:
        fail(
            "a Histogram that was deleted without close() was never freed: does the"
            " finalizer's callback refer to the Histogram itself?"
        )


# ANCHOR_END: check
