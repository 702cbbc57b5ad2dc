# ANCHOR: all
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.modify_value.restype = None
# No argtypes: ctypes passes a Python int as a C int, and C reads that int as an address.

count = ctypes.c_int(10)
lib.modify_value(ctypes.byref(count))  # fine: an address
print("with byref:", count.value)
print("without byref, modify_value(10) writes to address 10 ...")
lib.modify_value(10)
print("never printed")
# ANCHOR_END: all
