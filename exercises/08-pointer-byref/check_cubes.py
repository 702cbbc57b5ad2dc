"""The checks `just exercise chapter-8` runs for cubes.py."""

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "cubes.py")
    cubes = attribute(module, "cubes", "a function cubes(capacity)")
    for capacity in [4, 12, 0, 20]:
        step(f"calling cubes({capacity})")
        got = list(cubes(capacity))
        want = [i**3 for i in range(min(capacity, 12))]
        if got != want:
            fail(
                f"cubes({capacity}) returned {len(got)} values {got[:14]!r}, expected"
                f" {want!r}: the library wrote {len(want)} values and said so in `count`"
            )


# ANCHOR_END: check
