import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("vectors"))


# ANCHOR: Run
class Run(ctypes.Structure):
    _fields_ = [("byte", ctypes.c_uint8), ("count", ctypes.c_uint32)]


RunArray = ctypes.POINTER(Run)
lib.runs_encode.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(RunArray)]
lib.runs_encode.restype = ctypes.c_ssize_t  # how many runs, or a negative error code
lib.runs_free.argtypes = [RunArray, ctypes.c_size_t]
lib.runs_free.restype = None
lib.live_vectors.restype = ctypes.c_int
# ANCHOR_END: Run

# ANCHOR: call
data = b"aaabccccd"
out = RunArray()
count = lib.runs_encode(data, len(data), ctypes.byref(out))
runs = ctypes.cast(out, ctypes.POINTER(Run * count)).contents  # a ctypes array, in place
print("runs:", count, "array type:", type(runs).__name__, ctypes.sizeof(runs), "bytes")
for run in runs:
    print(f"  {chr(run.byte)!r} x {run.count}")
print("decoded:", b"".join(bytes([r.byte]) * r.count for r in runs))
# ANCHOR_END: call

# ANCHOR: free
runs = None  # the array object is only a view: drop it before the memory goes
lib.runs_free(out, count)
print("after runs_free:", lib.live_vectors())
# ANCHOR_END: free
