"""The checks `just exercise chapter-38` runs for frames.py."""

import ctypes
import gc

from checking import attribute, fail, load, step


def memory_of(obj):
    """(start, end) of the memory a ctypes object or a bytearray owns, or None."""
    if isinstance(obj, ctypes.Array | ctypes.Structure):
        return ctypes.addressof(obj), ctypes.addressof(obj) + ctypes.sizeof(obj)
    if isinstance(obj, bytearray) and obj:
        start = ctypes.addressof((ctypes.c_char * len(obj)).from_buffer(obj))
        return start, start + len(obj)
    return None


def keeps_alive(root, address):
    """Is there, among the objects `root` refers to (directly or not), one whose memory
    contains `address`?"""
    seen, todo = set(), [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        span = memory_of(obj)
        if span and span[0] <= address < span[1] and obj is not root:
            return True
        todo.extend(gc.get_referents(obj))
    return False


# ANCHOR: check
def check(work):
    module = load(work / "frames.py")
    make_job = attribute(module, "make_job", "a function make_job(name, payload)")
    checksum = attribute(module, "checksum", "a function checksum(job)")

    step('calling make_job(b"frame-1", bytes([3]) * 1000)')
    job = make_job(b"frame-1", bytes([3]) * 1000)
    gc.collect()  # whatever only make_job referred to is gone now
    struct = job if isinstance(job, ctypes.Structure) else getattr(job, "job", None)
    if not isinstance(struct, ctypes.Structure):
        fail(f"make_job returned {job!r}: return the Job, or an object with the Job as .job")
    address = ctypes.cast(struct.data, ctypes.c_void_p).value
    if not address:
        fail("the Job's data pointer is NULL")
    if not keeps_alive(job, address):
        fail(
            "nothing that make_job returned keeps alive the memory job.data points to: it was"
            " freed when make_job returned, and job_checksum would read freed memory"
        )
    step("calling checksum(job)")
    if (got := checksum(job)) != 3000:
        fail(f"checksum(job) returned {got}, expected 3000 (1000 bytes of 3)")
    payload = bytearray(b"\x01" * 10)
    copy = make_job(b"frame-2", payload)
    payload[0] = 100  # the caller changes its bytes afterwards
    if (got := checksum(copy)) != 10:
        fail(f"make_job must copy the payload: after the caller changed it, checksum is {got}")


# ANCHOR_END: check
