import ctypes
import gc
import weakref

import numpy as np

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))


class VecF64(ctypes.Structure):
    _fields_ = [
        ("ptr", ctypes.POINTER(ctypes.c_double)),
        ("len", ctypes.c_size_t),
        ("cap", ctypes.c_size_t),
    ]


lib.table_new.argtypes = [ctypes.c_size_t, ctypes.c_size_t]
lib.table_new.restype = VecF64
lib.vec_f64_free.argtypes = [VecF64]
lib.vec_f64_free.restype = None
lib.live_vectors.restype = ctypes.c_int


# ANCHOR: Table
class Table:
    """A table in Rust's memory, freed when nothing refers to it any more."""

    def __init__(self, rows, cols):
        self._vec = lib.table_new(rows, cols)
        if not self._vec.ptr:
            raise ValueError(f"table_new({rows}, {cols}) returned no table")
        self.shape = (rows, cols)
        self._free = weakref.finalize(self, lib.vec_f64_free, self._vec)

    def numpy(self):
        """A NumPy view of the table that keeps the table alive."""
        pointer = ctypes.cast(self._vec.ptr, ctypes.POINTER(ctypes.c_double))
        pointer.owner = self  # the view will hold the pointer; the pointer holds the table
        return np.ctypeslib.as_array(pointer, shape=self.shape)


# ANCHOR_END: Table


# ANCHOR: mistake
def numpy_without_owner(rows, cols):
    table = Table(rows, cols)
    return np.ctypeslib.as_array(table._vec.ptr, shape=table.shape)  # nothing holds table


view = numpy_without_owner(2, 3)
print("no owner:     live vectors", lib.live_vectors(), "while the view exists")
view = None  # never read: it points at freed memory
# ANCHOR_END: mistake

# ANCHOR: owner
view = Table(2, 3).numpy()
print("owner:        live vectors", lib.live_vectors(), "while the view exists")
print(view)
row = view[1]  # a view of the view
view = None
print("a row left:   live vectors", lib.live_vectors(), "row", row)
row = None
print("no view left: live vectors", lib.live_vectors())
gc.collect()
print("after gc:     live vectors", lib.live_vectors())
# ANCHOR_END: owner

# ANCHOR: cycle
memory = (ctypes.c_double * 1)()
pointer = ctypes.cast(memory, ctypes.POINTER(ctypes.c_double))
np.ctypeslib.as_array(pointer, shape=(1,))
print("after as_array, the pointer refers to itself:", pointer in pointer._objects.values())
memory = pointer = None
gc.collect()
# ANCHOR_END: cycle


# ANCHOR: at_once
class FreedAtOnce(Table):
    def numpy(self):
        """The same view, made from a ctypes array: no cast, no cycle."""
        array_type = ctypes.c_double * self._vec.len
        cells = ctypes.cast(self._vec.ptr, ctypes.POINTER(array_type)).contents
        cells.owner = self  # the view holds the array; the array holds the table
        return np.ctypeslib.as_array(cells).reshape(self.shape)


view = FreedAtOnce(2, 3).numpy()
print("array owner:  live vectors", lib.live_vectors(), "while the view exists")
view = None
print("no view left: live vectors", lib.live_vectors())
# ANCHOR_END: at_once
