"""Bindings generated from the header: cffi's cdef reads the cbindgen header itself."""

import ctypes
import re

from cffi import FFI

from workbook import REPO, library_path


# ANCHOR: cdef
def cdef_source(crate):
    """The header as cffi's cdef reads it: the integer #defines stay, the other
    preprocessor lines (#include, include guards) go."""
    text = (REPO / "cdylib" / crate / f"{crate}.h").read_text()
    keep = re.compile(r"#define \w+ \(?-?\d+\)?\s*$")
    return "\n".join(
        line for line in text.splitlines() if not line.startswith("#") or keep.match(line)
    )


ffi = FFI()
ffi.cdef(cdef_source("errors"))
ffi.cdef(cdef_source("shapes"))
errors = ffi.dlopen(library_path("errors"))
shapes = ffi.dlopen(library_path("shapes"))
# ANCHOR_END: cdef

# ANCHOR: right
print("point_distance:", shapes.point_distance({"x": 0, "y": 0}, {"x": 3, "y": 4}))
print("constants:", errors.TEMP_OK, errors.TEMP_NOT_A_NUMBER)
try:
    shapes.polygon_perimeter(ffi.new("double[2]"), 1)  # a double array for a Point *
except TypeError as e:
    print("TypeError:", e)
# ANCHOR_END: right

# ANCHOR: out-pointer
out = ffi.new("double *")  # the header says `double *out`; only the docs say "out"
code = errors.parse_celsius(b"21.5", out)
print("parse_celsius:", code, out[0])
message = errors.temp_error_message(errors.TEMP_NOT_A_NUMBER)
print("temp_error_message:", ffi.typeof(message), ffi.string(message))
# ANCHOR_END: out-pointer

# ANCHOR: ownership
print("live before:", shapes.live_accumulators())
acc = shapes.accumulator_new()  # opaque, and the header cannot say who frees it
print("opaque:", ffi.typeof(acc), "live:", shapes.live_accumulators())
try:
    shapes.accumulator_add(ffi.new("Point *"), 1.0)
except TypeError as e:
    print("TypeError:", e)
acc = ffi.gc(acc, shapes.accumulator_free)  # the pairing is ours to write
shapes.accumulator_add(acc, 2.0)
print("mean:", shapes.accumulator_mean(acc), "count:", shapes.accumulator_count(acc))
del acc
print("after del, live:", shapes.live_accumulators())
# ANCHOR_END: ownership

# ANCHOR: hand-written
hand = ctypes.CDLL(library_path("shapes"))
hand.accumulator_add.argtypes = [ctypes.c_void_p, ctypes.c_double]  # any pointer passes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


wrong = ctypes.c_void_p.from_param(ctypes.byref(Point()))  # what the call would accept
print("ctypes, c_void_p: a Point pointer passes as", type(wrong).__name__)
# ANCHOR_END: hand-written
