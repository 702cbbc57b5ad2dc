import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("pointer_graphs"))


# ANCHOR: Node
class Node(ctypes.Structure):
    pass  # an incomplete type: Node exists, its fields do not yet


Node._fields_ = [  # now POINTER(Node) can be named
    ("value", ctypes.c_int32),
    ("next", ctypes.POINTER(Node)),
]
# ANCHOR_END: Node

# ANCHOR: signatures
NodePtr = ctypes.POINTER(Node)
lib.list_from_values.argtypes = [
    ctypes.POINTER(ctypes.c_int32),
    ctypes.c_size_t,
    ctypes.POINTER(NodePtr),  # Node **out: where to write the new list's first node
]
lib.list_sum.argtypes = [NodePtr]
lib.list_sum.restype = ctypes.c_int64
lib.list_reverse.argtypes = [ctypes.POINTER(NodePtr)]  # Node **head: read, then rewritten
lib.list_free.argtypes = [NodePtr]
lib.list_free.restype = None
# ANCHOR_END: signatures

# ANCHOR: build
values = (ctypes.c_int32 * 5)(3, 1, 4, 1, 5)
head = NodePtr()  # a NULL Node *, for the library to overwrite
print("list_from_values:", lib.list_from_values(values, len(values), ctypes.byref(head)))
print("head is NULL:", not head)
# ANCHOR_END: build


# ANCHOR: walk
def walk(node):
    found = []
    while node:  # a NULL pointer is false
        found.append(node.contents.value)
        node = node.contents.next
    return found


print("walked in Python:", walk(head))
print("list_sum:", lib.list_sum(head))
# ANCHOR_END: walk

# ANCHOR: reverse
print("list_reverse:", lib.list_reverse(ctypes.byref(head)))
print("reversed:", walk(head), "- head is now the old last node:", head.contents.value)
lib.list_free(head)
head = NodePtr()  # the old value points at freed memory: drop it
print("allocations not freed:", lib.live_allocations())
# ANCHOR_END: reverse

# ANCHOR: implicit
other = NodePtr()
lib.list_from_values(values, 2, other)  # no byref: ctypes passes a reference by itself
print("without byref:", walk(other))
lib.list_free(other)
print("allocations not freed:", lib.live_allocations())
# ANCHOR_END: implicit
