"""Calls panic_in_cleanup, which aborts the process: run by panic_in_cleanup.sh."""

# ANCHOR: call
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("panics"))
lib.panic_in_cleanup.restype = ctypes.c_int

print("calling panic_in_cleanup()", flush=True)
code = lib.panic_in_cleanup()
print(f"it returned {code}")  # never printed
# ANCHOR_END: call
