"""Exercise (chapter 37): call a library as it is on disk now, even after a rebuild.

Check your work with `just exercise chapter-37`.
"""

# ANCHOR: starter
import ctypes


def answer_now(path):
    """What answer() returns in the library at `path` (an absolute path), as the file
    on disk is now: after a rebuild, the new answer."""
    # TODO: a library stays loaded once a process has loaded it, so after a rebuild
    # this still calls the old code.
    return ctypes.CDLL(path).answer()


# ANCHOR_END: starter
