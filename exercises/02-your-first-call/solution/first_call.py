"""Exercise (chapter 2): call add_numbers from the book's library.

Make add(a, b) return what the library's add_numbers(a, b) computes.
Check your work with `just exercise chapter-2`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
lib.add_numbers.restype = ctypes.c_int


def add(a, b):
    return lib.add_numbers(a, b)


# ANCHOR_END: solution
