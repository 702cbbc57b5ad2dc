import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("enums_unions"))


class Number(ctypes.Union):
    _fields_ = [("real", ctypes.c_double), ("integer", ctypes.c_int64)]


# ANCHOR: by_value
lib.number_real.argtypes = [Number]  # a union by value: accepted without a word
lib.number_real.restype = ctypes.c_double
lib.number_from_int.argtypes = [ctypes.c_int64]
lib.number_from_int.restype = Number  # and returned by value
# ANCHOR_END: by_value

# ANCHOR: wrong
got = lib.number_real(Number(real=2.5))
print(f"number_real(2.5) = «{got}»; right: {got == 2.5}")
back = lib.number_from_int(1234567).integer
print(f"number_from_int(1234567).integer = «{back}»; right: {back == 1234567}")
# ANCHOR_END: wrong


# ANCHOR: reordered
class IntegerFirst(ctypes.Union):  # the same union, its fields listed the other way round
    _fields_ = [("integer", ctypes.c_int64), ("real", ctypes.c_double)]


lib.number_real.argtypes = [IntegerFirst]
got = lib.number_real(IntegerFirst(real=2.5))
print(f"integer field first: number_real(2.5) = {got}")
# ANCHOR_END: reordered

# ANCHOR: by_pointer
lib.number_real_at.argtypes = [ctypes.POINTER(Number)]
lib.number_real_at.restype = ctypes.c_double
n = Number(real=2.5)
print("number_real_at(&n) =", lib.number_real_at(ctypes.byref(n)))
# ANCHOR_END: by_pointer
