"""Exercise (chapter 41): make the shapes library's bindings agree with its header.

Check your work with `just exercise chapter-41`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


lib = ctypes.CDLL(library_path("shapes"))
lib.point_distance.argtypes = [Point, Point]
lib.point_distance.restype = ctypes.c_double
lib.point_scale.argtypes = [ctypes.POINTER(Point), ctypes.c_double]  # Point *p
lib.point_scale.restype = ctypes.c_int
lib.polygon_perimeter.argtypes = [ctypes.POINTER(Point), ctypes.c_size_t]  # size_t n
lib.polygon_perimeter.restype = ctypes.c_double
lib.accumulator_new.argtypes = []
lib.accumulator_new.restype = ctypes.c_void_p  # Accumulator *: all 64 bits of it
lib.accumulator_add.argtypes = [ctypes.c_void_p, ctypes.c_double]
lib.accumulator_add.restype = ctypes.c_int
lib.accumulator_count.argtypes = [ctypes.c_void_p]
lib.accumulator_count.restype = ctypes.c_long  # long, 8 bytes here
lib.accumulator_free.argtypes = [ctypes.c_void_p]
lib.accumulator_free.restype = None
# ANCHOR_END: solution
