# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: typo
try:
    lib.kibibyte.restype = ctypes.c_int64  # the library exports "kibibytes"
except AttributeError as error:
    print(f"AttributeError: {error}")
# ANCHOR_END: typo

# ANCHOR: case
for name in ["Kibibytes", "kibibytes "]:  # names are case- and space-sensitive
    print(f"{name!r:13} found: {hasattr(lib, name)}")
# ANCHOR_END: case

# ANCHOR: fixed
kibibytes = lib.kibibytes
kibibytes.argtypes = (ctypes.c_int64,)
kibibytes.restype = ctypes.c_int64
print(f"kibibytes(5_000_000_000) = {kibibytes(5_000_000_000)}")
# ANCHOR_END: fixed
