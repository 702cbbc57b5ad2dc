import ctypes
import gc
import sys
import weakref

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("callbacks_ctx"))

# The header says void *user_data; on the Python side both ends are declared py_object.
VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.py_object)
lib.for_each_item.argtypes = (ctypes.c_int, VISIT, ctypes.py_object)
lib.for_each_item.restype = ctypes.c_int
lib.set_handler.argtypes = (VISIT, ctypes.py_object)
lib.set_handler.restype = None
lib.fire.argtypes = (ctypes.c_int,)
lib.fire.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: during
@VISIT
def append(item, items):  # items is the very object passed as user_data
    items.append(item)
    return 0


items = []
lib.for_each_item(3, append, items)
print(f"for_each_item filled the list: {items}")
# ANCHOR_END: during

# ANCHOR: refcount
log = []
before = sys.getrefcount(log)
lib.set_handler(append, log)  # the library now holds the address of log
print(f"references to log before set_handler: {before}, after: {sys.getrefcount(log)}")
lib.fire(7)
print(f"fire(7) appended to it: {log}")
# ANCHOR_END: refcount


# ANCHOR: gone
class Log(list):  # a list that a weakref can watch
    pass


log = Log()
alive = weakref.ref(log)
lib.set_handler(append, log)
del log
gc.collect()
print(f"after del, the object the library points to is alive: {alive() is not None}")
lib.set_handler(VISIT(), None)  # fire() now would hand a freed object to append
# ANCHOR_END: gone


# ANCHOR: kept
class Subscription:
    """Keeps the callback and its user_data alive for as long as the library may use them."""

    def __init__(self, callback, user_data):
        self.callback, self.user_data = callback, user_data
        lib.set_handler(callback, user_data)

    def close(self):
        lib.set_handler(VISIT(), None)  # first unregister, then let go
        self.callback = self.user_data = None


subscription = Subscription(append, [])
lib.fire(8)
print(f"kept by the Subscription: {subscription.user_data}")
subscription.close()
print(f"fire(9) after close returned {lib.fire(9)}")
# ANCHOR_END: kept
