"""Exercise (chapter 16): call the library from a pool of worker processes.

The C declaration (cdylib/clibrary/clibrary.h):  int add_numbers(int a, int b);
Check your work with `just exercise chapter-16`.
"""

# ANCHOR: starter
import ctypes
import multiprocessing

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
lib.add_numbers.restype = ctypes.c_int


def doubles_in_processes(values):
    """add_numbers(v, v) for every v, computed in 2 worker processes, in input order."""
    with multiprocessing.Pool(2) as pool:
        # TODO: a pool sends the function to its workers with pickle.
        return pool.map(lambda v: lib.add_numbers(v, v), values)


# ANCHOR_END: starter
