"""Exercise (chapter 12): let the library scale a NumPy array in place, safely.

The C declaration:  int scale_in_place(double *values, size_t n, double factor);
Check your work with `just exercise chapter-12`.
"""

# ANCHOR: solution
import ctypes

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_scale"))
DOUBLES = np.ctypeslib.ndpointer(dtype=np.float64, ndim=1, flags=("C_CONTIGUOUS", "WRITEABLE"))
lib.scale_in_place.argtypes = (DOUBLES, ctypes.c_size_t, ctypes.c_double)
lib.scale_in_place.restype = ctypes.c_int


def scale(array, factor):
    """Multiply every element of the float64 NumPy array `array` by `factor`, in place."""
    lib.scale_in_place(array, array.size, factor)  # ndpointer refuses anything else


# ANCHOR_END: solution
