"""Exercise (chapter 23): use a function only if the library has it.

Newer versions of the library export fast_mean(values, n); this one only fast_sum(values, n).
Check your work with `just exercise chapter-23`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_features"))
DOUBLES = ctypes.POINTER(ctypes.c_double)
lib.fast_sum.argtypes = (DOUBLES, ctypes.c_size_t)
lib.fast_sum.restype = ctypes.c_double
# TODO: this library has no fast_mean. Declare it only when it is there.
lib.fast_mean.argtypes = (DOUBLES, ctypes.c_size_t)
lib.fast_mean.restype = ctypes.c_double


def mean(values):
    """The mean of a list of floats: fast_mean if the library has it, else fast_sum / n."""
    array = (ctypes.c_double * len(values))(*values)
    return lib.fast_mean(array, len(values))


# ANCHOR_END: starter
