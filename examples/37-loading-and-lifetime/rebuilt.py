import ctypes
import multiprocessing
import shutil
import subprocess
import sys
from pathlib import Path

from _answer import build

from workbook import REPO

# ANCHOR: reload
SCRATCH = REPO / "build" / "scratch" / "rebuilt"


def answer_of(path):
    return ctypes.CDLL(path).answer()


library = build(SCRATCH, 1)
first = ctypes.CDLL(str(library))
print("built answer() = 1 and loaded it:      answer() =", first.answer())

build(SCRATCH, 2)  # a new file at the same path, as cargo build makes it
second = ctypes.CDLL(str(library))
print("rebuilt answer() = 2 and loaded it:    answer() =", second.answer())
print("the second load returned the first handle:", second._handle == first._handle)
# ANCHOR_END: reload

# ANCHOR: new_process
code = f"import ctypes; print(ctypes.CDLL({str(library)!r}).answer())"
run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
print("a new process loads the file on disk: answer() =", run.stdout.strip())
with multiprocessing.get_context("fork").Pool(1) as pool:  # a copy of this process
    print(
        "a forked child has this process's copy: answer() =", pool.apply(answer_of, [str(library)])
    )
# ANCHOR_END: new_process

# ANCHOR: copy
copy = SCRATCH / "libanswer-copy.so"
shutil.copy(library, copy)
third = ctypes.CDLL(str(copy))
print("a copy under another name loads anew:  answer() =", third.answer())
print("and the old code is still there too:   answer() =", first.answer())
maps = Path("/proc/self/maps").read_text()
print("libanswer files mapped in this process:", len(set(maps.split()) & {str(library), str(copy)}))
# ANCHOR_END: copy
