"""Exercise (chapter 14): run slow native calls in Python threads, and keep the order.

The C declaration:  int slow_square(int x, uint32_t millis);
Check your work with `just exercise chapter-14`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_slow"))
lib.slow_square.argtypes = (ctypes.c_int, ctypes.c_uint32)
lib.slow_square.restype = ctypes.c_int


def squares_in_threads(values, millis=100):
    """slow_square(v, millis) for every v, the calls running at the same time.

    Returns the results in the order of `values`.
    """
    # TODO: these calls run one after the other. Give each its own thread.
    return [lib.slow_square(v, millis) for v in values]


# ANCHOR_END: starter
