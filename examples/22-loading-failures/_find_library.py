"""Helper for find_library.sh: what find_library finds, and whether loading by name works."""

import ctypes
import ctypes.util
import os

# ANCHOR: find
for name in ["c", "m", "pitfalls", "soname_demo", "no_such_library"]:
    print(f"find_library({name!r:17}) = {ctypes.util.find_library(name)!r}")
# ANCHOR_END: find

# ANCHOR: load
# It returns a file name for the loader to search for, not a path.
libc = ctypes.CDLL(ctypes.util.find_library("c"))
print(f"libc.abs(-5) = {libc.abs(-5)}")
# ANCHOR_END: load

# ANCHOR: by_name
# Loading a name, not a path, only works where the loader searches: LD_LIBRARY_PATH
# as it was when Python started, the system folders and the ld.so cache.
try:
    ctypes.CDLL("libsoname_demo.so")
    print("CDLL('libsoname_demo.so'): loaded")
except OSError as error:
    print(f"CDLL('libsoname_demo.so'): OSError: {error}")
print("LD_LIBRARY_PATH =", "set" if os.environ.get("LD_LIBRARY_PATH") else "not set")
# ANCHOR_END: by_name
