"""Two compute-bound kernels in NumPy, numexpr, numba and Rust (through ctypes), on one core
and on all of them, measured in one run.

python3 examples/43-beating-numpy/bench_kernels.py          # smoke run, seconds
python3 examples/43-beating-numpy/bench_kernels.py --full   # measure, write book/results/
"""

import ctypes
import os
import sys

import numba
import numexpr
import numpy as np
from numba import njit, prange

from benchkit import Case, pyplot, run, save_svg
from workbook import library_path

FULL = "--full" in sys.argv
N = 1_000_000 if FULL else 100_000  # fused: elements
WIDTH, HEIGHT = (600, 400) if FULL else (150, 100)  # Mandelbrot: points
MAX_ITER = 200 if FULL else 50
CORES = os.cpu_count() or 1

# ANCHOR: load
lib = ctypes.CDLL(library_path("kernels"))
lib.fused_f64.argtypes = (
    ctypes.c_void_p,  # const double *a
    ctypes.c_void_p,  # const double *b
    ctypes.c_void_p,  # double *out
    ctypes.c_size_t,  # n
    ctypes.c_size_t,  # threads (0: one per core)
)
lib.fused_f64.restype = ctypes.c_int
lib.mandelbrot.argtypes = (
    ctypes.c_void_p,  # const double *re
    ctypes.c_void_p,  # const double *im
    ctypes.c_void_p,  # uint32_t *out
    ctypes.c_size_t,  # n
    ctypes.c_uint32,  # max_iter
    ctypes.c_size_t,  # threads
)
lib.mandelbrot.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: rust
def fused_rust(a, b, out, threads):
    """a*a + 2*a*b + b*b into out: three contiguous float64 arrays of one length."""
    for x in (a, b, out):
        if x.dtype != np.float64 or not x.flags.c_contiguous or x.size != out.size:
            raise ValueError("fused_rust wants C-contiguous float64 arrays of one length")
    status = lib.fused_f64(a.ctypes.data, b.ctypes.data, out.ctypes.data, out.size, threads)
    if status != 0:
        raise RuntimeError(f"fused_f64 returned {status}")
    return out


def mandelbrot_rust(re, im, out, threads):
    """Escape counts of the points re + im*j into out (uint32)."""
    if re.dtype != np.float64 or im.dtype != np.float64 or out.dtype != np.uint32:
        raise ValueError("mandelbrot_rust wants float64 re, im and a uint32 out")
    if not (re.flags.c_contiguous and im.flags.c_contiguous and out.flags.c_contiguous):
        raise ValueError("mandelbrot_rust wants C-contiguous arrays")
    if not re.size == im.size == out.size:
        raise ValueError("mandelbrot_rust wants arrays of one length")
    data = (re.ctypes.data, im.ctypes.data, out.ctypes.data)
    status = lib.mandelbrot(*data, out.size, MAX_ITER, threads)
    if status != 0:
        raise RuntimeError(f"mandelbrot returned {status}")
    return out


# ANCHOR_END: rust


# ANCHOR: fused_peers
def fused_numpy(a, b):
    return a * a + 2 * a * b + b * b  # five temporary arrays, six passes over memory


def fused_numpy_out(a, b, out, scratch):
    np.multiply(a, a, out=out)  # the best NumPy can do: no allocation, still
    np.multiply(a, b, out=scratch)  # five passes over memory
    scratch *= 2
    out += scratch
    np.multiply(b, b, out=scratch)
    out += scratch
    return out


def fused_numexpr(a, b, out):
    return numexpr.evaluate("a*a + 2*a*b + b*b", out=out)  # in blocks, on its threads


@njit
def fused_numba(a, b, out):
    for i in range(out.size):
        out[i] = a[i] * a[i] + 2 * a[i] * b[i] + b[i] * b[i]
    return out


@njit(parallel=True)
def fused_numba_parallel(a, b, out):
    for i in prange(out.size):
        out[i] = a[i] * a[i] + 2 * a[i] * b[i] + b[i] * b[i]
    return out


# ANCHOR_END: fused_peers


