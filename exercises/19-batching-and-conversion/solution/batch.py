"""Exercise (chapter 19): add two lists of floats with one call instead of one call per pair.

The C declarations:
    double add_f64(double a, double b);
    int batch_add_f64(const double *a, const double *b, double *out, size_t n);
Check your work with `just exercise chapter-19`.
"""

# ANCHOR: solution
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
    if len(xs) != len(ys):
        raise ValueError("add_lists needs two lists of the same length")
    n = len(xs)
    array = ctypes.c_double * n  # converting each list once is the only per-element work
    a, b, out = array(*xs), array(*ys), array()
    if lib.batch_add_f64(a, b, out, n) != 0:
        raise RuntimeError("batch_add_f64 failed")
    return list(out)


# ANCHOR_END: solution
