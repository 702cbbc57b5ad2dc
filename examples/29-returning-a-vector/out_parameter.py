import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))

# ANCHOR: signatures
U64Array = ctypes.POINTER(ctypes.c_uint64)  # uint64_t *
lib.collatz_into.argtypes = [
    ctypes.c_uint64,
    ctypes.POINTER(U64Array),  # uint64_t **out: where the library writes the address
    ctypes.POINTER(ctypes.c_size_t),  # size_t *len: where it writes the length
]
lib.collatz_into.restype = ctypes.c_int
lib.collatz_free.argtypes = [U64Array, ctypes.c_size_t]
lib.collatz_free.restype = None
lib.live_vectors.restype = ctypes.c_int
# ANCHOR_END: signatures

# ANCHOR: call
values = U64Array()  # a NULL pointer, for the library to overwrite
length = ctypes.c_size_t()
rc = lib.collatz_into(6, ctypes.byref(values), ctypes.byref(length))
print("rc:", rc, "length:", length.value)
print("collatz(6):", values[: length.value])
print("live vectors:", lib.live_vectors())
lib.collatz_free(values, length)  # the pointer and the length it came with
values = None
print("after collatz_free:", lib.live_vectors())
# ANCHOR_END: call

# ANCHOR: errors
values = U64Array()
for start in (0, 2**64 - 1):
    rc = lib.collatz_into(start, ctypes.byref(values), ctypes.byref(length))
    print(f"collatz_into({start}): rc {rc}, pointer set: {bool(values)}, length {length.value}")
print("out = NULL: rc", lib.collatz_into(6, None, ctypes.byref(length)))
# ANCHOR_END: errors
