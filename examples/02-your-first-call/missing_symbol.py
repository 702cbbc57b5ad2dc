import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))

# ANCHOR: typo
try:
    print(lib.add_numbrs)  # a typo: the library exports add_numbers
except AttributeError as error:
    print(f"AttributeError: {error}")
# ANCHOR_END: typo

# ANCHOR: hasattr
print("has add_numbers:", hasattr(lib, "add_numbers"))
print("has add_numbrs: ", hasattr(lib, "add_numbrs"))
# ANCHOR_END: hasattr
