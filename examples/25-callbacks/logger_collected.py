# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("callbacks"))
# ANCHOR_END: load

# ANCHOR: declare
# typedef void (*Logger)(const char *text);
LOGGER = ctypes.CFUNCTYPE(None, ctypes.c_char_p)
lib.set_logger.argtypes = (LOGGER,)
lib.set_logger.restype = None
lib.log_message.argtypes = (ctypes.c_char_p,)
lib.log_message.restype = ctypes.c_int
# ANCHOR_END: declare


# ANCHOR: crash
def install_logger():
    def show(text):
        print("log:", text.decode())

    lib.set_logger(LOGGER(show))  # the library keeps the pointer; Python keeps nothing


install_logger()  # on return, the LOGGER object and `show` are freed
print("logger installed")
lib.log_message(b"hello")  # calls through the pointer into freed memory
print("not reached")
# ANCHOR_END: crash
