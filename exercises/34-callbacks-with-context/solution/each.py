"""Exercise (chapter 34): a for_each whose callback's exceptions reach the caller.

Check your work with `just exercise chapter-34`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks_ctx"))

VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.py_object)
lib.run_in_worker.argtypes = (ctypes.c_int, VISIT, ctypes.py_object)
lib.run_in_worker.restype = ctypes.c_int


class _Call:
    """One call of for_each: the function to call and what it raised."""

    def __init__(self, on_item):
        self.on_item, self.error = on_item, None


@VISIT
def _visit(item, call):
    try:
        return 1 if call.on_item(item) else 0
    except BaseException as error:  # KeyboardInterrupt, SystemExit and the rest too
        call.error = error
        return 1  # stop the native loop


def for_each(count, on_item):
    """Calls on_item(item) for item in range(count), from the library's worker thread,
    and stops after a call that returns True. Returns how many calls were made. If
    on_item raises, stops there and raises that exception, once run_in_worker returned."""
    call = _Call(on_item)  # kept alive by the argument until run_in_worker returns
    calls = lib.run_in_worker(count, _visit, call)
    if call.error is not None:
        error, call.error = call.error, None  # the _Call does not keep the traceback
        raise error
    return calls


# ANCHOR_END: solution
