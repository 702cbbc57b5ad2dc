"""The checks `just exercise chapter-23` runs for features.py."""

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "features.py")
    mean = attribute(module, "mean", "a function mean(values)")
    step("calling mean([1.0, 2.0, 6.0])")
    got = mean([1.0, 2.0, 6.0])
    if got != 3.0:
        fail(f"mean([1.0, 2.0, 6.0]) returned {got!r}, expected 3.0")
    step("calling mean([])")
    try:
        got = mean([])
    except ValueError:
        return
    fail(f"mean([]) returned {got!r}: the mean of nothing is undefined, raise ValueError")


# ANCHOR_END: check
