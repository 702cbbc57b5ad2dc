# ANCHOR: all
import ctypes
import itertools
import threading
import time

from workbook import library_path

# ANCHOR: iterations
ITERATIONS = 50_000_000  # about 0.1 s in one native call
# ANCHOR_END: iterations

# ANCHOR: ticker
ticks = []  # when the other thread last woke up
stop = threading.Event()


def ticker():
    while not stop.is_set():
        ticks.append(time.perf_counter())
        time.sleep(0.005)  # wake up every 5 ms


# ANCHOR_END: ticker

# ANCHOR: call
for name, loader in [("CDLL", ctypes.CDLL), ("PyDLL", ctypes.PyDLL)]:
    lib = loader(library_path("math_ops"))
    lib.spin.argtypes = (ctypes.c_uint64,)
    lib.spin.restype = ctypes.c_uint64

    ticks.clear()
    stop.clear()
    other = threading.Thread(target=ticker)
    other.start()
    time.sleep(0.05)  # let it tick a few times first

    start = time.perf_counter()
    lib.spin(ITERATIONS)  # the main thread is busy in native code
    end = time.perf_counter()

    stop.set()
    other.join()
    during = [start] + [t for t in ticks if start < t < end] + [end]
    pause = max(b - a for a, b in itertools.pairwise(during))
    state = "kept ticking" if pause < (end - start) / 2 else "was frozen until the call returned"
    print(f"{name:5}: a {end - start:.3f} s call; the other thread's longest pause", end="")
    print(f" {pause:.3f} s: it {state}")
# ANCHOR_END: call
# ANCHOR_END: all
