import ctypes

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("clibrary"))
lib.array_above_4gib.argtypes = []
# ANCHOR_END: setup

# ANCHOR: right
lib.array_above_4gib.restype = ctypes.c_void_p  # the whole 64-bit address, as a Python int
address = lib.array_above_4gib()
print(f"restype c_void_p: {address:#x}, more than 32 bits: {address >= 2**32}")
print("reading through it:", ctypes.cast(address, ctypes.POINTER(ctypes.c_int))[:5])
# ANCHOR_END: right

# ANCHOR: wrong
lib.array_above_4gib.restype = ctypes.c_int  # the default: what you get if you forget restype
truncated = lib.array_above_4gib()
print(f"restype c_int:    {truncated:#x}")
print("same low 32 bits:", truncated & 0xFFFF_FFFF == address & 0xFFFF_FFFF)
# ANCHOR_END: wrong

# ANCHOR: crash
print("reading the array through the truncated address ...")
print(ctypes.cast(truncated, ctypes.POINTER(ctypes.c_int))[0])
print("never printed")
# ANCHOR_END: crash
