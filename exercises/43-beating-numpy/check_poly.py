"""The checks `just exercise chapter-43` runs for ex_poly/src/lib.rs."""

import ctypes
import os

import numpy as np

from checking import fail, function, library, step


def expected(x):
    return ((3.0 * x - 2.0) * x + 1.0) * x - 1.0


# ANCHOR: check
def check(work):
    lib = library("ex_poly")
    poly = function(lib, "poly_f64", "is #[unsafe(no_mangle)] still on it?")
    poly.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t)
    poly.restype = ctypes.c_int

    for n, threads in [(8, 1), (10, 2), (10, 3), (1001, 7), (3, 8), (100_003, 0)]:
        x = np.linspace(-2.0, 2.0, n)
        out = np.full(n, np.nan)
        step(f"calling poly_f64 on {n} doubles with threads={threads}")
        status = poly(x.ctypes.data, out.ctypes.data, n, threads)
        if status != 0:
            fail(f"poly_f64 on {n} doubles with threads={threads} returned {status}, not 0")
        missing = np.flatnonzero(np.isnan(out))
        if missing.size:
            fail(
                f"poly_f64 with n={n} on {threads} threads left out[{missing[0]}] unwritten"
                f" ({missing.size} of {n} elements): when n is not a multiple of the thread"
                " count, the chunks must still cover every element (round the chunk size up)"
            )
        wrong = np.flatnonzero(out != expected(x))
        if wrong.size:
            i = wrong[0]
            fail(f"poly_f64 gave out[{i}] = {out[i]!r} for x = {x[i]!r}, not {expected(x[i])!r}")

    step("calling poly_f64 with NULL pointers")
    x = np.ones(4)
    for args in [(None, x.ctypes.data), (x.ctypes.data, None)]:
        if poly(*args, 4, 1) != -1:
            fail("poly_f64 with a NULL pointer and n = 4 must return -1 without touching it")
    if poly(None, None, 0, 0) != 0:
        fail("poly_f64 with n = 0 must return 0 (there is nothing to do, even with NULL)")

    step("calling poly_f64 with out overlapping xs")
    if poly(x.ctypes.data, x.ctypes.data + 8, 3, 1) != -2:
        fail(
            "poly_f64 with out starting one double into xs must return -2: Rust's &[f64] and"
            " &mut [f64] over the same memory are undefined behaviour"
        )
    if os.cpu_count() and os.cpu_count() > 1:
        step(f"poly_f64 with threads=0 ran on this machine's {os.cpu_count()} cores")


# ANCHOR_END: check
