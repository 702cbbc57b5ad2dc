"""The checks `just exercise chapter-11` runs for readings.py."""

import ctypes
import math

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "readings.py")
    reading = attribute(module, "Reading", "the ctypes.Structure class Reading")
    lib = attribute(module, "lib", "the loaded library")
    mean = attribute(module, "mean", "a function mean(readings)")

    step("calling reading_size()")
    theirs, ours = lib.reading_size(), ctypes.sizeof(reading)
    if theirs != ours:
        fail(
            f"ctypes.sizeof(Reading) is {ours}, but the library's Reading is {theirs} bytes:"
            " the fields differ in order or type (padding follows the order)"
        )
    step("calling reading_make(7, 21.5)")
    r = lib.reading_make(7, 21.5)
    if (r.sensor, r.celsius, r.valid) != (7, 21.5, True):
        fail(
            f"reading_make(7, 21.5) came back as sensor={r.sensor!r}, celsius={r.celsius!r},"
            f" valid={r.valid!r}: each field must have the Rust field's type, in its place"
        )
    readings = [reading(1, 20.0, True), reading(2, 99.0, False), reading(3, 22.0, True)]
    step("calling mean() on three readings, one of them not valid")
    got = mean(readings)
    if got != 21.0:
        fail(f"mean() returned {got!r} for 20.0, (99.0 not valid), 22.0; expected 21.0")
    if not math.isnan(mean([reading(1, 5.0, False)])):
        fail("mean() of only invalid readings should be NaN")


# ANCHOR_END: check
