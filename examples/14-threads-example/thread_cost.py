import ctypes
import threading
import time

from workbook import library_path

lib = ctypes.CDLL(library_path("math_ops"))
lib.square.argtypes = (ctypes.c_int,)
lib.square.restype = ctypes.c_int

# ANCHOR: measure
CALLS = 100_000
start = time.perf_counter()
for i in range(CALLS):
    lib.square(i)
per_call = (time.perf_counter() - start) / CALLS

THREADS = 200
start = time.perf_counter()
for i in range(THREADS):
    t = threading.Thread(target=lib.square, args=(i,))
    t.start()
    t.join()
per_thread = (time.perf_counter() - start) / THREADS
# ANCHOR_END: measure

print(f"one square() call through ctypes:   {per_call * 1e6:.2f} µs")
print(f"starting and joining one thread:    {per_thread * 1e6:.1f} µs")
print(f"one thread costs as much as {per_thread / per_call:.0f}x square() calls")
# Hundreds of calls on the machine this book was run on; "nine tenths" needs only 10.
print("a one-call thread spends over nine tenths of its time starting:", per_thread > 10 * per_call)
