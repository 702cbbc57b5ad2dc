import ctypes

from workbook import library_path

# ANCHOR: declare
lib = ctypes.CDLL(library_path("rich_errors"))
lib.parse_duration.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
lib.parse_duration.restype = ctypes.c_int
# an owned copy: c_void_p keeps the address, so that it can be freed
lib.last_error_message.argtypes = ()
lib.last_error_message.restype = ctypes.c_void_p
lib.error_string_free.argtypes = (ctypes.c_void_p,)
lib.error_string_free.restype = None


def last_error() -> str | None:
    """This thread's last message from the library, copied into a str; the copy the
    library made is freed."""
    address = lib.last_error_message()
    if address is None:
        return None
    try:
        return ctypes.string_at(address).decode()
    finally:
        lib.error_string_free(address)


# ANCHOR_END: declare

# ANCHOR: calls
print("before any failure:", last_error())
ms = ctypes.c_uint64(0)
for text in [b"1h30m", b"5parsecs", b"1h30", b"1h x", b"", b"99999999999999999999ms"]:
    code = lib.parse_duration(text, ctypes.byref(ms))
    if code == 0:
        print(f"{text!r}: {ms.value} ms")
    else:
        print(f"{text!r}: code {code}: {last_error()}")
# ANCHOR_END: calls

# ANCHOR: stale
code = lib.parse_duration(b"90s", ctypes.byref(ms))
print(f"b'90s': code {code}, {ms.value} ms; last_error() still says: {last_error()!r}")
# ANCHOR_END: stale

# ANCHOR: buffer
lib.last_error_length.argtypes = ()
lib.last_error_length.restype = ctypes.c_size_t
lib.last_error_copy.argtypes = (ctypes.c_char_p, ctypes.c_size_t)
lib.last_error_copy.restype = ctypes.c_ssize_t

size = lib.last_error_length()  # the message's length + 1 for its NUL
buffer = ctypes.create_string_buffer(size)
print("too small a buffer:", lib.last_error_copy(buffer, size - 1), repr(buffer.value))
print("the right size:", lib.last_error_copy(buffer, size), repr(buffer.value.decode()))
# ANCHOR_END: buffer
