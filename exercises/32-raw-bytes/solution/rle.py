"""Exercise (chapter 32): bytes in place, and bytes out, without losing any.

The library is ex_rle/src/lib.rs. Check your work with `just exercise chapter-32`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_rle"))
lib.bytes_invert.argtypes = [ctypes.POINTER(ctypes.c_ubyte), ctypes.c_size_t]
lib.rle_encode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
lib.rle_encode.restype = ctypes.c_void_p  # the address: it must go back to bytes_free
lib.bytes_free.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
lib.bytes_free.restype = None


def invert(buffer):
    """Inverts every byte of a bytearray, in place, in the library."""
    view = (ctypes.c_ubyte * len(buffer)).from_buffer(buffer)  # buffer's own bytes
    lib.bytes_invert(view, len(view))


def compress(data):
    """The run-length encoding of bytes, as bytes."""
    size = ctypes.c_size_t()
    address = lib.rle_encode(data, len(data), ctypes.byref(size))
    if address is None:
        raise MemoryError("rle_encode returned NULL")
    try:
        return ctypes.string_at(address, size.value)  # every byte, zeros included
    finally:
        lib.bytes_free(address, size.value)


# ANCHOR_END: solution
