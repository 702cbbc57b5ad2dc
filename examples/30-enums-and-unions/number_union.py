import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("enums_unions"))


# ANCHOR: Number
class Number(ctypes.Union):
    _fields_ = [("real", ctypes.c_double), ("integer", ctypes.c_int64)]


lib.number_real_at.argtypes = [ctypes.POINTER(Number)]
lib.number_real_at.restype = ctypes.c_double
# ANCHOR_END: Number

# ANCHOR: overlap
n = Number(real=1.0)
print("size:", ctypes.sizeof(Number), "offsets:", Number.real.offset, Number.integer.offset)
print("real:", n.real, "integer:", n.integer, "=", hex(n.integer))
n.integer = 0x4004000000000000  # the bits of the double 2.5
print("real after setting integer:", n.real)
print("number_real_at(&n):", lib.number_real_at(ctypes.byref(n)))
print("bytes:", bytes(n).hex(" "))
# ANCHOR_END: overlap
