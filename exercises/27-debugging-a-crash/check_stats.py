"""The checks `just exercise chapter-27` runs for stats.py."""

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "stats.py")
    lib = attribute(module, "lib", "the loaded library")
    stats = attribute(module, "stats", "a function stats(values)")
    for values in [[1.0, 2.0, 6.0], [4.0], [-2.5, -0.5]]:
        step(f"calling stats({values})")
        got = stats(values)
        want = (sum(values) / len(values), max(values))
        if tuple(got) != want:
            fail(f"stats({values}) returned {got!r}, expected {want!r}")
    if len(lib.mean_and_max.argtypes or ()) != 3:
        fail(
            "stats() works now, but lib.mean_and_max.argtypes is not declared: declare it,"
            " so that the next wrong call is an ArgumentError instead of a crash"
        )


# ANCHOR_END: check
