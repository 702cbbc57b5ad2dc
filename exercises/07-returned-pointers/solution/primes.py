"""Exercise (chapter 7): read a table through the pointer a library returns.

The C declaration:  const int *primes_table(int *count);
Check your work with `just exercise chapter-7`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_table"))
lib.primes_table.argtypes = (ctypes.POINTER(ctypes.c_int),)
lib.primes_table.restype = ctypes.POINTER(ctypes.c_int)


def primes():
    """The library's table of primes, as a Python list."""
    count = ctypes.c_int()
    table = lib.primes_table(ctypes.byref(count))
    if not table:  # NULL
        return []
    return table[: count.value]  # a slice copies exactly count ints into a list


# ANCHOR_END: solution
