"""When do threads or processes beat a plain loop? Eight native tasks of one size, five ways.

python3 examples/17-when-it-pays-off/bench_parallel.py          # quick check, a few seconds
python3 examples/17-when-it-pays-off/bench_parallel.py --full   # measure, write book/results/
"""

import ctypes
import multiprocessing
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from benchkit import cpu_snapshot, write_results  # the same record as Part IV's
from workbook import library_path

TASKS = 8  # tasks per batch: four per core on a 2-core machine
WORKERS = os.cpu_count() or 1

# ANCHOR: worker
lib = None  # every process loads its own copy (the initializer below)


def load_library():
    global lib
    lib = ctypes.CDLL(library_path("math_ops"))
    lib.spin.argtypes = (ctypes.c_uint64,)
    lib.spin.restype = ctypes.c_uint64


def task(iterations):
    return lib.spin(iterations)


# ANCHOR_END: worker


# ANCHOR: strategies
def serial(batch, warm_pool):
    return [task(n) for n in batch]


def threads(batch, warm_pool):
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(task, batch))


def fresh_pool(method):
    def run(batch, warm_pool):
        context = multiprocessing.get_context(method)
        with context.Pool(WORKERS, initializer=load_library) as pool:
            return pool.map(task, batch, chunksize=1)

    return run


def warm(batch, warm_pool):
    return warm_pool.map(task, batch, chunksize=1)  # started before the clock


STRATEGIES = {
    "serial": serial,
    "threads": threads,
    "fork_pool": fresh_pool("fork"),
    "spawn_pool": fresh_pool("spawn"),
    "warm_pool": warm,
}
# ANCHOR_END: strategies


def timed(strategy, batch, warm_pool):
    start = time.perf_counter()
    answers = strategy(batch, warm_pool)
    return time.perf_counter() - start, answers


def ns_per_iteration():
    n = 2_000_000
    best = min(timed(serial, [n], None)[0] for _ in range(5))
    return best / n * 1e9


def measure(task_ms, repeats):
    ns = ns_per_iteration()
    rows = []
    with multiprocessing.get_context("fork").Pool(WORKERS, initializer=load_library) as warm_pool:
        warm_pool.map(task, [1] * WORKERS, chunksize=1)  # make sure every worker is up
        for ms in task_ms:
            iterations = max(1, round(ms * 1e6 / ns))
            batch = [iterations] * TASKS
            seconds = {name: float("inf") for name in STRATEGIES}
            answers = set()
            for _ in range(repeats):  # take turns, so a burst of load hits every way alike
                for name, strategy in STRATEGIES.items():
                    elapsed, got = timed(strategy, batch, warm_pool)
                    seconds[name] = min(seconds[name], elapsed)  # best of the repeats
                    answers.add(tuple(got))
            row = {"task_ms": ms, "iterations": iterations, "seconds": seconds}
            row["answers_agree"] = len(answers) == 1
            rows.append(row)
    return ns, rows


def speedup(row, name):
    return row["seconds"]["serial"] / row["seconds"][name]


def from_size(rows, good):
    """The smallest task size (ms) from which good(row) holds at every larger size too."""
    found = None
    for row in reversed(rows):
        if not good(row):
            break
        found = row["task_ms"]
    return found


def derive(ns, rows):
    """The thresholds and costs chapter 17 quotes, from the measured rows."""
    tiny, largest = rows[0]["seconds"], rows[-1]
    d = {"ns_per_iteration": ns}
    thresholds = {  # key: from which task size (ms) this holds at every larger size
        f"{name}_pays_off_ms": lambda r, name=name: speedup(r, name) > 1.0
        for name in STRATEGIES
        if name != "serial"
    }
    # within 15% of one task per core at once
    thresholds["threads_near_max_ms"] = lambda r: speedup(r, "threads") >= 0.85 * WORKERS
    # A fresh fork pool's break-even point moves between runs (its start-up is a few ms of
    # noise): the page quotes where it comes within 10% of the loop and where it wins by 25%.
    thresholds["fork_pool_even_ms"] = lambda r: speedup(r, "fork_pool") >= 0.9
    thresholds["fork_pool_wins_ms"] = lambda r: speedup(r, "fork_pool") >= 1.25
    thresholds["fork_pool_near_threads_ms"] = (  # within 10% of threads
        lambda r: speedup(r, "fork_pool") >= 0.9 * speedup(r, "threads")
    )
    for key, good in thresholds.items():
        size = from_size(rows, good)
        if size is not None:  # never, at the sizes measured: no key
            d[key] = size
    d["fork_pool_tiny_batch_ms"] = tiny["fork_pool"] * 1e3  # mostly starting the pool
    d["spawn_pool_tiny_batch_ms"] = tiny["spawn_pool"] * 1e3
    d["warm_pool_tiny_us_per_task"] = tiny["warm_pool"] / TASKS * 1e6  # the pipe, per task
    d["spawn_vs_threads_largest"] = speedup(largest, "spawn_pool") / speedup(largest, "threads")
    d["threads_largest"] = speedup(largest, "threads")
    return d


def main():
    load_library()
    full = "--full" in sys.argv[1:]
    task_ms = [0.01, 0.1, 1, 3, 10, 30, 100] if full else [0.01, 1]
    repeats = 5 if full else 1
    before = cpu_snapshot()
    ns, rows = measure(task_ms, repeats)

    print(f"{TASKS} tasks per batch, {len(STRATEGIES)} ways to run them: {', '.join(STRATEGIES)}")
    print(f"every way returned the same checksums: {all(r['answers_agree'] for r in rows)}")
    tiny = rows[0]["seconds"]
    slower = tiny["spawn_pool"] > tiny["serial"]
    print(f"tiny tasks: a fresh spawn Pool is slower than serial: {slower}")
    if not full:
        return
    for r in rows:
        speedups = "  ".join(f"{k} {speedup(r, k):5.2f}x" for k in r["seconds"])
        print(f"{r['task_ms']:>6} ms per task: {speedups}")
    settings = {"tasks": TASKS, "workers": WORKERS, "repeats": repeats, "best_of": True}
    derived = derive(ns, rows)
    data, problems = write_results(__file__, True, before, settings, derived, rows=rows)
    for key, value in derived.items():
        print(f"{key:<32} {value:.3g}")
    print(f"results file well-formed: {not problems}")


if __name__ == "__main__":
    main()
