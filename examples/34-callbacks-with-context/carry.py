import ctypes
import traceback

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("callbacks_ctx"))

VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.py_object)
for function in (lib.for_each_item, lib.run_in_worker):
    function.argtypes = (ctypes.c_int, VISIT, ctypes.py_object)
    function.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: carry
class Call:
    """One call of for_each: the Python function, and the exception it raised, if any."""

    def __init__(self, on_item):
        self.on_item, self.error = on_item, None


@VISIT
def trampoline(item, call):
    try:
        return 1 if call.on_item(item) else 0
    except BaseException as error:  # KeyboardInterrupt and SystemExit too
        call.error = error
        return 1  # stop: the native loop must not go on as if nothing happened


def for_each(count, on_item, native=lib.for_each_item):
    """Calls on_item(i) for i in range(count) through native; re-raises what it raised."""
    call = Call(on_item)  # the argument keeps it alive until native returns
    calls = native(count, trampoline, call)
    if call.error is not None:
        raise call.error  # the traceback still leads into on_item
    return calls


# ANCHOR_END: carry


# ANCHOR: use
def check_item(item):
    seen.append(item)
    if item == 1:
        raise ValueError(f"item {item} is not allowed")


for native in (lib.for_each_item, lib.run_in_worker):
    seen = []
    try:
        for_each(4, check_item, native)
    except ValueError as error:
        where = traceback.extract_tb(error.__traceback__)[-1].name
        print(f"{native.__name__}: ValueError({error}) raised in {where}(); items seen {seen}")
print(f"without an exception: {for_each(4, lambda item: None)} calls")
print(f"on_item returned True at item 2: {for_each(4, lambda item: item == 2)} calls")
# ANCHOR_END: use
