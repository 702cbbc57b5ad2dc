"""One call per element against one call per array, what converting the data costs,
and how the batch call compares with NumPy, with gcc -O2 and -O3, and with memory bandwidth.

python3 examples/19-batching-and-conversion/bench_batch.py          # smoke run, seconds
python3 examples/19-batching-and-conversion/bench_batch.py --full   # measure, write book/results/
"""

import array
import ctypes
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from benchkit import REPO, Case, pyplot, run, save_svg
from workbook import library_path

FULL = "--full" in sys.argv
SIZES = [1_000, 100_000, 10_000_000] if FULL else [1_000, 10_000]
CONVERT = 100_000 if FULL else 10_000  # elements for the conversion cases


# ANCHOR: load
def load(lib):
    add = lib.add_f64
    add.argtypes = (ctypes.c_double, ctypes.c_double)
    add.restype = ctypes.c_double
    batch = lib.batch_add_f64
    # three addresses (a, b, out) and a length
    batch.argtypes = (
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_size_t,
    )
    batch.restype = ctypes.c_int
    return add, batch


add_f64, batch_add = load(ctypes.CDLL(library_path("batch_ops")))
# ANCHOR_END: load


def load_from(folder):
    """load() the libbatch_ops.so in `folder` instead of the usual one."""
    before = os.environ.get("WORKBOOK_LIB_DIR")
    os.environ["WORKBOOK_LIB_DIR"] = str(folder)  # library_path() now looks here
    try:
        return load(ctypes.CDLL(library_path("batch_ops")))
    finally:
        os.environ.pop("WORKBOOK_LIB_DIR")
        if before is not None:
            os.environ["WORKBOOK_LIB_DIR"] = before


# ANCHOR: gcc
def gcc_build(level):
    """The C twin compiled at -O2 or -O3, loaded like any other library."""
    folder = REPO / "build" / "bench" / level
    folder.mkdir(parents=True, exist_ok=True)
    source = Path(__file__).with_name("batch_ops.c")
    target = folder / "libbatch_ops.so"
    command = ["cc", "-shared", "-fPIC", f"-{level}", "-o", target, source]
    subprocess.run(command, check=True)
    return load_from(folder)[1]


batch_O2, batch_O3 = gcc_build("O2"), gcc_build("O3")
# ANCHOR_END: gcc

rng = np.random.default_rng(0)
cases = []
for n in SIZES:
    # ANCHOR: loop_vs_batch
    a, b, out = rng.random(n), rng.random(n), np.empty(n)
    xs, ys = a.tolist(), b.tolist()  # the same numbers as Python floats
    # the arrays' addresses, taken once: a.ctypes.data is a plain int
    pa, pb, pout = a.ctypes.data, b.ctypes.data, out.ctypes.data

    def per_element(xs=xs, ys=ys):
        return [add_f64(x, y) for x, y in zip(xs, ys, strict=True)]

    def one_batch(pa=pa, pb=pb, pout=pout, n=n):
        return batch_add(pa, pb, pout, n)  # out[i] = a[i] + b[i], all i

    # ANCHOR_END: loop_vs_batch
    # ANCHOR: references
    copy = np.empty(n)

    def numpy_add(a=a, b=b, out=out):
        return np.add(a, b, out=out)  # NumPy's own loop, no ctypes

    def numpy_copy(copy=copy, a=a):
        return np.copyto(copy, a)  # read one array, write another

    def gcc_O2(pa=pa, pb=pb, pout=pout, n=n):
        return batch_O2(pa, pb, pout, n)  # the C twin, built with -O2

    def gcc_O3(pa=pa, pb=pb, pout=pout, n=n):
        return batch_O3(pa, pb, pout, n)  # ... and with -O3

    # ANCHOR_END: references
    once = n >= 1_000_000
    cases += [
        Case(f"loop_{n}", f"N={n}: Python loop, one add_f64 call each", per_element, n, once),
        Case(f"batch_{n}", f"N={n}: one batch_add_f64 call", one_batch, items=n),
        Case(f"numpy_{n}", f"N={n}: np.add(a, b, out=out)", numpy_add, items=n),
        Case(f"copy_{n}", f"N={n}: np.copyto(copy, a), bandwidth reference", numpy_copy, n),
        Case(f"gcc_O2_{n}", f"N={n}: batch_add_f64 from gcc -O2", gcc_O2, items=n),
        Case(f"gcc_O3_{n}", f"N={n}: batch_add_f64 from gcc -O3", gcc_O3, items=n),
    ]

