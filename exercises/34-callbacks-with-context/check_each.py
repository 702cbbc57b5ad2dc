"""The checks `just exercise chapter-34` runs for each.py."""

import gc
import threading
import weakref

from checking import attribute, fail, load, step


class Recorder:
    """on_item: records the items and the threads it is called from; weakref-able."""

    def __init__(self, stop_at=None, raise_at=None, error=None):
        self.items, self.threads = [], set()
        self.stop_at, self.raise_at, self.error = stop_at, raise_at, error

    def __call__(self, item):
        self.items.append(item)
        self.threads.add(threading.get_ident())
        if item == self.raise_at:
            raise self.error
        return item == self.stop_at


class Interrupt(BaseException):
    """Like KeyboardInterrupt: not an Exception."""


# ANCHOR: check
def check(work):
    module = load(work / "each.py")
    for_each = attribute(module, "for_each", "a function for_each(count, on_item)")

    step("calling for_each(5, on_item)")
    plain = Recorder()
    if (got := for_each(5, plain)) != 5 or plain.items != [0, 1, 2, 3, 4]:
        fail(f"for_each(5, on_item) returned {got} and called on_item with {plain.items}")
    if threading.get_ident() in plain.threads:
        fail("on_item ran on the calling thread: call the library's run_in_worker")
    stops = Recorder(stop_at=2)
    if (got := for_each(5, stops)) != 3:
        fail(f"on_item returned True at item 2, and for_each returned {got} calls, not 3")

    for error in (ValueError("item 1 is not allowed"), Interrupt("stop")):
        name = type(error).__name__
        step(f"calling for_each(4, on_item) with an on_item that raises {name} at item 1")
        raising = Recorder(raise_at=1, error=error)
        try:
            got = for_each(4, raising)
        except BaseException as raised:  # noqa: BLE001 - the check wants to see everything
            if raised is not error:
                fail(f"for_each raised {raised!r}, not the {name} that on_item raised")
        else:
            fail(
                f"for_each returned {got} although on_item raised {name} at item 1: ctypes"
                " printed the exception and dropped it. Catch it inside the callback and"
                " raise it again after run_in_worker returns"
            )
        if raising.items != [0, 1]:
            fail(f"after on_item raised at item 1 the loop went on: it saw {raising.items}")

    step("calling for_each from inside on_item")

    def outer(item):
        try:
            for_each(2, Recorder(raise_at=0, error=KeyError(item)))
        except KeyError:
            return False  # the inner failure is handled here; the outer loop goes on
        fail("an inner for_each did not raise its on_item's KeyError")

    if (got := for_each(3, outer)) != 3:
        fail(f"for_each(3, outer) returned {got}; each inner for_each must keep its own error")

    step("checking that for_each keeps nothing alive")
    kept = Recorder(raise_at=1, error=ValueError("once"))
    alive = weakref.ref(kept)
    try:
        for_each(2, kept)
    except ValueError:
        pass
    del kept
    gc.collect()
    if alive() is not None:
        fail("after for_each returned, something still refers to on_item: it would never be freed")


# ANCHOR_END: check
