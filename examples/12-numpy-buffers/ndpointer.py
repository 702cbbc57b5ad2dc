import ctypes

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
# ANCHOR: signatures
Doubles = np.ctypeslib.ndpointer(dtype=np.float64, ndim=1, flags="C_CONTIGUOUS")
WritableDoubles = np.ctypeslib.ndpointer(dtype=np.float64, ndim=1, flags="C_CONTIGUOUS, WRITEABLE")
lib.scale_doubles.argtypes = [WritableDoubles, ctypes.c_size_t, ctypes.c_double]
lib.scale_doubles.restype = ctypes.c_int
lib.sum_doubles.argtypes = [Doubles, ctypes.c_size_t]
lib.sum_doubles.restype = ctypes.c_double
# ANCHOR_END: signatures

# ANCHOR: right
values = np.array([1.0, 2.0, 3.0, 4.0])
lib.scale_doubles(values, values.size, 10.0)  # in place: no copy, either way
print("scaled:", values, "sum:", lib.sum_doubles(values, values.size))
# ANCHOR_END: right

# ANCHOR: refused
for label, array in [
    ("int64", np.array([1, 2, 3, 4])),
    ("float32", np.ones(4, dtype=np.float32)),
    ("strided", values[::2]),
    ("2-D", np.ones((2, 2))),
    ("read-only", np.frombuffer(b"\0" * 32)),
    ("list", [1.0, 2.0]),
]:
    try:
        lib.scale_doubles(array, np.size(array), 10.0)  # np.size: the element count
    except ctypes.ArgumentError as error:
        print(f"{label:9} -> ArgumentError: {error}")
# ANCHOR_END: refused

# ANCHOR: fix
every_other = np.ascontiguousarray(values[::2])  # a contiguous copy when needed
print("ascontiguousarray:", lib.sum_doubles(every_other, every_other.size))
ints = np.array([1, 2, 3, 4]).astype(np.float64)  # convert explicitly
print("astype(float64):", lib.sum_doubles(ints, ints.size))
# ANCHOR_END: fix
