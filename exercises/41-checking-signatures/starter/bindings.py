"""Exercise (chapter 41): make the shapes library's bindings agree with its header.

Check your work with `just exercise chapter-41`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


lib = ctypes.CDLL(library_path("shapes"))
# TODO: four of these disagree with cdylib/shapes/shapes.h. Find them with the header
# open beside this file (or with `bookkit signatures`), then fix them.
lib.point_distance.argtypes = [Point, Point]
lib.point_distance.restype = ctypes.c_double
lib.point_scale.argtypes = [Point, ctypes.c_double]
lib.point_scale.restype = ctypes.c_int
lib.polygon_perimeter.argtypes = [ctypes.POINTER(Point), ctypes.c_int]
lib.polygon_perimeter.restype = ctypes.c_double
lib.accumulator_new.argtypes = []
lib.accumulator_new.restype = ctypes.c_int
lib.accumulator_add.argtypes = [ctypes.c_void_p, ctypes.c_double]
lib.accumulator_add.restype = ctypes.c_int
lib.accumulator_count.argtypes = [ctypes.c_void_p]
lib.accumulator_count.restype = ctypes.c_int
lib.accumulator_free.argtypes = [ctypes.c_void_p]
lib.accumulator_free.restype = None
# ANCHOR_END: starter
