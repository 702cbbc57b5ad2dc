# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("panics"))
# ANCHOR_END: load

# ANCHOR: caught
PERCENT_OK, PERCENT_NULL_POINTER, PERCENT_PANICKED = 0, -1, -2  # from panics.h
lib.percent_checked.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_int))
lib.percent_checked.restype = ctypes.c_int

for part, whole in [(1, 4), (1, 0), (3, 4)]:
    result = ctypes.c_int()
    code = lib.percent_checked(part, whole, ctypes.byref(result))
    if code == PERCENT_OK:
        print(f"percent_checked({part}, {whole}) = {result.value}")
    else:
        print(f"percent_checked({part}, {whole}) failed with code {code} (panicked)")
print("still running")
# ANCHOR_END: caught
