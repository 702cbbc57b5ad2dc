"""from_buffer: a ctypes array that shares the memory of another Python object."""

import array
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("batch_ops"))
batch_add = lib.batch_add_f64
batch_add.argtypes = (
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_size_t,
)
batch_add.restype = ctypes.c_int

# ANCHOR: share
xs = array.array("d", [1.0, 2.0, 3.0])
out = array.array("d", [0.0, 0.0, 0.0])
DoubleArray = ctypes.c_double * len(xs)
c_xs = DoubleArray.from_buffer(xs)  # no copy: the same memory as xs
c_out = DoubleArray.from_buffer(out)
batch_add(c_xs, c_xs, c_out, len(xs))
print("out, written by native code:", out.tolist())
# ANCHOR_END: share

# ANCHOR: rules
# 1. The ctypes array keeps its source alive: deleting the name is safe.
ys = array.array("d", [5.0, 6.0, 7.0])
c_ys = DoubleArray.from_buffer(ys)
del ys
print("c_ys after del ys:", c_ys[:])

# 2. While a ctypes array shares it, the source cannot move or resize.
try:
    xs.append(4.0)
except BufferError as error:
    print("BufferError:", error)
del c_xs  # nothing shares xs any more
xs.append(4.0)
print("after del c_xs, xs has", len(xs), "elements")

# 3. Only writable buffers, and only if they are big enough.
try:
    DoubleArray.from_buffer(bytes(24))
except TypeError as error:
    print("TypeError:", error)
try:
    (ctypes.c_double * 8).from_buffer(out)
except ValueError as error:
    print("ValueError:", error)
# ANCHOR_END: rules
