"""The checks `just exercise chapter-31` runs for dostime.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "dostime.py")
    dos_time = attribute(module, "DosTime", "the ctypes.Structure class DosTime")
    decode = attribute(module, "decode", "a function decode(bits)")
    seconds = attribute(module, "seconds_since_midnight", "a function seconds_since_midnight")
    lib = library("ex_dostime")
    lib.dos_time_pack.argtypes = [ctypes.c_uint8, ctypes.c_uint8, ctypes.c_uint8]
    lib.dos_time_pack.restype = ctypes.c_uint16

    if ctypes.sizeof(dos_time) != 2:
        fail(f"ctypes.sizeof(DosTime) is {ctypes.sizeof(dos_time)}: a DOS time is 2 bytes")
    for time in [(13, 45, 30), (0, 0, 0), (23, 59, 58), (7, 1, 2)]:
        step(f"calling dos_time_pack{time}, then decode() on its result")
        bits = lib.dos_time_pack(*time)
        got = decode(bits)
        if got != time:
            fail(
                f"decode(dos_time_pack{time}) gave {got} (the bits were {bits:016b}): each"
                " field must get the bits the library uses for it"
            )
        step(f"calling seconds_since_midnight{time}")
        expected = time[0] * 3600 + time[1] * 60 + time[2]
        if (answer := seconds(*time)) != expected:
            fail(
                f"seconds_since_midnight{time} returned {answer}, expected {expected}:"
                " the library read other bits than the ones DosTime wrote"
            )


# ANCHOR_END: check
