# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
lib.kibibytes.restype = ctypes.c_int64
# ANCHOR_END: load

# ANCHOR: unchecked
# Without argtypes ctypes cannot know how many arguments there should be. The function
# reads its argument from a register nobody set.
print(f"kibibytes() without argtypes: «{lib.kibibytes()}»")
# ANCHOR_END: unchecked

# ANCHOR: checked
lib.kibibytes.argtypes = (ctypes.c_int64,)
try:
    lib.kibibytes()
except TypeError as error:
    print(f"kibibytes() with argtypes:    TypeError: {error}")
print(f"kibibytes(2048):              {lib.kibibytes(2048)}")
# ANCHOR_END: checked
