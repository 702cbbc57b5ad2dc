import ctypes
import statistics
import sys
import threading
import time

from benchkit import cpu_snapshot, write_results
from workbook import library_path

# ANCHOR: iterations
ITERATIONS = 10_000_000  # about 0.02 s of work per call on a current CPU
PAIRS = 30 if "--full" in sys.argv else 10  # --full: for book/results/speedup.json
# ANCHOR_END: iterations


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
def median_of_pairs(lib, pairs=10):
    """Ten serial runs, each right next to a threaded run: a burst of other work on the
    machine spoils a pair or two, not the medians."""
    serial, threaded, ratio = [], [], []
    for _ in range(pairs):
        serial.append(one_after_the_other(lib))
        threaded.append(in_two_threads(lib))
        ratio.append(serial[-1] / threaded[-1])
    return statistics.median(serial), statistics.median(threaded), statistics.median(ratio)


before, measured = cpu_snapshot(), {}
for name, loader in [("CDLL", ctypes.CDLL), ("PyDLL", ctypes.PyDLL)]:
    serial, threaded, speedup = median_of_pairs(load(loader), PAIRS)
    measured[name.lower()] = serial, threaded, speedup
    print(f"{name:5}: 2 calls in a row {serial:.3f} s, in 2 threads {threaded:.3f} s, ", end="")
    print(f"speedup {speedup:.2f}x")
    if loader is ctypes.PyDLL:  # true on any machine, busy or not
        print(f"PyDLL: no faster in two threads (speedup under 1.3): {speedup < 1.3}")
# ANCHOR_END: compare

lib = load(ctypes.CDLL)
print(f"every call returned {lib.spin(ITERATIONS):#x}")

if "--full" in sys.argv:  # the numbers chapter 13 quotes (`just bench` runs this)
    derived = {"ns_per_step": measured["cdll"][0] / (2 * ITERATIONS) * 1e9}
    for name, (serial, threaded, speedup) in measured.items():
        derived |= {f"{name}_serial_s": serial, f"{name}_threaded_s": threaded}
        derived[f"{name}_speedup"] = speedup
    settings = {"iterations": ITERATIONS, "pairs": PAIRS, "statistic": "median of pairs"}
    data, problems = write_results(__file__, True, before, settings, derived)
    print(f"results file well-formed: {not problems}")
