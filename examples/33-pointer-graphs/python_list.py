import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pointer_graphs"))


class Node(ctypes.Structure):
    pass


Node._fields_ = [("value", ctypes.c_int32), ("next", ctypes.POINTER(Node))]
lib.list_sum.argtypes = [ctypes.POINTER(Node)]
lib.list_sum.restype = ctypes.c_int64
LIST_CYCLE = -(2**63)  # INT64_MIN, from the header


# ANCHOR: build
def python_list(values):
    """Nodes in Python's memory, linked front to back; returns the first."""
    head = None
    for value in reversed(values):
        head = Node(value, ctypes.pointer(head) if head is not None else None)
    return head


first = python_list([10, 20, 30])
print("list_sum:", lib.list_sum(ctypes.byref(first)))
# ANCHOR_END: build

# ANCHOR: kept
print("what first keeps alive, by field index:", list(first._objects))  # ['1']: next
second = first.next.contents  # a Node over the second node's memory
third = second.next.contents
print("reached through the pointers:", first.value, second.value, third.value)
# ANCHOR_END: kept

# ANCHOR: cycle
third.next = ctypes.pointer(first)  # 30 -> 10: the list never ends
total = lib.list_sum(ctypes.byref(first))
print("list_sum of a cycle:", total, "- LIST_CYCLE:", total == LIST_CYCLE)
# ANCHOR_END: cycle
