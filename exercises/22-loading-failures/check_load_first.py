"""The checks `just exercise chapter-22` runs for load_first.py."""

import ctypes

from checking import attribute, fail, load, step
from workbook import library_path


# ANCHOR: check
def check(work):
    module = load(work / "load_first.py")
    load_first = attribute(module, "load_first", "a function load_first(candidates)")

    real = library_path("clibrary")
    step(f'calling load_first(["/nonexistent/libnope.so", "{real}"])')
    lib = load_first(["/nonexistent/libnope.so", real])
    if not isinstance(lib, ctypes.CDLL) or not hasattr(lib, "add_numbers"):
        fail(f"load_first returned {lib!r}, expected the CDLL of {real}")

    bad = ["libnope_not_installed.so", str(work / "load_first.py")]  # a file, but no library
    step(f"calling load_first({bad})")
    try:
        got = load_first(bad)
    except OSError as error:
        missing = [c for c in bad if c not in str(error)]
        if missing:
            fail(f"the OSError does not name {missing}: {error}")
        return
    fail(f"load_first({bad}) returned {got!r}; neither file is a library, so raise OSError")


# ANCHOR_END: check
