# ANCHOR: all
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.get_array.argtypes = [ctypes.c_int]
lib.get_array.restype = ctypes.POINTER(ctypes.c_int)
lib.free_array.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.free_array.restype = ctypes.c_int  # 0: freed
lib.live_arrays.argtypes = []
lib.live_arrays.restype = ctypes.c_int

array_size = 4
arr = lib.get_array(array_size)
print("Elements received from C-allocated array:", arr[:array_size])
print("live arrays:", lib.live_arrays())

print("free_array returned", lib.free_array(arr))
arr = None  # drop the dangling pointer so nothing can use it again
print("live arrays after free_array:", lib.live_arrays())
# ANCHOR_END: all
