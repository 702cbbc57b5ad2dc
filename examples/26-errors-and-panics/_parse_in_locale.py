"""Parse "21.5" and "21,5" with LC_NUMERIC set to "C", then to a German locale.

Used by locale_decimal.sh, which compiles the German locale first:
python3 examples/26-errors-and-panics/_parse_in_locale.py
"""

# ANCHOR: parse
import ctypes
import locale

from workbook import library_path

lib = ctypes.CDLL(library_path("errors"))
lib.parse_celsius.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_double))
lib.parse_celsius.restype = ctypes.c_int


def parse(text):
    celsius = ctypes.c_double(-999.0)
    code = lib.parse_celsius(text, ctypes.byref(celsius))
    return f"{celsius.value} °C" if code == 0 else "not a number"


for name in ("C", "de_DE.UTF-8"):
    locale.setlocale(locale.LC_NUMERIC, name)  # what a program's own setlocale call would do
    print(f"  LC_NUMERIC={name:12} '21.5' -> {parse(b'21.5'):13} '21,5' -> {parse(b'21,5')}")
# ANCHOR_END: parse
