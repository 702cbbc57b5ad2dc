import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.get_unsigned_value.argtypes = (ctypes.c_uint,)
lib.get_unsigned_value.restype = ctypes.c_uint

# ANCHOR: wrap
for value in [-1, 2**32, 2**32 + 5, 2**64 + 1]:
    print(f"{value:>22} as c_uint -> {lib.get_unsigned_value(value)}")
# ANCHOR_END: wrap

# ANCHOR: objects
print("ctypes.c_int(2**31).value  =", ctypes.c_int(2**31).value)
print("ctypes.c_uint8(300).value  =", ctypes.c_uint8(300).value)
print("ctypes.c_int8(-129).value  =", ctypes.c_int8(-129).value)
# ANCHOR_END: objects
