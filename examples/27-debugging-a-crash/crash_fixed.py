import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))

# ANCHOR: fixed
lib.numbers_table.argtypes = ()
lib.numbers_table.restype = ctypes.c_void_p  # the fix: the whole 64-bit address
lib.sum_numbers.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
lib.sum_numbers.restype = ctypes.c_int64


def total(count):
    numbers = lib.numbers_table()
    if numbers is None:  # c_void_p turns NULL into None
        raise MemoryError("numbers_table() returned NULL")
    return lib.sum_numbers(numbers, count)


print("summing 1..10")
print("total:", total(10))
# ANCHOR_END: fixed
