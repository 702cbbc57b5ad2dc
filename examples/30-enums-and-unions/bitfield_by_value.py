import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("c_bitfields"))  # C only: Rust has no bit-fields


# ANCHOR: Reading
class Reading(ctypes.Structure):
    _fields_ = [
        ("sensor", ctypes.c_uint32, 12),  # (name, type, width in bits)
        ("channel", ctypes.c_uint32, 4),
        ("status", ctypes.c_uint32, 16),
        ("sequence", ctypes.c_uint32),
        ("low", ctypes.c_float),
        ("high", ctypes.c_float),
    ]


lib.reading_width.argtypes = [Reading]  # by value
lib.reading_width.restype = ctypes.c_float
lib.reading_width_at.argtypes = [ctypes.POINTER(Reading)]  # by pointer
lib.reading_width_at.restype = ctypes.c_float
# ANCHOR_END: Reading

# ANCHOR: calls
r = Reading(sensor=7, channel=2, status=1, sequence=42, low=1.5, high=4.0)
print("size:", ctypes.sizeof(Reading), "sensor:", r.sensor, "channel:", r.channel)
width = lib.reading_width(r)
print(f"by value:   «{width}»; right: {width == 2.5}")
print("by pointer:", lib.reading_width_at(ctypes.byref(r)))
# ANCHOR_END: calls
