"""The checks `just exercise chapter-24` runs for sizes.py."""

import ctypes

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "sizes.py")
    lib = attribute(module, "lib", "the loaded library")
    in_kib = attribute(module, "in_kib", "a function in_kib(nbytes)")

    for nbytes in [2048, -2048, 5 * 2**30, 2**62]:
        step(f"calling lib.kibibytes({nbytes})")
        got = lib.kibibytes(nbytes)
        if got != int(nbytes / 1024):
            fail(
                f"kibibytes({nbytes}) returned {got}, expected {int(nbytes / 1024)}: a c_int"
                " carries only 32 bits, and ctypes drops the rest without a word"
            )
    restype = lib.unit_name.restype
    if restype not in (ctypes.c_char_p, ctypes.c_void_p) and not (
        isinstance(restype, type) and issubclass(restype, ctypes._Pointer)
    ):
        name = getattr(restype, "__name__", restype)
        fail(
            f"lib.unit_name.restype is {name}: the function returns a pointer, and an int"
            " keeps only its lower 32 bits, so using it may crash much later"
        )
    step("calling in_kib(5 * 2**30)")
    if in_kib(5 * 2**30) != "5242880 KiB":
        fail(f"in_kib(5 * 2**30) returned {in_kib(5 * 2**30)!r}, expected '5242880 KiB'")


# ANCHOR_END: check
