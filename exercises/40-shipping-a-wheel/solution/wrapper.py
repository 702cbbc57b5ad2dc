"""The wrapper of a package that carries libshipped.so: it becomes the package's __init__.py.

The check puts this file and a copy of libshipped.so into a package folder of their own,
imports it from there, and calls mean(). Make the wrapper
  1. load the libshipped.so in its own package folder (importlib.resources), and
  2. check shipped_abi_version() against ABI_VERSION before any other call, raising
     AbiMismatchError with a message that says which versions disagree and what to do.
"""

import ctypes
import functools
import importlib.resources

ABI_VERSION = 1  # the version of the library's ABI this wrapper was written for
LIBRARY = "libshipped.so"


class AbiMismatchError(ImportError):
    """The library inside the package is not the one this wrapper was written for."""


# ANCHOR: solution
@functools.cache
def _library() -> ctypes.CDLL:
    resource = importlib.resources.files(__package__) / LIBRARY
    with importlib.resources.as_file(resource) as path:
        lib = ctypes.CDLL(str(path))
    lib.shipped_abi_version.argtypes = []
    lib.shipped_abi_version.restype = ctypes.c_uint32
    if (found := lib.shipped_abi_version()) != ABI_VERSION:
        raise AbiMismatchError(
            f"{__package__} expects ABI version {ABI_VERSION} of its library, but {path}"
            f" has ABI version {found}. Reinstall the package, so that the wrapper and the"
            f" library come from one wheel: pip install --force-reinstall {__package__}"
        )
    # ANCHOR_END: solution
    lib.shipped_mean.argtypes = [
        ctypes.POINTER(ctypes.c_double),
        ctypes.c_size_t,
        ctypes.POINTER(ctypes.c_double),
    ]
    lib.shipped_mean.restype = ctypes.c_int
    return lib


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
