"""The same Rust functions called through ctypes, cffi's ABI and API modes, and PyO3.

python3 examples/21-alternatives/bench_alternatives.py          # smoke run, seconds
python3 examples/21-alternatives/bench_alternatives.py --full   # measure, write book/results/
"""

import ctypes
import importlib.util
import sys
import sysconfig
from pathlib import Path

import numpy as np
from cffi import FFI

from benchkit import REPO, Case, pyplot, run, save_svg
from workbook import extension_module, library_path

N = 100_000 if "--full" in sys.argv else 10_000

# ANCHOR: cdef
DECLARATIONS = """
    int add_i32(int a, int b);
    int batch_add_f64(const double *a, const double *b, double *out, size_t n);
"""
# ANCHOR_END: cdef

# ANCHOR: ctypes
lib = ctypes.CDLL(library_path("batch_ops"))
untyped = lib["add_i32"]
typed = lib["add_i32"]
typed.argtypes = (ctypes.c_int, ctypes.c_int)
typed.restype = ctypes.c_int
batch = lib.batch_add_f64
batch.argtypes = (
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_size_t,
)
batch.restype = ctypes.c_int
# ANCHOR_END: ctypes

# ANCHOR: abi
abi_ffi = FFI()
abi_ffi.cdef(DECLARATIONS)
# like ctypes.CDLL: opened at run time, no compiler needed
abi = abi_ffi.dlopen(library_path("batch_ops"))
# ANCHOR_END: abi


# ANCHOR: api
def build_api_module():
    """Compile a small CPython extension that calls libbatch_ops.so (needs a C
    compiler and Python's headers). Returns the module, or None with the reason
    printed."""
    folder = REPO / "build" / "cffi"
    header = REPO / "cdylib" / "batch_ops" / "batch_ops.h"
    library_dir = str(Path(library_path("batch_ops")).parent)
    builder = FFI()
    builder.cdef(DECLARATIONS)
    builder.set_source(
        "_batch_ops_cffi",
        '#include "batch_ops.h"',
        include_dirs=[str(header.parent)],
        library_dirs=[library_dir],
        libraries=["batch_ops"],
        extra_link_args=[f"-Wl,-rpath,{library_dir}"],  # find the .so at run time
    )
    # one module per interpreter: _batch_ops_cffi.cpython-312-x86_64-linux-gnu.so, ...
    built = folder / f"_batch_ops_cffi{sysconfig.get_config_var('EXT_SUFFIX')}"
    try:
        if not built.exists() or built.stat().st_mtime < header.stat().st_mtime:
            builder.compile(tmpdir=str(folder), verbose=False)
        spec = importlib.util.spec_from_file_location("_batch_ops_cffi", built)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    except Exception as error:  # no compiler, no Python.h, ...
        print(f"cffi API mode unavailable: {type(error).__name__}: {error}")
        return None


api = build_api_module()
# ANCHOR_END: api

# ANCHOR: pyo3
# cdylib/pyo3_add, built by `just build` into build/pyo3/pyo3_add.abi3.so (chapter 42)
pyo3_add = extension_module("pyo3_add")
pyo3_add_i32 = pyo3_add.add_i32  # looked up once, like untyped and typed
# ANCHOR_END: pyo3


def add(a, b):
    return a + b


rng = np.random.default_rng(0)
a, b, out = rng.random(N), rng.random(N), np.empty(N)
pa, pb, pout = a.ctypes.data, b.ctypes.data, out.ctypes.data


# ANCHOR: calls
def cffi_abi_add():
    return abi.add_i32(5, 7)  # checked and converted as DECLARATIONS says


if api:
    api_add = api.lib.add_i32  # looked up once, like untyped and typed


def cffi_api_add():
    return api_add(5, 7)  # a direct C call, compiled into the module


# cffi wants cffi pointers, not ints: cast NumPy's addresses once, up front
abi_a, abi_b, abi_out = (abi_ffi.cast("double *", p) for p in (pa, pb, pout))


def cffi_abi_batch():
    return abi.batch_add_f64(abi_a, abi_b, abi_out, N)


# ANCHOR_END: calls

