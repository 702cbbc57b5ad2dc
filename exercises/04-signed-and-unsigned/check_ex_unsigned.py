"""The checks `just exercise chapter-4` runs for ex_unsigned/src/lib.rs."""

import ctypes

from checking import fail, function, library, step

MAX = 2**32 - 1  # the largest C unsigned int


# ANCHOR: check
def check(work):
    lib = library("ex_unsigned")
    exported = "is #[unsafe(no_mangle)] still on it?"
    distance = function(lib, "distance", exported)
    distance.argtypes = (ctypes.c_uint, ctypes.c_uint)
    distance.restype = ctypes.c_uint
    for a, b in [(7, 3), (3, 7), (0, MAX), (MAX, MAX)]:
        step(f"calling distance({a}, {b})")
        got = distance(a, b)
        if got != abs(a - b):
            fail(
                f"distance({a}, {b}) returned {got}, expected {abs(a - b)}:"
                " an unsigned subtraction below zero wrapped around"
            )

    add_capped = function(lib, "add_capped", exported)
    add_capped.argtypes = (ctypes.c_uint, ctypes.c_uint)
    add_capped.restype = ctypes.c_uint
    for value, plus in [(1, 2), (MAX - 1, 1), (MAX - 1, 2), (MAX, MAX)]:
        step(f"calling add_capped({value}, {plus})")
        got = add_capped(value, plus)
        want = min(value + plus, MAX)
        if got != want:
            fail(f"add_capped({value}, {plus}) returned {got}, expected {want} (capped at {MAX})")


# ANCHOR_END: check
