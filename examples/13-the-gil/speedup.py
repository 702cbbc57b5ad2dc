# ANCHOR: all
import ctypes
import threading
import time

from workbook import library_path

ITERATIONS = 10_000_000  # about 0.02 s of work per call on a current CPU


# ANCHOR: load
def load(loader):
    lib = loader(library_path("math_ops"))  # loader is ctypes.CDLL or ctypes.PyDLL
    lib.spin.argtypes = (ctypes.c_uint64,)
    lib.spin.restype = ctypes.c_uint64
    return lib


# ANCHOR_END: load


# ANCHOR: measure
def one_after_the_other(lib):
    start = time.perf_counter()
    lib.spin(ITERATIONS)
    lib.spin(ITERATIONS)
    return time.perf_counter() - start


def in_two_threads(lib):
    threads = [threading.Thread(target=lib.spin, args=(ITERATIONS,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


# ANCHOR_END: measure


# ANCHOR: compare
def best_of(lib, attempts=10):
    """Best times of 10 tries, taking turns: a busy machine only ever makes a run slower."""
    serial = threaded = float("inf")
    for _ in range(attempts):
        serial = min(serial, one_after_the_other(lib))
        threaded = min(threaded, in_two_threads(lib))
    return serial, threaded


for name, loader in [("CDLL", ctypes.CDLL), ("PyDLL", ctypes.PyDLL)]:
    serial, threaded = best_of(load(loader))
    speedup = serial / threaded
    print(f"{name:5}: 2 calls in a row {serial:.3f} s, in 2 threads {threaded:.3f} s, ", end="")
    print(f"speedup {speedup:.2f}x")
    verdict = "faster than serial" if speedup > 1.15 else "no faster than serial"
    if loader is ctypes.CDLL:
        # Needs a second core that nothing else is using: the tests do not compare this.
        print(f"{name}, 2 threads: «{verdict}»")
    else:
        # Holds the GIL, so one call at a time: true on every machine, and checked.
        print(f"{name}, 2 threads: {verdict}")
# ANCHOR_END: compare

lib = load(ctypes.CDLL)
print(f"every call returned {lib.spin(ITERATIONS):#x}")
# ANCHOR_END: all
