"""Load the library named on the command line and say which libhelper.so it was given.

Used by search_order.sh: python3 examples/22-loading-failures/_which_helper.py LIBRARY
"""

# ANCHOR: which
import ctypes
import os
import sys

lib = ctypes.CDLL(sys.argv[1])
lib.which_helper.restype = ctypes.c_char_p
print(f"  {os.path.basename(sys.argv[1])} got {lib.which_helper().decode()}")
# ANCHOR_END: which
