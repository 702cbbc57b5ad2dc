"""Exercise (chapter 16): call the library from a pool of worker processes.

The C declaration (cdylib/clibrary/clibrary.h):  int add_numbers(int a, int b);
Check your work with `just exercise chapter-16`.
"""

# ANCHOR: solution
import ctypes
import multiprocessing

from workbook import library_path

_lib = None  # loaded once per process, on first use


def double(v):
    """Runs in a worker: a module-level function, so pickle sends it by name."""
    global _lib
    if _lib is None:
        _lib = ctypes.CDLL(library_path("clibrary"))
        _lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
        _lib.add_numbers.restype = ctypes.c_int
    return _lib.add_numbers(v, v)


def doubles_in_processes(values):
    """add_numbers(v, v) for every v, computed in 2 worker processes, in input order."""
    with multiprocessing.Pool(2) as pool:
        return pool.map(double, values)


# ANCHOR_END: solution
