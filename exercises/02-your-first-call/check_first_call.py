"""The checks `just exercise chapter-2` runs for first_call.py."""

import ctypes

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "first_call.py")
    attribute(module, "lib", "the loaded library: lib = ctypes.CDLL(library_path(...))")
    add = attribute(module, "add", "a function add(a, b)")

    for a, b in [(2, 3), (-7, 3), (0, 0), (2**31 - 1, 1)]:
        step(f"calling add({a}, {b})")
        got = add(a, b)
        want = ctypes.c_int(a + b).value  # C int arithmetic wraps around
        if got != want:
            fail(f"add({a}, {b}) returned {got!r}, expected {want}")

    step('calling add("2", 3)')
    try:
        got = add("2", 3)
    except ctypes.ArgumentError:
        return  # argtypes refused the string: the signature is declared
    fail(
        f'add("2", 3) returned {got!r} instead of raising ctypes.ArgumentError: without'
        " argtypes, ctypes passes the string as a pointer and add_numbers adds its address."
        " Did you set lib.add_numbers.argtypes?"
    )


# ANCHOR_END: check
