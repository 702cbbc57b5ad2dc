"""Exercise (chapter 42): give a ctypes call the checks PyO3 generates for batch_add_f64.

The C declaration (cdylib/batch_ops/batch_ops.h):
    int batch_add_f64(const double *a, const double *b, double *out, size_t n);
Check your work with `just exercise chapter-42`.
"""

# ANCHOR: starter
import ctypes

import numpy as np  # noqa: F401 - you will need it for the checks

from workbook import library_path

lib = ctypes.CDLL(library_path("batch_ops"))
lib.batch_add_f64.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
lib.batch_add_f64.restype = ctypes.c_int


def batch_add(a, b, out):
    """out[i] = a[i] + b[i], refusing with ValueError whatever pyo3_add.batch_add_f64
    refuses (this version takes NumPy arrays only): anything but C-contiguous float64
    arrays of one length, a read-only out, and an out that shares memory with a or b."""
    # TODO: check a, b and out here. ctypes passes three addresses and a count, and the
    # library believes them: it cannot see how long the arrays really are.
    status = lib.batch_add_f64(a.ctypes.data, b.ctypes.data, out.ctypes.data, len(out))
    if status != 0:
        raise ValueError(f"batch_add_f64 returned {status}")


# ANCHOR_END: starter
