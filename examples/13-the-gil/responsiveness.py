import ctypes
import itertools
import statistics
import sys
import threading
import time

from benchkit import cpu_snapshot, write_results
from workbook import library_path

# ANCHOR: iterations
ITERATIONS = 50_000_000  # about 0.1 s in one native call
ROUNDS = 5 if "--full" in sys.argv else 1  # --full: for book/results/responsiveness.json
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
before, measured = cpu_snapshot(), []
for name, loader in [("CDLL", ctypes.CDLL), ("PyDLL", ctypes.PyDLL)] * ROUNDS:
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
    measured.append((name.lower(), end - start, pause))
    state = "kept ticking" if pause < (end - start) / 2 else "was frozen until the call returned"
    print(f"{name:5}: a {end - start:.3f} s call; the other thread's longest pause", end="")
    print(f" {pause:.3f} s: it {state}")
# ANCHOR_END: call

if "--full" in sys.argv:  # the numbers chapter 13 quotes (`just bench` runs this)
    derived = {}
    for name in ("cdll", "pydll"):
        calls = [call for n, call, pause in measured if n == name]
        pauses = [pause for n, call, pause in measured if n == name]
        derived |= {f"{name}_call_s": statistics.median(calls)}
        derived |= {f"{name}_call_min_s": min(calls), f"{name}_call_max_s": max(calls)}
        derived |= {
            f"{name}_pause_ms": statistics.median(pauses) * 1e3,
            f"{name}_pause_max_ms": max(pauses) * 1e3,
        }
        ratios = [pause / call for n, call, pause in measured if n == name]
        derived[f"{name}_pause_vs_call"] = statistics.median(ratios)
    derived["pydll_vs_cdll_call"] = derived["pydll_call_s"] / derived["cdll_call_s"]
    settings = {"iterations": ITERATIONS, "rounds": ROUNDS, "tick_s": 0.005}
    data, problems = write_results(__file__, True, before, settings, derived, calls=measured)
    print(f"results file well-formed: {not problems}")
