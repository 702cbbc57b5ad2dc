"""Cleanup, counted by the library: a with block, close() twice, a forgotten object, a
reference cycle and the interpreter's exit each free a handle exactly once."""

import atexit
import ctypes
import gc

from _wrapped import Stats, counters


# Registered before the first weakref.finalize: atexit runs it after finalize's own handler.
@atexit.register
def at_exit():
    print(f"after the interpreter's exit handlers: {counters()}")


# ANCHOR: counted
print(f"at the start:                {counters()}")
with Stats([1.0, 2.0]) as stats:
    print(f"inside the with block:       {counters()}")
print(f"after the with block:        {counters()}")
try:
    stats.push(3.0)
except ctypes.ArgumentError as error:
    print(f"stats.push(3.0) -> ArgumentError: {error}")
stats.close()
stats.close()
del stats
print(f"close() twice, then del:     {counters()}")

forgotten = Stats([4.0])
del forgotten
print(f"a forgotten Stats, del:      {counters()}")

cycle = Stats([5.0])
cycle.me = cycle  # a reference cycle: only the garbage collector can free it
del cycle
print(f"a Stats in a cycle, del:     {counters()}")
gc.collect()
print(f"... after gc.collect():      {counters()}")

kept = Stats([6.0])  # never closed: still alive when the script ends
print(f"at the end of the script:    {counters()}")
# ANCHOR_END: counted
