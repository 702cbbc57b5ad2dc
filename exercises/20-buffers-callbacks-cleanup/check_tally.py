"""The checks `just exercise chapter-20` runs for tally.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "tally.py")
    tally = attribute(module, "Tally", "the class Tally")
    lib = library("ex_handles")
    lib.live_tallies.restype = ctypes.c_int
    before = lib.live_tallies()

    step("using a Tally in a with block")
    with tally() as t:
        t.add(5)
        t.add(7)
        if t.total() != 12:
            fail(f"after add(5) and add(7), total() is {t.total()!r}, expected 12")
    if lib.live_tallies() != before:
        fail("after the with block, the library still holds the tally: __exit__ must free it")

    step("leaving a with block by an exception")
    try:
        with tally() as t:
            raise KeyError("boom")
    except KeyError:
        pass
    else:
        fail("the KeyError raised inside the with block disappeared: __exit__ must return False")
    if lib.live_tallies() != before:
        fail("after an exception in the with block, the tally was not freed")

    step("calling close() twice")
    t = tally()
    t.close()
    t.close()
    if lib.live_tallies() != before:
        fail(f"after close() twice, live_tallies() is {lib.live_tallies() - before} too many")

    step("calling add() on a closed Tally")
    try:
        t.add(1)
    except (ValueError, RuntimeError):
        return
    fail("add() on a closed Tally did not raise: raise ValueError instead of using a freed handle")


# ANCHOR_END: check
