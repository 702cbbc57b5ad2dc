import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("raw_bytes"))

# ANCHOR: signatures
lib.wide_reverse.argtypes = [ctypes.c_wchar_p, ctypes.POINTER(ctypes.c_wchar), ctypes.c_size_t]
lib.wide_reverse.restype = ctypes.c_ssize_t
lib.wide_reversed.argtypes = [ctypes.c_wchar_p]
lib.wide_reversed.restype = ctypes.c_void_p  # an owned string: keep the address
lib.wide_free.argtypes = [ctypes.c_void_p]
lib.wide_free.restype = None
# ANCHOR_END: signatures

# ANCHOR: buffer
text = "naïve café ☕"
needed = lib.wide_reverse(text, None, 0)  # how long is the answer?
buffer = ctypes.create_unicode_buffer(needed + 1)  # room for it and the terminating 0
print(f"needed {needed}; len(buffer) {len(buffer)}, sizeof(buffer) {ctypes.sizeof(buffer)}")
print("wide_reverse:", lib.wide_reverse(text, buffer, len(buffer)))  # capacity in wchar_t
print("buffer.value:", buffer.value)
# ANCHOR_END: buffer

# ANCHOR: wstring_at
address = lib.wide_reversed(text)
try:
    whole = ctypes.wstring_at(address)  # up to the terminating 0, copied into a str
    first = ctypes.wstring_at(address, 3)  # exactly 3 wchar_t
finally:
    lib.wide_free(address)
print("wstring_at(address):   ", whole)
print("wstring_at(address, 3):", first)
print("buffers not given back:", lib.live_buffers())
# ANCHOR_END: wstring_at
