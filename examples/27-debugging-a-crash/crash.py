# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: bug
lib.make_numbers.argtypes = (ctypes.c_size_t,)
# The bug: no lib.make_numbers.restype, so the int * comes back as a 32-bit C int.
lib.sum_numbers.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
lib.sum_numbers.restype = ctypes.c_int64
lib.free_numbers.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
lib.free_numbers.restype = None


def total(count):
    numbers = lib.make_numbers(count)
    result = lib.sum_numbers(numbers, count)  # reads through the damaged pointer
    lib.free_numbers(numbers, count)
    return result


print("summing 1..10")
print("total:", total(10))
# ANCHOR_END: bug
