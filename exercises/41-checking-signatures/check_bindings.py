"""The checks `just exercise chapter-41` runs for bindings.py."""

import ctypes

from bookkit import headers, signatures
from checking import attribute, fail, load, step

FUNCTIONS = ["point_distance", "point_scale", "polygon_perimeter", "accumulator_new",
             "accumulator_add", "accumulator_count", "accumulator_free"]  # fmt: skip


# ANCHOR: check
def check(work):
    path = work / "bindings.py"
    step("reading the argtypes and restype bindings.py declares, with bookkit.signatures")
    found = signatures.declarations(path)
    declared = {(d.function, d.kind) for d in found}
    for name in FUNCTIONS:
        for kind in ("argtypes", "restype"):
            if (name, kind) not in declared:
                fail(f"bindings.py declares no {kind} for `{name}`: declare all seven functions")

    step("comparing each one with cdylib/shapes/shapes.h")
    for d in found:
        if message := signatures.check_declaration(d, headers.header("shapes")):
            fail(f"bindings.py line {d.line}: {message}")

    step("calling through them")
    module = load(path)
    lib, point = attribute(module, "lib", "the library"), attribute(module, "Point", "Point")
    square = (point * 4)(point(0, 0), point(2, 0), point(2, 2), point(0, 2))
    if (got := lib.polygon_perimeter(square, 4)) != 8.0:
        fail(f"polygon_perimeter of a 2 x 2 square returned {got!r}, expected 8.0")
    p = point(1, 2)
    lib.point_scale(ctypes.byref(p), 3.0)
    if (p.x, p.y) != (3.0, 6.0):
        fail(f"point_scale(&(1, 2), 3) left ({p.x}, {p.y}), expected (3.0, 6.0)")
    acc = lib.accumulator_new()
    try:
        for value in (1.0, 2.0, 6.0):
            lib.accumulator_add(acc, value)
        if (got := lib.accumulator_count(acc)) != 3:
            fail(f"accumulator_count returned {got!r} after three adds, expected 3")
    finally:
        lib.accumulator_free(acc)


# ANCHOR_END: check
