"""Exercise (chapter 39): re.split, on the rx library.

Check your work with `just exercise chapter-39`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("rx"))
RX_BYTES, RX_CHARS = 0, 1


class Span(ctypes.Structure):
    _fields_ = [("start", ctypes.c_size_t), ("end", ctypes.c_size_t)]


lib.rx_compile.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
lib.rx_compile.restype = ctypes.c_void_p
lib.rx_free.argtypes = [ctypes.c_void_p]
lib.rx_free.restype = None
lib.rx_find_all.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
lib.rx_find_all.restype = ctypes.c_void_p
lib.rx_matches_count.argtypes = [ctypes.c_void_p]
lib.rx_matches_count.restype = ctypes.c_int64
lib.rx_matches_spans.argtypes = [ctypes.c_void_p]
lib.rx_matches_spans.restype = ctypes.POINTER(Span)
lib.rx_matches_free.argtypes = [ctypes.c_void_p]
lib.rx_matches_free.restype = None


def split(pattern, text):
    """`text` cut at every match of `pattern`, like re.split(pattern, text) for a pattern
    without groups. A bad pattern raises ValueError with the regex crate's message."""
    source = pattern.encode()
    message = ctypes.create_string_buffer(1024)
    regex = lib.rx_compile(source, len(source), message, len(message))
    if not regex:
        raise ValueError(message.value.decode())
    try:
        data = text.encode()
        matches = lib.rx_find_all(regex, data, len(data), RX_CHARS)  # offsets into `text`
        try:
            spans = lib.rx_matches_spans(matches)
            pieces, start = [], 0
            for i in range(lib.rx_matches_count(matches)):
                pieces.append(text[start : spans[i].start])
                start = spans[i].end
            pieces.append(text[start:])
            return pieces
        finally:
            lib.rx_matches_free(matches)
    finally:
        lib.rx_free(regex)


# ANCHOR_END: solution
