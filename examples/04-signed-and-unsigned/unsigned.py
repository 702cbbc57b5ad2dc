import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

lib.get_unsigned_value.argtypes = (ctypes.c_uint,)
lib.get_unsigned_value.restype = ctypes.c_uint
print("c_uint in, c_uint out:", lib.get_unsigned_value(4294967295))

lib.get_unsigned_value.restype = ctypes.c_int  # the same 32 bits, read as signed
print("c_uint in, c_int out: ", lib.get_unsigned_value(4294967295))
