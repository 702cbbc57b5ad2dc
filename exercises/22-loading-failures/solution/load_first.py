"""Exercise (chapter 22): try several library files, and explain every failure.

Check your work with `just exercise chapter-22`.
"""

# ANCHOR: solution
import ctypes


def load_first(candidates):
    """The first of `candidates` (paths or names) that ctypes.CDLL can load.

    If none loads, raise OSError with a message that names every candidate and the
    reason it failed.
    """
    reasons = []
    for candidate in candidates:
        try:
            return ctypes.CDLL(candidate)
        except OSError as error:  # the loader's own message says why
            reasons.append(f"  {candidate}: {error}")
    raise OSError("no library could be loaded:\n" + "\n".join(reasons))


# ANCHOR_END: solution
