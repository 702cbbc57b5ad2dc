"""Exercise (chapter 33): walk a linked list that Rust built, then free it.

The library is ex_list/src/lib.rs. Check your work with `just exercise chapter-33`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path


class Node(ctypes.Structure):
    pass  # incomplete: its fields name Node itself


Node._fields_ = [("value", ctypes.c_int32), ("next", ctypes.POINTER(Node))]

lib = ctypes.CDLL(library_path("ex_list"))
lib.list_from_values.argtypes = [
    ctypes.POINTER(ctypes.c_int32),
    ctypes.c_size_t,
    ctypes.POINTER(ctypes.POINTER(Node)),
]
lib.list_free.argtypes = [ctypes.POINTER(Node)]
lib.list_free.restype = None


def round_trip(values):
    """Has the library build a list of values; returns the values read back from it."""
    array = (ctypes.c_int32 * len(values))(*values)
    head = ctypes.POINTER(Node)()
    if lib.list_from_values(array, len(array), ctypes.byref(head)) != 0:
        raise ValueError("list_from_values failed")
    try:
        found = []
        node = head
        while node:  # a NULL pointer is false
            found.append(node.contents.value)
            node = node.contents.next
        return found
    finally:
        lib.list_free(head)


# ANCHOR_END: solution
