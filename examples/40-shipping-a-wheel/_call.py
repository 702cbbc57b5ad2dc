"""Import shipped and call it: run by a venv's python, from a folder outside the checkout."""

import importlib.resources
import os
import sys
from pathlib import Path

import shipped

# ANCHOR: where
if "--where" in sys.argv:
    library = Path(str(importlib.resources.files("shipped") / shipped.LIBRARY))
    checkout = Path(os.environ["CHECKOUT"])
    print("the library:", library.relative_to(library.parents[1]), "in the venv's site-packages")
    print("  inside the venv:", library.is_relative_to(sys.prefix))
    print("  the current folder is outside the checkout:", not Path.cwd().is_relative_to(checkout))
# ANCHOR_END: where

# ANCHOR: call
try:
    print("shipped.mean([1.0, 2.0, 3.0, 4.0]) =", shipped.mean([1.0, 2.0, 3.0, 4.0]))
    print("shipped.mean([]) =", shipped.mean([]))
except ValueError as e:
    print("  ValueError:", e)
except shipped.AbiMismatchError as e:
    print("  AbiMismatchError:", e)
# ANCHOR_END: call
