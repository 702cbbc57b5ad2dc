"""What one call costs: ctypes with and without argtypes, looked up or cached, and pure Python.

python3 examples/18-call-overhead/bench_calls.py          # smoke run, seconds
python3 examples/18-call-overhead/bench_calls.py --full   # measure, write book/results/
"""

import ctypes

from benchkit import Case, pyplot, run, save_svg
from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("batch_ops"))

# lib["name"] makes a new function object every time, so each of these has
# its own signature; lib.add_i32 stays untouched (no argtypes, and ctypes'
# default restype, c_int).
untyped = lib["add_i32"]

typed = lib["add_i32"]
typed.argtypes = (ctypes.c_int, ctypes.c_int)
typed.restype = ctypes.c_int

argtypes_only = lib["add_i32"]
argtypes_only.argtypes = (ctypes.c_int, ctypes.c_int)


def add(a, b):
    return a + b


# ANCHOR_END: setup

# ANCHOR: cases
cases = [
    Case("python", "pure Python add(5, 7)", lambda: add(5, 7)),
    Case("untyped", "ctypes, no argtypes: f(5, 7)", lambda: untyped(5, 7)),
    Case("typed", "ctypes, argtypes + restype: f(5, 7)", lambda: typed(5, 7)),
    Case(
        "argtypes_only",
        "ctypes, argtypes only: f(5, 7)",
        lambda: argtypes_only(5, 7),
    ),
]
# ANCHOR_END: cases

# ANCHOR: lookup
cases += [
    Case(
        "attribute",
        "ctypes, lib.add_i32(5, 7) every time",
        lambda: lib.add_i32(5, 7),
    ),
    Case(
        "getitem",
        'ctypes, lib["add_i32"](5, 7) every time',
        lambda: lib["add_i32"](5, 7),
    ),
]
# ANCHOR_END: lookup

# ANCHOR: wrapped
add_f64 = lib["add_f64"]
add_f64.argtypes = (ctypes.c_double, ctypes.c_double)
add_f64.restype = ctypes.c_double

add_f64_wrapped = lib["add_f64"]  # no argtypes: the caller wraps each float
add_f64_wrapped.restype = ctypes.c_double

cases += [
    Case(
        "f64_typed",
        "add_f64(1.5, 2.5), argtypes c_double",
        lambda: add_f64(1.5, 2.5),
    ),
    Case(
        "f64_wrapped",
        "add_f64(c_double(1.5), c_double(2.5))",
        lambda: add_f64_wrapped(ctypes.c_double(1.5), ctypes.c_double(2.5)),
    ),
]
# ANCHOR_END: wrapped

# ANCHOR: pointers
increment = lib["increment"]
increment.argtypes = (ctypes.POINTER(ctypes.c_int),)
increment.restype = ctypes.c_int
counter = ctypes.c_int(0)
counter_pointer = ctypes.pointer(counter)  # made once, reused below

cases += [
    Case(
        "byref",
        "increment(byref(counter))",
        lambda: increment(ctypes.byref(counter)),
    ),
    Case(
        "pointer",
        "increment(pointer(counter))",
        lambda: increment(ctypes.pointer(counter)),
    ),
    Case(
        "pointer_reused",
        "increment(counter_pointer), made once",
        lambda: increment(counter_pointer),
    ),
]
# ANCHOR_END: pointers

# ANCHOR: from_param
cases.append(
    Case("from_param", "c_int.from_param(5) on its own", lambda: ctypes.c_int.from_param(5))
)
# ANCHOR_END: from_param


def derive(t):
    return {
        "argtypes_slowdown": t["typed"] / t["untyped"],
        "argtypes_only_slowdown": t["argtypes_only"] / t["untyped"],
        "untyped_vs_python": t["untyped"] / t["python"],
        "getitem_vs_cached": t["getitem"] / t["untyped"],
        "wrapped_vs_typed_f64": t["f64_wrapped"] / t["f64_typed"],
        "pointer_vs_byref": t["pointer"] / t["byref"],
        # what declaring argtypes and restype adds to one call, and its share of a typed call
        "argtypes_added_ns": (t["typed"] - t["untyped"]) * 1e9,
        "argtypes_share_of_typed": (t["typed"] - t["untyped"]) / t["typed"],
        "argtypes_added_vs_conversions": (t["typed"] - t["untyped"]) / (2 * t["from_param"]),
    }


# ANCHOR: checks
# What a quick run can show: only differences far larger than its noise.
checks = {
    "a ctypes call costs more than twice a pure Python call": (
        lambda t: t["untyped"] > 2 * t["python"]
    ),
    'lib["add_i32"](5, 7) costs more than twice a call of a kept function': (
        lambda t: t["getitem"] > 2 * t["untyped"]
    ),
}
# ANCHOR_END: checks


def plot(data, folder):
    plt = pyplot()
    results = data["results"]
    keys = list(results)[::-1]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.barh([results[k]["label"] for k in keys], [results[k]["ns_per_item"] for k in keys])
    ax.set_xlabel("nanoseconds per call (median, lower is better)")
    m = data["machine"]
    ax.set_title(f"One call, {m['cpu']}, {m['cores']} cores, Python {m['python']}", fontsize=9)
    save_svg(fig, folder / "bench_calls.svg")


if __name__ == "__main__":
    run(__file__, cases, derive, plot, checks, repeats=15)  # short cases: steadier medians
