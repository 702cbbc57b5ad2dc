"""Exercise (chapter 25): give the library a Python function to call, and keep it alive.

The C declarations:
    typedef void (*Logger)(const char *text);
    void set_logger(Logger logger);
    int log_message(const char *text);
Check your work with `just exercise chapter-25`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_logger"))
LOGGER = ctypes.CFUNCTYPE(None, ctypes.c_char_p)
lib.set_logger.argtypes = (LOGGER,)
lib.set_logger.restype = None
lib.log_message.argtypes = (ctypes.c_char_p,)
lib.log_message.restype = ctypes.c_int

messages = []  # every message the library logged, as str


def _collect(text):
    messages.append(text.decode())


# A module-level name keeps the C function pointer alive as long as the module lives,
# which is as long as the library may call it.
_logger = LOGGER(_collect)


def install():
    """Make the library send every message it logs to the list `messages`."""
    lib.set_logger(_logger)


# ANCHOR_END: solution
