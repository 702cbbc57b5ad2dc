import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
lib.add_numbers.restype = ctypes.c_int

# ANCHOR: checks
for args in [(5, 7), ("5", 7), (5.0, 7), (5,), (5, 7, 9)]:
    try:
        print(f"add_numbers{args} = {lib.add_numbers(*args)}")
    except (ctypes.ArgumentError, TypeError) as error:
        print(f"add_numbers{args} -> {type(error).__name__}: {error}")
# ANCHOR_END: checks
