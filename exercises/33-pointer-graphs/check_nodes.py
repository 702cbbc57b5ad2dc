"""The checks `just exercise chapter-33` runs for nodes.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "nodes.py")
    round_trip = attribute(module, "round_trip", "a function round_trip(values)")
    counter = library("ex_list")
    counter.live_nodes.restype = ctypes.c_int

    for values in [[3, 1, 4, 1, 5], [42], []]:
        step(f"calling round_trip({values})")
        got = round_trip(values)
        if got != values:
            fail(f"round_trip({values}) returned {got}")
        if left := counter.live_nodes():
            fail(f"after round_trip({values}), {left} nodes are still allocated")


# ANCHOR_END: check