n = CONVERT
xs, ys = rng.random(n).tolist(), rng.random(n).tolist()
# ANCHOR: conversion
DoubleArray = ctypes.c_double * n  # the ctypes type "array of n doubles"


def round_trip_ctypes():
    # (c_double * n)(*xs): unpack the list, convert every float
    a, b, out = DoubleArray(*xs), DoubleArray(*ys), DoubleArray()
    batch_add(a, b, out, n)
    return out[:]


def round_trip_array():
    a, b = array.array("d", xs), array.array("d", ys)
    out = array.array("d", bytes(8 * n))
    # from_buffer: ctypes arrays that share the array.array's memory
    batch_add(*(DoubleArray.from_buffer(x) for x in (a, b, out)), n)
    return out.tolist()


def round_trip_numpy():
    a, b, out = np.array(xs), np.array(ys), np.empty(n)
    batch_add(a.ctypes.data, b.ctypes.data, out.ctypes.data, n)
    return out.tolist()


# ANCHOR_END: conversion
c_array = DoubleArray(*xs)
py_array = array.array("d", xs)
np_array = np.array(xs)

cases += [
    Case("to_ctypes", f"N={n}: (c_double * N)(*list)", lambda: DoubleArray(*xs), items=n),
    Case("to_array", f"N={n}: array.array('d', list)", lambda: array.array("d", xs), items=n),
    Case(
        "from_buffer",
        f"N={n}: DoubleArray.from_buffer(array)",
        lambda: DoubleArray.from_buffer(py_array),
        items=n,
    ),
    Case("to_numpy", f"N={n}: np.array(list)", lambda: np.array(xs), items=n),
    Case("from_ctypes", f"N={n}: ctypes array[:] back to a list", lambda: c_array[:], items=n),
    Case("from_array", f"N={n}: array.tolist()", lambda: py_array.tolist(), items=n),
    Case("from_numpy", f"N={n}: ndarray.tolist()", lambda: np_array.tolist(), items=n),
    Case(
        "trip_python",
        f"N={n}: lists, pure Python [x + y ...]",
        lambda: [x + y for x, y in zip(xs, ys, strict=True)],
        items=n,
    ),
    Case(
        "trip_ctypes", f"N={n}: lists -> ctypes arrays -> batch -> list", round_trip_ctypes, items=n
    ),
    Case("trip_array", f"N={n}: lists -> array.array -> batch -> list", round_trip_array, items=n),
    Case("trip_numpy", f"N={n}: lists -> numpy -> batch -> list", round_trip_numpy, items=n),
]


def derive(t):
    big = SIZES[-1]
    d = {}
    for n in SIZES:
        d[f"batch_speedup_{n}"] = t[f"loop_{n}"] / t[f"batch_{n}"]
    for n in SIZES:
        d[f"batch_vs_numpy_{n}"] = t[f"batch_{n}"] / t[f"numpy_{n}"]
    for n in SIZES:
        d[f"gcc_O2_vs_O3_{n}"] = t[f"gcc_O2_{n}"] / t[f"gcc_O3_{n}"]
    d[f"batch_{big}_gbs"] = 24 * big / t[f"batch_{big}"] / 1e9  # read a and b, write out
    d[f"copy_{big}_gbs"] = 16 * big / t[f"copy_{big}"] / 1e9  # read a, write copy
    d[f"batch_vs_bandwidth_{big}"] = d[f"batch_{big}_gbs"] / d[f"copy_{big}_gbs"]
    for key in ("to_ctypes", "to_array", "to_numpy", "from_ctypes", "from_numpy"):
        d[f"{key}_els"] = CONVERT / t[key]
    d["from_buffer_ns"] = t["from_buffer"] * 1e9  # per call: it copies nothing
    d["trip_ctypes_vs_python"] = t["trip_ctypes"] / t["trip_python"]
    d["trip_numpy_vs_python"] = t["trip_numpy"] / t["trip_python"]
    d["trip_array_vs_python"] = t["trip_array"] / t["trip_python"]
    return d


