# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: crash
# greeting() returns a char *, but restype was never set: ctypes reads a C int,
# the low 32 bits of the 64-bit address, and sign-extends them.
address = lib.greeting()
print(f"greeting() returned {address:#x}, a 32-bit number")
print(ctypes.string_at(address))  # reads memory at that made-up address
print("not reached")
# ANCHOR_END: crash
