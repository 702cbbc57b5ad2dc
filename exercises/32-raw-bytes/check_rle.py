"""The checks `just exercise chapter-32` runs for rle.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "rle.py")
    invert = attribute(module, "invert", "a function invert(buffer)")
    compress = attribute(module, "compress", "a function compress(data)")
    counter = library("ex_rle")
    counter.live_buffers.restype = ctypes.c_int

    for data, encoded in [
        (b"\x00\x00\x00AB", b"\x03\x00\x01A\x01B"),
        (b"zzzz", b"\x04z"),
        (b"", b""),
        (b"\x00" * 300, b"\xff\x00\x2d\x00"),
    ]:
        step(f"calling compress({data[:8]!r})")
        got = compress(data)
        if got != encoded:
            fail(f"compress({data[:8]!r}) returned {got!r}, expected {encoded!r}")
    if left := counter.live_buffers():
        fail(f"after compress(), {left} buffers from rle_encode are still not given back")

    buffer = bytearray(b"\x00\x0f\xf0\xff")
    step("calling invert(bytearray(b'\\x00\\x0f\\xf0\\xff'))")
    invert(buffer)
    if buffer != bytearray(b"\xff\xf0\x0f\x00"):
        fail(f"after invert(), the bytearray holds {bytes(buffer)!r}: it must change in place")


# ANCHOR_END: check
