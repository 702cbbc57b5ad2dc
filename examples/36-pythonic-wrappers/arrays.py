"""An argument class whose from_param takes a list, an array.array('d') or a float64
ndarray for one `const double *` parameter, and refuses the rest with a clear message."""

import array
import ctypes

import numpy as np
from _wrapped import Stats, lib

# ANCHOR: declared
declared = ctypes.CDLL(lib._name).stats_push_many  # a new function object, same function
declared.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_double), ctypes.c_size_t]
stats = Stats()
try:
    declared(stats, [1.0, 2.0], 2)
except ctypes.ArgumentError as error:
    print(f"POINTER(c_double) and a list -> ArgumentError: {error}")
# ANCHOR_END: declared

# ANCHOR: accepted
for values in ([1.0, 2.0, 3], array.array("d", [4.0, 5.0]), np.arange(6.0, 10.0)):
    lib.stats_push_many(stats, values, len(values))
    print(f"{type(values).__name__:>7}: {len(stats)} values so far")
stats.extend(np.linspace(0.0, 10.0, 3))  # the method passes len() itself
print(f"   Stats.extend: {len(stats)} values, range {stats.range}")
# ANCHOR_END: accepted

# ANCHOR: refused
refused = (
    (1.0, 2.0),
    array.array("i", [1, 2]),
    np.arange(3),
    np.ones((2, 2)),
    np.arange(6.0)[::2],
    "1.0",
)
for values in refused:
    try:
        lib.stats_push_many(stats, values, len(values))
    except ctypes.ArgumentError as error:
        print(f"ArgumentError: {error}")
print(f"still {len(stats)} values: nothing refused reached the library")
# ANCHOR_END: refused
stats.close()
