import ctypes

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))


# ANCHOR: VecF64
class VecF64(ctypes.Structure):
    _fields_ = [
        ("ptr", ctypes.POINTER(ctypes.c_double)),
        ("len", ctypes.c_size_t),
        ("cap", ctypes.c_size_t),
    ]


lib.table_new.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
lib.table_new.restype = VecF64
lib.vec_f64_free.argtypes = [VecF64]
lib.vec_f64_free.restype = None
# ANCHOR_END: VecF64

# ANCHOR: view
table = lib.table_new(3, 4)
view = np.ctypeslib.as_array(table.ptr, shape=(3, 4))  # no copy: Rust's memory, NumPy's shape
print(view)
print("dtype:", view.dtype, "owns its data:", view.flags.owndata)
view[2, 3] = -1.0  # writes into the Rust vector
print("through the pointer:", table.ptr[11])
print("column sums:", view.sum(axis=0))
# ANCHOR_END: view

# ANCHOR: free
view = None  # no view may outlive the memory: drop it first
lib.vec_f64_free(table)
# ANCHOR_END: free
