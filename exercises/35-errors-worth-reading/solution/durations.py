"""Exercise (chapter 35): parse_duration's failures as Python exceptions worth reading.

Check your work with `just exercise chapter-35`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path


class DurationError(ValueError):
    """Every failure of parse_duration; `.code` is the library's DURATION_* code."""

    code = None


class DurationSyntaxError(DurationError):
    code = 2  # DURATION_SYNTAX


class UnknownUnitError(DurationError):
    code = 3  # DURATION_UNKNOWN_UNIT


class DurationOverflowError(DurationError, OverflowError):
    code = 4  # DURATION_OVERFLOW


EXCEPTIONS = {cls.code: cls for cls in DurationError.__subclasses__()}

lib = ctypes.CDLL(library_path("rich_errors"))
lib.last_error_message.argtypes = ()
lib.last_error_message.restype = ctypes.c_void_p  # an address, so that it can be freed
lib.error_string_free.argtypes = (ctypes.c_void_p,)
lib.error_string_free.restype = None


def last_error():
    address = lib.last_error_message()
    if address is None:
        return "no message"
    try:
        return ctypes.string_at(address).decode()
    finally:
        lib.error_string_free(address)


def raise_for_code(code, function, arguments):
    if code != 0:
        error = EXCEPTIONS.get(code, DurationError)(last_error())
        error.code = code
        raise error
    return code


lib.parse_duration.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
lib.parse_duration.restype = ctypes.c_int
lib.parse_duration.errcheck = raise_for_code


def parse(text: str) -> int:
    """The milliseconds in `text` ("1h30m"); raises a DurationError subclass."""
    ms = ctypes.c_uint64()
    lib.parse_duration(text.encode(), ms)
    return ms.value


# ANCHOR_END: solution
