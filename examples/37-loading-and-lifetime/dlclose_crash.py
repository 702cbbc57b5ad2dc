import _ctypes
import ctypes
from pathlib import Path

from _answer import build

from workbook import REPO

SCRATCH = REPO / "build" / "scratch" / "dlclose"


# ANCHOR: unload
def mapped(library):  # is the file mapped into this process?
    return str(library) in Path("/proc/self/maps").read_text()


library = build(SCRATCH, 1)
lib = ctypes.CDLL(str(library))
answer = lib.answer  # a function object: the address of answer() inside the mapped file
print("loaded: answer() =", answer())

build(SCRATCH, 2)
_ctypes.dlclose(lib._handle)  # one dlopen, one dlclose: the loader unmaps the file
print("after dlclose, still mapped:", mapped(library))
lib = ctypes.CDLL(str(library))
print("loaded again: lib.answer() =", lib.answer())
_ctypes.dlclose(lib._handle)
print("unloaded again, still mapped:", mapped(library))
# ANCHOR_END: unload

# ANCHOR: stale
print("calling the function object from before the first dlclose ...")
answer()  # jumps to where answer() used to be
print("not reached")
# ANCHOR_END: stale
