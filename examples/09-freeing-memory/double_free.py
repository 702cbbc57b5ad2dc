import ctypes

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("clibrary_unchecked"))  # the unchecked C library
lib.get_array.argtypes = [ctypes.c_int]
lib.get_array.restype = ctypes.POINTER(ctypes.c_int)
lib.free_array.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.free_array.restype = None  # void in this library
# ANCHOR_END: setup

# ANCHOR: double
arr = lib.get_array(4)
lib.free_array(arr)
print("freed once; the pointer object still holds the address:", bool(arr))
lib.free_array(arr)  # the same address again
print("never printed")
# ANCHOR_END: double
