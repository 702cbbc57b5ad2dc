"""The checks `just exercise chapter-5` runs for declare_types.py."""

import ctypes

from checking import attribute, fail, load, step

# ANCHOR: expected
# Rust type -> (size in bytes, kind): any ctypes type of that size and kind is right.
RUST = {
    "i16": (2, "signed"),
    "i64": (8, "signed"),
    "u32": (4, "unsigned"),
    "usize": (ctypes.sizeof(ctypes.c_size_t), "unsigned"),
    "f32": (4, "float"),
    "bool": (1, "bool"),
}
SIGNATURES = {  # name: ([parameter types], result type), as in ex_types/src/lib.rs
    "clamp_to_i16": (["i64"], "i16"),
    "half": (["f32"], "f32"),
    "is_leap_year": (["u32"], "bool"),
    "bytes_needed": (["usize", "usize"], "usize"),
}
# ANCHOR_END: expected


def kind(ctype):
    if ctype is None:
        return (None, "none (None means void)")
    if ctype is ctypes.c_bool:
        return (1, "bool")
    if ctype in (ctypes.c_float, ctypes.c_double, ctypes.c_longdouble):
        return (ctypes.sizeof(ctype), "float")
    if issubclass(ctype, ctypes._SimpleCData) and ctype._type_ in "bhilqBHILQ":
        signed = ctype._type_.islower()
        return (ctypes.sizeof(ctype), "signed" if signed else "unsigned")
    return (getattr(ctype, "__name__", repr(ctype)), "something else")


def describe(rust):
    size, what = RUST[rust]
    return f"{rust} ({size} bytes, {what})"


# ANCHOR: check
def check(work):
    module = load(work / "declare_types.py")
    lib = attribute(module, "lib", "the loaded library")
    for name, (params, result) in SIGNATURES.items():
        f = getattr(lib, name)
        declared = list(f.argtypes or [])
        if len(declared) != len(params):
            fail(f"{name} takes {len(params)} parameter(s), argtypes lists {len(declared)}")
        for i, (ctype, rust) in enumerate(zip(declared, params, strict=True)):
            if kind(ctype) != RUST[rust]:
                fail(
                    f"{name}: argtypes[{i}] is {ctype.__name__}, but the Rust parameter is"
                    f" {describe(rust)}. Which ctypes type is that?"
                )
        if kind(f.restype) != RUST[result]:
            got = getattr(f.restype, "__name__", f.restype)
            fail(
                f"{name}: restype is {got}, but the Rust function returns {describe(result)}."
                " Which ctypes type is that?"
            )

    cases = [
        ("clamp_to_i16", (2**40,), 32767),
        ("clamp_to_i16", (-(2**40),), -32768),
        ("half", (3.0,), 1.5),
        ("is_leap_year", (2000,), True),
        ("is_leap_year", (1900,), False),
        ("bytes_needed", (2**40, 8), 2**43),
        ("bytes_needed", (2**62, 8), 0),
    ]
    for name, args, want in cases:
        step(f"calling {name}{args}")
        got = getattr(lib, name)(*args)
        if got != want or type(got) is not type(want):
            fail(f"{name}{args} returned {got!r}, expected {want!r}")


# ANCHOR_END: check
