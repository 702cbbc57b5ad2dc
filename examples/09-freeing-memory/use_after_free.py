import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.get_array.argtypes = [ctypes.c_int]
lib.get_array.restype = ctypes.POINTER(ctypes.c_int)
lib.free_array.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.free_array.restype = ctypes.c_int  # 0: freed

# ANCHOR: uaf
arr = lib.get_array(4)
print("before free_array:", arr[:4])
lib.free_array(arr)
after = arr[:4]  # reading memory that belongs to the allocator again
print(f"after free_array:  «{after}»")
print("still [0, 1, 2, 3]?", after == [0, 1, 2, 3])
# ANCHOR_END: uaf
