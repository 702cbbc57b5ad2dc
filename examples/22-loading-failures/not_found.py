# ANCHOR: imports
import ctypes
import os

from workbook import library_path

# ANCHOR_END: imports

# ANCHOR: bare
# A bare file name: the loader searches its own list of folders, not the current one.
try:
    ctypes.CDLL("libpitfalls.so")
except OSError as error:
    print(f"bare name:           OSError: {error}")
# ANCHOR_END: bare

# ANCHOR: relative
# A name with a slash is a path, relative to the current directory.
relative = "cdylib/target/release/libpitfalls.so"
repository = os.getcwd()
os.chdir("/tmp")
try:
    ctypes.CDLL(relative)
except OSError as error:
    print(f"from /tmp:           OSError: {error}")
os.chdir(repository)
print(f"from the repository: {ctypes.CDLL(relative)._name} loaded")
# ANCHOR_END: relative

# ANCHOR: absolute
# The fix: an absolute path, built from something that does not move (library_path uses
# the location of workbook.py), works from any current directory.
lib = ctypes.CDLL(library_path("pitfalls"))
print(f"absolute path:       loaded from {lib._name}")
# ANCHOR_END: absolute
