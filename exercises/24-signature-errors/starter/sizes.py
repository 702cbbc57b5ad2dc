"""Exercise (chapter 24): two signatures that are wrong without an error message.

The C declarations:
    int64_t kibibytes(int64_t bytes);
    const char *unit_name(int power);
Check your work with `just exercise chapter-24`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_sizes"))
# TODO: both declarations are wrong, and neither raises an error. Compare with the header.
lib.kibibytes.argtypes = (ctypes.c_int,)
lib.kibibytes.restype = ctypes.c_int
lib.unit_name.argtypes = (ctypes.c_int,)


def in_kib(nbytes):
    """nbytes in kibibytes, as a string with the unit: '5242880 KiB'."""
    unit = ctypes.string_at(lib.unit_name(1)).decode()
    return f"{lib.kibibytes(nbytes)} {unit}"


# ANCHOR_END: starter
