import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("raw_bytes"))
lib.rle_encode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
lib.rle_encode.restype = ctypes.c_void_p
lib.bytes_free.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
lib.bytes_free.restype = None

# ANCHOR: from_address
data = b"\x00\x00\x00\x00ABBB\x00"
size = ctypes.c_size_t()
address = lib.rle_encode(data, len(data), ctypes.byref(size))

view = (ctypes.c_ubyte * size.value).from_address(address)  # the library's bytes, no copy
first_pair = ctypes.c_uint16.from_address(address)  # its first two bytes as one number
print("view:", list(view))
print(f"first_pair: {first_pair.value:#06x}")  # little-endian: count 4, then byte 0
print("view owns nothing:", view._b_needsfree_ == 0 and view._objects is None)
# ANCHOR_END: from_address

# ANCHOR: memmove
kept = bytearray(size.value)
target = (ctypes.c_ubyte * len(kept)).from_buffer(kept)
ctypes.memmove(target, address, size.value)  # copy native memory into Python's, at C speed
lib.bytes_free(address, size.value)  # view and first_pair now point at freed memory
del view, first_pair, target  # so nothing may read them again
print("kept:", kept)
# ANCHOR_END: memmove

# ANCHOR: overlap
numbers = (ctypes.c_ubyte * 8)(*range(8))
ctypes.memmove(ctypes.addressof(numbers) + 2, numbers, 6)  # overlapping: memmove copes
print("shifted by two:", list(numbers))
# ANCHOR_END: overlap

# ANCHOR: memset
key = ctypes.create_string_buffer(b"hunter2")  # a secret in memory Python lets you wipe
ctypes.memset(key, 0, ctypes.sizeof(key))  # every byte to 0; the count is yours to get right
print("key after memset:", key.raw)
# ANCHOR_END: memset
