import ctypes
import resource

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.get_array.argtypes = [ctypes.c_int]
lib.get_array.restype = ctypes.POINTER(ctypes.c_int)
lib.live_arrays.restype = ctypes.c_int

# ANCHOR: too_large
GIB = 1 << 30
_, hard = resource.getrlimit(resource.RLIMIT_AS)
resource.setrlimit(resource.RLIMIT_AS, (GIB, hard))  # this process: 1 GiB of address space

arr = lib.get_array(2**31 - 1)  # 2,147,483,647 ints: 8 GiB, more than the process may map
print("get_array(2**31 - 1) returned NULL:", not arr)
print("live arrays:", lib.live_arrays())
print("the process is still running")
# ANCHOR_END: too_large
