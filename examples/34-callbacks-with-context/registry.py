import ctypes
import gc
import itertools
import weakref

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("callbacks_ctx"))

VISIT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)  # Visit in the header
lib.for_each_item.argtypes = (ctypes.c_int, VISIT, ctypes.c_void_p)
lib.for_each_item.restype = ctypes.c_int
lib.set_handler.argtypes = (VISIT, ctypes.c_void_p)
lib.set_handler.restype = None
lib.fire.argtypes = (ctypes.c_int,)
lib.fire.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: registry
class Registry:
    """Python objects by number: the number travels through user_data, the object stays here."""

    def __init__(self):
        self._objects = {}
        self._numbers = itertools.count(1)  # never 0: user_data 0 is NULL, which arrives as None

    def add(self, obj):
        handle = next(self._numbers)  # never reused, so a stale handle finds nothing
        self._objects[handle] = obj  # this reference keeps obj alive
        return handle

    def get(self, handle):
        return self._objects.get(handle)

    def remove(self, handle):
        del self._objects[handle]


registry = Registry()


@VISIT  # one C function pointer for every object: it lives as long as the module
def dispatch(item, user_data):
    obj = registry.get(user_data)
    if obj is None:
        print(f"  no object has handle {user_data}: the call is ignored")
        return 1
    return obj.on_item(item)


# ANCHOR_END: registry


# ANCHOR: collector
class Collector:
    def __init__(self):
        self.items = []

    def on_item(self, item):
        self.items.append(item)
        return 0


# ANCHOR_END: collector

# ANCHOR: during
a, b = Collector(), Collector()
first, second = registry.add(a), registry.add(b)
lib.for_each_item(3, dispatch, first)
lib.for_each_item(2, dispatch, second)
print(f"handles {first} and {second}: a got {a.items}, b got {b.items}")
registry.remove(first)
registry.remove(second)
# ANCHOR_END: during

# ANCHOR: stored
log = Collector()
handle = registry.add(log)
lib.set_handler(dispatch, handle)  # the library keeps dispatch and the number
alive = weakref.ref(log)
del log
gc.collect()
print(f"after del, the registry keeps the Collector alive: {alive() is not None}")
lib.fire(7)
print(f"fire(7) reached it: {alive().items}")
registry.remove(handle)
gc.collect()
print(f"after remove, it is gone: {alive() is None}")
print(f"fire(8) returned {lib.fire(8)}")
lib.set_handler(VISIT(), None)  # unregister before dispatch could go away
# ANCHOR_END: stored


# ANCHOR: null
@VISIT
def show(item, user_data):
    print(f"user_data NULL arrives as {user_data!r}")
    return 1


lib.for_each_item(1, show, None)
# ANCHOR_END: null
