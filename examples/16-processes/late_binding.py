import ctypes
import sys
import threading

from workbook import library_path

# ANCHOR: load
lib = ctypes.CDLL(library_path("add_safe"))
lib.add_safe.argtypes = [ctypes.c_int, ctypes.c_int]
lib.add_safe.restype = ctypes.c_int


def worker(a, b):
    return lib.add_safe(a, b)


# ANCHOR_END: load


# ANCHOR: qa
def qa_example():  # the Q&A's code, in a function so that it can run twice
    threads = []
    results = []
    for i in range(5):
        t = threading.Thread(target=lambda: results.append(worker(i, i + 1)))  # noqa: B023
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return results  # the Q&A prints it: print(results)


# ANCHOR_END: qa


# ANCHOR: lucky
sys.setswitchinterval(10)  # a thread that has the GIL keeps it until it blocks (up to 10 s)
print(f"as written, each thread runs at once: {sorted(qa_example())} (sorted)")
sys.setswitchinterval(0.005)  # the default
# ANCHOR_END: lucky

# ANCHOR: late
start_together = threading.Barrier(5, timeout=10)


def wait_for_all_five(frame, event, arg):
    """Called by every new thread before its first line: wait until all five exist."""
    sys.settrace(None)  # once per thread
    start_together.wait()


threading.settrace(wait_for_all_five)  # for every thread started from now on
print(f"as written, the threads start late:   {qa_example()}")
# ANCHOR_END: late


# ANCHOR: fixed
def fixed_example():
    threads = []
    results = [None] * 5

    def store(slot, a, b):
        results[slot] = worker(a, b)

    for i in range(5):
        t = threading.Thread(target=store, args=(i, i, i + 1))  # the values, now
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return results


start_together.reset()
print(f"args=, the threads start just as late: {fixed_example()}")
threading.settrace(None)
# ANCHOR_END: fixed
