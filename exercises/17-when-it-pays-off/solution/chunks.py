"""Exercise (chapter 17): split one big native job into a few chunks that run in parallel.

The C declaration:  uint64_t sum_range(uint64_t start, uint64_t end);
Check your work with `just exercise chapter-17`.
"""

# ANCHOR: solution
import ctypes
from concurrent.futures import ThreadPoolExecutor

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_work"))
lib.sum_range.argtypes = (ctypes.c_uint64, ctypes.c_uint64)
lib.sum_range.restype = ctypes.c_uint64


def parallel_sum(n, workers):
    """sum_range(0, n), computed as `workers` chunks running in parallel threads."""
    # Chunk boundaries: workers + 1 points from 0 to n, so the chunks cover 0..n exactly.
    bounds = [n * k // workers for k in range(workers + 1)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(lib.sum_range, bounds[:-1], bounds[1:]))


# ANCHOR_END: solution