# Before timing anything: every way computes the same answers.
answers = {untyped(5, 7), typed(5, 7), cffi_abi_add(), pyo3_add_i32(5, 7)}
answers |= {cffi_api_add()} if api else set()
print(f"add_i32(5, 7) through every binding: {sorted(answers)}")
sums = []
for call in (
    lambda: batch(pa, pb, pout, N),
    cffi_abi_batch,
    lambda: pyo3_add.batch_add_f64(a, b, out),
):
    out[:] = 0
    call()
    sums.append(out.copy())
same = all(np.array_equal(s, a + b) for s in sums)
print(f"batch_add_f64 through ctypes, cffi and PyO3: the same sums, a + b: {same}")

cases = [
    Case("python", "pure Python add(5, 7)", lambda: add(5, 7)),
    Case("ctypes_untyped", "ctypes, no argtypes", lambda: untyped(5, 7)),
    Case("ctypes_typed", "ctypes, argtypes + restype", lambda: typed(5, 7)),
    Case("cffi_abi", "cffi ABI mode (dlopen)", cffi_abi_add),
]
if api:
    cases.append(Case("cffi_api", "cffi API mode (compiled)", cffi_api_add))
cases += [
    Case("pyo3", "PyO3 extension module", lambda: pyo3_add_i32(5, 7)),
    Case(
        "batch_ctypes",
        f"N={N}: batch_add_f64 via ctypes",
        lambda: batch(pa, pb, pout, N),
        items=N,
    ),
    Case("batch_abi", f"N={N}: batch_add_f64 via cffi ABI", cffi_abi_batch, items=N),
    Case(
        "batch_pyo3",
        f"N={N}: batch_add_f64 via PyO3",
        lambda: pyo3_add.batch_add_f64(a, b, out),  # NumPy arrays, through the buffer protocol
        items=N,
    ),
    Case("batch_numpy", f"N={N}: np.add", lambda: np.add(a, b, out=out), items=N),
]


def derive(t):
    d = {
        "typed_vs_untyped": t["ctypes_typed"] / t["ctypes_untyped"],
        "typed_vs_abi": t["ctypes_typed"] / t["cffi_abi"],
        "abi_vs_untyped": t["cffi_abi"] / t["ctypes_untyped"],
        "batch_ctypes_vs_abi": t["batch_ctypes"] / t["batch_abi"],
        "typed_vs_pyo3": t["ctypes_typed"] / t["pyo3"],
        "untyped_vs_pyo3": t["ctypes_untyped"] / t["pyo3"],
        "pyo3_vs_python": t["pyo3"] / t["python"],
        "batch_ctypes_vs_pyo3": t["batch_ctypes"] / t["batch_pyo3"],
    }
    if "cffi_api" in t:
        d["untyped_vs_api"] = t["ctypes_untyped"] / t["cffi_api"]
        d["typed_vs_api"] = t["ctypes_typed"] / t["cffi_api"]
        d["abi_vs_api"] = t["cffi_abi"] / t["cffi_api"]
        d["api_vs_python"] = t["cffi_api"] / t["python"]
        d["api_vs_pyo3"] = t["cffi_api"] / t["pyo3"]
    return d


# What a quick run can show: only differences far larger than its noise.
checks = {
    "per element, one batch call costs under a tenth of one add_i32 call, in ctypes and cffi": (
        lambda t: (
            10 * t["batch_ctypes"] / N < t["ctypes_untyped"]
            and 10 * t["batch_abi"] / N < t["cffi_abi"]
        )
    ),
    "one add_i32 call through PyO3 costs under half of one through typed ctypes": (
        lambda t: 2 * t["pyo3"] < t["ctypes_typed"]
    ),
}


def plot(data, folder):
    plt = pyplot()
    r = data["results"]
    keys = [k for k in r if not k.startswith("batch_")][::-1]
    m = data["machine"]
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh([r[k]["label"] for k in keys], [r[k]["ns_per_item"] for k in keys])
    ax.set_xlabel("nanoseconds per add_i32(5, 7) call (median, lower is better)")
    ax.set_title(
        f"ctypes, cffi and PyO3, {m['cpu']}, {m['cores']} cores, Python {m['python']}", fontsize=9
    )
    save_svg(fig, folder / "bench_alternatives.svg")


if __name__ == "__main__":
    run(__file__, cases, derive, plot, checks, repeats=15)  # short cases: steadier medians
