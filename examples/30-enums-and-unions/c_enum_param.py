import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("c_enum"))  # C only: there is no Rust version of this

# ANCHOR: seven
lib.shape_corners.argtypes = [ctypes.c_int]
lib.shape_corners.restype = ctypes.c_int
for number in (1, 7):
    print(f"shape_corners({number}) in C: {lib.shape_corners(number)}")
# ANCHOR_END: seven
