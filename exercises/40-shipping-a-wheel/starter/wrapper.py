"""The wrapper of a package that carries libshipped.so: it becomes the package's __init__.py.

The check puts this file and a copy of libshipped.so into a package folder of their own,
imports it from there, and calls mean(). Make the wrapper
  1. load the libshipped.so in its own package folder (importlib.resources), and
  2. check shipped_abi_version() against ABI_VERSION before any other call, raising
     AbiMismatchError with a message that says which versions disagree and what to do.
"""

import ctypes
import functools

ABI_VERSION = 1  # the version of the library's ABI this wrapper was written for
LIBRARY = "libshipped.so"


class AbiMismatchError(ImportError):
    """The library inside the package is not the one this wrapper was written for."""


# ANCHOR: starter
@functools.cache
def _library() -> ctypes.CDLL:
    # TODO: load the copy in this package's folder, not whatever the loader finds by name.
    lib = ctypes.CDLL(LIBRARY)
    # TODO: check lib.shipped_abi_version() (it returns a uint32_t) against ABI_VERSION.
    lib.shipped_mean.argtypes = [
        ctypes.POINTER(ctypes.c_double),
        ctypes.c_size_t,
        ctypes.POINTER(ctypes.c_double),
    ]
    lib.shipped_mean.restype = ctypes.c_int
    return lib


# ANCHOR_END: starter


def mean(values) -> float:
    """The mean of a sequence of floats; ValueError if it is empty."""
    lib = _library()
    array = (ctypes.c_double * len(values))(*values)
    out = ctypes.c_double()
    status = lib.shipped_mean(array, len(array), ctypes.byref(out))
    if status == -2:
        raise ValueError("mean() of an empty sequence")
    if status != 0:
        raise RuntimeError(f"shipped_mean failed with status {status}")
    return out.value
