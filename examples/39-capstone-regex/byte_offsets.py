import ctypes

from workbook import library_path

# ANCHOR: declare
lib = ctypes.CDLL(library_path("rx"))
RX_BYTES, RX_CHARS = 0, 1


class Span(ctypes.Structure):
    _fields_ = [("start", ctypes.c_size_t), ("end", ctypes.c_size_t)]


lib.rx_compile.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
lib.rx_compile.restype = ctypes.c_void_p
lib.rx_find_all.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
lib.rx_find_all.restype = ctypes.c_void_p
lib.rx_matches_count.argtypes = [ctypes.c_void_p]
lib.rx_matches_count.restype = ctypes.c_int64
lib.rx_matches_spans.argtypes = [ctypes.c_void_p]
lib.rx_matches_spans.restype = ctypes.POINTER(Span)
lib.rx_matches_free.argtypes = [ctypes.c_void_p]
lib.rx_matches_free.restype = None
lib.rx_free.argtypes = [ctypes.c_void_p]
lib.rx_free.restype = None


def find_all(regex, data, units):
    matches = lib.rx_find_all(regex, data, len(data), units)
    try:
        spans = lib.rx_matches_spans(matches)
        return [(s.start, s.end) for s in spans[: lib.rx_matches_count(matches)]]
    finally:
        lib.rx_matches_free(matches)


# ANCHOR_END: declare

# ANCHOR: trap
text = "Zürich café, 東京"
data = text.encode("utf-8")  # what the library searches: 21 bytes for 15 characters
words = lib.rx_compile(rb"\w+", 3, None, 0)

spans = find_all(words, data, RX_BYTES)
print("byte spans:          ", spans)
print("text[start:end]:     ", [text[s:e] for s, e in spans])
print("data[start:end]:     ", [data[s:e].decode() for s, e in spans])
# ANCHOR_END: trap

# ANCHOR: fix
spans = find_all(words, data, RX_CHARS)
print("character spans:     ", spans)
print("text[start:end]:     ", [text[s:e] for s, e in spans])
lib.rx_free(words)
# ANCHOR_END: fix
