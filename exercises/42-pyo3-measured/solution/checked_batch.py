"""Exercise (chapter 42): give a ctypes call the checks PyO3 generates for batch_add_f64.

The C declaration (cdylib/batch_ops/batch_ops.h):
    int batch_add_f64(const double *a, const double *b, double *out, size_t n);
Check your work with `just exercise chapter-42`.
"""

import ctypes

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("batch_ops"))
lib.batch_add_f64.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
lib.batch_add_f64.restype = ctypes.c_int


# ANCHOR: solution
def batch_add(a, b, out):
    """out[i] = a[i] + b[i], refusing with ValueError whatever pyo3_add.batch_add_f64
    refuses (this version takes NumPy arrays only): anything but C-contiguous float64
    arrays of one length, a read-only out, and an out that shares memory with a or b."""
    arrays = (a, b, out)
    if not all(isinstance(x, np.ndarray) for x in arrays):
        raise ValueError("a, b and out must be NumPy arrays")
    if any(x.dtype != np.float64 for x in arrays):
        raise ValueError("a, b and out must hold float64")
    if not all(x.flags.c_contiguous for x in arrays):
        raise ValueError("a, b and out must be contiguous")
    if not out.flags.writeable:
        raise ValueError("out is read-only")
    if not a.size == b.size == out.size:
        raise ValueError(f"a, b and out must have one length, not {a.size}, {b.size}, {out.size}")
    if np.shares_memory(out, a) or np.shares_memory(out, b):
        raise ValueError("out overlaps a or b")
    status = lib.batch_add_f64(a.ctypes.data, b.ctypes.data, out.ctypes.data, out.size)
    if status != 0:
        raise ValueError(f"batch_add_f64 returned {status}")


# ANCHOR_END: solution
