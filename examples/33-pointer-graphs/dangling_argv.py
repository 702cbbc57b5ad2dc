import ctypes
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("pointer_graphs"))
lib.cmdline_new.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)]
lib.cmdline_new.restype = ctypes.c_void_p
lib.cmdline_option.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
lib.cmdline_option.restype = ctypes.c_void_p
lib.cmdline_free.argtypes = [ctypes.c_void_p]
lib.cmdline_free.restype = None

freed = []


# ANCHOR: dangling
def parse(args):
    argv = (ctypes.c_char_p * (len(args) + 1))(*[a.encode() for a in args])
    weakref.finalize(argv, freed.append, "argv")  # say when the array is freed
    return lib.cmdline_new(len(args), argv)  # the library keeps pointers into the bytes


handle = parse(["prog", "--name=ada", "--level=3"])  # argv was a local: gone, bytes too
print("argv and the bytes it kept are freed:", freed == ["argv"])
address = lib.cmdline_option(handle, b"name")  # reads the freed strings
print(f"name: «{ctypes.string_at(address) if address else None!r}»")
lib.cmdline_free(handle)
# ANCHOR_END: dangling
