import ctypes
import weakref

from _kept import report

from workbook import library_path

# ANCHOR: declare
lib = ctypes.CDLL(library_path("keepalive"))


class Job(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("len", ctypes.c_size_t),
    ]


lib.job_checksum.argtypes = [ctypes.POINTER(Job)]
lib.job_checksum.restype = ctypes.c_int64
# ANCHOR_END: declare


# ANCHOR: tour
job = Job()
report("Job():", job)
job.name = b"frame-7"
report("job.name = b'frame-7':", job)

frame = (ctypes.c_ubyte * 4)(1, 2, 3, 4)
alive = weakref.ref(frame)
job.data, job.len = frame, len(frame)
del frame  # our own name for it is gone
report("job.data = frame:", job)
print("  the frame is alive:", alive() is not None, " checksum:", lib.job_checksum(job))

buffer = ctypes.create_string_buffer(b"\x05\x06", 2)
job.data, job.len = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ubyte)), 2
report("job.data = cast(buffer, ...):", job)

job.data = ctypes.cast(ctypes.addressof(buffer), ctypes.POINTER(ctypes.c_ubyte))
report("job.data = cast(addressof(...)):", job)
# ANCHOR_END: tour

# ANCHOR: copy
copy = Job.from_buffer_copy(job)
report("Job.from_buffer_copy(job):", copy)
print(
    "  the copy points where job points:",
    ctypes.addressof(copy.data.contents) == ctypes.addressof(job.data.contents),
)
# ANCHOR_END: copy
