"""Run by deadlock.py in a child process: python3 _join.py CDLL|PyDLL"""

import ctypes
import sys
import threading

from workbook import library_path

# ANCHOR: child
loader = getattr(ctypes, sys.argv[1])  # ctypes.CDLL or ctypes.PyDLL
lib = loader(library_path("callbacks_ctx"))
VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
lib.run_in_worker.argtypes = (ctypes.c_int, VISIT, ctypes.c_void_p)
lib.run_in_worker.restype = ctypes.c_int


@VISIT
def hello(item, user_data):
    main = threading.current_thread() is threading.main_thread()
    print(f"  the callback runs, on the main thread: {main}")
    return 0


print(f"  calling run_in_worker through {sys.argv[1]}")
print(f"  run_in_worker returned {lib.run_in_worker(1, hello, None)}")
# ANCHOR_END: child
