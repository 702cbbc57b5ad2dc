"""The checks `just exercise chapter-21` runs for with_cffi.py."""

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "with_cffi.py")
    add = attribute(module, "add", "a function add(a, b)")
    for a, b in [(2, 3), (-7, 3)]:
        step(f"calling add({a}, {b})")
        got = add(a, b)
        if got != a + b or not isinstance(got, int):
            fail(
                f"add({a}, {b}) returned {got!r}, expected the int {a + b}: the declaration"
                " in ffi.cdef must be the one in clibrary.h"
            )
    step("calling add(2**31, 0)")
    try:
        got = add(2**31, 0)
    except OverflowError:
        return  # unlike ctypes, cffi checks that a Python int fits the C int
    fail(f"add(2**31, 0) returned {got!r}: with `int` declared, cffi raises OverflowError")


# ANCHOR_END: check
