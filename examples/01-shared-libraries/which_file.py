import ctypes
import sys

from workbook import library_filename, library_path

# ANCHOR: names
print("this platform:", sys.platform)
for name in ["clibrary", "math_ops"]:
    print(f"  {name} is in the file {library_filename(name)}")
# ANCHOR_END: names

# ANCHOR: load
lib = ctypes.CDLL(library_path("clibrary"))
print("loaded; add_numbers found:", hasattr(lib, "add_numbers"))
# ANCHOR_END: load
