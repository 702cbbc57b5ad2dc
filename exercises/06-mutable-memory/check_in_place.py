"""The checks `just exercise chapter-6` runs for in_place.py."""

import ctypes

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "in_place.py")
    lib = attribute(module, "lib", "the loaded library")
    doubled = attribute(module, "doubled", "a function doubled(n)")
    declared = tuple(lib.double_in_place.argtypes or ())
    if declared != (ctypes.POINTER(ctypes.c_int),):
        names = ", ".join(t.__name__ for t in declared) or "nothing"
        fail(
            f"lib.double_in_place.argtypes declares ({names}), but the function takes int *:"
            " ctypes.POINTER(ctypes.c_int). With the wrong declaration, ctypes passes the"
            " number itself and the library uses it as an address."
        )
    for n in [21, -5, 0, 2**30]:
        step(f"calling doubled({n})")
        got = doubled(n)
        want = ctypes.c_int(n * 2).value  # wraps around like a C int
        if got != want:
            fail(
                f"doubled({n}) returned {got!r}, expected {want}: the library wrote into a"
                " c_int, so the answer is in that object's .value"
            )


# ANCHOR_END: check
