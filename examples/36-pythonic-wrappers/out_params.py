"""paramflags: a prototype whose out-pointers become return values, and an errcheck that
turns the status code into an exception."""

import ctypes

from _wrapped import Stats, WrappedError, lib, stats_mean, stats_range

# ANCHOR: by_hand
lib.stats_range.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
lib.stats_range.restype = ctypes.c_int
stats = Stats([3.0, 1.0, 8.0])
low, high = ctypes.c_double(), ctypes.c_double()
status = lib.stats_range(stats._handle, ctypes.byref(low), ctypes.byref(high))
print(f"by hand: status {status}, low {low.value}, high {high.value}")
# ANCHOR_END: by_hand

# ANCHOR: prototype
print(f"stats_range(stats) = {stats_range(stats)}")
print(f"stats_range(stats=stats) = {stats_range(stats=stats)}")
print(f"stats_mean(stats) = {stats_mean(stats)}  (one out-parameter: no tuple)")
with Stats() as empty:
    try:
        stats_range(empty)
    except WrappedError as error:
        print(f"stats_range(empty) -> WrappedError: {error}")
try:
    stats_range(stats, ctypes.c_double())
except TypeError as error:
    print(f"stats_range(stats, c_double()) -> TypeError: {error}")
# ANCHOR_END: prototype
stats.close()
