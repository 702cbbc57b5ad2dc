# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
IntPointer = ctypes.POINTER(ctypes.c_int)
lib.make_numbers.argtypes = (ctypes.c_size_t,)
lib.make_numbers.restype = IntPointer
lib.free_numbers.argtypes = (IntPointer, ctypes.c_size_t)
lib.free_numbers.restype = None
# ANCHOR_END: load

# ANCHOR: mistakes
numbers = lib.make_numbers(10)
print("before free:", numbers[:10])
lib.free_numbers(numbers, 10)
after = numbers[:10]  # mistake 1: reading freed memory
print(f"after free:  «{after}»")
print("first four unchanged?", after[:4] == [1, 2, 3, 4])
print("other six unchanged?", after[4:] == [5, 6, 7, 8, 9, 10])
lib.free_numbers(numbers, 10)  # mistake 2: freeing it again
print("not reached")
# ANCHOR_END: mistakes
