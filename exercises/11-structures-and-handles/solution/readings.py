"""Exercise (chapter 11): mirror a Rust struct in ctypes, then pass it both ways.

The Rust struct (ex_structs/src/lib.rs):
    #[repr(C)] struct Reading { sensor: u16, celsius: f64, valid: bool }
Check your work with `just exercise chapter-11`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path


class Reading(ctypes.Structure):
    # Same order, same types as the #[repr(C)] struct: ctypes adds the same padding.
    _fields_ = [
        ("sensor", ctypes.c_uint16),
        ("celsius", ctypes.c_double),
        ("valid", ctypes.c_bool),
    ]


lib = ctypes.CDLL(library_path("ex_structs"))
lib.reading_make.argtypes = (ctypes.c_uint16, ctypes.c_double)
lib.reading_make.restype = Reading
lib.readings_mean.argtypes = (ctypes.POINTER(Reading), ctypes.c_size_t)
lib.readings_mean.restype = ctypes.c_double
lib.reading_size.restype = ctypes.c_size_t


def mean(readings):
    """The mean of the valid readings in a Python list of Reading, computed by the library."""
    array = (Reading * len(readings))(*readings)
    return lib.readings_mean(array, len(readings))


# ANCHOR_END: solution
