"""The checks `just exercise chapter-17` runs for chunks.py."""

import ctypes

from checking import attribute, fail, library, load, step


def expected(n):
    """sum(i % 7 for i in range(n)), without the loop."""
    full, rest = divmod(n, 7)
    return full * 21 + rest * (rest - 1) // 2


# ANCHOR: check
def check(work):
    module = load(work / "chunks.py")
    parallel_sum = attribute(module, "parallel_sum", "a function parallel_sum(n, workers)")
    lib = library("ex_work")
    lib.work_calls.restype = ctypes.c_uint64
    lib.work_max_in_flight.restype = ctypes.c_int
    lib.work_reset.restype = None

    for n, workers in [(10, 3), (7, 7), (1, 2)]:
        step(f"calling parallel_sum({n}, {workers})")
        if parallel_sum(n, workers) != expected(n):
            fail(
                f"parallel_sum({n}, {workers}) returned {parallel_sum(n, workers)}, expected"
                f" {expected(n)}: the chunks must cover 0..{n} exactly, no gap, no overlap"
            )
    n, workers = 10_000_000, 2
    for _ in range(3):  # a busy machine may start the second thread late: retry
        lib.work_reset()
        step(f"calling parallel_sum({n}, {workers})")
        got = parallel_sum(n, workers)
        if got != expected(n):
            fail(f"parallel_sum({n}, {workers}) returned {got}, expected {expected(n)}")
        calls = lib.work_calls()
        if calls > workers:
            fail(
                f"parallel_sum({n}, {workers}) made {calls} calls: each call has a fixed cost,"
                " so give each worker one big chunk"
            )
        if lib.work_max_in_flight() >= 2:
            return
    fail(f"the {calls} chunks ran one after the other (3 tries): run them in threads")


# ANCHOR_END: check
