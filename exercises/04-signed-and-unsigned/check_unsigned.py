"""The checks `just exercise chapter-4` runs for unsigned.py."""

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "unsigned.py")
    round_trip = attribute(module, "round_trip", "a function round_trip(value)")
    for value in [0, 7, 2**31 - 1, 2**31, 3_000_000_000, 2**32 - 1]:
        step(f"calling round_trip({value})")
        got = round_trip(value)
        if got != value:
            fail(
                f"get_unsigned_value returned {got} for {value}: the function returns an"
                " unsigned int, but restype reads the same 32 bits as a signed int."
                " Which ctypes type is C's unsigned int?"
            )


# ANCHOR_END: check
