"""Exercise (chapter 5): declare four signatures by reading the Rust source.

The functions are in exercises/05-type-mapping/ex_types/src/lib.rs. Every declaration below
says c_int (or c_double), which is what people write when they guess. Use the type-mapping
table of Chapter 5 to write the right ctypes type for each parameter and result.
Check your work with `just exercise chapter-5`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_types"))

# TODO: every line below guesses. Fix the types.
lib.clamp_to_i16.argtypes = (ctypes.c_int,)
lib.clamp_to_i16.restype = ctypes.c_int

lib.half.argtypes = (ctypes.c_double,)
lib.half.restype = ctypes.c_double

lib.is_leap_year.argtypes = (ctypes.c_int,)
lib.is_leap_year.restype = ctypes.c_int

lib.bytes_needed.argtypes = (ctypes.c_int, ctypes.c_int)
lib.bytes_needed.restype = ctypes.c_int
# ANCHOR_END: starter