# ANCHOR: checks
# What a quick run can show: only differences far larger than its noise.
checks = {
    "at every N, one batch call is more than 10x faster per element than the loop": (
        lambda t: all(t[f"loop_{n}"] > 10 * t[f"batch_{n}"] for n in SIZES)
    ),
    "(c_double * N)(*list) is more than twice as slow as array.array('d', list)": (
        lambda t: t["to_ctypes"] > 2 * t["to_array"]
    ),
    "from_buffer costs less than a tenth of array.array('d', list)": (
        lambda t: 10 * t["from_buffer"] < t["to_array"]
    ),
    "lists -> ctypes arrays -> batch -> list is slower than pure Python": (
        lambda t: t["trip_ctypes"] > t["trip_python"]
    ),
}
# ANCHOR_END: checks


def plot(data, folder):
    plt = pyplot()
    r = data["results"]
    sizes = sorted({int(k.split("_")[-1]) for k in r if k.startswith("loop_")})
    m = data["machine"]
    where = f"{m['cpu']}, {m['cores']} cores, Python {m['python']}"

    fig, ax = plt.subplots(figsize=(7, 3.5))
    width = 0.38
    for i, (kind, label) in enumerate(
        [("loop", "one call per element"), ("batch", "one batch call")]
    ):
        values = [r[f"{kind}_{n}"]["ns_per_item"] for n in sizes]
        ax.bar([j + (i - 0.5) * width for j in range(len(sizes))], values, width, label=label)
    ax.set_xticks(range(len(sizes)), [f"N = {n:,}" for n in sizes])
    ax.set_yscale("log")
    ax.set_ylabel("ns per element (log scale)")
    ax.set_title(f"add_f64 per element vs batch_add_f64\n{where}", fontsize=9)
    ax.legend()
    save_svg(fig, folder / "bench_batch_loop.svg")

    fig, ax = plt.subplots(figsize=(7, 3.5))
    kinds = [
        ("gcc_O2", "C, gcc -O2", 24),
        ("gcc_O3", "C, gcc -O3", 24),
        ("batch", "Rust batch_add_f64", 24),
        ("numpy", "np.add", 24),
        ("copy", "np.copyto (bandwidth)", 16),
    ]
    width = 0.16
    for i, (kind, label, nbytes) in enumerate(kinds):
        values = [nbytes * n / r[f"{kind}_{n}"]["seconds"] / 1e9 for n in sizes]
        ax.bar([j + (i - 2) * width for j in range(len(sizes))], values, width, label=label)
    ax.set_xticks(range(len(sizes)), [f"N = {n:,}" for n in sizes])
    ax.set_ylabel("GB/s moved (higher is better)")
    ax.set_title(f"Elementwise add of float64 arrays\n{where}", fontsize=9)
    ax.legend(fontsize=8)
    save_svg(fig, folder / "bench_batch_numpy.svg")

    keys = [k for k in r if k.startswith(("to_", "from_", "trip_"))][::-1]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.barh([r[k]["label"] for k in keys], [r[k]["ns_per_item"] for k in keys])
    ax.set_xscale("log")
    ax.set_xlabel("ns per element (log scale, lower is better)")
    ax.set_title(f"Getting data in and out\n{where}", fontsize=9)
    save_svg(fig, folder / "bench_batch_conversion.svg")


if __name__ == "__main__":
    run(__file__, cases, derive, plot, checks)
