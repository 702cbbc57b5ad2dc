"""Exercise (chapter 37): call a library as it is on disk now, even after a rebuild.

Check your work with `just exercise chapter-37`.
"""

# ANCHOR: solution
import subprocess
import sys

CALL = "import ctypes, sys; print(ctypes.CDLL(sys.argv[1]).answer())"


def answer_now(path):
    """What answer() returns in the library at `path` (an absolute path), as the file
    on disk is now: after a rebuild, the new answer."""
    # A new interpreter has loaded nothing yet, so it loads the file as it is now.
    run = subprocess.run([sys.executable, "-c", CALL, path], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"calling answer() in {path} failed:\n{run.stderr}")
    return int(run.stdout)


# ANCHOR_END: solution
