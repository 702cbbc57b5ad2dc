import ctypes

# ANCHOR: value
s = ctypes.c_char_p()
s.value = b"abc def ghi"
print("s.value:", s.value)
print("s.value is s.value:", s.value is s.value)
print("s.value == s.value:", s.value == s.value)
# ANCHOR_END: value


# ANCHOR: fields
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


class Reading(ctypes.Structure):
    _fields_ = [
        ("label", ctypes.c_char_p),
        ("count", ctypes.c_int),
        ("where", Point),
        ("samples", ctypes.c_int * 3),
    ]


r = Reading(b"probe", 3, Point(1, 2), (7, 8, 9))
for name, _ in Reading._fields_:
    got = getattr(r, name)
    view = getattr(got, "_b_base_", None) is r  # shares r's memory?
    print(f"r.{name:<8} gives {type(got).__name__:<14} a view into r: {view}")
# ANCHOR_END: fields

# ANCHOR: consequences
samples = r.samples
samples[0] = 70  # a view: this writes into r
count = r.count
count += 1  # an int: r does not change
print("after samples[0] = 70 and count += 1:", list(r.samples), r.count)
# ANCHOR_END: consequences
