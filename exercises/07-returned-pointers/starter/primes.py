"""Exercise (chapter 7): read a table through the pointer a library returns.

The C declaration:  const int *primes_table(int *count);
Check your work with `just exercise chapter-7`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_table"))
lib.primes_table.argtypes = (ctypes.POINTER(ctypes.c_int),)
# TODO: what does primes_table return? ctypes does not know.


def primes():
    """The library's table of primes, as a Python list."""
    count = ctypes.c_int()
    table = lib.primes_table(ctypes.byref(count))
    # TODO: `table` is not a list, and only `count` says how long the table is.
    return list(table)


# ANCHOR_END: starter
