"""Exercise (chapter 22): try several library files, and explain every failure.

Check your work with `just exercise chapter-22`.
"""

# ANCHOR: starter
import ctypes


def load_first(candidates):
    """The first of `candidates` (paths or names) that ctypes.CDLL can load.

    If none loads, raise OSError with a message that names every candidate and the
    reason it failed.
    """
    # TODO: this gives up at the first candidate that fails.
    return ctypes.CDLL(candidates[0])


# ANCHOR_END: starter
