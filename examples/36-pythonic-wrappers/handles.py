"""Handles as c_void_p subclasses: a plain subclass refuses the other kind of handle and
still takes any int; a from_param that checks the kind refuses both."""

import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("wrapped"))


# ANCHOR: plain
class StatsHandle(ctypes.c_void_p):
    pass


class HistogramHandle(ctypes.c_void_p):
    pass


lib.stats_new.restype = StatsHandle
lib.hist_new.argtypes = [ctypes.c_double, ctypes.c_double, ctypes.c_uint32]
lib.hist_new.restype = HistogramHandle
lib.stats_count.argtypes = [StatsHandle]
lib.stats_count.restype = ctypes.c_int64

stats = lib.stats_new()
hist = lib.hist_new(0.0, 1.0, 10)
print(f"stats_new() returns a {type(stats).__name__}; true unless NULL: {bool(stats)}")
print(f"stats_count(stats) = {lib.stats_count(stats)}")
try:
    lib.stats_count(hist)
except ctypes.ArgumentError as error:
    print(f"stats_count(hist) -> ArgumentError: {error}")
for wrong in (hist.value, "text"):
    StatsHandle.from_param(wrong)  # would reach stats_count as a Stats *: no error
    print(f"but a bare {type(wrong).__name__} passes StatsHandle.from_param without an error")
# ANCHOR_END: plain

# ANCHOR: strict
from _wrapped import Handle  # noqa: E402  (after the plain version, on purpose)


class StrictStats(Handle):
    pass


class StrictHistogram(Handle):
    pass


lib.stats_count.argtypes = [StrictStats]
strict_stats = StrictStats(stats.value)
print(f"stats_count(strict_stats) = {lib.stats_count(strict_stats)}")
for wrong in (StrictHistogram(hist.value), hist.value, StrictStats(None)):
    try:
        lib.stats_count(wrong)
    except ctypes.ArgumentError as error:
        print(f"stats_count({type(wrong).__name__}) -> ArgumentError: {error}")
# ANCHOR_END: strict

lib.stats_free.argtypes = [ctypes.c_void_p]
lib.hist_free.argtypes = [ctypes.c_void_p]
print(f"freed: {lib.stats_free(stats) == 0 and lib.hist_free(hist) == 0}")
