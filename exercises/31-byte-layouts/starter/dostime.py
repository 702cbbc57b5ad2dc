"""Exercise (chapter 31): read and write the DOS time of day with ctypes bit fields.

The library (ex_dostime/src/lib.rs) packs a time into 16 bits:
    bits 0-4: seconds / 2, bits 5-10: minutes, bits 11-15: hours
Check your work with `just exercise chapter-31`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path


class DosTime(ctypes.Structure):
    # TODO: decode() gets the wrong numbers. Compare with the bits in dos_time_pack's doc comment.
    _fields_ = [
        ("hours", ctypes.c_uint16, 5),
        ("minutes", ctypes.c_uint16, 6),
        ("two_seconds", ctypes.c_uint16, 5),
    ]


lib = ctypes.CDLL(library_path("ex_dostime"))
lib.dos_time_pack.argtypes = [ctypes.c_uint8, ctypes.c_uint8, ctypes.c_uint8]
lib.dos_time_pack.restype = ctypes.c_uint16
lib.dos_time_seconds.argtypes = [ctypes.POINTER(DosTime)]
lib.dos_time_seconds.restype = ctypes.c_uint32


def decode(bits):
    """(hours, minutes, seconds) of a 16-bit DOS time."""
    time = DosTime.from_buffer_copy(ctypes.c_uint16(bits))
    return time.hours, time.minutes, time.two_seconds * 2


def seconds_since_midnight(hours, minutes, seconds):
    """Builds a DosTime in Python and lets the library read it."""
    time = DosTime(hours=hours, minutes=minutes, two_seconds=seconds // 2)
    return lib.dos_time_seconds(ctypes.byref(time))


# ANCHOR_END: starter
