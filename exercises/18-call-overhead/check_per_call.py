"""The checks `just exercise chapter-18` runs for per_call.py."""

import ctypes

from checking import attribute, fail, library, load, step


# ANCHOR: check
def check(work):
    module = load(work / "per_call.py")
    per_call_ns = attribute(module, "per_call_ns", "per_call_ns(function, args, calls)")
    lib = library("clibrary")
    lib.add_numbers.argtypes = (ctypes.c_int, ctypes.c_int)
    lib.add_numbers.restype = ctypes.c_int

    step("calling per_call_ns(lib.add_numbers, (2, 3), calls=20000)")
    ns = per_call_ns(lib.add_numbers, (2, 3), calls=20_000)
    # Wide bounds on purpose: a ctypes call takes some hundreds of nanoseconds on a
    # typical machine, and a loaded machine may be ten times slower.
    if not 10 <= ns <= 100_000:
        fail(
            f"per_call_ns(lib.add_numbers, (2, 3), calls=20000) returned {ns!r} ns. One"
            " ctypes call takes somewhere between tens of nanoseconds and a few microseconds:"
            " did you divide by the number of calls?"
        )
    step("calling per_call_ns(lib.add_numbers, (2, 3), calls=0)")
    try:
        per_call_ns(lib.add_numbers, (2, 3), calls=0)
    except ValueError:
        return
    except ZeroDivisionError:
        fail(
            "per_call_ns(..., calls=0) raised ZeroDivisionError: refuse calls <= 0 with ValueError"
        )
    fail(
        "per_call_ns(..., calls=0) returned a number: there is nothing to average, raise ValueError"
    )


# ANCHOR_END: check
