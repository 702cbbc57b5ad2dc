import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))


# ANCHOR: VecU64
class VecU64(ctypes.Structure):
    _fields_ = [
        ("ptr", ctypes.POINTER(ctypes.c_uint64)),
        ("len", ctypes.c_size_t),
        ("cap", ctypes.c_size_t),
    ]


lib.collatz_vec.argtypes = [ctypes.c_uint64]
lib.collatz_vec.restype = VecU64  # a struct, returned by value
lib.vec_u64_free.argtypes = [VecU64]  # and handed back by value
lib.vec_u64_free.restype = None
lib.live_vectors.restype = ctypes.c_int
# ANCHOR_END: VecU64

# ANCHOR: call
v = lib.collatz_vec(6)
print("len:", v.len, "cap:", v.cap)
print("collatz(6):", v.ptr[: v.len])  # len numbers were written, not cap
print("live vectors:", lib.live_vectors())
lib.vec_u64_free(v)  # all three fields go back: Rust needs the capacity to free
print("after vec_u64_free:", lib.live_vectors())
# ANCHOR_END: call

# ANCHOR: error
failed = lib.collatz_vec(0)
print("collatz_vec(0): ptr set:", bool(failed.ptr), "len:", failed.len, "cap:", failed.cap)
lib.vec_u64_free(failed)  # NULL ptr: ignored
# ANCHOR_END: error
