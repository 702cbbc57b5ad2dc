"""Calls batch_add_f64 1000 times: the program feature_cache.sh runs under gdb."""

import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("batch_ops"))
double_p = ctypes.POINTER(ctypes.c_double)
lib.batch_add_f64.argtypes = (double_p, double_p, double_p, ctypes.c_size_t)
lib.batch_add_f64.restype = ctypes.c_int

# ANCHOR: calls
a = (ctypes.c_double * 4)(1.0, 2.0, 3.0, 4.0)
out = (ctypes.c_double * 4)()
for _ in range(1000):
    lib.batch_add_f64(a, a, out, len(out))
print("1000 calls, out =", list(out))
# ANCHOR_END: calls
