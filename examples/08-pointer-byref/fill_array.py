import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
# ANCHOR: signature
IntPointer = ctypes.POINTER(ctypes.c_int)  # a type: "int *"
lib.fill_array.argtypes = (IntPointer, ctypes.c_int, IntPointer)
lib.fill_array.restype = ctypes.c_int  # 0, or -1 / -2 for an error
# ANCHOR_END: signature

# ANCHOR: call
array = (ctypes.c_int * 10)()  # ten ints of zeroed C memory
count = ctypes.c_int()
rc = lib.fill_array(array, len(array), ctypes.byref(count))
print("rc:", rc)
print("Filled array:", array[: count.value])
print("Count:", count.value)
# ANCHOR_END: call

# ANCHOR: short
small = (ctypes.c_int * 3)(-1, -1, -1)
rc = lib.fill_array(small, len(small), ctypes.byref(count))
print(f"3-int buffer: rc {rc}, needs {count.value}, buffer untouched: {list(small)}")
# ANCHOR_END: short

# ANCHOR: null
print("NULL array:", lib.fill_array(None, 10, ctypes.byref(count)))
print("NULL count:", lib.fill_array(array, len(array), None))
# ANCHOR_END: null
