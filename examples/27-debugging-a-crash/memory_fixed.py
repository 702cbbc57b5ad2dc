# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
IntPointer = ctypes.POINTER(ctypes.c_int)
lib.make_numbers.argtypes = (ctypes.c_size_t,)
lib.make_numbers.restype = IntPointer
lib.free_numbers.argtypes = (IntPointer, ctypes.c_size_t)
lib.free_numbers.restype = None
lib.sum_numbers.argtypes = (IntPointer, ctypes.c_size_t)
lib.sum_numbers.restype = ctypes.c_int64
# ANCHOR_END: load


# ANCHOR: fixed
def numbers_up_to(count):
    """A Python list copied out of native memory; the native array is freed exactly once."""
    numbers = lib.make_numbers(count)
    if not numbers:
        raise MemoryError(f"make_numbers({count}) returned NULL")
    try:
        return numbers[:count], lib.sum_numbers(numbers, count)  # copy while it is alive
    finally:
        lib.free_numbers(numbers, count)


values, total = numbers_up_to(10)
print("values:", values)
print("total: ", total)
# ANCHOR_END: fixed
