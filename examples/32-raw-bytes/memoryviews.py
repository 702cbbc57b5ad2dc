import ctypes
import struct

# ANCHOR: flat
samples = (ctypes.c_int16 * 6)(10, 20, 30, 40, 50, 60)
view = memoryview(samples)  # no copy: the buffer protocol hands out samples' own memory
print(
    f"format {view.format!r}, itemsize {view.itemsize}, shape {view.shape},"
    f" nbytes {view.nbytes}, readonly {view.readonly}"
)
try:
    view[0]
except NotImplementedError as e:
    print("view[0]:", e)
# ANCHOR_END: flat

# ANCHOR: grid
grid = ((ctypes.c_double * 3) * 2)()  # double grid[2][3]
g = memoryview(grid)
print(f"grid: format {g.format!r}, shape {g.shape}, strides {g.strides}")
# ANCHOR_END: grid

# ANCHOR: cast
numbers = view.cast("B").cast("h")  # through bytes to the native format "h": indexable
print("numbers:", numbers.format, numbers.tolist())
numbers[0] = -1  # writes into samples: the same memory
print("samples[0] after numbers[0] = -1:", samples[0])
raw = view.cast("B")
print("first four bytes:", list(raw[:4]))  # little-endian: -1 is ff ff, 20 is 14 00
# ANCHOR_END: cast

# ANCHOR: consumers
print("struct.unpack_from:", struct.unpack_from("<6h", view))  # reads the view, no copy
snapshot = bytes(view)  # bytes() copies
numbers[1] = 0
print("snapshot still has", struct.unpack_from("<h", snapshot, 2)[0], "; samples[1] is", samples[1])
# ANCHOR_END: consumers
