import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.modify_value.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.modify_value.restype = None

# ANCHOR: byref
a = ctypes.c_int(1)
lib.modify_value(ctypes.byref(a))  # byref: "pass the address of a", nothing more
print("byref:    a =", a.value, "| byref object:", type(ctypes.byref(a)).__name__)
# ANCHOR_END: byref

# ANCHOR: pointer
b = ctypes.c_int(2)
p = ctypes.pointer(b)  # pointer(): a real pointer object, an instance of POINTER(c_int)
lib.modify_value(p)
print("pointer(): b =", b.value, "| p.contents =", p.contents.value, "| p[0] =", p[0])
print("type(p) is POINTER(c_int):", type(p) is ctypes.POINTER(ctypes.c_int))
print("p.contents is b:", p.contents is b)  # a new c_int object each time ...
print("same memory:", ctypes.addressof(p.contents) == ctypes.addressof(b))  # ... over b's bytes
# ANCHOR_END: pointer

# ANCHOR: array
c = (ctypes.c_int * 3)(3, 3, 3)
lib.modify_value(c)  # an array of c_int is accepted where POINTER(c_int) is expected
print("array:    c =", list(c))
# ANCHOR_END: array

# ANCHOR: cast
raw = (ctypes.c_byte * 8)()  # 8 bytes, not ints: ctypes refuses them ...
try:
    lib.modify_value(raw)
except ctypes.ArgumentError as error:
    print(f"bytes:    ArgumentError: {error}")
lib.modify_value(ctypes.cast(raw, ctypes.POINTER(ctypes.c_int)))  # ... unless you cast
print("cast:     raw =", list(raw))
# ANCHOR_END: cast

# ANCHOR: null
lib.modify_value(None)  # None is NULL: the function must check for it
print("None:     survived, because modify_value checks for NULL")
# ANCHOR_END: null
