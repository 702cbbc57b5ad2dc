"""The checks `just exercise chapter-25` runs for logger.py."""

import ctypes
import gc

from checking import attribute, fail, library, load, step


def reachable(module):
    """Every object the module's globals hold, one level into lists, tuples and dicts."""
    for value in vars(module).values():
        yield value
        if isinstance(value, list | tuple | set):
            yield from value
        elif isinstance(value, dict):
            yield from value.values()


# ANCHOR: check
def check(work):
    module = load(work / "logger.py")
    install = attribute(module, "install", "a function install()")
    messages = attribute(module, "messages", "a list messages")
    lib = library("ex_logger")
    lib.current_logger.restype = ctypes.c_size_t

    step("calling install()")
    install()
    gc.collect()  # anything only install() referred to is gone now
    address = lib.current_logger()
    if not address:
        fail("after install(), the library has no logger: did install() call set_logger?")
    kept = [
        obj
        for obj in reachable(module)
        if isinstance(obj, ctypes._CFuncPtr) and ctypes.cast(obj, ctypes.c_void_p).value == address
    ]
    if not kept:
        fail(
            "the library holds a pointer to your callback, but nothing in logger.py keeps the"
            " CFUNCTYPE object alive: Python has freed it, and the next log_message would call"
            " freed memory. Keep it in a module-level variable."
        )
    step('calling log_message(b"disk almost full")')
    lib.log_message.argtypes = (ctypes.c_char_p,)
    lib.log_message(b"disk almost full")
    if messages != ["disk almost full"]:
        fail(f"after one log_message, messages is {messages!r}, expected ['disk almost full']")


# ANCHOR_END: check
