import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

# ANCHOR: right
lib.get_unsigned_value.argtypes = (ctypes.c_uint,)
lib.get_unsigned_value.restype = ctypes.c_uint
print("c_uint in, c_uint out:  ", lib.get_unsigned_value(4294967295))
# ANCHOR_END: right

# ANCHOR: wrong
lib.get_unsigned_value.restype = ctypes.c_int  # the same 32 bits, read as signed
print("c_uint in, c_int out:   ", lib.get_unsigned_value(4294967295))
# ANCHOR_END: wrong

# ANCHOR: wrap
lib.get_unsigned_value.restype = ctypes.c_uint
for value in [-1, 2**32, 2**32 + 5, 2**64 + 1]:
    print(f"{value:>22} as c_uint -> {lib.get_unsigned_value(value)}")
# ANCHOR_END: wrap

# ANCHOR: objects
print("ctypes.c_int(2**31).value  =", ctypes.c_int(2**31).value)
print("ctypes.c_uint8(300).value  =", ctypes.c_uint8(300).value)
print("ctypes.c_int8(-129).value  =", ctypes.c_int8(-129).value)
# ANCHOR_END: objects
