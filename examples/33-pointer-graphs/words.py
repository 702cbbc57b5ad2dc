import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pointer_graphs"))

# ANCHOR: signatures
lib.words_split.argtypes = [ctypes.c_char_p]
lib.words_split.restype = ctypes.POINTER(ctypes.c_char_p)  # char **, ending in NULL
lib.words_free.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
lib.words_free.restype = None
# ANCHOR_END: signatures


# ANCHOR: split
def split(text):
    words = lib.words_split(text.encode())
    if not words:  # a NULL pointer is false
        raise ValueError("words_split failed")
    try:
        found = []
        i = 0
        while words[i] is not None:  # words[i] copies string i out; NULL reads as None
            found.append(words[i].decode())
            i += 1
        return found
    finally:
        lib.words_free(words)  # the same pointer back: every string, then the list


print(split("  to be or  not to be "))
print(split(""))
print("allocations not freed:", lib.live_allocations())
# ANCHOR_END: split
