"""Exercise (chapter 4): a round trip through get_unsigned_value that keeps every value.

The C declaration (cdylib/clibrary/clibrary.h):
    unsigned int get_unsigned_value(unsigned int input_val);
Check your work with `just exercise chapter-4`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

# TODO: these two lines do not match the C declaration. Fix them.
lib.get_unsigned_value.argtypes = (ctypes.c_int,)
lib.get_unsigned_value.restype = ctypes.c_int


def round_trip(value):
    return lib.get_unsigned_value(value)


# ANCHOR_END: starter
