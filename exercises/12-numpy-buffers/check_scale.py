"""The checks `just exercise chapter-12` runs for scale.py."""

import ctypes

import numpy as np

from checking import attribute, fail, load, step

REFUSED = (ctypes.ArgumentError, TypeError, ValueError)


# ANCHOR: check
def check(work):
    module = load(work / "scale.py")
    scale = attribute(module, "scale", "a function scale(array, factor)")

    a = np.arange(5.0)
    step("calling scale(np.arange(5.0), 2.0)")
    scale(a, 2.0)
    if a.tolist() != [0.0, 2.0, 4.0, 6.0, 8.0]:
        fail(
            f"after scale(np.arange(5.0), 2.0) the array is {a.tolist()}, expected [0, 2, 4, 6, 8]"
        )

    b = np.arange(6.0)
    step("calling scale(b[::2], 10.0), a strided view")
    try:
        scale(b[::2], 10.0)
    except REFUSED:
        pass  # refusing a view the library cannot walk is right
    else:
        if b.tolist() != [0.0, 1.0, 20.0, 3.0, 40.0, 5.0]:
            fail(
                f"after scale(b[::2], 10.0), b is {b.tolist()}: the library walked 3"
                " contiguous doubles, but b[::2] is every other one. Let ndpointer refuse"
                " views that are not C-contiguous (flags='C_CONTIGUOUS')."
            )

    c = np.arange(4, dtype=np.float32)
    step("calling scale() on a float32 array")
    try:
        scale(c, 2.0)
    except REFUSED:
        return
    if c.tolist() != [0.0, 2.0, 4.0, 6.0]:
        fail(
            f"scale() on float32 [0, 1, 2, 3] left {c.tolist()}: the library read 4-byte"
            " floats as 8-byte doubles (and wrote past the array). Let ndpointer check the"
            " dtype (dtype=np.float64)."
        )


# ANCHOR_END: check
