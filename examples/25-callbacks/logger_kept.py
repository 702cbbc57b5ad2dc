# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks"))
LOGGER = ctypes.CFUNCTYPE(None, ctypes.c_char_p)
lib.set_logger.argtypes = (LOGGER,)
lib.set_logger.restype = None
lib.log_message.argtypes = (ctypes.c_char_p,)
lib.log_message.restype = ctypes.c_int
# ANCHOR_END: load


# ANCHOR: kept
class Logger:
    """Owns the callback for as long as the library may call it."""

    def __init__(self):
        self._callback = LOGGER(self.show)  # this reference keeps it alive
        lib.set_logger(self._callback)

    def show(self, text):
        print("log:", text.decode())

    def close(self):
        lib.set_logger(LOGGER())  # a NULL pointer: the library forgets ours first...
        self._callback = None  # ...then let Python free it


logger = Logger()
print("logger installed")
lib.log_message(b"hello")
lib.log_message(b"world")
logger.close()
print(f"after close, log_message returns {lib.log_message(b'dropped')}")
# ANCHOR_END: kept
