"""Exercise (chapter 33): walk a linked list that Rust built, then free it.

The library is ex_list/src/lib.rs. Check your work with `just exercise chapter-33`.
"""

# ANCHOR: starter
import ctypes

from workbook import library_path


class Node(ctypes.Structure):
    # TODO: `next` is a Node *, and it must be followed to reach the next node.
    _fields_ = [("value", ctypes.c_int32), ("next", ctypes.c_void_p)]


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
    lib.list_from_values(array, len(array), ctypes.byref(head))  # it writes into head
    found = []
    node = head
    while node:
        found.append(node.contents.value)
        node = node.contents.next
    return found  # TODO: who frees the nodes?


# ANCHOR_END: starter
