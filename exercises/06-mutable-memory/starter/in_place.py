"""Exercise (chapter 6): let the library change an int that Python owns.

The C declaration:  int double_in_place(int *value);
Check your work with `just exercise chapter-6`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_inplace"))

# TODO: the C function takes a pointer to an int; this declaration says an int.
lib.double_in_place.argtypes = (ctypes.c_int,)
lib.double_in_place.restype = ctypes.c_int


def doubled(n):
    """n * 2, computed in place by the library."""
    # TODO: the library cannot change a Python int. Give it C memory to change.
    lib.double_in_place(n)
    return n


# ANCHOR_END: starter
