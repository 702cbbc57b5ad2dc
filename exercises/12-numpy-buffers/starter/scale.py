"""Exercise (chapter 12): let the library scale a NumPy array in place, safely.

The C declaration:  int scale_in_place(double *values, size_t n, double factor);
Check your work with `just exercise chapter-12`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_scale"))
# TODO: nothing here stops an array of the wrong dtype, or a strided view, from getting in.
lib.scale_in_place.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_double)
lib.scale_in_place.restype = ctypes.c_int


def scale(array, factor):
    """Multiply every element of the float64 NumPy array `array` by `factor`, in place."""
    lib.scale_in_place(array.ctypes.data, len(array), factor)


# ANCHOR_END: starter
