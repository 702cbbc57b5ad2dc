# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: bug
lib.numbers_table.argtypes = ()
# The bug: no lib.numbers_table.restype, so the int * comes back as a 32-bit C int.
lib.sum_numbers.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
lib.sum_numbers.restype = ctypes.c_int64


def total(count):
    numbers = lib.numbers_table()
    return lib.sum_numbers(numbers, count)  # reads through the damaged pointer


print("summing 1..10")
print("total:", total(10))
# ANCHOR_END: bug
