"""The checks `just exercise chapter-3` runs for signatures.py."""

import ctypes

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "signatures.py")
    mean = attribute(module, "mean", "a function mean(a, b)")
    total = attribute(module, "total", "a function total(a, b)")

    for a, b in [(3.0, 4.0), (3, 4), (-1.5, 0.25)]:
        step(f"calling mean({a!r}, {b!r})")
        try:
            got = mean(a, b)
        except ctypes.ArgumentError as error:
            fail(
                f"mean({a!r}, {b!r}) raised ctypes.ArgumentError ({error}): without argtypes"
                " ctypes does not know how to pass a Python float. Did you set"
                " lib.average.argtypes?"
            )
        want = (a + b) / 2
        if isinstance(got, int):
            fail(
                f"average returned the int {got} for ({a!r}, {b!r}), expected {want}:"
                " ctypes read the result as a C int. Did you set lib.average.restype?"
            )
        if got != want:
            fail(
                f"average returned {got!r} for ({a!r}, {b!r}), expected {want}: the"
                " arguments arrived as something other than doubles. Check lib.average.argtypes."
            )

    step("calling total(5, 7)")
    if total(5, 7) != 12:
        fail(f"total(5, 7) returned {total(5, 7)!r}, expected 12")
    step('calling total("5", 7)')
    try:
        got = total("5", 7)
    except ctypes.ArgumentError:
        return
    fail(
        f'total("5", 7) returned {got!r} instead of raising ctypes.ArgumentError:'
        " ctypes passed the string's address as an int. Did you set lib.add_numbers.argtypes?"
    )


# ANCHOR_END: check
