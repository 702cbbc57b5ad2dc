"""The checks `just exercise chapter-15` runs for ex_counter/src/lib.rs."""

import ctypes
import threading

from checking import fail, function, library, step

THREADS = 4
TIMES = 1_000_000


# ANCHOR: check
def check(work):
    lib = library("ex_counter")  # CDLL: the calls run in parallel, without the GIL
    exported = "is #[unsafe(no_mangle)] still on it?"
    add = function(lib, "counter_add", exported)
    add.argtypes = (ctypes.c_uint64,)
    add.restype = None
    get = function(lib, "counter_get", exported)
    get.restype = ctypes.c_uint64
    reset = function(lib, "counter_reset", exported)
    reset.restype = None

    for attempt in range(1, 6):
        reset()
        step(f"attempt {attempt}: {THREADS} Python threads calling counter_add({TIMES})")
        threads = [threading.Thread(target=add, args=(TIMES,)) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        total, want = get(), THREADS * TIMES
        if total != want:
            fail(
                f"{THREADS} threads each added {TIMES}, but the counter says {total}:"
                f" {want - total} increments were lost (attempt {attempt}). Between reading"
                " the counter and writing it back, another thread wrote its own value."
            )


# ANCHOR_END: check
