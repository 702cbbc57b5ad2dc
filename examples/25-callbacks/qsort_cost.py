# ANCHOR: load
import ctypes
import ctypes.util
import math
import random
import time

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks"))
libc = ctypes.CDLL(ctypes.util.find_library("c"))
# ANCHOR_END: load

# ANCHOR: declare
# void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
libc.qsort.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, COMPARE)
libc.qsort.restype = None
# ANCHOR_END: declare

# ANCHOR: comparators
calls = 0


def python_compare(a, b):
    global calls
    calls += 1
    return (a[0] > b[0]) - (a[0] < b[0])


in_python = COMPARE(python_compare)
native = ctypes.cast(lib.compare_ints, COMPARE)  # the library's own function, no Python
# ANCHOR_END: comparators

# ANCHOR: measure
n = 20_000
values = random.Random(42).sample(range(1_000_000), n)
seconds = {}
results = {}
for name, compare in [("Python", in_python), ("native", native)]:
    array = (ctypes.c_int * n)(*values)
    start = time.perf_counter()
    libc.qsort(array, n, ctypes.sizeof(ctypes.c_int), compare)
    seconds[name] = time.perf_counter() - start
    results[name] = list(array)
# ANCHOR_END: measure

# ANCHOR: report
same = results["Python"] == results["native"] == sorted(values)
print(f"qsort of {n} ints, both sorted correctly: {same}")
print(f"Python comparator called «{calls}» times (n·log2(n) = {n * math.log2(n):.0f})")
print("within a factor of 2 of n·log2(n):", 0.5 < calls / (n * math.log2(n)) < 2)
for name, s in seconds.items():
    print(f"  {name:6} comparator: {s * 1e3:.1f} ms, {s / calls * 1e9:.0f} ns per comparison")
ratio = seconds["Python"] / seconds["native"]
print(f"native is {ratio:.0f}x faster; more than 10 times: {ratio > 10}")
# ANCHOR_END: report
