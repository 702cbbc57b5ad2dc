import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vec_traps"))

# ANCHOR: signatures
U64Array = ctypes.POINTER(ctypes.c_uint64)
for producer in (lib.evens_into, lib.evens_into_exact):
    producer.argtypes = [ctypes.c_uint64, ctypes.POINTER(U64Array)]
    producer.restype = ctypes.c_ssize_t  # the length, or a negative error code
lib.evens_free.argtypes = [U64Array, ctypes.c_size_t]
lib.evens_free.restype = None
lib.live_bytes.restype = ctypes.c_size_t
# ANCHOR_END: signatures

# ANCHOR: trap
start = lib.live_bytes()
values = U64Array()
n = lib.evens_into(10, ctypes.byref(values))
print("evens_into(10):", values[:n])
print("  bytes allocated:", lib.live_bytes() - start)
lib.evens_free(values, n)  # Vec::from_raw_parts(values, 5, 5): capacity 5, but it was 10
print("  bytes the allocator still counts after evens_free:", lib.live_bytes() - start)
# ANCHOR_END: trap

# ANCHOR: fixed
start = lib.live_bytes()
n = lib.evens_into_exact(10, ctypes.byref(values))
print("evens_into_exact(10):", values[:n])
print("  bytes allocated:", lib.live_bytes() - start)
lib.evens_free(values, n)  # capacity == length: the layout it was allocated with
print("  bytes the allocator still counts after evens_free:", lib.live_bytes() - start)
# ANCHOR_END: fixed
