# ANCHOR: load
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("errors"))
lib.temp_error_message.argtypes = (ctypes.c_int,)
lib.temp_error_message.restype = ctypes.c_char_p
# ANCHOR_END: load


# ANCHOR: errcheck
class TemperatureError(ValueError):
    pass


def check_code(code, function, arguments):
    """ctypes calls this after every call of `function`, with its raw result."""
    if code != 0:
        message = lib.temp_error_message(code).decode()
        raise TemperatureError(f"{function.__name__}({arguments[0]!r}): {message}")
    return code


lib.parse_celsius.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_double))
lib.parse_celsius.restype = ctypes.c_int
lib.parse_celsius.errcheck = check_code
# ANCHOR_END: errcheck


# ANCHOR: wrap
def parse_celsius(text: str) -> float:
    celsius = ctypes.c_double()
    lib.parse_celsius(text.encode(), ctypes.byref(celsius))  # raises on error
    return celsius.value


for text in ["21.5", "warm", "-300"]:
    try:
        print(f"{text!r}: {parse_celsius(text)} °C")
    except TemperatureError as error:
        print(f"{text!r}: TemperatureError: {error}")
# ANCHOR_END: wrap
