# ANCHOR: all
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.allocate_array.argtypes = [ctypes.c_int]
lib.allocate_array.restype = ctypes.POINTER(ctypes.c_int)  # an address, not an int
lib.free_array.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.free_array.restype = ctypes.c_int  # 0: freed

size = 5
arr_ptr = lib.allocate_array(size)
print("Array elements received from C:")
for i in range(size):
    print(arr_ptr[i])

print("as a list:", arr_ptr[:size])
try:
    len(arr_ptr)
except TypeError as error:
    print(f"TypeError: {error}")

lib.free_array(arr_ptr)  # Chapter 9: whoever allocated it frees it
# ANCHOR_END: all
