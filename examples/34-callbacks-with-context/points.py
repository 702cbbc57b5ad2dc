import ctypes

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("callbacks_ctx"))


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


# ANCHOR_END: load

# ANCHOR: by_value
MAKE_POINT = ctypes.CFUNCTYPE(Point, ctypes.c_int, ctypes.c_void_p)  # the type is accepted
try:
    MAKE_POINT(lambda item, user_data: Point(item, 1.0))  # the callback is not
except TypeError as error:
    print(f"a callback returning Point: TypeError: {error}")
try:
    ctypes.CFUNCTYPE(ctypes.POINTER(Point), ctypes.c_int)(lambda item: None)
except TypeError as error:
    print(f"a callback returning POINTER(Point): TypeError: {error}")
# ANCHOR_END: by_value

# ANCHOR: by_pointer
FILL_POINT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.POINTER(Point), ctypes.c_void_p)
lib.sum_points.argtypes = (ctypes.c_int, FILL_POINT, ctypes.c_void_p, ctypes.POINTER(Point))
lib.sum_points.restype = ctypes.c_int


@FILL_POINT
def fill(item, out, user_data):
    out[0] = Point(item, 1.0)  # copied into the library's Point
    return 0


total = Point()
added = lib.sum_points(3, fill, None, ctypes.byref(total))
print(f"sum_points added {added} points filled in by pointer: ({total.x}, {total.y})")
# ANCHOR_END: by_pointer

# ANCHOR: argument
TAKE_POINT = ctypes.CFUNCTYPE(ctypes.c_int, Point, ctypes.c_void_p)
lib.emit_points.argtypes = (ctypes.c_int, TAKE_POINT, ctypes.c_void_p)
lib.emit_points.restype = ctypes.c_int
taken = []


@TAKE_POINT
def take(point, user_data):
    taken.append((point.x, point.y))  # point is a copy, a Point of its own
    return 0


lib.emit_points(3, take, None)
print(f"a Point as an argument, by value, works: {taken}")
# ANCHOR_END: argument
