"""Exercise (chapter 30): mirror a tagged union, then read the field its tag names.

The Rust types (ex_events/src/lib.rs):
    #[repr(C)] struct Click { x: i32, y: i32 }
    #[repr(C)] union EventData { key: u32, click: Click, scroll: f64 }
    #[repr(C)] struct Event { kind: u8, data: EventData }
with kind EVENT_KEY = 1, EVENT_CLICK = 2, EVENT_SCROLL = 3.
Check your work with `just exercise chapter-30`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path

EVENT_KEY, EVENT_CLICK, EVENT_SCROLL = 1, 2, 3


class Click(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int32), ("y", ctypes.c_int32)]


class EventData(ctypes.Structure):  # TODO: is this how the Rust type lays out its fields?
    _fields_ = [("key", ctypes.c_uint32), ("click", Click), ("scroll", ctypes.c_double)]


class Event(ctypes.Structure):
    _fields_ = [("kind", ctypes.c_uint8), ("data", EventData)]


lib = ctypes.CDLL(library_path("ex_events"))
lib.event_at.argtypes = (ctypes.c_uint32, ctypes.POINTER(Event))
lib.event_at.restype = ctypes.c_int
lib.event_distance.argtypes = (ctypes.POINTER(Event),)
lib.event_distance.restype = ctypes.c_double
lib.event_size.restype = ctypes.c_size_t


def describe(event):
    """'key 65', 'click at (3, 4)' or 'scroll by -2.5'; ValueError for an unknown kind."""
    if event.kind == EVENT_KEY:
        return f"key {event.data.key}"
    if event.kind == EVENT_CLICK:
        return f"click at ({event.data.click.x}, {event.data.click.y})"
    # TODO: scroll events, and a ValueError for any other kind
    return "?"


# ANCHOR_END: starter
