import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("cstrings"))
lib.live_strings.restype = ctypes.c_int

# ANCHOR: leak
lib.greeting.argtypes = [ctypes.c_char_p]
lib.greeting.restype = ctypes.c_char_p  # convenient, and a leak
text = lib.greeting(b"Ada")
print("got:", text, type(text).__name__)
for _ in range(999):
    lib.greeting(b"Ada")
print("live strings:", lib.live_strings())
# ANCHOR_END: leak
