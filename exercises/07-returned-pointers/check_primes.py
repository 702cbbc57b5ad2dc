"""The checks `just exercise chapter-7` runs for primes.py."""

import ctypes

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "primes.py")
    lib = attribute(module, "lib", "the loaded library")
    primes = attribute(module, "primes", "a function primes()")
    restype = lib.primes_table.restype
    if not (isinstance(restype, type) and issubclass(restype, ctypes._Pointer)):
        name = getattr(restype, "__name__", restype)
        fail(
            f"lib.primes_table.restype is {name}, but the function returns a pointer"
            " (const int *). As an int, a 64-bit address loses its upper half."
            " Declare ctypes.POINTER(ctypes.c_int)."
        )
    step("calling primes()")
    got = primes()
    want = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    if list(got) != want:
        fail(
            f"primes() returned {list(got)!r}, expected {want}: a POINTER has no length;"
            " slice it with the count the library wrote"
        )


# ANCHOR_END: check
