import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("shapes"))
for name in ["sample_size", "sample_value_offset", "sample_id_offset"]:
    getattr(lib, name).restype = ctypes.c_size_t


# ANCHOR: Sample
class Sample(ctypes.Structure):
    _fields_ = [("flag", ctypes.c_uint8), ("value", ctypes.c_double), ("id", ctypes.c_int16)]


# ANCHOR_END: Sample

# ANCHOR: compare
print(f"{'':8} {'ctypes':>6} {'library':>7}")
print(f"{'sizeof':8} {ctypes.sizeof(Sample):>6} {lib.sample_size():>7}")
print(f"{'value at':8} {Sample.value.offset:>6} {lib.sample_value_offset():>7}")
print(f"{'id at':8} {Sample.id.offset:>6} {lib.sample_id_offset():>7}")
print("alignment:", ctypes.alignment(Sample))
# ANCHOR_END: compare

# ANCHOR: make
lib.sample_make.argtypes = [ctypes.c_uint8, ctypes.c_double, ctypes.c_int16]
lib.sample_make.restype = Sample
s = lib.sample_make(1, 2.7, 7)
print(f"sample_make(1, 2.7, 7) -> flag {s.flag}, value {s.value}, id {s.id}")
# ANCHOR_END: make


# ANCHOR: packed
class PackedSample(ctypes.Structure):
    _layout_ = "ms"  # the rules _pack_ follows; say so, or CPython 3.14 warns
    _pack_ = 1  # no padding: NOT the layout the library uses
    _fields_ = Sample._fields_


right = Sample(1, 2.7, 7)  # built by ctypes: its padding bytes are zeros
wrong = PackedSample.from_buffer_copy(right)  # the same 24 bytes, read with the wrong layout
print("packed sizeof:", ctypes.sizeof(PackedSample))
print(f"read packed -> flag {wrong.flag}, value {wrong.value}, id {wrong.id}")
# ANCHOR_END: packed
