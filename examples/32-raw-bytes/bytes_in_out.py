import ctypes
import zlib

from workbook import library_path

lib = ctypes.CDLL(library_path("raw_bytes"))

# ANCHOR: signatures
lib.bytes_adler32.argtypes = [ctypes.c_char_p, ctypes.c_size_t]  # bytes in, with a length
lib.bytes_adler32.restype = ctypes.c_int64
lib.rle_encode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)]
lib.rle_encode.restype = ctypes.c_void_p  # an address to give back, not something to copy yet
lib.bytes_free.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
lib.bytes_free.restype = None
# ANCHOR_END: signatures

# ANCHOR: slice_in
data = b"\x00\x00\x00\x00ABBB\x00"  # 9 bytes, 5 of them zero
print("bytes_adler32:", lib.bytes_adler32(data, len(data)))
print("zlib.adler32: ", zlib.adler32(data))
# ANCHOR_END: slice_in

# ANCHOR: vec_out
size = ctypes.c_size_t()
address = lib.rle_encode(data, len(data), ctypes.byref(size))
try:
    encoded = ctypes.string_at(address, size.value)  # exactly size.value bytes, copied
    up_to_nul = ctypes.string_at(address)  # no size: stops at the first zero byte
    as_c_string = ctypes.c_char_p(address).value  # the same: a C string ends at a NUL
finally:
    lib.bytes_free(address, size.value)  # the length goes back with the pointer
print(f"rle_encode: {size.value} bytes at the returned address")
print("string_at(address, size):", encoded)
print("string_at(address):      ", up_to_nul)
print("c_char_p(address).value: ", as_c_string)
# ANCHOR_END: vec_out

# ANCHOR: decode
pairs = zip(encoded[0::2], encoded[1::2], strict=True)  # (count, byte), (count, byte), ...
decoded = b"".join(bytes([byte]) * count for count, byte in pairs)
print("decodes to the input:", decoded == data)
print("buffers not given back:", lib.live_buffers())
# ANCHOR_END: decode
