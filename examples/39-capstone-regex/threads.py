import ctypes
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from _corpus import corpus
from rxwrap import Regex

from workbook import library_path

# ANCHOR: shared
text = corpus(400_000)
words = Regex(r"\b\w+ing\b")  # one compiled pattern for every thread
alone = words.find_spans(text)
with ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(words.find_spans, [text] * 32))  # 32 searches, 8 at a time
print(f"32 searches from 8 threads, each {len(alone)} matches")
print("every thread found what one search finds:", all(r == alone for r in results))
# ANCHOR_END: shared

# ANCHOR: gil
big = (text * 16).encode("utf-8")  # 6 MB: one rx_count call takes a while
ticks = []
stop = threading.Event()


def ticker():
    while not stop.is_set():
        ticks.append(time.perf_counter())
        time.sleep(0.005)


for name, loader in [("CDLL", ctypes.CDLL), ("PyDLL", ctypes.PyDLL)]:
    lib = loader(library_path("rx"))  # the same library; PyDLL keeps the GIL in each call
    lib.rx_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
    lib.rx_count.restype = ctypes.c_int64
    handle = ctypes.cast(words._handle, ctypes.c_void_p)  # the pattern compiled above

    ticks.clear()
    stop.clear()
    other = threading.Thread(target=ticker)
    other.start()
    time.sleep(0.05)
    start = time.perf_counter()
    found = lib.rx_count(handle, big, len(big))
    end = time.perf_counter()
    stop.set()
    other.join()

    during = [start] + [t for t in ticks if start < t < end] + [end]
    pause = max(b - a for a, b in itertools.pairwise(during))
    state = "kept ticking" if pause < (end - start) / 2 else "was frozen until the call returned"
    print(f"{name:5}: rx_count found {found} in {end - start:.3f} s;", end="")
    print(f" the other thread's longest pause {pause:.3f} s: it {state}")
# ANCHOR_END: gil
