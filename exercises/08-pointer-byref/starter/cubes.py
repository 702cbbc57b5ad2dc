"""Exercise (chapter 8): give the library a buffer to fill, and believe its count.

The C declaration:  int fill_cubes(int *out, int capacity, int *count);
Check your work with `just exercise chapter-8`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_fill"))
INTS = ctypes.POINTER(ctypes.c_int)
lib.fill_cubes.argtypes = (INTS, ctypes.c_int, INTS)
lib.fill_cubes.restype = ctypes.c_int


def cubes(capacity):
    """The cubes the library writes into a buffer of `capacity` ints, as a list."""
    buffer = (ctypes.c_int * capacity)()
    count = ctypes.c_int()
    lib.fill_cubes(buffer, capacity, ctypes.byref(count))
    # TODO: how many of these did the library actually write?
    return list(buffer)


# ANCHOR_END: starter
