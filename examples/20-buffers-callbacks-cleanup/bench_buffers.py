"""Output buffers made per call or once, a sort that calls back into Python for every
comparison, and two threads calling native code through CDLL or PyDLL.

python3 examples/20-buffers-callbacks-cleanup/bench_buffers.py          # smoke run, seconds
python3 examples/20-buffers-callbacks-cleanup/bench_buffers.py --full   # write book/results/
"""

import ctypes
import random
import sys
import threading
import weakref

from benchkit import Case, pyplot, run, save_svg
from workbook import library_path

FULL = "--full" in sys.argv
SORT_N = 10_000 if FULL else 1_000
SPIN = 300_000_000 if FULL else 100_000  # busy_work iterations per thread

lib = ctypes.CDLL(library_path("batch_ops"))

# ANCHOR: buffers
format_value = lib.format_value
format_value.argtypes = (ctypes.c_long, ctypes.c_char_p, ctypes.c_size_t)
format_value.restype = ctypes.c_int


def fresh_buffer(size):
    buf = ctypes.create_string_buffer(size)  # allocated (and zeroed) on every call
    format_value(1234567, buf, size)
    return buf.value


reused = ctypes.create_string_buffer(64)  # allocated once, before the loop


def reused_buffer():
    format_value(1234567, reused, len(reused))
    return reused.value


# ANCHOR_END: buffers

# ANCHOR: sorts
COMPARATOR = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)
)
sort_with = lib.sort_f64_with
sort_with.argtypes = (ctypes.c_void_p, ctypes.c_size_t, COMPARATOR)
sort_with.restype = ctypes.c_int
sort_native = lib.sort_f64
sort_native.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
sort_native.restype = ctypes.c_int


@COMPARATOR
def python_compare(a, b):
    return (a[0] > b[0]) - (a[0] < b[0])


# the library's own comparator, as a function pointer of the same type
native_compare = COMPARATOR(("compare_f64", lib))

values = random.Random(0).sample(range(10 * SORT_N), SORT_N)
original = (ctypes.c_double * SORT_N)(*values)
work = (ctypes.c_double * SORT_N)()
size = ctypes.sizeof(original)


def sort_using(comparator):
    ctypes.memmove(work, original, size)  # every run sorts the same shuffled data
    sort_with(work, SORT_N, comparator)


def sort_in_rust():
    ctypes.memmove(work, original, size)
    sort_native(work, SORT_N)


# ANCHOR_END: sorts


# ANCHOR: count
def count_comparisons():
    count = 0

    @COMPARATOR
    def counting(a, b):
        nonlocal count
        count += 1
        return (a[0] > b[0]) - (a[0] < b[0])

    sort_using(counting)
    assert list(work) == sorted(values), "the Python comparator sorted wrongly"
    return count


COMPARISONS = count_comparisons()
# ANCHOR_END: count

# ANCHOR: threads
busy_cdll = ctypes.CDLL(library_path("batch_ops")).busy_work  # releases the GIL
busy_pydll = ctypes.PyDLL(library_path("batch_ops")).busy_work  # keeps holding it
for f in (busy_cdll, busy_pydll):
    f.argtypes = (ctypes.c_uint64,)
    f.restype = ctypes.c_uint64


