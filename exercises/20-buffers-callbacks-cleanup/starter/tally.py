"""Exercise (chapter 20): wrap a native handle in a class that always cleans up.

The C declarations:
    Tally *tally_new(void);
    int tally_add(Tally *tally, int64_t n);
    int64_t tally_total(const Tally *tally);
    void tally_free(Tally *tally);
Check your work with `just exercise chapter-20`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_handles"))
lib.tally_new.argtypes = ()
lib.tally_new.restype = ctypes.c_void_p  # an opaque handle: only ever passed back
lib.tally_add.argtypes = (ctypes.c_void_p, ctypes.c_int64)
lib.tally_add.restype = ctypes.c_int
lib.tally_total.argtypes = (ctypes.c_void_p,)
lib.tally_total.restype = ctypes.c_int64
lib.tally_free.argtypes = (ctypes.c_void_p,)
lib.tally_free.restype = None


class Tally:
    """A running total kept by the library. Use it in a `with` block, or call close()."""

    def __init__(self):
        self._handle = lib.tally_new()

    def add(self, n):
        lib.tally_add(self._handle, n)

    def total(self):
        return lib.tally_total(self._handle)

    def close(self):
        # TODO: give the handle back to the library, once (close() may be called twice).
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        # TODO: a with block should always clean up, even after an exception.
        return False


# ANCHOR_END: starter
