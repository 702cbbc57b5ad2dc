"""shipped: the mean of a list of floats, computed by the Rust library this package carries.

The library, libshipped.so, sits beside this file inside the installed package. It is loaded
on the first call, and its ABI version is checked before anything else is called in it.
"""

import ctypes
import functools
import importlib.metadata
import importlib.resources
import sys

__all__ = ["AbiMismatchError", "mean"]

# ANCHOR: abi
# The version of the library's ABI this wrapper was written for: its argtypes and restypes
# below are right for that version only (cdylib/shipped/src/lib.rs, SHIPPED_ABI_VERSION).
ABI_VERSION = 1
# ANCHOR_END: abi

LIBRARY = "libshipped" + {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")


class AbiMismatchError(ImportError):
    """The library inside the package is not the one this wrapper was written for."""


# ANCHOR: load
@functools.cache
def _library() -> ctypes.CDLL:
    """Load the package's own copy of the library, once, and check its ABI version."""
    resource = importlib.resources.files(__package__) / LIBRARY
    # An installed wheel is a folder, so this is the file itself; from a zip, a copy.
    with importlib.resources.as_file(resource) as path:
        lib = ctypes.CDLL(str(path))
    lib.shipped_abi_version.argtypes = []
    lib.shipped_abi_version.restype = ctypes.c_uint32
    found = lib.shipped_abi_version()
    if found != ABI_VERSION:
        version = importlib.metadata.version(__package__)
        raise AbiMismatchError(
            f"{__package__} {version} expects ABI version {ABI_VERSION} of its library,"
            f" but {path} has ABI version {found}.\n"
            "The wrapper and the library come from different builds. Reinstall the package,"
            " so that both come from one wheel:\n"
            f"    pip install --force-reinstall --no-deps {__package__}=={version}"
        )
    lib.shipped_mean.argtypes = [
        ctypes.POINTER(ctypes.c_double),
        ctypes.c_size_t,
        ctypes.POINTER(ctypes.c_double),
    ]
    lib.shipped_mean.restype = ctypes.c_int
    return lib


# ANCHOR_END: load


# ANCHOR: mean
def mean(values) -> float:
    """The mean of a sequence of floats; ValueError if it is empty."""
    lib = _library()  # the first call loads the library and checks its ABI
    array = (ctypes.c_double * len(values))(*values)
    out = ctypes.c_double()
    status = lib.shipped_mean(array, len(array), ctypes.byref(out))
    if status == -2:  # SHIPPED_EMPTY
        raise ValueError("mean() of an empty sequence")
    if status != 0:
        raise RuntimeError(f"shipped_mean failed with status {status}")
    return out.value


# ANCHOR_END: mean
