"""The checks `just exercise chapter-13` runs for waiting.py."""

import threading
import time

from checking import attribute, fail, load, step


# ANCHOR: check
def check(work):
    module = load(work / "waiting.py")
    lib = attribute(module, "lib", "the loaded library")

    done = threading.Event()

    def helper():  # another Python thread: once the main thread waits, set the flag
        while not lib.is_waiting() and not done.is_set():
            time.sleep(0.001)
        lib.set_flag()

    thread = threading.Thread(target=helper)
    thread.start()
    step("calling wait_for_flag(3000) while another Python thread waits to call set_flag")
    found = lib.wait_for_flag(3000)
    done.set()
    thread.join()
    if found != 1:
        fail(
            "wait_for_flag(3000) timed out: while it ran, the other Python thread never got to"
            f" call set_flag. {type(lib).__name__} holds the GIL for the whole call."
            " Which loader releases it?"
        )


# ANCHOR_END: check
