import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("layouts"))


# ANCHOR: PaddedCounter
class NaiveCounter(ctypes.Structure):  # the fields alone: 8 bytes
    _fields_ = [("value", ctypes.c_uint64)]


class PaddedCounter(ctypes.Structure):
    _align_ = 64  # CPython 3.13+: the struct's alignment (older versions ignore the name)
    _fields_ = [
        ("value", ctypes.c_uint64),
        ("_padding", ctypes.c_ubyte * 56),  # the size Rust gives it, on every version
    ]


# ANCHOR_END: PaddedCounter

# ANCHOR: signatures
lib.padded_counter_add.argtypes = [
    ctypes.POINTER(PaddedCounter),
    ctypes.c_size_t,
    ctypes.c_size_t,
    ctypes.c_uint64,
]
lib.layout_sizeof.argtypes = lib.layout_alignof.argtypes = [ctypes.c_char_p]
lib.layout_sizeof.restype = lib.layout_alignof.restype = ctypes.c_ssize_t
# ANCHOR_END: signatures

# ANCHOR: compare
print(f"{'':13} {'sizeof':>6} {'alignment':>9}")
print(
    f"{'library':13} {lib.layout_sizeof(b'PaddedCounter'):>6}"
    f" {lib.layout_alignof(b'PaddedCounter'):>9}"
)
for cls in NaiveCounter, PaddedCounter:
    print(f"{cls.__name__:13} {ctypes.sizeof(cls):>6} {ctypes.alignment(cls):>9}")
# ANCHOR_END: compare

# ANCHOR: memory
arrays = [(PaddedCounter * 4)() for _ in range(100)]
print("100 arrays, all 16-byte aligned:", all(ctypes.addressof(a) % 16 == 0 for a in arrays))
print("100 arrays, all 64-byte aligned:", all(ctypes.addressof(a) % 64 == 0 for a in arrays))
# ANCHOR_END: memory


# ANCHOR: aligned_array
def aligned_array(cls, n, alignment=64):
    """n cls at an address that is a multiple of alignment, in memory Python owns."""
    raw = (ctypes.c_ubyte * (ctypes.sizeof(cls) * n + alignment - 1))()
    skip = -ctypes.addressof(raw) % alignment  # bytes to the next multiple
    return (cls * n).from_buffer(raw, skip)  # a view into raw, which it keeps alive


counters = aligned_array(PaddedCounter, 4)
print("aligned_array: address % 64 =", ctypes.addressof(counters) % 64)
print("add 5 to counters[2]:", lib.padded_counter_add(counters, 4, 2, 5))
print("add 1 to counters[4]:", lib.padded_counter_add(counters, 4, 4, 1))
print("values:", [c.value for c in counters])
shifted = (PaddedCounter * 3).from_buffer(counters, 8)  # 8 bytes further on
print("8 bytes off:", lib.padded_counter_add(shifted, 3, 0, 5))
# ANCHOR_END: aligned_array
