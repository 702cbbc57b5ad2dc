"""When do threads or processes beat a plain loop? Eight native tasks of one size, five ways.

python3 examples/17-when-it-pays-off/bench_parallel.py          # quick check, a few seconds
python3 examples/17-when-it-pays-off/bench_parallel.py --full   # measure, write book/results/
"""

import ctypes
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchkit import machine  # CPU, cores, Python, date, load: the same record as Part IV
from workbook import library_path

TASKS = 8  # tasks per batch: four per core on a 2-core machine
WORKERS = os.cpu_count() or 1
RESULTS = Path(__file__).resolve().parents[2] / "book" / "results" / "bench_parallel.json"

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


def main():
    load_library()
    full = "--full" in sys.argv[1:]
    task_ms = [0.01, 0.1, 1, 3, 10, 30, 100] if full else [0.01, 1]
    repeats = 5 if full else 1
    ns, rows = measure(task_ms, repeats)

    print(f"{TASKS} tasks per batch, {len(STRATEGIES)} ways to run them: {', '.join(STRATEGIES)}")
    print(f"every way returned the same checksums: {all(r['answers_agree'] for r in rows)}")
    tiny = rows[0]["seconds"]
    slower = tiny["spawn_pool"] > tiny["serial"]
    print(f"tiny tasks: a fresh spawn Pool is slower than serial: {slower}")
    if not full:
        return
    for r in rows:
        speedups = "  ".join(
            f"{k} {r['seconds']['serial'] / s:5.2f}x" for k, s in r["seconds"].items()
        )
        print(f"{r['task_ms']:>6} ms per task: {speedups}")
    data = {
        "script": "examples/17-when-it-pays-off/bench_parallel.py",
        "machine": machine(),
        "settings": {"tasks": TASKS, "workers": WORKERS, "repeats": repeats, "best_of": True},
        "library": "C" if os.environ.get("WORKBOOK_LIB_DIR") else "Rust",
        "ns_per_iteration": ns,
        "rows": rows,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(RESULTS.parents[2])}")


if __name__ == "__main__":
    main()
