import ctypes
import weakref

from workbook import library_path

lib = ctypes.CDLL(library_path("keepalive"))


# ANCHOR: declare
class Job(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("data", ctypes.c_void_p),  # "an address": accepts any int
        ("len", ctypes.c_size_t),
    ]


lib.job_checksum.argtypes = [ctypes.POINTER(Job)]
lib.job_checksum.restype = ctypes.c_int64
# ANCHOR_END: declare

# A 64 MiB frame: glibc gives an allocation this large a mapping of its own and unmaps it
# when it is freed, so reading it afterwards crashes instead of reading stale bytes.
FRAME_BYTES = 64 * 1024 * 1024


# ANCHOR: make_job
def make_job(name, size):
    frame = ctypes.create_string_buffer(size)
    ctypes.memset(frame, 1, size)  # every byte is 1: the checksum is the size
    weakref.finalize(frame, print, "  (the frame's memory is freed)")
    return Job(name, ctypes.addressof(frame), size)  # data: a plain int


print("make_job(...)")
job = make_job(b"frame-7", FRAME_BYTES)
print("job keeps alive:", job._objects)
print("job.data is still an address:", job.data is not None)
print("job_checksum(job) ...")
print(lib.job_checksum(job))
# ANCHOR_END: make_job
