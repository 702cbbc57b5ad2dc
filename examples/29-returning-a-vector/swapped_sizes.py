import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vec_traps"))


class VecU64(ctypes.Structure):
    _fields_ = [
        ("ptr", ctypes.POINTER(ctypes.c_uint64)),
        ("len", ctypes.c_size_t),
        ("cap", ctypes.c_size_t),
    ]


lib.evens_vec.argtypes = [ctypes.c_uint64]
lib.evens_vec.restype = VecU64
lib.evens_contains_swapped.argtypes = [VecU64, ctypes.c_uint64]
lib.evens_contains_swapped.restype = ctypes.c_bool
lib.live_bytes.restype = ctypes.c_size_t

# ANCHOR: swapped
start = lib.live_bytes()
v = lib.evens_vec(10)
print("evens_vec(10): len", v.len, "cap", v.cap, "numbers", v.ptr[: v.len])
print("contains 7:", "«" + str(lib.evens_contains_swapped(v, 7)) + "»")  # frees v
print("bytes the allocator still counts:", lib.live_bytes() - start)
# ANCHOR_END: swapped
