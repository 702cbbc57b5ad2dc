"""The checks `just exercise chapter-19` runs for ex_sum/src/lib.rs."""

import ctypes
import math

from checking import fail, function, library, step


# ANCHOR: check
def check(work):
    lib = library("ex_sum")
    sum_f64 = function(lib, "sum_f64", "is #[unsafe(no_mangle)] still on it?")
    sum_f64.argtypes = (ctypes.POINTER(ctypes.c_double), ctypes.c_size_t)
    sum_f64.restype = ctypes.c_double

    for values in [[1.0, 2.0, 3.5], [0.1] * 10, [-1e300, 1e300, 7.0], list(range(100_000))]:
        array = (ctypes.c_double * len(values))(*values)
        shown = values if len(values) <= 10 else f"[0.0 ... {len(values) - 1}.0]"
        step(f"calling sum_f64({shown}, {len(values)})")
        got, want = sum_f64(array, len(values)), math.fsum(values)
        if not math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-9):
            fail(f"sum_f64 of {shown} returned {got!r}, expected {want!r}")

    step("calling sum_f64(NULL, 0)")
    if sum_f64(None, 0) != 0.0:
        fail(f"sum_f64(NULL, 0) returned {sum_f64(None, 0)!r}: an empty array sums to 0.0")
    step("calling sum_f64(NULL, 3)")
    if not math.isnan(sum_f64(None, 3)):
        fail(f"sum_f64(NULL, 3) returned {sum_f64(None, 3)!r}: check the pointer, return NaN")


# ANCHOR_END: check
