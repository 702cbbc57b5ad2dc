import ctypes
import struct
import zlib

from workbook import library_path

lib = ctypes.CDLL(library_path("layouts"))


# ANCHOR: PngHeader
IHDR_FIELDS = [
    ("signature", ctypes.c_char * 8),  # b"\x89PNG\r\n\x1a\n"
    ("length", ctypes.c_uint32),  # of the chunk's data: 13
    ("type", ctypes.c_char * 4),  # b"IHDR"
    ("width", ctypes.c_uint32),
    ("height", ctypes.c_uint32),
    ("bit_depth", ctypes.c_uint8),
    ("color_type", ctypes.c_uint8),
    ("compression", ctypes.c_uint8),
    ("filter", ctypes.c_uint8),
    ("interlace", ctypes.c_uint8),
    ("crc", ctypes.c_uint32),  # CRC-32 of type and data
]


class PngHeader(ctypes.BigEndianStructure):  # PNG stores every number big-endian
    _layout_ = "ms"  # CPython 3.14+: the layout rules _pack_ follows (older versions ignore it)
    _pack_ = 1  # no padding: the CRC starts at byte 29
    _fields_ = IHDR_FIELDS


# ANCHOR_END: PngHeader

# ANCHOR: write
lib.png_header.argtypes = [
    ctypes.c_uint32,
    ctypes.c_uint32,
    ctypes.c_uint8,
    ctypes.c_uint8,
    ctypes.POINTER(ctypes.c_uint8),
    ctypes.c_size_t,
]
data = bytearray(ctypes.sizeof(PngHeader))  # what a file read would give you
out = (ctypes.c_uint8 * len(data)).from_buffer(data)  # the library writes into data itself
print("png_header(640, 480, 8, 2):", lib.png_header(640, 480, 8, 2, out, len(data)), "bytes")
print(data.hex(" "))
# ANCHOR_END: write

# ANCHOR: read
png = PngHeader.from_buffer_copy(data)
print(
    f"PngHeader: {png.type!r}, {png.width} x {png.height}, bit depth {png.bit_depth},"
    f" colour type {png.color_type}, crc {png.crc:#010x}"
)
fields = struct.unpack(">8sI4sIIBBBBBI", data)  # the same format, spelled for struct
print("struct.unpack agrees:", fields == tuple(getattr(png, name) for name, _ in IHDR_FIELDS))
print("zlib.crc32 agrees:", zlib.crc32(data[12:29]) == png.crc)
# ANCHOR_END: read


# ANCHOR: native
class NativeOrder(ctypes.Structure):  # the same fields in this machine's byte order
    _layout_ = "ms"
    _pack_ = 1
    _fields_ = IHDR_FIELDS  # not PngHeader._fields_: that now lists the swapped types


wrong = NativeOrder.from_buffer_copy(data)
print(f"read in native order on a little-endian machine: {wrong.width} x {wrong.height}")
# ANCHOR_END: native
