"""Exercise (chapter 34): a for_each whose callback's exceptions reach the caller.

Check your work with `just exercise chapter-34`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks_ctx"))

VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
lib.run_in_worker.argtypes = (ctypes.c_int, VISIT, ctypes.c_void_p)
lib.run_in_worker.restype = ctypes.c_int


def for_each(count, on_item):
    """Calls on_item(item) for item in range(count), from the library's worker thread,
    and stops after a call that returns True. Returns how many calls were made. If
    on_item raises, stops there and raises that exception, once run_in_worker returned."""

    @VISIT
    def visit(item, user_data):
        # TODO: if on_item raises, ctypes prints the exception, drops it, and the loop
        # goes on with a return value nobody wrote.
        return 1 if on_item(item) else 0

    return lib.run_in_worker(count, visit, None)


# ANCHOR_END: starter
