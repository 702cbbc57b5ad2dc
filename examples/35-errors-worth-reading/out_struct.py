import ctypes

from workbook import library_path

# ANCHOR: declare
MESSAGE_CAPACITY = 128  # DURATION_MESSAGE_CAPACITY in the header


class DurationError(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_char * MESSAGE_CAPACITY)]


lib = ctypes.CDLL(library_path("rich_errors"))
lib.parse_duration_into.argtypes = (
    ctypes.c_char_p,
    ctypes.POINTER(ctypes.c_uint64),
    ctypes.POINTER(DurationError),
)
lib.parse_duration_into.restype = ctypes.c_int
# ANCHOR_END: declare

# ANCHOR: calls
print("sizeof(DurationError):", ctypes.sizeof(DurationError))
ms, error = ctypes.c_uint64(0), DurationError()
for text in [b"5parsecs", b"1h30m", b"1" + b"z" * 200]:
    code = lib.parse_duration_into(text, ctypes.byref(ms), ctypes.byref(error))
    shown = text if len(text) < 12 else text[:6] + b"..."
    print(f"{shown!r}: returned {code}, error.code {error.code}, ms {ms.value}")
    message = error.message.decode()
    if len(message) > 60:
        message = message[:30] + "..." + message[-10:]
    print(f"  error.message ({len(error.message)} bytes): {message!r}")
# ANCHOR_END: calls

# ANCHOR: whole
lib.parse_duration.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
lib.parse_duration.restype = ctypes.c_int
lib.last_error_length.argtypes, lib.last_error_length.restype = (), ctypes.c_size_t
lib.parse_duration(b"1" + b"z" * 200, ctypes.byref(ms))
print("the same failure, last_error_length() - 1:", lib.last_error_length() - 1, "bytes")
# ANCHOR_END: whole

# ANCHOR: no_error
code = lib.parse_duration_into(b"5parsecs", ctypes.byref(ms), None)
print("error=None (NULL): returned", code)
# ANCHOR_END: no_error
