"""The checks `just exercise chapter-30` runs for events.py."""

import ctypes

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "events.py")
    event_type = attribute(module, "Event", "the ctypes.Structure class Event")
    lib = attribute(module, "lib", "the loaded library")
    describe = attribute(module, "describe", "a function describe(event)")

    step("calling event_size()")
    theirs, ours = lib.event_size(), ctypes.sizeof(event_type)
    if theirs != ours:
        fail(
            f"ctypes.sizeof(Event) is {ours}, but the library's Event is {theirs} bytes: in a"
            " union every field starts at offset 0, so the union is as large as its largest"
            " field"
        )
    expected = ["key 65", "click at (3, 4)", "scroll by -2.5"]
    for n, want in enumerate(expected):
        step(f"calling event_at({n}, &event) and describe(event)")
        event = event_type()
        if lib.event_at(n, ctypes.byref(event)) != 0:
            fail(f"event_at({n}) did not return 0")
        got = describe(event)
        if got != want:
            fail(f"describe(event {n}) returned {got!r}, expected {want!r}")
        distance = lib.event_distance(ctypes.byref(event))
        if distance != [0.0, 5.0, 2.5][n]:
            fail(f"event_distance(event {n}) returned {distance}: the library read another field")
    step("calling describe() on an event of kind 9")
    event = event_type()
    event.kind = 9
    try:
        got = describe(event)
    except ValueError:
        return
    fail(f"describe() of an event of kind 9 returned {got!r}; it should raise ValueError")


# ANCHOR_END: check
