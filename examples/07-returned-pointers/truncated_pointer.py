import ctypes

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("clibrary"))
lib.allocate_array.argtypes = [ctypes.c_int]
lib.free_array.argtypes = [ctypes.c_void_p]  # accepts the plain int address below
lib.free_array.restype = ctypes.c_int
# ANCHOR_END: setup

# ANCHOR: right
lib.allocate_array.restype = ctypes.c_void_p  # the whole 64-bit address, as a Python int
address = lib.allocate_array(5)
print(f"restype c_void_p: {address:#x}, more than 32 bits: {address >= 2**32}")
lib.free_array(address)  # give it back: the next allocation of this size reuses the block
# ANCHOR_END: right

# ANCHOR: wrong
lib.allocate_array.restype = ctypes.c_int  # the default: what you get if you forget restype
truncated = lib.allocate_array(5)
print(f"restype c_int:    «{truncated:#x}»")
print("same low 32 bits:", truncated & 0xFFFF_FFFF == address & 0xFFFF_FFFF)
# ANCHOR_END: wrong

# ANCHOR: crash
print("reading the array through the truncated address ...")
print(ctypes.cast(truncated, ctypes.POINTER(ctypes.c_int))[0])
print("never printed")
# ANCHOR_END: crash
