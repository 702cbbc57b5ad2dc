"""Exercise (chapter 36): a Histogram class that frees its native handle exactly once.

Check your work with `just exercise chapter-36`.
"""

# ANCHOR: starter
import ctypes
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("wrapped"))


class HistogramHandle(ctypes.c_void_p):
    pass


lib.hist_new.argtypes = [ctypes.c_double, ctypes.c_double, ctypes.c_uint32]
lib.hist_new.restype = HistogramHandle
lib.hist_free.argtypes = [HistogramHandle]
lib.hist_free.restype = ctypes.c_int
lib.hist_add.argtypes = [HistogramHandle, ctypes.c_double]
lib.hist_add.restype = ctypes.c_int
lib.hist_bin.argtypes = [HistogramHandle, ctypes.c_uint32]
lib.hist_bin.restype = ctypes.c_int64


class Histogram:
    """Counts in `bins` equal bins over [lo, hi). Use it in a with block, or close() it;
    a Histogram nobody closed is freed when it is collected."""

    def __init__(self, lo, hi, bins):
        self._handle = lib.hist_new(lo, hi, bins)
        if not self._handle:
            raise ValueError(f"no histogram of {bins} bins over [{lo}, {hi})")
        self.bins = bins
        # TODO: this finalizer never runs before the interpreter exits. Why?
        self._finalizer = weakref.finalize(self, self.close)

    @property
    def _as_parameter_(self):
        # TODO: a closed Histogram must raise ValueError here, not hand out a freed handle.
        return self._handle

    def close(self):
        # TODO: a second close() frees the handle again.
        lib.hist_free(self._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def add(self, value):
        if lib.hist_add(self, value) != 0:
            raise ValueError(f"{value} is outside the histogram's range")

    def counts(self):
        return [lib.hist_bin(self, i) for i in range(self.bins)]


# ANCHOR_END: starter
