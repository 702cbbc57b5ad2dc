"""A Pythonic wrapper of the `wrapped` library: typed handles, an argument class that takes
a list, an array.array or an ndarray, prototypes that return their out-parameters, and a
Stats class that frees its handle exactly once. The chapter's examples import it."""

import array
import ctypes
import weakref

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("wrapped"))


# ANCHOR: Handle
class Handle(ctypes.c_void_p):
    """A pointer that only a handle of its own kind can be passed as."""

    @classmethod
    def from_param(cls, obj):
        obj = getattr(obj, "_as_parameter_", obj)  # a wrapper object passes its handle
        if not isinstance(obj, cls):
            raise TypeError(f"expected a {cls.__name__}, got {type(obj).__name__}")
        if not obj:
            raise ValueError(f"this {cls.__name__} is NULL")
        return obj


class StatsHandle(Handle):
    pass


class HistogramHandle(Handle):
    pass


# ANCHOR_END: Handle


# ANCHOR: DoubleArray
class DoubleArray:
    """An argument type for `const double *`: a list of numbers, an array.array('d'), or
    a one-dimensional, C-contiguous float64 ndarray. Anything else is refused."""

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, list):
            return (ctypes.c_double * len(obj))(*obj)  # a copy, alive during the call
        if isinstance(obj, array.array):
            if obj.typecode != "d":
                raise TypeError(f"an array.array of doubles ('d'), not of {obj.typecode!r}")
            return (ctypes.c_double * len(obj)).from_buffer(obj)  # no copy
        if isinstance(obj, np.ndarray):
            if obj.dtype != np.float64 or obj.ndim != 1 or not obj.flags.c_contiguous:
                raise TypeError(
                    f"a 1-D C-contiguous float64 ndarray, not {obj.ndim}-D {obj.dtype}"
                    f"{'' if obj.flags.c_contiguous else ', non-contiguous'}"
                )
            return obj.ctypes.data_as(ctypes.POINTER(ctypes.c_double))  # no copy
        raise TypeError(
            f"a list, an array.array('d') or a float64 ndarray, not {type(obj).__name__}"
        )


# ANCHOR_END: DoubleArray

# ANCHOR: signatures
lib.stats_new.restype = StatsHandle
lib.stats_free.argtypes = [StatsHandle]
lib.stats_free.restype = ctypes.c_int
lib.stats_push.argtypes = [StatsHandle, ctypes.c_double]
lib.stats_push.restype = ctypes.c_int
lib.stats_push_many.argtypes = [StatsHandle, DoubleArray, ctypes.c_size_t]
lib.stats_push_many.restype = ctypes.c_int
lib.stats_count.argtypes = [StatsHandle]
lib.stats_count.restype = ctypes.c_int64
lib.hist_new.argtypes = [ctypes.c_double, ctypes.c_double, ctypes.c_uint32]
lib.hist_new.restype = HistogramHandle
lib.hist_free.argtypes = [HistogramHandle]
lib.hist_free.restype = ctypes.c_int
for counter in (lib.handles_live, lib.handles_freed, lib.frees_refused):
    counter.restype = ctypes.c_int64
# ANCHOR_END: signatures


# ANCHOR: errcheck
class WrappedError(Exception):
    """A status code other than WR_OK, as an exception."""


MESSAGES = {-1: "a NULL pointer", -2: "no values yet", -3: "not a live handle", -4: "a bad value"}


def check_status(status, func, args):
    if status != 0:
        raise WrappedError(f"{func.__name__}: {MESSAGES.get(status, status)}")
    return args  # the arguments, unchanged: ctypes then returns the out-parameters


lib.stats_push.errcheck = check_status
lib.stats_push_many.errcheck = check_status
# ANCHOR_END: errcheck

# ANCHOR: paramflags
IN, OUT = 1, 2
OUT_DOUBLE = ctypes.POINTER(ctypes.c_double)
range_prototype = ctypes.CFUNCTYPE(ctypes.c_int, StatsHandle, OUT_DOUBLE, OUT_DOUBLE)
stats_range = range_prototype(("stats_range", lib), ((IN, "stats"), (OUT, "low"), (OUT, "high")))
stats_range.errcheck = check_status
stats_range.__name__ = "stats_range"  # for messages; lib.<name> gets one from CDLL

mean_prototype = ctypes.CFUNCTYPE(ctypes.c_int, StatsHandle, OUT_DOUBLE)
stats_mean = mean_prototype(("stats_mean", lib), ((IN, "stats"), (OUT, "mean")))
stats_mean.errcheck = check_status
stats_mean.__name__ = "stats_mean"
# ANCHOR_END: paramflags


# ANCHOR: Stats
class Stats:
    """Running statistics in native memory, freed exactly once: by close(), at the end of
    a with block, when the object is collected, or when the interpreter exits."""

    def __init__(self, values=()):
        handle = lib.stats_new()
        if not handle:
            raise MemoryError("stats_new returned NULL")
        self._handle = handle
        # The callback holds the handle, never self: self stays collectable.
        self._finalizer = weakref.finalize(self, lib.stats_free, handle)
        if len(values):
            self.extend(values)

    @property
    def _as_parameter_(self):
        if not self._finalizer.alive:
            raise ValueError("this Stats is closed")
        return self._handle

    def close(self):
        self._finalizer()  # frees the first time, does nothing after that

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def push(self, value):
        lib.stats_push(self, value)

    def extend(self, values):
        lib.stats_push_many(self, values, len(values))

    def __len__(self):
        return lib.stats_count(self)

    @property
    def range(self):
        return stats_range(self)

    @property
    def mean(self):
        return stats_mean(self)


# ANCHOR_END: Stats


def counters():
    """What the library's free functions did so far, and how many handles are live."""
    return f"live {lib.handles_live()}, freed {lib.handles_freed()}, refused {lib.frees_refused()}"
