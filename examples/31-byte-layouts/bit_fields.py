import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("layouts"))


# ANCHOR: Rgb565
class Rgb565(ctypes.Structure):
    _fields_ = [
        ("blue", ctypes.c_uint16, 5),  # (name, type, width in bits): bits 0-4
        ("green", ctypes.c_uint16, 6),  # bits 5-10
        ("red", ctypes.c_uint16, 5),  # bits 11-15
    ]


# ANCHOR_END: Rgb565

# ANCHOR: signatures
lib.rgb565_pack.argtypes = [ctypes.c_uint8, ctypes.c_uint8, ctypes.c_uint8]
lib.rgb565_pack.restype = ctypes.c_uint16  # the header's Rgb565 is a uint16_t
lib.rgb565_to_rgb888.argtypes = [ctypes.POINTER(Rgb565)]
lib.rgb565_to_rgb888.restype = ctypes.c_uint32
lib.layout_sizeof.argtypes = [ctypes.c_char_p]
lib.layout_sizeof.restype = ctypes.c_ssize_t
# ANCHOR_END: signatures

# ANCHOR: pack
bits = lib.rgb565_pack(255, 128, 0)  # orange
b = f"{bits:016b}"
print(f"rgb565_pack(255, 128, 0) -> {bits:#06x}, bits {b[:5]} {b[5:11]} {b[11:]}")
pixel = Rgb565.from_buffer_copy(ctypes.c_uint16(bits))  # the same 2 bytes, as bit fields
print(f"as Rgb565: red {pixel.red}, green {pixel.green}, blue {pixel.blue}")
# ANCHOR_END: pack

# ANCHOR: expand
pixel = Rgb565(red=31, green=0, blue=16)
print(f"Rgb565(red=31, green=0, blue=16) in memory: {bytes(pixel).hex(' ')}")
print(f"rgb565_to_rgb888 -> {lib.rgb565_to_rgb888(ctypes.byref(pixel)):#08x}")
# ANCHOR_END: expand


# ANCHOR: agree
def widened(value, width):  # 5 or 6 bits to 8, repeating the top bits, as the library does
    return (value << (8 - width)) | (value >> (2 * width - 8))


packed_alike = read_alike = 0
for bits in range(1 << 16):  # every pixel there is
    pixel = Rgb565.from_buffer_copy(ctypes.c_uint16(bits))
    channels = (pixel.red << 3, pixel.green << 2, pixel.blue << 3)
    packed_alike += lib.rgb565_pack(*channels) == bits
    expected = (widened(pixel.red, 5) << 16) | (widened(pixel.green, 6) << 8)
    expected |= widened(pixel.blue, 5)
    read_alike += lib.rgb565_to_rgb888(ctypes.byref(pixel)) == expected
print(f"the library packs ctypes' fields into the same bits: {packed_alike} of {1 << 16}")
print(f"the library reads the fields ctypes wrote:          {read_alike} of {1 << 16}")
# ANCHOR_END: agree


# ANCHOR: unit
class Rgb565Wide(ctypes.Structure):  # the same widths in a 32-bit storage unit
    _fields_ = [
        ("blue", ctypes.c_uint32, 5),
        ("green", ctypes.c_uint32, 6),
        ("red", ctypes.c_uint32, 5),
    ]


print("library sizeof(Rgb565):", lib.layout_sizeof(b"Rgb565"))
print("ctypes, c_uint16 fields:", ctypes.sizeof(Rgb565))
print("ctypes, c_uint32 fields:", ctypes.sizeof(Rgb565Wide))
# ANCHOR_END: unit
