import ctypes
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("pointer_graphs"))

# ANCHOR: signatures
StringList = ctypes.POINTER(ctypes.c_char_p)
lib.cmdline_new.argtypes = [ctypes.c_int, StringList]
lib.cmdline_new.restype = ctypes.c_void_p  # an opaque handle
lib.cmdline_option.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
lib.cmdline_option.restype = ctypes.c_void_p  # a pointer into one of our own strings
lib.cmdline_free.argtypes = [ctypes.c_void_p]
lib.cmdline_free.restype = None
# ANCHOR_END: signatures


# ANCHOR: class
class CommandLine:
    """A parsed command line. The library points into our strings, so we keep them."""

    def __init__(self, args):
        # An attribute, not a local: the array (and the bytes it holds) lives as long
        # as this object, and so as long as the library's handle.
        self._argv = (ctypes.c_char_p * (len(args) + 1))(*[a.encode() for a in args])
        self._handle = lib.cmdline_new(len(args), self._argv)
        if not self._handle:
            raise ValueError("cmdline_new refused the arguments")
        self._free = weakref.finalize(self, lib.cmdline_free, self._handle)

    def option(self, name):
        address = lib.cmdline_option(self._handle, name.encode())
        return None if address is None else ctypes.string_at(address).decode()

    def close(self):
        self._free()


# ANCHOR_END: class

# ANCHOR: use
cl = CommandLine(["prog", "--name=ada", "--level=3"])
print("name:", cl.option("name"), "| level:", cl.option("level"), "| colour:", cl.option("colour"))
# ANCHOR_END: use

# ANCHOR: into
strings = ctypes.cast(cl._argv, ctypes.POINTER(ctypes.c_void_p))  # argv's pointers, as ints
address = lib.cmdline_option(cl._handle, b"name")
print("the value is inside argv[1]'s bytes, 7 bytes in:", address == strings[1] + 7)
cl.close()
print("allocations not freed:", lib.live_allocations())
# ANCHOR_END: into
