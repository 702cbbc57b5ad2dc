"""The checks `just exercise chapter-16` runs for in_processes.py."""

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "in_processes.py")
    doubles = attribute(module, "doubles_in_processes", "doubles_in_processes(values)")
    values = list(range(-3, 9))
    step(f"calling doubles_in_processes({values})")
    got = doubles(values)
    if list(got) != [2 * v for v in values]:
        fail(f"doubles_in_processes({values}) returned {got!r}, expected {[2 * v for v in values]}")


# ANCHOR_END: check
