"""The checks `just exercise chapter-26` runs for ex_parse/src/lib.rs."""

import ctypes

from checking import fail, function, library, step


# ANCHOR: check
def check(work):
    lib = library("ex_parse")
    parse_port = function(lib, "parse_port", "is #[unsafe(no_mangle)] still on it?")
    parse_port.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint16))
    parse_port.restype = ctypes.c_int

    for text, want in [(b"8080", 8080), (b"0", 0), (b"65535", 65535)]:
        out = ctypes.c_uint16(1)
        step(f"calling parse_port({text!r}, &out)")
        code = parse_port(text, ctypes.byref(out))
        if code != 0 or out.value != want:
            fail(
                f"parse_port({text!r}) returned {code} and wrote {out.value}, expected 0 and {want}"
            )

    for text in [b"65536", b"http", b"", b"-1", b"80 ", b"\xff\xfe", None]:
        out = ctypes.c_uint16(1)
        step(f"calling parse_port({text!r}, &out)")
        code = parse_port(text, ctypes.byref(out))
        if code >= 0 or out.value != 1:
            fail(
                f"parse_port({text!r}) returned {code} and left out = {out.value}: bad input"
                " must return a negative number and leave *out alone"
            )

    step("calling parse_port(b'80', NULL)")
    if parse_port(b"80", None) >= 0:
        fail("parse_port(b'80', NULL) did not return a negative number: check `out` for NULL")


# ANCHOR_END: check
