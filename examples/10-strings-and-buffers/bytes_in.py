import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("cstrings"))
# ANCHOR: signatures
lib.byte_length.argtypes = [ctypes.c_char_p]
lib.byte_length.restype = ctypes.c_long
lib.char_count.argtypes = [ctypes.c_char_p]
lib.char_count.restype = ctypes.c_long
# ANCHOR_END: signatures

# ANCHOR: bytes
print("b'hello':", lib.byte_length(b"hello"), "bytes")
word = "café"
encoded = word.encode("utf-8")  # str -> bytes: you choose the encoding
print(f"{word!r}: {len(word)} characters, {encoded!r}: {lib.byte_length(encoded)} bytes")
print("characters, counted by the library:", lib.char_count(encoded))
# ANCHOR_END: bytes

# ANCHOR: str
try:
    lib.byte_length(word)  # a str is not bytes: ctypes will not pick an encoding for you
except ctypes.ArgumentError as error:
    print(f"ArgumentError: {error}")
# ANCHOR_END: str

# ANCHOR: untyped
untyped = lib["byte_length"]  # a fresh function object: no argtypes
untyped.restype = ctypes.c_long
print(f"no argtypes, {word!r}:", untyped(word), "byte(s)")  # a str goes out as wchar_t *
# ANCHOR_END: untyped

# ANCHOR: nul
print("b'ab\\x00cd':", lib.byte_length(b"ab\x00cd"), "bytes (C stops at the first NUL)")
print("None:", lib.byte_length(None), "(NULL)")
# ANCHOR_END: nul

# ANCHOR: latin1
latin1 = word.encode("latin-1")
print(f"{latin1!r}: char_count -> {lib.char_count(latin1)} (not UTF-8)")
# ANCHOR_END: latin1
