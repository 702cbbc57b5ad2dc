import ctypes
import enum
import logging

from workbook import library_path

lib = ctypes.CDLL(library_path("enums_unions"))


# ANCHOR: mirrors
class Shape(enum.IntEnum):  # #[repr(C)] enum Shape: a C int
    CIRCLE = 0
    SQUARE = 1
    TRIANGLE = 2


lib.shape_corners.argtypes = [ctypes.c_int]
lib.shape_corners.restype = ctypes.c_int
lib.level_for_status.argtypes = [ctypes.c_uint16]
lib.level_for_status.restype = ctypes.c_uint8  # #[repr(u8)] enum Level: one byte
# ANCHOR_END: mirrors

# ANCHOR: calls
for shape in Shape:
    print(f"{shape.name}: {lib.shape_corners(shape)} corners")
for status in (200, 404, 503):
    level = lib.level_for_status(status)
    print(f"HTTP {status}: level {level} = logging.{logging.getLevelName(level)}")
# ANCHOR_END: calls
