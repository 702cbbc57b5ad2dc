"""The checks `just exercise chapter-14` runs for in_threads.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "in_threads.py")
    squares_in_threads = attribute(module, "squares_in_threads", "squares_in_threads(values)")
    lib = library("ex_slow")
    lib.max_in_flight.restype = ctypes.c_int
    lib.reset_in_flight.restype = None

    values = [5, 1, 4, 2, 3]
    for _ in range(3):  # a busy machine may start the threads late: retry
        lib.reset_in_flight()
        step(f"calling squares_in_threads({values}, millis=200)")
        got = squares_in_threads(values, millis=200)
        if list(got) != [v * v for v in values]:
            fail(
                f"squares_in_threads({values}) returned {list(got)!r}, expected"
                f" {[v * v for v in values]}: the results must come back in the order of the"
                " input"
            )
        if lib.max_in_flight() >= 2:
            break
    else:
        fail(
            "the five calls never overlapped (3 tries): at most one slow_square ran at any"
            " moment. Start each call in its own thread (ctypes.CDLL releases the GIL)."
        )
    step("calling squares_in_threads([])")
    if list(squares_in_threads([])) != []:
        fail("squares_in_threads([]) should return an empty list")


# ANCHOR_END: check
