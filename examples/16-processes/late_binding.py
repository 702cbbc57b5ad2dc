# ANCHOR: all
import ctypes
import threading

from workbook import library_path

lib = ctypes.CDLL(library_path("math_ops"))
lib.safe_add.argtypes = (ctypes.c_int, ctypes.c_int)
lib.safe_add.restype = ctypes.c_int


def worker(a, b):
    return lib.safe_add(a, b)


# ANCHOR: buggy
results = []
threads = []
for i in range(5):
    t = threading.Thread(target=lambda: results.append(worker(i, i + 1)))  # noqa: B023
    threads.append(t)
for t in threads:  # start them after the loop: now every lambda sees the last i
    t.start()
for t in threads:
    t.join()
print(f"lambda reads i when it runs:  {results}")
# ANCHOR_END: buggy

# ANCHOR: fixed
results = [None] * 5


def store(slot, a, b):
    results[slot] = worker(a, b)


threads = [threading.Thread(target=store, args=(i, i, i + 1)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"args= binds i when it is made: {results}")
# ANCHOR_END: fixed
# ANCHOR_END: all
