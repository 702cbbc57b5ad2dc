"""Exercise (chapter 23): use a function only if the library has it.

Newer versions of the library export fast_mean(values, n); this one only fast_sum(values, n).
Check your work with `just exercise chapter-23`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_features"))
DOUBLES = ctypes.POINTER(ctypes.c_double)
lib.fast_sum.argtypes = (DOUBLES, ctypes.c_size_t)
lib.fast_sum.restype = ctypes.c_double

HAS_FAST_MEAN = hasattr(lib, "fast_mean")  # False when the symbol is missing: no exception
if HAS_FAST_MEAN:
    lib.fast_mean.argtypes = (DOUBLES, ctypes.c_size_t)
    lib.fast_mean.restype = ctypes.c_double


def mean(values):
    """The mean of a list of floats: fast_mean if the library has it, else fast_sum / n."""
    if not values:
        raise ValueError("mean() of an empty list")
    array = (ctypes.c_double * len(values))(*values)
    if HAS_FAST_MEAN:
        return lib.fast_mean(array, len(values))
    return lib.fast_sum(array, len(values)) / len(values)


# ANCHOR_END: solution
