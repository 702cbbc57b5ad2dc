"""Exercise (chapter 3): declare the signatures, so that mean() works for floats and ints.

The C declarations are in cdylib/clibrary/clibrary.h:
    int add_numbers(int a, int b);
    double average(double a, double b);
Check your work with `just exercise chapter-3`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
lib.add_numbers.restype = ctypes.c_int
lib.average.argtypes = (ctypes.c_double, ctypes.c_double)
lib.average.restype = ctypes.c_double


def mean(a, b):
    """The mean of a and b, computed by the library's average()."""
    return lib.average(a, b)


def total(a, b):
    """a + b, computed by the library's add_numbers()."""
    return lib.add_numbers(a, b)


# ANCHOR_END: solution
