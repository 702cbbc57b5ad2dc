# ANCHOR: all
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.modify_value.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.modify_value.restype = None  # void: nothing comes back

num = ctypes.c_int(10)  # four bytes of C memory, owned by this Python object
print("Before modification:", num.value)
lib.modify_value(ctypes.byref(num))  # pass the address of those four bytes
print("After modification:", num.value)
# ANCHOR_END: all
