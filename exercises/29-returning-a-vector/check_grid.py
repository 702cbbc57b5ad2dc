"""The checks `just exercise chapter-29` runs for grid.py."""

import gc

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "grid.py")
    grid = attribute(module, "grid", "a function grid(rows, cols)")
    lib = attribute(module, "lib", "the loaded library")

    step("calling grid(3, 4) and keeping only the array it returns")
    before = lib.live_grids()
    a = grid(3, 4)
    gc.collect()  # whatever can be collected now, is
    if lib.live_grids() != before + 1:
        fail(
            "the grid was freed while a view of it still exists (live_grids() went back to"
            f" {lib.live_grids()}): the array must keep its Grid alive. Reading it now would be"
            " a use after free"
        )
    if a.shape != (3, 4) or a.tolist()[2] != [8.0, 9.0, 10.0, 11.0]:
        fail(f"grid(3, 4) returned {a.tolist()}: expected rows [0..3], [4..7], [8..11]")

    step("keeping only a view of the array, a[1:, ::2]")
    b = a[1:, ::2]
    del a
    gc.collect()
    if lib.live_grids() != before + 1:
        fail("the grid was freed while a view of a view (a[1:, ::2]) still exists")
    if b.tolist() != [[4.0, 6.0], [8.0, 10.0]]:
        fail(f"a[1:, ::2] is {b.tolist()}, expected [[4, 6], [8, 10]]")

    step("dropping the last view")
    del b
    gc.collect()
    if lib.live_grids() != before:
        fail(
            f"no view is left, but {lib.live_grids() - before} grid is still allocated: the"
            " Grid must free it when nothing refers to it any more"
        )


# ANCHOR_END: check
