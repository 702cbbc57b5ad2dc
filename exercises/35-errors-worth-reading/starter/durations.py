"""Exercise (chapter 35): parse_duration's failures as Python exceptions worth reading.

Check your work with `just exercise chapter-35`.
"""

# ANCHOR: starter
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


lib = ctypes.CDLL(library_path("rich_errors"))
lib.parse_duration.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
lib.parse_duration.restype = ctypes.c_int
# TODO: declare last_error_message and error_string_free, and an errcheck for
# parse_duration that raises the class of the code, with the library's message.


def parse(text: str) -> int:
    """The milliseconds in `text` ("1h30m"); raises a DurationError subclass."""
    ms = ctypes.c_uint64()
    code = lib.parse_duration(text.encode(), ms)
    if code != 0:
        raise DurationError(f"parse_duration failed with code {code}")
    return ms.value


# ANCHOR_END: starter
