"""Exercise (chapter 24): two signatures that are wrong without an error message.

The C declarations:
    int64_t kibibytes(int64_t bytes);
    const char *unit_name(int power);
Check your work with `just exercise chapter-24`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_sizes"))
lib.kibibytes.argtypes = (ctypes.c_int64,)
lib.kibibytes.restype = ctypes.c_int64
lib.unit_name.argtypes = (ctypes.c_int,)
lib.unit_name.restype = ctypes.c_char_p  # a library-owned string: c_char_p copies it


def in_kib(nbytes):
    """nbytes in kibibytes, as a string with the unit: '5242880 KiB'."""
    unit = lib.unit_name(1).decode()
    return f"{lib.kibibytes(nbytes)} {unit}"


# ANCHOR_END: solution
