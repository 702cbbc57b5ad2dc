"""Exercise (chapter 5): declare four signatures by reading the Rust source.

The functions are in exercises/05-type-mapping/ex_types/src/lib.rs. Every declaration below
says c_int (or c_double), which is what people write when they guess. Use the type-mapping
table of Chapter 5 to write the right ctypes type for each parameter and result.
Check your work with `just exercise chapter-5`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_types"))

lib.clamp_to_i16.argtypes = (ctypes.c_int64,)  # i64
lib.clamp_to_i16.restype = ctypes.c_int16  # i16

lib.half.argtypes = (ctypes.c_float,)  # c_float is f32, not f64
lib.half.restype = ctypes.c_float

lib.is_leap_year.argtypes = (ctypes.c_uint32,)  # u32
lib.is_leap_year.restype = ctypes.c_bool  # bool

lib.bytes_needed.argtypes = (ctypes.c_size_t, ctypes.c_size_t)  # usize
lib.bytes_needed.restype = ctypes.c_size_t
# ANCHOR_END: solution
