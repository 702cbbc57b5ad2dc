"""Exercise (chapter 21): call add_numbers through cffi instead of ctypes.

The C declaration (cdylib/clibrary/clibrary.h):  int add_numbers(int a, int b);
Check your work with `just exercise chapter-21`.
"""

# ANCHOR: starter
from cffi import FFI

from workbook import library_path

ffi = FFI()
# TODO: this is not the declaration in clibrary.h. cffi believes whatever you write here.
ffi.cdef("double add_numbers(double a, double b);")
lib = ffi.dlopen(library_path("clibrary"))


def add(a, b):
    return lib.add_numbers(a, b)


# ANCHOR_END: starter
