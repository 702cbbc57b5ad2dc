# ANCHOR: all
import ctypes
import threading

from workbook import library_path

TIMES = 10_000_000  # increments per thread
THREADS = 2

lib = ctypes.CDLL(library_path("racy_counter"))  # C only: the unsafe version
lib.counter_add.argtypes = (ctypes.c_uint64,)
lib.counter_add.restype = None
lib.counter_get.restype = ctypes.c_uint64

# ANCHOR: run
start_together = threading.Barrier(THREADS)


def add(times):
    start_together.wait()  # both threads enter counter_add at the same moment
    lib.counter_add(times)


threads = [threading.Thread(target=add, args=(TIMES,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
# ANCHOR_END: run

got = lib.counter_get()
print(f"expected {THREADS * TIMES:,} increments, the counter says «{got:,}»")
print(f"lost updates: «{THREADS * TIMES - got:,}»")
# ANCHOR_END: all
