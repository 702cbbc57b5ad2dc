import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))


class VecU64(ctypes.Structure):
    _fields_ = [
        ("ptr", ctypes.POINTER(ctypes.c_uint64)),
        ("len", ctypes.c_size_t),
        ("cap", ctypes.c_size_t),
    ]


lib.collatz_vec.argtypes = [ctypes.c_uint64]
lib.collatz_vec.restype = VecU64
lib.vec_u64_free.argtypes = [VecU64]
lib.vec_u64_free.restype = None

# ANCHOR: read_cap
v = lib.collatz_vec(6)
numbers = v.ptr[: v.cap]  # the mistake: cap, where len belongs
print(f"read {len(numbers)} numbers; the library wrote {v.len} of them:")
print("  written:", numbers[: v.len])
print("  never written:", "«" + " ".join(str(n) for n in numbers[v.len :]) + "»")
lib.vec_u64_free(v)
# ANCHOR_END: read_cap
