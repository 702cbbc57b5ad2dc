import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("cstrings"))
# ANCHOR: signatures
lib.greeting.argtypes = [ctypes.c_char_p]
lib.greeting.restype = ctypes.c_void_p  # keep the address: we must give it back
lib.free_greeting.argtypes = [ctypes.c_void_p]
lib.free_greeting.restype = None
lib.live_strings.restype = ctypes.c_int
# ANCHOR_END: signatures


# ANCHOR: take
def take_greeting(name: str) -> str:
    """Call greeting(), copy the result into Python, and free the library's copy."""
    address = lib.greeting(name.encode("utf-8"))
    if address is None:
        raise ValueError("greeting() returned NULL")
    try:
        return ctypes.string_at(address).decode("utf-8")  # copies up to the NUL
    finally:
        lib.free_greeting(address)


print(take_greeting("José"))
print("live strings:", lib.live_strings())
# ANCHOR_END: take

# ANCHOR: static
lib.library_version.restype = ctypes.c_char_p  # fine here: the library keeps this one
print("library_version():", lib.library_version())
# ANCHOR_END: static