# ANCHOR: mandelbrot_peers
def mandelbrot_numpy(re, im):
    """Every point still iterating, one NumPy step at a time: each step is a dozen whole-
    array operations, and the points that escaped are dropped from the arrays."""
    counts = np.full(re.size, MAX_ITER, dtype=np.uint32)
    left = np.arange(re.size)  # which points are still iterating
    cr, ci = re.copy(), im.copy()
    x, y = np.zeros(re.size), np.zeros(re.size)
    for i in range(MAX_ITER):
        x2, y2 = x * x, y * y
        out = x2 + y2 > 4.0
        counts[left[out]] = i
        stay = ~out
        left, cr, ci, x, y, x2, y2 = (v[stay] for v in (left, cr, ci, x, y, x2, y2))
        y = 2.0 * x * y + ci
        x = x2 - y2 + cr
    return counts


@njit
def escape_time(cr, ci, max_iter):
    x = y = 0.0
    for i in range(max_iter):
        x2, y2 = x * x, y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + ci
        x = x2 - y2 + cr
    return max_iter


@njit
def mandelbrot_numba(re, im, out):
    for i in range(out.size):
        out[i] = escape_time(re[i], im[i], MAX_ITER)
    return out


@njit(parallel=True)
def mandelbrot_numba_parallel(re, im, out):
    for i in prange(out.size):
        out[i] = escape_time(re[i], im[i], MAX_ITER)
    return out


# ANCHOR_END: mandelbrot_peers


def on_threads(n, work):
    """work() with numexpr or numba limited to n threads."""

    def call():
        numexpr.set_num_threads(n)
        numba.set_num_threads(n)
        return work()

    return call


rng = np.random.default_rng(0)
a, b = rng.standard_normal(N), rng.standard_normal(N)
out, scratch = np.empty(N), np.empty(N)
grid_re, grid_im = np.meshgrid(np.linspace(-2.2, 0.8, WIDTH), np.linspace(-1.2, 1.2, HEIGHT))
re, im = grid_re.ravel(), grid_im.ravel()  # row after row: points of one row are adjacent
counts = np.empty(re.size, dtype=np.uint32)


# ANCHOR: cases
def fused_cases():
    yield "numpy", "NumPy expression", lambda: fused_numpy(a, b)
    yield (
        "numpy_out",
        "NumPy, out= and a scratch array",
        lambda: fused_numpy_out(a, b, out, scratch),
    )
    yield "numexpr_1", "numexpr, 1 thread", on_threads(1, lambda: fused_numexpr(a, b, out))
    yield "numexpr_all", "numexpr, all cores", on_threads(CORES, lambda: fused_numexpr(a, b, out))
    yield "numba_1", "numba @njit", on_threads(1, lambda: fused_numba(a, b, out))
    yield (
        "numba_all",
        "numba prange, all cores",
        on_threads(CORES, lambda: fused_numba_parallel(a, b, out)),
    )
    yield "rust_1", "Rust via ctypes, 1 thread", lambda: fused_rust(a, b, out, 1)
    yield "rust_all", "Rust via ctypes, all cores", lambda: fused_rust(a, b, out, 0)


def mandel_cases():
    yield "numpy", "NumPy, step by step", lambda: mandelbrot_numpy(re, im)
    yield "numba_1", "numba @njit", on_threads(1, lambda: mandelbrot_numba(re, im, counts))
    yield (
        "numba_all",
        "numba prange, all cores",
        on_threads(CORES, lambda: mandelbrot_numba_parallel(re, im, counts)),
    )
    yield "rust_1", "Rust via ctypes, 1 thread", lambda: mandelbrot_rust(re, im, counts, 1)
    yield "rust_all", "Rust via ctypes, all cores", lambda: mandelbrot_rust(re, im, counts, 0)


# ANCHOR_END: cases

# ANCHOR: agree
# Before timing anything: every implementation gives the reference's answer.
reference = a * a + 2 * a * b + b * b
agree = []
for _, _, call in fused_cases():
    out.fill(np.nan)
    agree.append(np.allclose(call(), reference, rtol=1e-12, atol=0))
print(f"fused, N={N}: {len(agree)} implementations agree with NumPy's answer: {all(agree)}")
reference = mandelbrot_numpy(re, im)
agree = []
for _, _, call in mandel_cases():
    counts.fill(0)
    agree.append(np.array_equal(call(), reference))
