import ctypes
import os

from workbook import library_path

# ANCHOR: missing
try:
    ctypes.CDLL("./libnot_built_yet.so")
except OSError as error:
    print(f"OSError: {error}")
# ANCHOR_END: missing

# ANCHOR: search
os.chdir(os.path.dirname(library_path("clibrary")))  # the folder that holds libclibrary.so
try:
    ctypes.CDLL("libclibrary.so")  # no slash: the loader searches system folders, not "."
except OSError as error:
    print(f"OSError: {error}")
lib = ctypes.CDLL("./libclibrary.so")  # a slash: a path, relative to the current directory
print("with ./ it loads; add_numbers(2, 3) =", lib.add_numbers(2, 3))
# ANCHOR_END: search
