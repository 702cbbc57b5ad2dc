import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("cstrings"))
# ANCHOR: signature
lib.greet.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char), ctypes.c_size_t]
lib.greet.restype = ctypes.c_long
# ANCHOR_END: signature

# ANCHOR: buffer
buf = ctypes.create_string_buffer(32)  # 32 zeroed bytes the library may write into
n = lib.greet(b"Ada", buf, ctypes.sizeof(buf))
print(f"returned {n}; buf.value = {buf.value!r}; buf.raw[:14] = {buf.raw[:14]!r}")
# ANCHOR_END: buffer

# ANCHOR: small
small = ctypes.create_string_buffer(8)
n = lib.greet(b"Ada", small, ctypes.sizeof(small))
print(f"8-byte buffer: returned {n} (needs {n + 1} with the NUL), got {small.value!r}")
# ANCHOR_END: small

# ANCHOR: ask
name = "José".encode()
needed = lib.greet(name, None, 0)  # NULL buffer, size 0: "how long would it be?"
buf = ctypes.create_string_buffer(needed + 1)
lib.greet(name, buf, ctypes.sizeof(buf))
print(f"asked first: {needed} bytes -> {buf.value.decode('utf-8')!r}")
# ANCHOR_END: ask
