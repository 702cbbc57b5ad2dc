# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pitfalls"))
# ANCHOR_END: load

# ANCHOR: fixed
lib.greeting.argtypes = ()
lib.greeting.restype = ctypes.c_char_p  # a NUL-terminated string, copied into bytes
print(lib.greeting())
# ANCHOR_END: fixed

# ANCHOR: void_p
lib.greeting.restype = ctypes.c_void_p  # the whole 64-bit address, as a Python int
address = lib.greeting()
print(f"greeting() returned {address:#x}, which needs {address.bit_length()} bits")
print(ctypes.string_at(address))
# ANCHOR_END: void_p
