import ctypes
import locale

from workbook import library_path

lib = ctypes.CDLL(library_path("errors"))
lib.parse_celsius.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_double))
lib.parse_celsius.restype = ctypes.c_int
lib.temp_error_message.argtypes = (ctypes.c_int,)
lib.temp_error_message.restype = ctypes.c_char_p

# ANCHOR: inputs
# Where strtod and Rust's str::parse differ by default, and the edges of both.
inputs = [
    b"\t21.5\r\n",  # C whitespace around the number: accepted
    b"\v-4e1\f",  # vertical tab and form feed are C whitespace too
    b"   ",  # only spaces: nothing to parse
    "\u00a021.5".encode(),  # a no-break space (U+00A0) is not C whitespace
    b"0x1p3",  # hexadecimal: strtod reads it (8.0), Rust's parse does not
    b"21,5",  # a decimal comma
    b"1_000",  # a digit separator
    b"inf",  # infinity: both read it
    b"nan(1)",  # strtod reads a NaN here, Rust nothing; both are "not a number"
    b"1e400",  # too big for a double: infinity
    b"-inf",  # below absolute zero
]
for text in inputs:
    celsius = ctypes.c_double(-999.0)
    code = lib.parse_celsius(text, ctypes.byref(celsius))
    result = f"{celsius.value} °C" if code == 0 else lib.temp_error_message(code).decode()
    print(f"{text!r:18} -> {result}")
# ANCHOR_END: inputs

# ANCHOR: locale
print("LC_NUMERIC:", locale.setlocale(locale.LC_NUMERIC))  # the decimal point strtod uses
# ANCHOR_END: locale
