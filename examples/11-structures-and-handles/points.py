import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("shapes"))


# ANCHOR: Point
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]  # same order, same types

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


# ANCHOR_END: Point

# ANCHOR: signatures
lib.point_distance.argtypes = [Point, Point]  # by value
lib.point_distance.restype = ctypes.c_double
lib.point_midpoint.argtypes = [Point, Point]
lib.point_midpoint.restype = Point  # a struct returned by value
lib.point_scale.argtypes = [ctypes.POINTER(Point), ctypes.c_double]  # by pointer
lib.point_scale.restype = ctypes.c_int
lib.polygon_perimeter.argtypes = [ctypes.POINTER(Point), ctypes.c_size_t]
lib.polygon_perimeter.restype = ctypes.c_double
# ANCHOR_END: signatures

# ANCHOR: by_value
a, b = Point(0, 0), Point(3, 4)
print("distance:", lib.point_distance(a, b))
print("midpoint:", lib.point_midpoint(a, b))
# ANCHOR_END: by_value

# ANCHOR: by_pointer
rc = lib.point_scale(ctypes.byref(b), 2.0)  # the library writes into b
print("scaled b:", b, "rc", rc)
print("NULL:    ", lib.point_scale(None, 2.0))
# ANCHOR_END: by_pointer

# ANCHOR: array
triangle = (Point * 3)(Point(0, 0), Point(3, 0), Point(3, 4))
print("perimeter:", lib.polygon_perimeter(triangle, len(triangle)))
print("element size:", ctypes.sizeof(Point), "bytes; array:", ctypes.sizeof(triangle), "bytes")
print("NULL, n=3:", lib.polygon_perimeter(None, 3))
# ANCHOR_END: array
