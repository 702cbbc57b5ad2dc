"""Print the type-mapping table, checking every row against the loaded library.

For each ctypes type: the library's own size and alignment must equal ctypes.sizeof and
ctypes.alignment, and the type's smallest and largest value must survive a trip through
the library's identity function. The output is the Markdown table the chapter shows.
"""

import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("type_table"))

# ANCHOR: rows
FLT_MAX = 3.4028234663852886e38  # the largest finite 32-bit float
DBL_MAX = 1.7976931348623157e308

# ctypes name, C type, Rust type (core::ffi / std), Python type, smallest, largest
ROWS = [
    ("c_bool", "_Bool", "bool", "bool", False, True),
    ("c_char", "char", "c_char", "bytes (length 1)", b"\x00", b"\xff"),
    ("c_wchar", "wchar_t", "libc::wchar_t", "str (length 1)", "\x00", "\U0010ffff"),
    ("c_byte", "signed char", "c_schar", "int", -(2**7), 2**7 - 1),
    ("c_ubyte", "unsigned char", "c_uchar", "int", 0, 2**8 - 1),
    ("c_short", "short", "c_short", "int", -(2**15), 2**15 - 1),
    ("c_ushort", "unsigned short", "c_ushort", "int", 0, 2**16 - 1),
    ("c_int", "int", "c_int", "int", -(2**31), 2**31 - 1),
    ("c_uint", "unsigned int", "c_uint", "int", 0, 2**32 - 1),
    ("c_long", "long", "c_long", "int", -(2**63), 2**63 - 1),
    ("c_ulong", "unsigned long", "c_ulong", "int", 0, 2**64 - 1),
    ("c_longlong", "long long", "c_longlong", "int", -(2**63), 2**63 - 1),
    ("c_ulonglong", "unsigned long long", "c_ulonglong", "int", 0, 2**64 - 1),
    ("c_int8", "int8_t", "i8", "int", -(2**7), 2**7 - 1),
    ("c_uint8", "uint8_t", "u8", "int", 0, 2**8 - 1),
    ("c_int16", "int16_t", "i16", "int", -(2**15), 2**15 - 1),
    ("c_uint16", "uint16_t", "u16", "int", 0, 2**16 - 1),
    ("c_int32", "int32_t", "i32", "int", -(2**31), 2**31 - 1),
    ("c_uint32", "uint32_t", "u32", "int", 0, 2**32 - 1),
    ("c_int64", "int64_t", "i64", "int", -(2**63), 2**63 - 1),
    ("c_uint64", "uint64_t", "u64", "int", 0, 2**64 - 1),
    ("c_size_t", "size_t", "usize", "int", 0, 2**64 - 1),
    ("c_ssize_t", "ssize_t", "isize", "int", -(2**63), 2**63 - 1),
    ("c_float", "float", "c_float (f32)", "float", -FLT_MAX, FLT_MAX),
    ("c_double", "double", "c_double (f64)", "float", -DBL_MAX, DBL_MAX),
    ("c_char_p", "const char *", "*const c_char", "bytes or None", None, b"bytes"),
    ("c_wchar_p", "const wchar_t *", "*const wchar_t", "str or None", None, "Grüße"),
    ("c_void_p", "void *", "*mut c_void", "int or None", None, 2**64 - 1),
]
# ANCHOR_END: rows


# ANCHOR: check
def library_layout(name):
    """Size and alignment as the library reports them, from SIZE_OF_C_INT and friends."""
    size = ctypes.c_size_t.in_dll(lib, f"SIZE_OF_{name.upper()}").value
    align = ctypes.c_size_t.in_dll(lib, f"ALIGN_OF_{name.upper()}").value
    return size, align


def round_trips(ctype, name, values):
    identity = getattr(lib, f"identity_{name}")
    identity.argtypes = (ctype,)
    identity.restype = ctype
    return all(identity(v) == v for v in values)


# ANCHOR_END: check


print("| ctypes | C | Rust | Python | size | align | checked |")
print("|---|---|---|---|---|---|---|")
for name, c_name, rust_name, py_name, smallest, largest in ROWS:
    ctype = getattr(ctypes, name)
    alias = f" (= `{ctype.__name__}`)" if ctype.__name__ != name else ""
    size, align = library_layout(name)
    same_layout = (size, align) == (ctypes.sizeof(ctype), ctypes.alignment(ctype))
    ok = same_layout and round_trips(ctype, name, [smallest, largest])
    verdict = "✓" if ok else f"✗ library says {size}/{align}"
    cells = [f"`{name}`{alias}", f"`{c_name}`", f"`{rust_name}`", py_name, size, align, verdict]
    print("| " + " | ".join(map(str, cells)) + " |")

signed = ctypes.c_bool.in_dll(lib, "C_CHAR_IS_SIGNED").value
print(f"\nPlain `char` is {'signed' if signed else 'unsigned'} on this machine.")
