import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("enums_unions"))

# ANCHOR: checked
lib.shape_corners_checked.argtypes = [ctypes.c_int32]  # an integer, not a Shape
lib.shape_corners_checked.restype = ctypes.c_int
SHAPE_INVALID = -1  # from enums_unions.h

for number in (0, 1, 2, 7, -1):
    corners = lib.shape_corners_checked(number)
    print(f"shape {number}: {'invalid' if corners == SHAPE_INVALID else corners}")
# ANCHOR_END: checked
