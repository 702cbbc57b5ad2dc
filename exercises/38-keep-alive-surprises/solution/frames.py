"""Exercise (chapter 38): a Job whose pointer stays valid as long as the Job is used.

Check your work with `just exercise chapter-38`.
"""

# ANCHOR: solution
import ctypes

from workbook import library_path

lib = ctypes.CDLL(library_path("keepalive"))


class Job(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),  # the header's const uint8_t *
        ("len", ctypes.c_size_t),
    ]


lib.job_checksum.argtypes = [ctypes.POINTER(Job)]
lib.job_checksum.restype = ctypes.c_int64


def make_job(name, payload):
    """A Job over a copy of the bytes `payload`, valid for as long as the returned
    object is alive. It may be the Job itself or an object with the Job as `.job`."""
    frame = (ctypes.c_ubyte * len(payload)).from_buffer_copy(payload)
    return Job(name, frame, len(payload))  # a ctypes array: the Job's _objects keeps it


def checksum(job):
    """job_checksum of what make_job returned."""
    return lib.job_checksum(job)


# ANCHOR_END: solution
