import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("layouts"))


# ANCHOR: Histogram
class Range(ctypes.Structure):
    _fields_ = [("lo", ctypes.c_float), ("hi", ctypes.c_float)]


class Histogram(ctypes.Structure):
    _fields_ = [
        ("label", ctypes.c_char * 6),  # char label[6]: 6 bytes inside the struct
        ("range", Range),  # a struct inside the struct: its 8 bytes, inline
        ("counts", ctypes.c_uint32 * 4),  # uint32_t counts[4]: 16 bytes, inline
        ("total", ctypes.c_uint64),
    ]


# ANCHOR_END: Histogram

# ANCHOR: signatures
lib.histogram_init.argtypes = [
    ctypes.POINTER(Histogram),
    ctypes.c_char_p,
    ctypes.c_float,
    ctypes.c_float,
]
lib.histogram_add.argtypes = [
    ctypes.POINTER(Histogram),
    ctypes.POINTER(ctypes.c_float),
    ctypes.c_size_t,
]
lib.layout_sizeof.argtypes = lib.layout_alignof.argtypes = [ctypes.c_char_p]
lib.layout_offsetof.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
for f in lib.layout_sizeof, lib.layout_alignof, lib.layout_offsetof:
    f.restype = ctypes.c_ssize_t
# ANCHOR_END: signatures

# ANCHOR: compare
offsets = {
    "label": Histogram.label.offset,
    "range": Histogram.range.offset,
    "range.hi": Histogram.range.offset + Range.hi.offset,  # nested offsets add up
    "counts": Histogram.counts.offset,
    "total": Histogram.total.offset,
}
print(f"{'':9} {'ctypes':>6} {'library':>7}")
for field, offset in offsets.items():
    print(f"{field:9} {offset:>6} {lib.layout_offsetof(b'Histogram', field.encode()):>7}")
print(f"{'sizeof':9} {ctypes.sizeof(Histogram):>6} {lib.layout_sizeof(b'Histogram'):>7}")
print(f"{'alignof':9} {ctypes.alignment(Histogram):>6} {lib.layout_alignof(b'Histogram'):>7}")
# ANCHOR_END: compare

# ANCHOR: use
h = Histogram()
print("histogram_init:", lib.histogram_init(ctypes.byref(h), b"temp", 0.0, 40.0))
readings = (ctypes.c_float * 6)(12.5, 3.0, 38.25, 21.0, 45.0, 19.75)
print("histogram_add:", lib.histogram_add(ctypes.byref(h), readings, len(readings)))
print(
    f"label {h.label!r}, range [{h.range.lo}, {h.range.hi}), counts {list(h.counts)},"
    f" total {h.total}"
)
# ANCHOR_END: use

# ANCHOR: views
label, counts, bounds = h.label, h.counts, h.range
print("types:", type(label).__name__, type(counts).__name__, type(bounds).__name__)
bounds.hi = 50.0  # bounds shares h's bytes: this writes into h
lib.histogram_add(ctypes.byref(h), readings, len(readings))  # the same six readings again
print(f"after bounds.hi = 50.0: h.range.hi {h.range.hi}, counts {list(counts)}, total {h.total}")
h.label = b"humid"  # a char array field takes bytes, at most 6
print(f"label {label!r} (a copy), h.label {h.label!r}, first bytes of h {bytes(h)[:6]!r}")
# ANCHOR_END: views


# ANCHOR: pointer_field
class WrongHistogram(ctypes.Structure):  # an array field is not a pointer field
    _fields_ = [
        ("label", ctypes.c_char * 6),
        ("range", Range),
        ("counts", ctypes.POINTER(ctypes.c_uint32)),  # 8 bytes: an address, not 16 of data
        ("total", ctypes.c_uint64),
    ]


print(
    "WrongHistogram: sizeof", ctypes.sizeof(WrongHistogram), "total at", WrongHistogram.total.offset
)
# ANCHOR_END: pointer_field
