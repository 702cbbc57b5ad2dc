"""The checks `just exercise chapter-9` runs for squares.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "squares.py")
    squares = attribute(module, "squares", "a function squares(n)")
    counters = library("ex_arrays")  # the same library: its leak and double-free counters
    counters.live_squares.restype = ctypes.c_int
    counters.bad_frees.restype = ctypes.c_int

    for n in [5, 1, 0, 1000]:
        step(f"calling squares({n})")
        got = squares(n)
        if list(got) != [i * i for i in range(n)]:
            fail(
                f"squares({n}) returned {list(got)[:8]!r}...: wrong values. Did you read the"
                " array after giving it back to free_squares?"
            )
    before = counters.live_squares()
    step("calling squares(10) 100 times")
    for _ in range(100):
        squares(10)
    leaked = counters.live_squares() - before
    if leaked:
        fail(
            f"after 100 calls of squares(10), {leaked} arrays are still allocated: the"
            " library allocated each one for you, and only free_squares gives it back"
        )
    if counters.bad_frees():
        fail(
            f"free_squares was called {counters.bad_frees()} times with an array that was"
            " already freed (a double free)"
        )


# ANCHOR_END: check
