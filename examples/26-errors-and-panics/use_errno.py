import ctypes
import errno
import os

from workbook import library_path

# ANCHOR: without
plain = ctypes.CDLL(library_path("errors"))
plain.open_readonly.argtypes = (ctypes.c_char_p,)
result = plain.open_readonly(b"/no/such/file")
print(f"without use_errno: result {result}, ctypes.get_errno() = {ctypes.get_errno()}")
# ANCHOR_END: without

# ANCHOR: with
lib = ctypes.CDLL(library_path("errors"), use_errno=True)


def check_fd(result, function, arguments):
    if result == -1:
        code = ctypes.get_errno()  # errno as it was right after the call
        raise OSError(code, os.strerror(code), arguments[0])
    return result


lib.open_readonly.argtypes = (ctypes.c_char_p,)
lib.open_readonly.restype = ctypes.c_int
lib.open_readonly.errcheck = check_fd
lib.close_fd.argtypes = (ctypes.c_int,)
lib.close_fd.errcheck = check_fd
# ANCHOR_END: with

# ANCHOR: use
for path in [b"/no/such/file", b"/dev/null/x", None, b"/dev/null"]:
    try:
        fd = lib.open_readonly(path)
        lib.close_fd(fd)
        print(f"{path!r}: opened and closed")
    except OSError as error:
        name = errno.errorcode[error.errno]
        print(f"{path!r}: {type(error).__name__} [{name}] {error.strerror}")
# ANCHOR_END: use
