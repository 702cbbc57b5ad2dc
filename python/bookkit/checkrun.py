"""The child process of an exercise check: ``python -m bookkit.checkrun CHECK WORK REPORT``.

Started by :mod:`bookkit.exercises` in the exercise's working folder, which ``python -m``
makes importable: the learner's modules are found by name, by the check and by any worker
process they spawn. It runs
``check(work)`` from the check file through :mod:`checking`, the API the checks use, which
writes each step and the outcome to the report file as it goes.
"""

import sys
from pathlib import Path

import checking

if __name__ == "__main__":
    sys.exit(checking.run(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
