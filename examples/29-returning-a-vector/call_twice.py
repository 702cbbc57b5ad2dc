import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))

# ANCHOR: signatures
lib.collatz_fill.argtypes = [ctypes.c_uint64, ctypes.POINTER(ctypes.c_uint64), ctypes.c_size_t]
lib.collatz_fill.restype = ctypes.c_ssize_t  # ptrdiff_t: a length, or a negative error code
lib.live_vectors.restype = ctypes.c_int
# ANCHOR_END: signatures


# ANCHOR: collatz
def collatz(start):
    needed = lib.collatz_fill(start, None, 0)  # first call: how long?
    if needed < 0:
        raise ValueError(f"collatz_fill({start}) failed with {needed}")
    buffer = (ctypes.c_uint64 * needed)()  # Python allocates, Python owns
    lib.collatz_fill(start, buffer, needed)  # second call: fill it
    return list(buffer)


sequence = collatz(27)
print("collatz(27):", len(sequence), "numbers, highest", max(sequence))
print("first and last:", sequence[:4], "...", sequence[-4:])
print("live vectors:", lib.live_vectors())  # nothing of the library's to free
# ANCHOR_END: collatz

# ANCHOR: small
small = (ctypes.c_uint64 * 4)()
needed = lib.collatz_fill(27, small, len(small))
print("a buffer of 4: needed", needed, "got", list(small))
# ANCHOR_END: small

# ANCHOR: errors
print("start 0:", lib.collatz_fill(0, None, 0))
print("NULL buffer, capacity 4:", lib.collatz_fill(27, None, 4))
# ANCHOR_END: errors
