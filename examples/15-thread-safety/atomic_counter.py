# ANCHOR: all
import ctypes
import threading

from workbook import library_path

TIMES = 10_000_000  # increments per thread
THREADS = 2

lib = ctypes.CDLL(library_path("math_ops"))  # counter_add uses an atomic
lib.counter_add.argtypes = (ctypes.c_uint64,)
lib.counter_add.restype = None
lib.counter_get.restype = ctypes.c_uint64
lib.counter_reset.restype = None

start_together = threading.Barrier(THREADS)


def add(times):
    start_together.wait()
    lib.counter_add(times)


lib.counter_reset()
threads = [threading.Thread(target=add, args=(TIMES,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"expected {THREADS * TIMES:,} increments, the counter says {lib.counter_get():,}")
# ANCHOR_END: all
