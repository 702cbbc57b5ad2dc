import ctypes
import weakref

import numpy as np
from _kept import report

from workbook import library_path

lib = ctypes.CDLL(library_path("keepalive"))

FRAME_BYTES = 64 * 1024 * 1024


# ANCHOR: typed
class Job(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),  # the header's const uint8_t *
        ("len", ctypes.c_size_t),
    ]


lib.job_checksum.argtypes = [ctypes.POINTER(Job)]
lib.job_checksum.restype = ctypes.c_int64


def make_job(name, size):
    frame = (ctypes.c_ubyte * size)()
    ctypes.memset(frame, 1, size)
    weakref.finalize(frame, print, "  (the frame's memory is freed)")
    return Job(name, frame, size)  # a ctypes array for a POINTER field: kept in _objects


job = make_job(b"frame-7", FRAME_BYTES)
report("Job(name, frame, size):", job)
print("job_checksum(job) =", lib.job_checksum(job))
# ANCHOR_END: typed


# ANCHOR: owner
class OwnedJob:
    """A Job and the array its data pointer points into, alive as long as each other."""

    def __init__(self, name, pixels):
        self._pixels = np.ascontiguousarray(pixels, dtype=np.uint8)  # keeps the memory
        address = self._pixels.ctypes.data  # a plain int: ctypes cannot know what it is
        data = ctypes.cast(address, ctypes.POINTER(ctypes.c_ubyte))
        self.job = Job(name, data, self._pixels.size)


owned = OwnedJob(b"frame-8", np.full(1000, 2))
report("OwnedJob(...).job:", owned.job)
print("OwnedJob: job_checksum(owned.job) =", lib.job_checksum(owned.job))
# ANCHOR_END: owner

# ANCHOR: copy
copy = Job.from_buffer_copy(job)  # the same bytes: the same pointer
report("Job.from_buffer_copy(job):", copy)
print("del job ...")
del job
print("the copy still points at the frame:", bool(copy.data))
# ANCHOR_END: copy
