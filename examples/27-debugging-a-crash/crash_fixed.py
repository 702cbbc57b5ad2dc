import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))

# ANCHOR: fixed
lib.make_numbers.argtypes = (ctypes.c_size_t,)
lib.make_numbers.restype = ctypes.c_void_p  # the fix: the whole 64-bit address
lib.sum_numbers.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
lib.sum_numbers.restype = ctypes.c_int64
lib.free_numbers.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
lib.free_numbers.restype = None


def total(count):
    numbers = lib.make_numbers(count)
    if numbers is None:  # c_void_p turns NULL into None
        raise MemoryError(f"make_numbers({count}) returned NULL")
    result = lib.sum_numbers(numbers, count)
    lib.free_numbers(numbers, count)
    return result


print("summing 1..10")
print("total:", total(10))
# ANCHOR_END: fixed
