# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("panics"))
lib.percent.argtypes = (ctypes.c_int, ctypes.c_int)
lib.percent.restype = ctypes.c_int
# ANCHOR_END: load

# ANCHOR: abort
print(f"percent(1, 4) = {lib.percent(1, 4)}")
print(f"percent(536870912, -1) = {lib.percent(536870912, -1)}")  # clamped to INT_MIN
try:
    print(f"percent(1, 0) = {lib.percent(1, 0)}")  # divides by zero inside Rust
except BaseException as error:  # no exception of any kind arrives
    print(f"caught {error!r}")
print("not reached")
# ANCHOR_END: abort
