import ctypes

import numpy as np

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("clibrary"))
DoublePointer = ctypes.POINTER(ctypes.c_double)
lib.sum_doubles.argtypes = [DoublePointer, ctypes.c_size_t]
lib.sum_doubles.restype = ctypes.c_double
# ANCHOR_END: setup

# ANCHOR: right
values = np.array([1.0, 2.0, 3.0, 4.0])  # float64, contiguous: exactly a C double[4]
print("sum:", lib.sum_doubles(values.ctypes.data_as(DoublePointer), values.size))
# ANCHOR_END: right

# ANCHOR: dtype
ints = np.array([1, 2, 3, 4])  # int64: same size as a double, different meaning
print(
    "dtype", ints.dtype, "-> sum:", lib.sum_doubles(ints.ctypes.data_as(DoublePointer), ints.size)
)
# ANCHOR_END: dtype

# ANCHOR: strided
every_other = values[::2]  # a view: [1.0, 3.0], with a stride of 16 bytes
print("view", every_other, "contiguous:", every_other.flags.c_contiguous)
pointer = every_other.ctypes.data_as(DoublePointer)
print("-> sum:", lib.sum_doubles(pointer, every_other.size), "(should be 4.0)")
# ANCHOR_END: strided
