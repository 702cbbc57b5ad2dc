"""Exercise (chapter 14): run slow native calls in Python threads, and keep the order.

The C declaration:  int slow_square(int x, uint32_t millis);
Check your work with `just exercise chapter-14`.
"""

# ANCHOR: solution
import ctypes
from concurrent.futures import ThreadPoolExecutor

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_slow"))
lib.slow_square.argtypes = (ctypes.c_int, ctypes.c_uint32)
lib.slow_square.restype = ctypes.c_int


def squares_in_threads(values, millis=100):
    """slow_square(v, millis) for every v, the calls running at the same time.

    Returns the results in the order of `values`.
    """
    if not values:
        return []
    with ThreadPoolExecutor(max_workers=len(values)) as pool:
        # map returns results in the order of its input, whatever order they finish in
        return list(pool.map(lambda v: lib.slow_square(v, millis), values))


# ANCHOR_END: solution
