"""Exercise (chapter 32): bytes in place, and bytes out, without losing any.

The library is ex_rle/src/lib.rs. Check your work with `just exercise chapter-32`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_rle"))
lib.bytes_invert.argtypes = [ctypes.POINTER(ctypes.c_ubyte), ctypes.c_size_t]
lib.rle_encode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
lib.rle_encode.restype = ctypes.c_char_p  # TODO: is this what you get back?
lib.bytes_free.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
lib.bytes_free.restype = None


def invert(buffer):
    """Inverts every byte of a bytearray, in place, in the library."""
    # TODO: the library changes these bytes, but are they buffer's?
    view = (ctypes.c_ubyte * len(buffer)).from_buffer_copy(buffer)
    lib.bytes_invert(view, len(view))


def compress(data):
    """The run-length encoding of bytes, as bytes."""
    size = ctypes.c_size_t()
    return lib.rle_encode(data, len(data), ctypes.byref(size))  # TODO: and the buffer?


# ANCHOR_END: starter
