# ANCHOR: all
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))  # .../libclibrary.so on Linux

lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
lib.add_numbers.restype = ctypes.c_int

result = lib.add_numbers(5, 7)
print(f"Result of addition: {result}")
# ANCHOR_END: all
