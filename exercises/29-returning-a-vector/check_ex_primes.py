"""The checks `just exercise chapter-29` runs for ex_primes/src/lib.rs."""

import ctypes

from checking import fail, function, library, step


# ANCHOR: check
def check(work):
    lib = library("ex_primes")
    exported = "is #[unsafe(no_mangle)] still on it?"
    U32Array = ctypes.POINTER(ctypes.c_uint32)
    primes_below = function(lib, "primes_below", exported)
    primes_below.argtypes = (ctypes.c_uint32, ctypes.POINTER(U32Array))
    primes_below.restype = ctypes.c_ssize_t
    primes_free = function(lib, "primes_free", exported)
    primes_free.argtypes = (U32Array, ctypes.c_size_t)
    primes_free.restype = None
    lib.live_bytes.restype = ctypes.c_ssize_t

    out = U32Array()
    step("calling primes_below(20, &out) and primes_free(out, count)")
    count = primes_below(20, ctypes.byref(out))
    if count != 8 or out[:8] != [2, 3, 5, 7, 11, 13, 17, 19]:
        got = out[: max(count, 0)] if out else []
        fail(f"primes_below(20) returned {count} primes, {got}: expected 2, 3, 5 ... 19")
    primes_free(out, count)

    step("calling primes_free(None, 5) and primes_below(2, &out)")
    primes_free(None, 5)
    if primes_below(2, ctypes.byref(out)) != 0 or out:
        fail("primes_below(2) must return 0 and leave out NULL: there are no primes below 2")

    before = lib.live_bytes()
    step("calling primes_below(n) and primes_free 50 times, for n up to 1000")
    for n in range(20, 1020, 20):
        count = primes_below(n, ctypes.byref(out))
        primes_free(out, count)
    left = lib.live_bytes() - before
    if left:
        fail(
            f"after 50 arrays went back to primes_free, the allocator still counts {left}"
            " bytes as in use: primes_free told it smaller blocks came back than primes_below"
            " allocated. The Vec had spare capacity, and Vec::from_raw_parts was given its"
            " length as the capacity"
        )


# ANCHOR_END: check
