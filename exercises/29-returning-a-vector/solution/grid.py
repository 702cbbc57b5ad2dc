"""Exercise (chapter 29): NumPy views of a grid in Rust's memory, and the grid's owner.

grid(rows, cols) returns a NumPy array over a grid the library allocated: no copy. The
grid must stay allocated as long as any view of it exists, and be freed when the last one
is gone. Check your work with `just exercise chapter-29`.
"""

# ANCHOR: solution
import ctypes
import weakref

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("ex_grid"))


class GridVec(ctypes.Structure):
    _fields_ = [
        ("ptr", ctypes.POINTER(ctypes.c_double)),
        ("len", ctypes.c_size_t),
        ("cap", ctypes.c_size_t),
    ]


lib.grid_new.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
lib.grid_new.restype = GridVec
lib.grid_free.argtypes = [GridVec]
lib.grid_free.restype = None
lib.live_grids.restype = ctypes.c_int


class Grid:
    """Owns one grid of the library's: frees it when the Grid object goes away."""

    def __init__(self, rows, cols):
        self._vec = lib.grid_new(rows, cols)
        if not self._vec.ptr:
            raise ValueError(f"grid_new({rows}, {cols}) returned no grid")
        self.shape = (rows, cols)
        self._free = weakref.finalize(self, lib.grid_free, self._vec)

    def numpy(self):
        # The view is made from a ctypes array that holds the Grid: as long as any view
        # (or a view of a view) exists, so does the Grid, and with it the memory.
        cells = ctypes.cast(self._vec.ptr, ctypes.POINTER(ctypes.c_double * self._vec.len))
        array = cells.contents
        array.owner = self
        return np.ctypeslib.as_array(array).reshape(self.shape)


def grid(rows, cols):
    """A NumPy view of a new rows x cols grid, which lives as long as any view of it."""
    return Grid(rows, cols).numpy()


# ANCHOR_END: solution
