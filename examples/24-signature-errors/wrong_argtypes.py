# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: float
# area() takes two doubles; declaring floats passes 4-byte values where 8 are read.
lib.area.argtypes = (ctypes.c_float, ctypes.c_float)
lib.area.restype = ctypes.c_double
result = lib.area(3.0, 4.5)
print(f"area(3.0, 4.5), declared as floats:  «{result}»")
print(f"  the right answer, 13.5? {result == 13.5}")
# ANCHOR_END: float

# ANCHOR: int
# kibibytes() takes an int64_t; c_int keeps only the low 32 bits, without a warning.
lib.kibibytes.argtypes = (ctypes.c_int,)
lib.kibibytes.restype = ctypes.c_int64
print(f"kibibytes(5_000_000_000), as c_int:  {lib.kibibytes(5_000_000_000)}")
print(f"ctypes.c_int(5_000_000_000).value = {ctypes.c_int(5_000_000_000).value}")
# ANCHOR_END: int

# ANCHOR: fixed
lib.area.argtypes = (ctypes.c_double, ctypes.c_double)
lib.kibibytes.argtypes = (ctypes.c_int64,)
print(f"area(3.0, 4.5), declared as doubles: {lib.area(3.0, 4.5)}")
print(f"kibibytes(5_000_000_000), as c_int64: {lib.kibibytes(5_000_000_000)}")
# ANCHOR_END: fixed