inside = int((reference == MAX_ITER).sum())
print(
    f"mandelbrot, {WIDTH}x{HEIGHT} points, at most {MAX_ITER} steps:"
    f" {len(agree)} implementations give the same counts: {all(agree)}"
)
print(f"points that never escape: {inside} of {re.size} ({inside / re.size:.0%})")
# ANCHOR_END: agree

# ANCHOR: errors
tiny = np.zeros(4)
print("fused_f64 with a NULL input:", lib.fused_f64(None, tiny.ctypes.data, tiny.ctypes.data, 4, 1))
print("fused_f64 writing over its input:", lib.fused_f64(*[tiny.ctypes.data] * 3, 4, 1))
# ANCHOR_END: errors

cases = [Case(f"fused_{k}", f"fused: {label}", f, items=N) for k, label, f in fused_cases()]
cases += [
    Case(f"mandel_{k}", f"mandelbrot: {label}", f, items=re.size) for k, label, f in mandel_cases()
]


# ANCHOR: derive
def derive(t):
    d = {}
    for kernel, peers in (
        ("fused", ("numpy", "numpy_out", "numexpr_1", "numexpr_all", "numba_1", "numba_all")),
        ("mandel", ("numpy", "numba_1", "numba_all")),
    ):
        for peer in peers:  # how many times longer the peer takes than Rust on all cores
            d[f"{kernel}_{peer}_vs_rust_all"] = t[f"{kernel}_{peer}"] / t[f"{kernel}_rust_all"]
        d[f"{kernel}_numpy_vs_rust_1"] = t[f"{kernel}_numpy"] / t[f"{kernel}_rust_1"]
        d[f"{kernel}_numba_1_vs_rust_1"] = t[f"{kernel}_numba_1"] / t[f"{kernel}_rust_1"]
        d[f"{kernel}_rust_threads_speedup"] = t[f"{kernel}_rust_1"] / t[f"{kernel}_rust_all"]
    d["fused_numexpr_threads_speedup"] = t["fused_numexpr_1"] / t["fused_numexpr_all"]
    # bytes that must cross memory per call: read a and b, write out
    d["fused_rust_1_gbs"] = 24 * N / t["fused_rust_1"] / 1e9
    d["fused_rust_all_gbs"] = 24 * N / t["fused_rust_all"] / 1e9
    return d


# ANCHOR_END: derive

# ANCHOR: checks
# What a quick run can show: only differences far larger than its noise. It times CPU
# time, which threads add up, so it compares single-threaded cases only.
checks = {
    "fused: Rust on 1 thread takes under half the time of the NumPy expression": (
        lambda t: 2 * t["fused_rust_1"] < t["fused_numpy"]
    ),
    "mandelbrot: Rust on 1 thread takes under a third of NumPy's time": (
        lambda t: 3 * t["mandel_rust_1"] < t["mandel_numpy"]
    ),
}
# ANCHOR_END: checks


def plot(data, folder):
    plt = pyplot()
    r = data["results"]
    m = data["machine"]
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
    for ax, kernel, title in (
        (axes[0], "fused", f"a*a + 2*a*b + b*b, N = {r['fused_numpy']['items']:,}"),
        (axes[1], "mandel", f"Mandelbrot, {r['mandel_numpy']['items']:,} points"),
    ):
        keys = [k for k in r if k.startswith(kernel + "_")][::-1]
        ms = [r[k]["seconds"] * 1e3 for k in keys]
        labels = [r[k]["label"].split(": ", 1)[1] for k in keys]
        colors = ["tab:orange" if "rust" in k else "tab:blue" for k in keys]
        ax.barh(labels, ms, color=colors)
        ax.set_xlabel("milliseconds per call (median, lower is better)")
        ax.set_title(title, fontsize=9)
    fig.suptitle(f"{m['cpu']}, {m['cores']} cores, Python {m['python']}", fontsize=9)
    fig.tight_layout()
    save_svg(fig, folder / "bench_kernels.svg")


if __name__ == "__main__":
    run(__file__, cases, derive, plot, checks)
