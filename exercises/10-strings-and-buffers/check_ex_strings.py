"""The checks `just exercise chapter-10` runs for ex_strings/src/lib.rs."""

import ctypes

from checking import fail, function, library, step


# ANCHOR: check
def check(work):
    lib = library("ex_strings")
    exported = "is #[unsafe(no_mangle)] still on it?"
    shout = function(lib, "shout", exported)
    shout.argtypes = (ctypes.c_char_p,)
    shout.restype = ctypes.c_void_p  # keep the address: c_char_p would copy and lose it
    free_shout = function(lib, "free_shout", exported)
    free_shout.argtypes = (ctypes.c_void_p,)
    free_shout.restype = None
    lib.live_allocations.restype = ctypes.c_ssize_t

    step('calling shout(b"ferris") and free_shout on the result')
    text = shout(b"ferris")
    if ctypes.string_at(text) != b"HELLO, FERRIS!":
        fail(f"shout(b'ferris') returned {ctypes.string_at(text)!r}, expected b'HELLO, FERRIS!'")
    free_shout(text)

    step("calling free_shout(None)")
    free_shout(None)

    before = lib.live_allocations()
    step("calling shout and free_shout 50 times")
    for _ in range(50):
        free_shout(shout(b"python"))
    leaked = lib.live_allocations() - before
    if leaked:
        fail(
            f"after 50 strings from shout went back to free_shout, {leaked} allocations are"
            " still live: free_shout must rebuild the CString (CString::from_raw) and drop it"
        )


# ANCHOR_END: check
