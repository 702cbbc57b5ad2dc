"""The checks `just exercise chapter-2` runs for ex_exports/src/lib.rs."""

import ctypes

from checking import fail, function, library, step


# ANCHOR: check
def check(work):
    lib = library("ex_exports")
    for name, op in [("multiply", lambda a, b: a * b), ("subtract", lambda a, b: a - b)]:
        f = function(
            lib,
            name,
            "a Rust function keeps its name in the library only with #[unsafe(no_mangle)]",
        )
        f.argtypes = (ctypes.c_int, ctypes.c_int)
        f.restype = ctypes.c_int
        for a, b in [(6, 7), (10, -3), (2**31 - 1, 2), (-(2**31), 1)]:
            step(f"calling {name}({a}, {b})")
            got = f(a, b)
            want = ctypes.c_int(op(a, b)).value  # wrapped to 32 bits, as C would
            if got != want:
                fail(f"{name}({a}, {b}) returned {got}, expected {want}")


# ANCHOR_END: check
