import ctypes
import threading

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("callbacks_ctx"))

VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.py_object)
for function in (lib.for_each_item, lib.run_in_worker):
    function.argtypes = (ctypes.c_int, VISIT, ctypes.py_object)
    function.restype = ctypes.c_int

# Python's own C API, through ctypes.pythonapi: which thread state is running this code?
ctypes.pythonapi.PyThreadState_Get.restype = ctypes.c_void_p
ctypes.pythonapi.PyThreadState_GetID.argtypes = (ctypes.c_void_p,)
ctypes.pythonapi.PyThreadState_GetID.restype = ctypes.c_uint64
# ANCHOR_END: load

# ANCHOR: record
local = threading.local()
calls = []


@VISIT
def record(item, user_data):
    local.count = getattr(local, "count", 0) + 1  # how often this thread has been here
    state = ctypes.pythonapi.PyThreadState_GetID(ctypes.pythonapi.PyThreadState_Get())
    calls.append((threading.get_ident(), state, local.count))
    return 0


# ANCHOR_END: record


# ANCHOR: compare
def report(name):
    threads = {ident for ident, _, _ in calls}
    states = {state for _, state, _ in calls}
    caller = "the caller's" if threads == {threading.get_ident()} else "not the caller's"
    print(f"{name}: {len(calls)} calls from {len(threads)} OS thread ({caller})")
    print(f"  thread states: {len(states)}; threading.local count: {[c for _, _, c in calls]}")
    calls.clear()


lib.for_each_item(3, record, None)
report("for_each_item")
lib.run_in_worker(3, record, None)
report("run_in_worker")
# ANCHOR_END: compare


# ANCHOR: fix
class Run:
    """The state of one run, passed as user_data: it does not depend on the thread state."""

    def __init__(self):
        self.counts = []


@VISIT
def count(item, run):
    run.counts.append(len(run.counts) + 1)
    return 0


run = Run()
lib.run_in_worker(3, count, run)
print(f"run_in_worker with the state in user_data: count {run.counts}")
# ANCHOR_END: fix
