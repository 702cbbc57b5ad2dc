import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.allocate_array.argtypes = [ctypes.c_int]
lib.allocate_array.restype = ctypes.POINTER(ctypes.c_int)

# ANCHOR: null
arr_ptr = lib.allocate_array(-1)  # no array of -1 ints: the library returns NULL
print("got a pointer object:", type(arr_ptr).__name__)
print("is it NULL?", not arr_ptr)  # a NULL pointer is falsy
try:
    arr_ptr[0]
except ValueError as error:
    print(f"arr_ptr[0] -> ValueError: {error}")
# ANCHOR_END: null
