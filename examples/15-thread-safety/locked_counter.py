import ctypes
import threading

from workbook import library_path

TIMES = 10_000_000  # increments per thread
THREADS = 2

lib = ctypes.CDLL(library_path("racy_counter"))  # the same racy counter_add
lib.counter_add.argtypes = (ctypes.c_uint64,)
lib.counter_add.restype = None
lib.counter_get.restype = ctypes.c_uint64

# ANCHOR: lock
lock = threading.Lock()


def add_with_lock(times):
    with lock:  # only one thread at a time inside counter_add
        lib.counter_add(times)


# ANCHOR_END: lock

threads = [threading.Thread(target=add_with_lock, args=(TIMES,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"expected {THREADS * TIMES:,} increments, the counter says {lib.counter_get():,}")
