import ctypes

from workbook import library_path

# ANCHOR: setup
lib = ctypes.CDLL(library_path("clibrary"))
lib.modify_value.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.modify_value.restype = None
# ANCHOR_END: setup

# ANCHOR: copy
count = 10
box = ctypes.c_int(count)  # copies the number into new C memory
lib.modify_value(ctypes.byref(box))
print(f"box.value = {box.value}, count = {count}")
# ANCHOR_END: copy

# ANCHOR: value_copies
seen = box.value  # .value copies the four bytes out into a new Python int
box.value = 7
print(f"seen = {seen}, box.value = {box.value}")
# ANCHOR_END: value_copies

# ANCHOR: offset
row = (ctypes.c_int * 3)(1, 2, 3)
lib.modify_value(row)  # an array is passed as the address of its first element
second = ctypes.c_int.from_buffer(row, ctypes.sizeof(ctypes.c_int))  # row[1], shared, not copied
lib.modify_value(ctypes.byref(second))
print("row:", list(row))
# ANCHOR_END: offset

# ANCHOR: no_int
try:
    lib.modify_value(count)  # a Python int is not memory C can write to
except ctypes.ArgumentError as error:
    print(f"ArgumentError: {error}")
# ANCHOR_END: no_int
