import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("enums_unions"))

# ANCHOR: Value
VALUE_INT, VALUE_REAL, VALUE_RATIO = 0, 1, 2  # the tags, from enums_unions.h


class Ratio(ctypes.Structure):
    _fields_ = [("num", ctypes.c_int32), ("den", ctypes.c_int32)]


class ValueData(ctypes.Union):
    _fields_ = [("integer", ctypes.c_int64), ("real", ctypes.c_double), ("ratio", Ratio)]


class Value(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_uint32), ("data", ValueData)]

    def get(self):
        """The field the tag names, as a Python value."""
        if self.tag == VALUE_INT:
            return self.data.integer
        if self.tag == VALUE_REAL:
            return self.data.real
        if self.tag == VALUE_RATIO:
            return f"{self.data.ratio.num}/{self.data.ratio.den}"
        raise ValueError(f"unknown tag {self.tag}")


lib.value_parse.argtypes = [ctypes.c_char_p, ctypes.POINTER(Value)]
lib.value_parse.restype = ctypes.c_int
lib.value_to_real.argtypes = [ctypes.POINTER(Value)]
lib.value_to_real.restype = ctypes.c_double
# ANCHOR_END: Value

# ANCHOR: parse
print("sizeof(Value):", ctypes.sizeof(Value), "data at offset", Value.data.offset)
v = Value()
for text in (b"42", b"2.5", b"3/4", b"three"):
    rc = lib.value_parse(text, ctypes.byref(v))
    if rc != 0:
        print(f"{text.decode()!r}: error {rc}")
        continue
    real = lib.value_to_real(ctypes.byref(v))
    print(f"{text.decode()!r}: tag {v.tag}, value {v.get()!r}, as real {real}")
# ANCHOR_END: parse

# ANCHOR: bad_tag
v.tag = 7  # Python can write any tag; Rust checks it before it believes it
print("tag 7, as real:", lib.value_to_real(ctypes.byref(v)))
# ANCHOR_END: bad_tag
