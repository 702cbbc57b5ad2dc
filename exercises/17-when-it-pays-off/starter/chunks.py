"""Exercise (chapter 17): split one big native job into a few chunks that run in parallel.

The C declaration:  uint64_t sum_range(uint64_t start, uint64_t end);
Check your work with `just exercise chapter-17`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_work"))
lib.sum_range.argtypes = (ctypes.c_uint64, ctypes.c_uint64)
lib.sum_range.restype = ctypes.c_uint64

BLOCK = 1000


def parallel_sum(n, workers):
    """sum_range(0, n), computed as `workers` chunks running in parallel threads."""
    # TODO: thousands of tiny calls, one after the other. Make one chunk per worker,
    # and run the chunks in threads.
    total = 0
    for start in range(0, n, BLOCK):
        total += lib.sum_range(start, min(start + BLOCK, n))
    return total


# ANCHOR_END: starter
