"""Try to load each shared library named on the command line and say what happened.

Used by this chapter's shell examples: python3 examples/22-loading-failures/_load.py FILE...
An argument LD_LIBRARY_PATH=DIR sets that variable inside Python before the next loads.
"""

# ANCHOR: load
import ctypes
import os
import sys

for arg in sys.argv[1:]:
    if arg.startswith("LD_LIBRARY_PATH="):
        os.environ["LD_LIBRARY_PATH"] = arg.partition("=")[2]
        print("  (set LD_LIBRARY_PATH inside Python)")
        continue
    try:
        ctypes.CDLL(arg)
        print(f"  {os.path.basename(arg)}: loaded")
    except OSError as error:
        print(f"  {os.path.basename(arg)}: OSError: {error}")
# ANCHOR_END: load
