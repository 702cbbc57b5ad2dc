"""Exercise (chapter 27): this script crashes Python. Find the line, then fix it.

The C declaration:  double mean_and_max(const double *values, size_t n, double *out_max);
Check your work with `just exercise chapter-27`: it shows the line of this file that was
running when Python died (from faulthandler).
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_stats"))
DOUBLES = ctypes.POINTER(ctypes.c_double)
# With argtypes, the swapped call below would have been an ArgumentError, not a crash.
lib.mean_and_max.argtypes = (DOUBLES, ctypes.c_size_t, DOUBLES)
lib.mean_and_max.restype = ctypes.c_double


def stats(values):
    """(mean, maximum) of a non-empty list of floats."""
    array = (ctypes.c_double * len(values))(*values)
    biggest = ctypes.c_double()
    mean = lib.mean_and_max(array, len(values), ctypes.byref(biggest))
    return mean, biggest.value


# ANCHOR_END: solution
