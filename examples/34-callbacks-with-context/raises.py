import ctypes

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("callbacks_ctx"))

VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
lib.for_each_item.argtypes = (ctypes.c_int, VISIT, ctypes.c_void_p)
lib.for_each_item.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: raises
@VISIT
def check_item(item, user_data):
    if item == 1:
        raise ValueError(f"item {item} is not allowed")
    return 0


calls = lib.for_each_item(4, check_item, None)  # no exception here
print(f"for_each_item returned normally, after «{calls}» calls")
print(f"the call that raised was made, and the loop went on or stopped: {calls >= 2}")
# ANCHOR_END: raises
