import ctypes
import time

from workbook import library_path

lib = ctypes.CDLL(library_path("math_ops"))
lib.spin.argtypes = (ctypes.c_uint64,)
lib.spin.restype = ctypes.c_uint64


def cpu_time(iterations):
    """The least CPU time this thread spent in spin(iterations), over five calls.

    CPU time, unlike the clock on the wall, does not grow while other programs have the core.
    """
    times = []
    for _ in range(5):
        start = time.thread_time()
        lib.spin(iterations)
        times.append(time.thread_time() - start)
    return min(times)


# ANCHOR: compare
N = 2_000_000
one, eight = cpu_time(N), cpu_time(8 * N)
print(f"spin({N:,}):  {one * 1e3:.1f} ms of CPU time, {one / N * 1e9:.2f} ns per step")
print(f"spin({8 * N:,}): {eight * 1e3:.1f} ms of CPU time, {eight / (8 * N) * 1e9:.2f} ns per step")
print(f"8 times the steps took {eight / one:.1f}x the CPU time")
print("between 6 and 10 times as long:", 6 < eight / one < 10)
# ANCHOR_END: compare
