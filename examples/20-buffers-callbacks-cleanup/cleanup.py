"""Native memory that Python code forgets to free stays in use until the process ends."""

import ctypes
import os
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("batch_ops"))
lib.new_doubles.argtypes = (ctypes.c_size_t, ctypes.c_double)
lib.new_doubles.restype = ctypes.POINTER(ctypes.c_double)
lib.free_doubles.argtypes = (ctypes.POINTER(ctypes.c_double), ctypes.c_size_t)
lib.free_doubles.restype = None

MIB = 1024 * 1024
N = MIB // 8  # doubles in one MiB


def resident_mib():
    """This process's resident memory (Linux: /proc/self/statm, in pages)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / MIB


# ANCHOR: owner
class Doubles:
    """Owns one native array: freed by close(), by `with`, or when the object
    dies, whichever comes first."""

    def __init__(self, n, value=0.0):
        self.ptr = lib.new_doubles(n, value)
        if not self.ptr:
            raise MemoryError(f"new_doubles({n}) failed")
        self.n = n
        self._free = weakref.finalize(self, lib.free_doubles, self.ptr, n)

    def close(self):
        self._free()  # runs free_doubles at most once, however often it is called

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ANCHOR_END: owner

# ANCHOR: compare
before = resident_mib()
for _ in range(64):
    p = lib.new_doubles(N, 1.0)
    lib.free_doubles(p, N)  # freed right away
grew = resident_mib() - before
print(f"64 x 1 MiB, freed by hand:      grew by less than 8 MiB: {grew < 8}")

before = resident_mib()
for _ in range(64):
    with Doubles(N, 1.0) as d:
        d.ptr[N - 1] = 2.0  # use it
grew = resident_mib() - before
print(f"64 x 1 MiB, owned by Doubles:   grew by less than 8 MiB: {grew < 8}")

before = resident_mib()
for _ in range(64):
    # never freed: the pointer object dies, the memory stays
    p = lib.new_doubles(N, 1.0)
grew = resident_mib() - before
print(f"64 x 1 MiB, never freed:        grew by at least 60 MiB: {grew >= 60}")
# ANCHOR_END: compare
