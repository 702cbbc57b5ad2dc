import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("cstrings"))
lib.greet.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t]
lib.greet.restype = ctypes.c_long

# ANCHOR: bytes_trap
frozen = b"x" * 16
lib.greet(b"Ada", frozen, len(frozen))  # accepted: ctypes passes the bytes object's own memory
print(f"an 'immutable' bytes object after the call: {frozen!r}")
# ANCHOR_END: bytes_trap
