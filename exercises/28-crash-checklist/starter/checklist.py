"""Exercise (chapter 28): three classic mistakes in one script. Work through the checklist.

The C declarations:
    double mean_of(const double *values, size_t n);
    char *describe(int code);              // the caller frees it with free_description
    void free_description(char *text);
Check your work with `just exercise chapter-28`: it stops at the first mistake it finds.
"""

# ANCHOR: starter
import ctypes

lib = ctypes.CDLL("libex_checklist.so")
lib.mean_of.argtypes = (ctypes.POINTER(ctypes.c_double), ctypes.c_size_t)
lib.describe.argtypes = (ctypes.c_int,)
lib.describe.restype = ctypes.c_char_p
lib.free_description.argtypes = (ctypes.c_char_p,)
lib.free_description.restype = None


def mean(values):
    """The mean of a non-empty list of floats."""
    array = (ctypes.c_double * len(values))(*values)
    return lib.mean_of(array, len(values))


def description(code):
    """The library's description of an HTTP status code, as a str."""
    text = lib.describe(code)
    return text.decode()


# ANCHOR_END: starter
