"""Two wrappers that look right: __del__ plus close() frees twice; a finalizer whose
callback is a bound method never lets the object be collected."""

import gc
import weakref

from _wrapped import counters, lib


# ANCHOR: naive
class TwiceFreed:
    def __init__(self):
        self._handle = lib.stats_new()

    def close(self):
        lib.stats_free(self._handle)

    def __del__(self):
        self.close()


class NeverFreed:
    def __init__(self):
        self._handle = lib.stats_new()
        self._finalizer = weakref.finalize(self, self.close)  # self.close holds self

    def close(self):
        lib.stats_free(self._handle)


# ANCHOR_END: naive

# ANCHOR: run
print(f"at the start:               {counters()}")
twice = TwiceFreed()
twice.close()
del twice
print(f"TwiceFreed: close(), del:   {counters()}")
never = NeverFreed()
del never
gc.collect()
print(f"NeverFreed: del, collect:   {counters()}")
print(f"stats_free refused a second free: {lib.frees_refused() == 1}")
# ANCHOR_END: run
