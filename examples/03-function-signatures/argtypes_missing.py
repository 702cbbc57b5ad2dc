import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.average.restype = ctypes.c_double

# No argtypes: ctypes converts only int, bytes, str and None on its own.
try:
    lib.average(3.0, 4.0)
except ctypes.ArgumentError as error:
    print(f"floats, no argtypes: ArgumentError: {error}")

# Python ints go out as C ints, in the registers where C passes ints.
# average() reads its doubles from the floating-point registers instead.
result = lib.average(3, 4)
print(f"ints, no argtypes:   «{result}» (expected 3.5)")
print(f"  wrong answer: {result != 3.5}")

lib.average.argtypes = (ctypes.c_double, ctypes.c_double)
print(f"ints, with argtypes: {lib.average(3, 4)}")
