"""The same calls through typed ctypes and through the PyO3 module: who checks what."""

import ctypes
import inspect

import numpy as np

from workbook import extension_module, library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("batch_ops"))
lib.add_i32.argtypes = (ctypes.c_int, ctypes.c_int)
lib.add_i32.restype = ctypes.c_int

pyo3_add = extension_module("pyo3_add")  # import pyo3_add, from build/pyo3/
print(f"pyo3_add.add_i32{inspect.signature(pyo3_add.add_i32)}")
print(f"pyo3_add.batch_add_f64{inspect.signature(pyo3_add.batch_add_f64)}")
# ANCHOR_END: load


def attempt(text, call):
    try:
        result = repr(call())
    except Exception as error:  # noqa: BLE001 - the point is which exception
        result = f"{type(error).__name__}: {error}"
    print(f"  {text:<34} -> {result}")


# ANCHOR: ints
print("an int that does not fit a C int:")
attempt("ctypes add_i32(2**32 + 5, 7)", lambda: lib.add_i32(2**32 + 5, 7))
attempt("pyo3_add.add_i32(2**32 + 5, 7)", lambda: pyo3_add.add_i32(2**32 + 5, 7))
attempt("pyo3_add.add_i32(2**31 - 1, 1)", lambda: pyo3_add.add_i32(2**31 - 1, 1))
attempt("pyo3_add.add_i32(5, b=7)", lambda: pyo3_add.add_i32(5, b=7))
# ANCHOR_END: ints

# ANCHOR: arrays
a, b = np.arange(4.0), np.full(4, 10.0)
out = np.empty(4)
pyo3_add.batch_add_f64(a, b, out)  # NumPy arrays as they are: no addresses, no length
print(f"batch_add_f64(a, b, out): out = {out.tolist()}")
print("arrays batch_add_f64 refuses, each with a Python exception:")
attempt("out one element short", lambda: pyo3_add.batch_add_f64(a, b, np.empty(3)))
attempt("float32 instead of float64", lambda: pyo3_add.batch_add_f64(a, b, out.astype("f4")))
attempt("every other element", lambda: pyo3_add.batch_add_f64(a, b, np.empty(8)[::2]))
attempt("out is a", lambda: pyo3_add.batch_add_f64(a, b, a))
read_only = out.copy()
read_only.flags.writeable = False
attempt("out is read-only", lambda: pyo3_add.batch_add_f64(a, b, read_only))
attempt("a list", lambda: pyo3_add.batch_add_f64([1.0] * 4, b, out))
# ANCHOR_END: arrays
