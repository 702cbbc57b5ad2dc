import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("clibrary"))
lib.get_array.argtypes = [ctypes.c_int]
lib.get_array.restype = ctypes.POINTER(ctypes.c_int)
lib.free_array.argtypes = [ctypes.POINTER(ctypes.c_int)]
lib.free_array.restype = ctypes.c_int  # 0: freed
lib.live_arrays.restype = ctypes.c_int


# ANCHOR: rss
def resident_mb():
    """This process's resident memory (Linux: VmRSS in /proc/self/status, in KiB), in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS line")


# ANCHOR_END: rss

# ANCHOR: sizes
N, SIZE = 1000, 10_000  # 1000 arrays of 10,000 ints: 40,000,000 bytes, 38.1 MiB
# ANCHOR_END: sizes

# ANCHOR: fixed
before = resident_mb()
for _ in range(N):
    arr = lib.get_array(SIZE)
    last = arr[SIZE - 1]  # use it a little
    lib.free_array(arr)
grown = resident_mb() - before
print(f"with free_array:    live arrays {lib.live_arrays()}, resident memory +«{grown:.0f}» MiB")
print("grew by less than 10 MiB:", grown < 10)
# ANCHOR_END: fixed

# ANCHOR: leak
before = resident_mb()
for _ in range(N):
    arr = lib.get_array(SIZE)
    last = arr[SIZE - 1]  # use it a little
    # no free_array: when arr is rebound, the last copy of the address is gone
grown = resident_mb() - before
print(f"without free_array: live arrays {lib.live_arrays()}, resident memory +«{grown:.0f}» MiB")
print("grew by more than 30 MiB:", grown > 30)
# ANCHOR_END: leak
