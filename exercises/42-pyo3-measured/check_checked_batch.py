"""The checks `just exercise chapter-42` runs for checked_batch.py."""

import numpy as np

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "checked_batch.py")
    batch_add = attribute(module, "batch_add", "a function batch_add(a, b, out)")
    a, b, out = np.arange(4.0), np.full(4, 10.0), np.zeros(4)
    step("calling batch_add(a, b, out) with three float64 arrays of 4")
    batch_add(a, b, out)
    if out.tolist() != [10.0, 11.0, 12.0, 13.0]:
        fail(f"batch_add(a, b, out) left out = {out.tolist()}, expected a + b")
    read_only = np.zeros(4)
    read_only.flags.writeable = False
    buffer = np.zeros(5)
    # Each call is safe to make even unchecked: none reads or writes past an array's end.
    refused = [
        ("out is 3 long, a and b 4", lambda: batch_add(a, b, np.zeros(3))),
        ("out is read-only", lambda: batch_add(a, b, read_only)),
        ("out is a itself", lambda: batch_add(a, b, a)),
        ("out overlaps b by three elements", lambda: batch_add(a, buffer[:4], buffer[1:])),
        ("out takes every other element", lambda: batch_add(a, b, np.zeros(8)[::2])),
        ("a is float32", lambda: batch_add(np.zeros(8, np.float32), b, out)),
        ("a is a list", lambda: batch_add([0.0] * 4, b, out)),
    ]
    for what, call in refused:
        step(f"calling batch_add when {what}")
        try:
            call()
        except ValueError:
            continue
        except Exception as error:  # noqa: BLE001 - anything else is the wrong answer
            fail(f"when {what}, batch_add raised {type(error).__name__}: {error}, not ValueError")
        fail(
            f"when {what}, batch_add returned without ValueError: check the arrays before"
            " calling, as PyO3's batch_add_f64 does"
        )


# ANCHOR_END: check
