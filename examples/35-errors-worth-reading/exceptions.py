import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("rich_errors"))
lib.last_error_message.argtypes = ()
lib.last_error_message.restype = ctypes.c_void_p
lib.error_string_free.argtypes = (ctypes.c_void_p,)
lib.error_string_free.restype = None


# ANCHOR: hierarchy
class DurationError(ValueError):
    """Every failure of parse_duration: a ValueError, so callers that do not know
    this library can still catch it."""

    code = None  # the library's DURATION_* code, set on each subclass


class NullPointerError(DurationError, TypeError):
    code = 1  # DURATION_NULL_POINTER


class DurationSyntaxError(DurationError):
    code = 2  # DURATION_SYNTAX


class UnknownUnitError(DurationError):
    code = 3  # DURATION_UNKNOWN_UNIT


class DurationOverflowError(DurationError, OverflowError):
    code = 4  # DURATION_OVERFLOW


EXCEPTIONS = {cls.code: cls for cls in DurationError.__subclasses__()}
# ANCHOR_END: hierarchy


# ANCHOR: errcheck
def last_error() -> str:
    address = lib.last_error_message()
    if address is None:
        return "no message"
    try:
        return ctypes.string_at(address).decode()
    finally:
        lib.error_string_free(address)


def raise_for_code(code, function, arguments):
    """errcheck: runs right after every call, on the same thread, so the last error
    it reads is this call's."""
    if code != 0:
        error = EXCEPTIONS.get(code, DurationError)(last_error())
        error.code = code  # also for a code this module does not know yet
        raise error
    return code


lib.parse_duration.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
lib.parse_duration.restype = ctypes.c_int
lib.parse_duration.errcheck = raise_for_code


def parse_duration(text: str) -> int:
    """Milliseconds in `text`, such as "1h30m"; raises a DurationError."""
    ms = ctypes.c_uint64()
    lib.parse_duration(text.encode(), ctypes.byref(ms))
    return ms.value


# ANCHOR_END: errcheck

# ANCHOR: use
print("classes by code:", {code: cls.__name__ for code, cls in EXCEPTIONS.items()})
for text in ["1h30m", "5parsecs", "1h x", "9999999999999999h"]:
    try:
        print(f"{text!r}: {parse_duration(text)} ms")
    except DurationError as error:
        print(f"{text!r}: {type(error).__name__} (code {error.code}): {error}")

try:
    parse_duration("40 winks")
except ValueError as error:  # a caller that knows nothing of DurationError
    print("except ValueError caught:", type(error).__name__)
try:
    parse_duration("1" + "0" * 30 + "s")
except OverflowError as error:
    print("except OverflowError caught:", type(error).__name__, "-", error)
try:
    lib.parse_duration(None, ctypes.byref(ctypes.c_uint64()))
except TypeError as error:
    print("except TypeError caught:", type(error).__name__, "-", error)
try:
    raise_for_code(7, lib.parse_duration, ())  # as if a newer library returned code 7
except DurationError as error:
    print("an unknown code:", type(error).__name__, "with .code", error.code)
# ANCHOR_END: use
