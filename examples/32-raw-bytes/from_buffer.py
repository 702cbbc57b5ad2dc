import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("raw_bytes"))
lib.bytes_xor.argtypes = [ctypes.POINTER(ctypes.c_ubyte), ctypes.c_size_t, ctypes.c_ubyte]

# ANCHOR: from_buffer
message = bytearray(b"attack at dawn")
view = (ctypes.c_ubyte * len(message)).from_buffer(message)  # message's own bytes, no copy
print("bytes_xor:", lib.bytes_xor(view, len(view), 0x20))
print("message is now", message)
# ANCHOR_END: from_buffer

# ANCHOR: from_buffer_copy
copy = (ctypes.c_ubyte * len(message)).from_buffer_copy(message)  # a copy, in new memory
lib.bytes_xor(copy, len(copy), 0x20)
print("the copy:", bytes(copy))
print("message: ", message)
# ANCHOR_END: from_buffer_copy

# ANCHOR: refused
try:
    (ctypes.c_ubyte * 4).from_buffer(b"read")
except TypeError as e:
    print("from_buffer(bytes):", e)
print("from_buffer_copy(bytes):", list((ctypes.c_ubyte * 4).from_buffer_copy(b"read")))
try:
    message.extend(b"!")
except BufferError as e:
    print("message.extend while a view exists:", e)
del view
message.extend(b"!")
print("after del view:", message)
# ANCHOR_END: refused
