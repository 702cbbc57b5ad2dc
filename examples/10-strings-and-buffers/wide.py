import ctypes

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("cstrings"))
lib.wide_length.argtypes = [ctypes.c_wchar_p]
lib.wide_length.restype = ctypes.c_long
# ANCHOR_END: setup

# ANCHOR: wide
print("sizeof(c_wchar):", ctypes.sizeof(ctypes.c_wchar), "bytes")
for text in ["café", "😀"]:
    print(f"{text!r}: len {len(text)}, wide_length {lib.wide_length(text)}")
try:
    lib.wide_length(b"cafe")
except ctypes.ArgumentError as error:
    print(f"bytes -> ArgumentError: {error}")
# ANCHOR_END: wide
