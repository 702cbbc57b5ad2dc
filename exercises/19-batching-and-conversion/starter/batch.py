"""Exercise (chapter 19): add two lists of floats with one call instead of one call per pair.

The C declarations:
    double add_f64(double a, double b);
    int batch_add_f64(const double *a, const double *b, double *out, size_t n);
Check your work with `just exercise chapter-19`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_batch"))
lib.add_f64.argtypes = (ctypes.c_double, ctypes.c_double)
lib.add_f64.restype = ctypes.c_double
DOUBLES = ctypes.POINTER(ctypes.c_double)
lib.batch_add_f64.argtypes = (DOUBLES, DOUBLES, DOUBLES, ctypes.c_size_t)
lib.batch_add_f64.restype = ctypes.c_int


def add_lists(xs, ys):
    """[x + y for each pair], computed by the library."""
    # TODO: this crosses into the library once per pair. Use batch_add_f64 instead.
    return [lib.add_f64(x, y) for x, y in zip(xs, ys, strict=True)]


# ANCHOR_END: starter
