import ctypes
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("shapes"))


# ANCHOR: signatures
class _Accumulator(ctypes.Structure):
    """Opaque: no _fields_, Python never looks inside. Only pointers to it exist."""


Handle = ctypes.POINTER(_Accumulator)
lib.accumulator_new.argtypes = []
lib.accumulator_new.restype = Handle
lib.accumulator_free.argtypes = [Handle]
lib.accumulator_free.restype = None
lib.accumulator_add.argtypes = [Handle, ctypes.c_double]
lib.accumulator_add.restype = ctypes.c_int
lib.accumulator_mean.argtypes = [Handle]
lib.accumulator_mean.restype = ctypes.c_double
lib.accumulator_count.argtypes = [Handle]
lib.accumulator_count.restype = ctypes.c_long
lib.live_accumulators.restype = ctypes.c_int
# ANCHOR_END: signatures


# ANCHOR: class
class Accumulator:
    """A running mean in native memory, freed exactly once: by close(), by `with`,
    or, as a safety net, when the Python object is garbage-collected."""

    def __init__(self):
        handle = lib.accumulator_new()
        if not handle:
            raise MemoryError("accumulator_new returned NULL")
        self._handle = handle
        self._free = weakref.finalize(self, lib.accumulator_free, handle)

    def _live_handle(self):
        if not self._free.alive:
            raise ValueError("this Accumulator is closed")
        return self._handle

    def add(self, value):
        lib.accumulator_add(self._live_handle(), value)

    @property
    def mean(self):
        return lib.accumulator_mean(self._live_handle())

    def __len__(self):
        return lib.accumulator_count(self._live_handle())

    def close(self):
        self._free()  # calls accumulator_free the first time, does nothing after that

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


# ANCHOR_END: class

# ANCHOR: use
with Accumulator() as acc:
    for value in [1.0, 2.0, 4.5]:
        acc.add(value)
    print(f"{len(acc)} values, mean {acc.mean}")
    print("live accumulators inside with:", lib.live_accumulators())
print("live accumulators after with: ", lib.live_accumulators())
try:
    acc.add(1.0)
except ValueError as error:
    print(f"after close: ValueError: {error}")
acc.close()  # a second close is harmless
# ANCHOR_END: use

# ANCHOR: forgotten
forgotten = Accumulator()
print("one left open:", lib.live_accumulators())
del forgotten  # the finalizer frees it when the object goes away
print("after del:    ", lib.live_accumulators())
# ANCHOR_END: forgotten

# ANCHOR: type_check
try:
    lib.accumulator_add(ctypes.c_void_p(1234), 1.0)  # not an accumulator pointer: refused
except ctypes.ArgumentError as error:
    print(f"wrong handle type: ArgumentError: {error}")
# ANCHOR_END: type_check
