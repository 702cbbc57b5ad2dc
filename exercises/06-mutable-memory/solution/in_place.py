"""Exercise (chapter 6): let the library change an int that Python owns.

The C declaration:  int double_in_place(int *value);
Check your work with `just exercise chapter-6`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_inplace"))

lib.double_in_place.argtypes = (ctypes.POINTER(ctypes.c_int),)
lib.double_in_place.restype = ctypes.c_int


def doubled(n):
    """n * 2, computed in place by the library."""
    value = ctypes.c_int(n)  # a C int that Python owns
    lib.double_in_place(ctypes.byref(value))  # the library writes into it
    return value.value


# ANCHOR_END: solution
