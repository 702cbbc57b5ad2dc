import ctypes
import platform

from workbook import library_path

# ANCHOR: libc
process = ctypes.CDLL(None)  # dlopen(NULL): the program and what it loaded globally
strlen = process.strlen  # the C library's strlen: libc came with the program, so it is global
strlen.argtypes = [ctypes.c_char_p]
strlen.restype = ctypes.c_size_t
print("strlen(b'ctypes') =", strlen(b"ctypes"))
# ANCHOR_END: libc

# ANCHOR: python
get_version = ctypes.pythonapi.Py_GetVersion  # Python's own C API, in this process
get_version.restype = ctypes.c_char_p
running = platform.python_version()
print(
    "Py_GetVersion() starts with platform.python_version():",
    get_version().decode().startswith(running),
)
print("pythonapi is CDLL(None) too:", ctypes.pythonapi._handle == process._handle)
# ANCHOR_END: python

# ANCHOR: local_then_global
path = library_path("plugin_host")
lib = ctypes.CDLL(path)  # the default mode, RTLD_LOCAL
print("after CDLL(path), the process has host_scale:", hasattr(process, "host_scale"))
lib_global = ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)
print("after CDLL(path, mode=RTLD_GLOBAL):           ", hasattr(process, "host_scale"))
print("both loads returned the same handle:", lib_global._handle == lib._handle)


def address(function):
    return ctypes.cast(function, ctypes.c_void_p).value


print(
    "process.host_scale is lib.host_scale:", address(process.host_scale) == address(lib.host_scale)
)
# ANCHOR_END: local_then_global

# ANCHOR: handle
again = ctypes.CDLL("the host, by its handle", handle=lib._handle)  # no dlopen at all
again.host_scale.argtypes = [ctypes.c_int]
again.host_scale.restype = ctypes.c_long
lib.host_calls.restype = ctypes.c_long
print(f"{again._name!r}: host_scale(4) = {again.host_scale(4)}")
print("host_calls() through the first object:", lib.host_calls())
# ANCHOR_END: handle
