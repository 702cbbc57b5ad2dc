import ctypes
import struct

from workbook import library_path

lib = ctypes.CDLL(library_path("layouts"))


# ANCHOR: BmpFileHeader
class BmpFileHeader(ctypes.LittleEndianStructure):  # the format is little-endian everywhere
    _layout_ = "ms"  # CPython 3.14+: the layout rules _pack_ follows (older versions ignore it)
    _pack_ = 1  # no padding: each field starts right after the previous one
    _fields_ = [
        ("magic", ctypes.c_char * 2),
        ("file_size", ctypes.c_uint32),
        ("reserved", ctypes.c_uint16 * 2),
        ("pixel_offset", ctypes.c_uint32),
    ]


class Unpacked(ctypes.LittleEndianStructure):  # the same fields, C's usual padding
    _fields_ = BmpFileHeader._fields_


# ANCHOR_END: BmpFileHeader

# ANCHOR: signatures
lib.bmp_file_header.argtypes = [ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(BmpFileHeader)]
lib.bmp_pixel_bytes.argtypes = [ctypes.POINTER(BmpFileHeader)]
lib.bmp_pixel_bytes.restype = ctypes.c_int64
lib.layout_sizeof.argtypes = [ctypes.c_char_p]
lib.layout_offsetof.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
lib.layout_sizeof.restype = lib.layout_offsetof.restype = ctypes.c_ssize_t
# ANCHOR_END: signatures

# ANCHOR: compare
print(f"{'':13} {'packed':>6} {'unpacked':>8} {'library':>7}")
for name, _ in BmpFileHeader._fields_:
    library = lib.layout_offsetof(b"BmpFileHeader", name.encode())
    packed, unpacked = getattr(BmpFileHeader, name).offset, getattr(Unpacked, name).offset
    print(f"{name:13} {packed:>6} {unpacked:>8} {library:>7}")
print(
    f"{'sizeof':13} {ctypes.sizeof(BmpFileHeader):>6} {ctypes.sizeof(Unpacked):>8}"
    f" {lib.layout_sizeof(b'BmpFileHeader'):>7}"
)
# ANCHOR_END: compare

# ANCHOR: header
header = BmpFileHeader()
print("bmp_file_header(640, 480):", lib.bmp_file_header(640, 480, ctypes.byref(header)))
print("bytes:", bytes(header).hex(" "))
print(f"magic {header.magic!r}, file_size {header.file_size}, pixel_offset {header.pixel_offset}")
print("struct.unpack('<2sIHHI'):", struct.unpack("<2sIHHI", bytes(header)))
print("bmp_pixel_bytes:", lib.bmp_pixel_bytes(ctypes.byref(header)), "=", 640 * 3 * 480)
# ANCHOR_END: header
