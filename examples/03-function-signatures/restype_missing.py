import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.average.argtypes = (ctypes.c_double, ctypes.c_double)

# No restype: ctypes assumes the function returns a C int.
print("restype left at c_int:", lib.average(3.0, 4.0))

lib.average.restype = ctypes.c_double
print("restype = c_double:   ", lib.average(3.0, 4.0))
