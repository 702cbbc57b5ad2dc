import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
add_numbers = lib.add_numbers  # int add_numbers(int a, int b); no argtypes declared

# ANCHOR: wide
# A Python int goes out as a C int: only its low 32 bits, without a word of warning.
print("add_numbers(2**32 + 5, 7) =", add_numbers(2**32 + 5, 7))
print("add_numbers(2**64 - 1, 1) =", add_numbers(2**64 - 1, 1))  # low 32 bits: -1
try:
    add_numbers(2**64, 1)  # does not fit in 64 bits: refused
except ctypes.ArgumentError as error:
    print(f"add_numbers(2**64, 1) -> ArgumentError: {error}")
# ANCHOR_END: wide


# ANCHOR: as_parameter
class Meters:
    """Any object with an _as_parameter_ attribute: ctypes passes that attribute instead."""

    def __init__(self, value):
        self._as_parameter_ = value


print("add_numbers(Meters(5), Meters(7)) =", add_numbers(Meters(5), Meters(7)))
# ANCHOR_END: as_parameter

# ANCHOR: refused
# The attribute's value follows the same rules: a float in it is refused like any float.
for label, value in [("5.0", 5.0), ("[5]", [5]), ("Meters(5.0)", Meters(5.0))]:
    try:
        add_numbers(value, 7)
    except ctypes.ArgumentError as error:
        print(f"add_numbers({label}, 7) -> ArgumentError: {error}")
# ANCHOR_END: refused
