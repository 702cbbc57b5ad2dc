# ANCHOR: all
import ctypes
import threading

from workbook import library_path

TIMES = 1_000  # increments per thread
THREADS = 2  # counter_add_lockstep pairs two callers
TIMEOUT_MS = 5_000  # a call gives up waiting for the other thread after 5 s: no hang

lib = ctypes.CDLL(library_path("racy_counter"))
lib.counter_add_lockstep.argtypes = (ctypes.c_uint64, ctypes.c_uint32)
lib.counter_add_lockstep.restype = ctypes.c_int
lib.counter_get.restype = ctypes.c_uint64
lib.counter_reset.restype = None

met = []


def add(times):
    met.append(lib.counter_add_lockstep(times, TIMEOUT_MS))  # 1: met the other at every step


lib.counter_reset()
threads = [threading.Thread(target=add, args=(TIMES,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

got = lib.counter_get()
print(f"the threads met at every step: {met == [1, 1]}")
print(f"expected {THREADS * TIMES:,} increments, the counter says {got:,}")
print(f"lost updates: {THREADS * TIMES - got:,}")
# ANCHOR_END: all
