"""Exercise (chapter 4): a round trip through get_unsigned_value that keeps every value.

The C declaration (cdylib/clibrary/clibrary.h):
    unsigned int get_unsigned_value(unsigned int input_val);
Check your work with `just exercise chapter-4`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

lib.get_unsigned_value.argtypes = (ctypes.c_uint,)
lib.get_unsigned_value.restype = ctypes.c_uint


def round_trip(value):
    return lib.get_unsigned_value(value)


# ANCHOR_END: solution
