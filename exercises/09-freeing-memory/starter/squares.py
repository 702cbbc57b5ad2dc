"""Exercise (chapter 9): use an array the library allocates, then give it back.

The C declarations:
    int *make_squares(int n);      // the caller owns the result
    int free_squares(int *squares);
Check your work with `just exercise chapter-9`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_arrays"))
lib.make_squares.argtypes = (ctypes.c_int,)
lib.make_squares.restype = ctypes.POINTER(ctypes.c_int)
lib.free_squares.argtypes = (ctypes.POINTER(ctypes.c_int),)
lib.free_squares.restype = ctypes.c_int


def squares(n):
    """[0, 1, 4, ..., (n - 1) ** 2] as a Python list, computed by the library."""
    array = lib.make_squares(n)
    # TODO: the library allocated `array`, and nothing gives it back.
    return array[:n]


# ANCHOR_END: starter
