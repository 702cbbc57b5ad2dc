import ctypes

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("clibrary_unchecked"))  # the unchecked C library
lib.fill_array.argtypes = (ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
lib.fill_array.restype = None
# ANCHOR_END: setup


# ANCHOR: canary
class Guarded(ctypes.Structure):
    """A 3-int buffer with a canary right behind it, in one block of memory."""

    _fields_ = [("buffer", ctypes.c_int * 3), ("canary", ctypes.c_int * 3)]


g = Guarded()
g.canary[:] = [0x7777, 0x7777, 0x7777]
count = ctypes.c_int()
lib.fill_array(g.buffer, ctypes.byref(count))  # the function cannot know buffer holds 3
print("buffer:", list(g.buffer))
print("canary:", list(g.canary), "(was [30583, 30583, 30583])")
# ANCHOR_END: canary
