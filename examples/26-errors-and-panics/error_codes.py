# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("errors"))
# ANCHOR_END: load

# ANCHOR: declare
TEMP_OK = 0  # the codes from errors.h
lib.parse_celsius.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_double))
lib.parse_celsius.restype = ctypes.c_int
lib.temp_error_message.argtypes = (ctypes.c_int,)
lib.temp_error_message.restype = ctypes.c_char_p
# ANCHOR_END: declare

# ANCHOR: call
for text in [b"21.5", b" -40 ", b"warm", b"-300", b"", None]:
    celsius = ctypes.c_double(-999.0)  # the out-parameter: the function writes here
    code = lib.parse_celsius(text, ctypes.byref(celsius))
    if code == TEMP_OK:
        print(f"{text!r:9} -> {celsius.value} °C")
    else:
        message = lib.temp_error_message(code).decode()
        print(f"{text!r:9} -> error {code}: {message} (celsius still {celsius.value})")
# ANCHOR_END: call