def two_threads(function):
    threads = [threading.Thread(target=function, args=(SPIN,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ANCHOR_END: threads

# ANCHOR: cleanup
new_doubles = lib.new_doubles
new_doubles.argtypes = (ctypes.c_size_t, ctypes.c_double)
new_doubles.restype = ctypes.POINTER(ctypes.c_double)
free_doubles = lib.free_doubles
free_doubles.argtypes = (ctypes.POINTER(ctypes.c_double), ctypes.c_size_t)
free_doubles.restype = None


def free_by_hand():
    p = new_doubles(16, 0.0)
    free_doubles(p, 16)


class Owner:
    pass


def free_by_finalizer():
    owner = Owner()
    weakref.finalize(owner, free_doubles, new_doubles(16, 0.0), 16)
    # owner dies here, on return, and its finalizer frees the array


# ANCHOR_END: cleanup

cases = [
    Case("buffer_fresh_64", "create_string_buffer(64) per call", lambda: fresh_buffer(64)),
    Case("buffer_fresh_64k", "create_string_buffer(65536) per call", lambda: fresh_buffer(65536)),
    Case("buffer_reused", "one buffer, reused", reused_buffer),
    Case(
        "sort_python_cmp",
        f"sort {SORT_N:,} doubles, Python comparator",
        lambda: sort_using(python_compare),
    ),
    Case(
        "sort_native_cmp",
        f"sort {SORT_N:,} doubles, Rust comparator via pointer",
        lambda: sort_using(native_compare),
    ),
    Case("sort_rust", f"sort {SORT_N:,} doubles, sort_f64 (no callback)", sort_in_rust),
    Case(
        "sort_python_list", f"sort {SORT_N:,} doubles, Python sorted(list)", lambda: sorted(values)
    ),
    Case("free_by_hand", "new_doubles + free_doubles", free_by_hand),
    Case("free_by_finalizer", "new_doubles, freed by weakref.finalize", free_by_finalizer),
    Case("spin_one", "busy_work, one call, main thread", lambda: busy_cdll(SPIN), once=FULL),
    Case(
        "spin_cdll", "busy_work, 2 threads at once, CDLL", lambda: two_threads(busy_cdll), once=FULL
    ),
    Case(
        "spin_pydll",
        "busy_work, 2 threads at once, PyDLL",
        lambda: two_threads(busy_pydll),
        once=FULL,
    ),
]


def derive(t):
    return {
        "fresh_vs_reused_64": t["buffer_fresh_64"] / t["buffer_reused"],
        "fresh_vs_reused_64k": t["buffer_fresh_64k"] / t["buffer_reused"],
        "python_cmp_vs_native_cmp": t["sort_python_cmp"] / t["sort_native_cmp"],
        "python_cmp_vs_rust_sort": t["sort_python_cmp"] / t["sort_rust"],
        "finalizer_vs_by_hand": t["free_by_finalizer"] / t["free_by_hand"],
        "callback_ns": (t["sort_python_cmp"] - t["sort_native_cmp"]) / COMPARISONS * 1e9,
        "cdll_2_threads_vs_one_call": t["spin_cdll"] / t["spin_one"],
        "pydll_2_threads_vs_one_call": t["spin_pydll"] / t["spin_one"],
        "pydll_vs_cdll_2_threads": t["spin_pydll"] / t["spin_cdll"],
    }


# ANCHOR: checks
# What a quick run can show: only differences far larger than its noise.
checks = {
    "the sort with the Python comparator is over 10x slower than with the native one": (
        lambda t: t["sort_python_cmp"] > 10 * t["sort_native_cmp"]
    ),
    "... and over 10x slower than Python's sorted()": (
        lambda t: t["sort_python_cmp"] > 10 * t["sort_python_list"]
    ),
}
# ANCHOR_END: checks


def plot(data, folder):
    plt = pyplot()
    r = data["results"]
    m = data["machine"]
    where = f"{m['cpu']}, {m['cores']} cores, Python {m['python']}"
    groups = [
        ("buffers", ["buffer_fresh_64", "buffer_fresh_64k", "buffer_reused"], "ns per call", 1e9),
        (
            "sort",
            ["sort_python_cmp", "sort_native_cmp", "sort_rust", "sort_python_list"],
            "ms per sort",
            1e3,
        ),
        ("cleanup", ["free_by_hand", "free_by_finalizer"], "ns per array", 1e9),
        ("threads", ["spin_one", "spin_cdll", "spin_pydll"], "ms wall time", 1e3),
    ]
    fig, axes = plt.subplots(4, 1, figsize=(7, 8))
    for ax, (name, keys, unit, scale) in zip(axes, groups, strict=True):
        keys = keys[::-1]
        ax.barh([r[k]["label"] for k in keys], [r[k]["seconds"] * scale for k in keys])
        ax.set_xlabel(unit)
        if name == "sort":
            ax.set_xscale("log")
            ax.set_xlabel(unit + " (log scale)")
    axes[0].set_title(f"Buffers, callbacks and threads\n{where}", fontsize=9)
    fig.tight_layout()
    save_svg(fig, folder / "bench_buffers.svg")


if __name__ == "__main__":
    run(__file__, cases, derive, plot, checks)
