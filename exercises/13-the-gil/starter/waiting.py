"""Exercise (chapter 13): load the library so that a long native call lets Python threads run.

The C declarations:
    int wait_for_flag(uint32_t timeout_ms);  // returns 1 when another thread set the flag
    void set_flag(void);
    int is_waiting(void);
Check your work with `just exercise chapter-13`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

# TODO: a tutorial said to load libraries with PyDLL. Is that right here?
lib = ctypes.PyDLL(library_path("ex_gil"))
lib.wait_for_flag.argtypes = (ctypes.c_uint32,)
lib.wait_for_flag.restype = ctypes.c_int
lib.set_flag.argtypes = ()
lib.set_flag.restype = None
lib.is_waiting.argtypes = ()
lib.is_waiting.restype = ctypes.c_int
# ANCHOR_END: starter
