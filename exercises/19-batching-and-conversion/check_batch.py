"""The checks `just exercise chapter-19` runs for batch.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "batch.py")
    add_lists = attribute(module, "add_lists", "a function add_lists(xs, ys)")
    lib = library("ex_batch")
    lib.calls_made.restype = ctypes.c_uint64

    for xs, ys in [([1.0, 2.0], [0.5, 0.25]), ([], []), ([1e300], [-1e300])]:
        step(f"calling add_lists({xs}, {ys})")
        got = add_lists(xs, ys)
        want = [x + y for x, y in zip(xs, ys, strict=True)]
        if list(got) != want:
            fail(f"add_lists({xs}, {ys}) returned {list(got)!r}, expected {want!r}")

    n = 10_000
    xs, ys = [float(i) for i in range(n)], [0.5] * n
    before = lib.calls_made()
    step(f"calling add_lists on two lists of {n} floats")
    got = add_lists(xs, ys)
    calls = lib.calls_made() - before
    if list(got) != [x + 0.5 for x in xs]:
        fail(f"add_lists on {n} floats returned wrong sums (first: {list(got)[:3]!r})")
    if calls > 1:
        fail(
            f"add_lists made {calls} calls into the library for {n} pairs. Each call costs"
            " far more than the addition: pass both arrays to batch_add_f64 once"
        )


# ANCHOR_END: check
