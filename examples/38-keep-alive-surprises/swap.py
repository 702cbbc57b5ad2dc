import ctypes


# ANCHOR: swap
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


class Rect(ctypes.Structure):
    _fields_ = [("a", Point), ("b", Point)]


rc = Rect(Point(1, 2), Point(3, 4))
print("before the swap:", rc.a.x, rc.a.y, rc.b.x, rc.b.y)
rc.a, rc.b = rc.b, rc.a
print("after the swap: ", rc.a.x, rc.a.y, rc.b.x, rc.b.y)
# ANCHOR_END: swap

# ANCHOR: why
rc = Rect(Point(1, 2), Point(3, 4))
view = rc.b  # not a copy: a Point that lives inside rc's memory
print("rc.b owns its memory:", bool(view._b_needsfree_))
print("rc.b belongs to rc:", view._b_base_ is rc)
print("rc.b starts", ctypes.addressof(view) - ctypes.addressof(rc), "bytes into rc")
view.x = 30  # writes into rc
print("after view.x = 30, rc.b.x =", rc.b.x)
# ANCHOR_END: why

# ANCHOR: fix
rc = Rect(Point(1, 2), Point(3, 4))
a, b = Point.from_buffer_copy(rc.a), Point.from_buffer_copy(rc.b)  # copies, owning their bytes
rc.a, rc.b = b, a
print("swapped through copies:", rc.a.x, rc.a.y, rc.b.x, rc.b.y)
# ANCHOR_END: fix
