import ctypes
import threading

from workbook import library_path

lib = ctypes.CDLL(library_path("rich_errors"))
for name in ("parse_duration", "parse_duration_shared"):
    getattr(lib, name).argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint64))
    getattr(lib, name).restype = ctypes.c_int
for name in ("last_error_message", "shared_error_message"):
    getattr(lib, name).argtypes = ()
    getattr(lib, name).restype = ctypes.c_void_p
lib.error_string_free.argtypes = (ctypes.c_void_p,)
lib.error_string_free.restype = None


def take(address):
    """The str behind an owned copy from the library (freed), or None for NULL."""
    if address is None:
        return None
    try:
        return ctypes.string_at(address).decode()
    finally:
        lib.error_string_free(address)


# ANCHOR: run
def run(parse, message):
    """Thread A fails, then thread B fails, then each reads "its" message."""
    a_failed, b_failed = threading.Event(), threading.Event()
    seen = {}

    def worker(name, text, wait_for, then_set):
        if wait_for:
            wait_for.wait()
        parse(text, ctypes.byref(ctypes.c_uint64()))
        then_set.set()
        b_failed.wait()  # both have failed before either reads
        seen[name] = message()

    threads = [
        threading.Thread(target=worker, args=("A", b"5parsecs", None, a_failed)),
        threading.Thread(target=worker, args=("B", b"2fortnights", a_failed, b_failed)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return seen


for title, parse, message in [
    ("thread-local", lib.parse_duration, lambda: take(lib.last_error_message())),
    ("shared by all threads", lib.parse_duration_shared, lambda: take(lib.shared_error_message())),
]:
    seen = run(parse, message)
    print(f"{title}:")
    for name in "AB":
        print(f"  thread {name} reads: {seen[name]}")
    print("  thread A reads its own failure:", "parsecs" in seen["A"])
# ANCHOR_END: run

# ANCHOR: new_thread
fresh = []
thread = threading.Thread(target=lambda: fresh.append(take(lib.last_error_message())))
thread.start()
thread.join()
print("a new thread, before it has failed:", fresh[0])
print("the main thread, which has not called parse_duration:", take(lib.last_error_message()))
# ANCHOR_END: new_thread
