"""What the wrapper costs per call: the bare ctypes call beside the typed handle, the
wrapper object, its method, the paramflags prototype and the argument class.

python3 examples/36-pythonic-wrappers/bench_wrappers.py          # smoke run, seconds
python3 examples/36-pythonic-wrappers/bench_wrappers.py --full   # measure, write book/results/
"""

import array
import ctypes

import numpy as np
from _wrapped import Stats, lib, stats_range

from benchkit import Case, run

N = 1000

# ANCHOR: bare
bare = ctypes.CDLL(lib._name)  # the same library, with signatures of plain c_void_p
bare.stats_push.argtypes = [ctypes.c_void_p, ctypes.c_double]
bare.stats_push.restype = ctypes.c_int
bare.stats_range.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
bare.stats_range.restype = ctypes.c_int
bare.stats_push_many.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
bare.stats_push_many.restype = ctypes.c_int

stats = Stats()
handle = stats._handle  # a StatsHandle
address = handle.value  # an int
low, high = ctypes.c_double(), ctypes.c_double()
by_low, by_high = ctypes.byref(low), ctypes.byref(high)
# ANCHOR_END: bare

values = np.linspace(0.0, 1.0, N)
as_list, as_array = values.tolist(), array.array("d", values)


def range_by_hand():
    """What a wrapper without paramflags does: make the out-doubles, call, check, read."""
    lo, hi = ctypes.c_double(), ctypes.c_double()
    if bare.stats_range(address, ctypes.byref(lo), ctypes.byref(hi)) != 0:
        raise ValueError("stats_range failed")
    return lo.value, hi.value


stats.push(0.5)  # not empty: stats_range succeeds
assert stats_range(stats) == range_by_hand() == stats.range == (0.5, 0.5)
cases = [
    Case("bare", "stats_push(int address, 1.0), c_void_p", lambda: bare.stats_push(address, 1.0)),
    Case("typed", "stats_push(StatsHandle, 1.0) + errcheck", lambda: lib.stats_push(handle, 1.0)),
    Case(
        "as_parameter", "stats_push(Stats, 1.0): _as_parameter_", lambda: lib.stats_push(stats, 1.0)
    ),
    Case("method", "stats.push(1.0): the method", lambda: stats.push(1.0)),
    Case(
        "range_bare",
        "stats_range, byref made once",
        lambda: bare.stats_range(address, by_low, by_high),
    ),
    Case("range_by_hand", "stats_range by hand: c_double x2, check", range_by_hand),
    Case(
        "range_paramflags", "stats_range(stats): paramflags prototype", lambda: stats_range(stats)
    ),
    Case(
        "many_bare",
        f"N={N}: push_many(address, ndarray address)",
        lambda: bare.stats_push_many(address, values.ctypes.data, N),
        items=N,
    ),
    Case("many_ndarray", f"N={N}: stats.extend(ndarray)", lambda: stats.extend(values), items=N),
    Case(
        "many_array", f"N={N}: stats.extend(array.array)", lambda: stats.extend(as_array), items=N
    ),
    Case("many_list", f"N={N}: stats.extend(list)", lambda: stats.extend(as_list), items=N),
]


def derive(t):
    return {
        "typed_vs_bare": t["typed"] / t["bare"],
        "as_parameter_vs_bare": t["as_parameter"] / t["bare"],
        "method_vs_bare": t["method"] / t["bare"],
        "method_extra_ns": (t["method"] - t["bare"]) * 1e9,
        "paramflags_vs_by_hand": t["range_paramflags"] / t["range_by_hand"],
        "paramflags_vs_bare": t["range_paramflags"] / t["range_bare"],
        "ndarray_vs_bare": t["many_ndarray"] / t["many_bare"],
        "list_vs_ndarray": t["many_list"] / t["many_ndarray"],
        "array_vs_ndarray": t["many_array"] / t["many_ndarray"],
    }


# What a quick run can show: only differences far larger than its noise.
checks = {
    "the wrapper's method costs more than the bare call, and less than 10 times as much": (
        lambda t: t["bare"] < t["method"] < 10 * t["bare"]
    ),
    "the paramflags prototype costs more than the bare call with its byref made once": (
        lambda t: t["range_paramflags"] > t["range_bare"]
    ),
    "extending by a list of 1000 floats costs more than 5 times extending by the ndarray": (
        lambda t: t["many_list"] > 5 * t["many_ndarray"]
    ),
}

if __name__ == "__main__":
    run(__file__, cases, derive, None, checks, repeats=15)
    stats.close()
