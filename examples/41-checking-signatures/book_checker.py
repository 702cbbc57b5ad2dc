"""The book's own checker, bookkit.signatures, on the script next to this one."""

from pathlib import Path

from bookkit import signatures

# ANCHOR: run
script = Path(__file__).with_name("check_by_hand.py")
report = signatures.check_files([script])
print(f"{report.checked} declarations checked")
for problem in report.mismatches:
    print(problem)
# ANCHOR_END: run
