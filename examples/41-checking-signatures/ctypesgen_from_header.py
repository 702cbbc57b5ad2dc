"""Bindings generated from the header by ctypesgen: a module of argtypes and restype."""

import re
import subprocess
import sys

from workbook import REPO

SCRATCH = REPO / "build" / "scratch" / "chapter-41"


# ANCHOR: generate
def generate(crate):
    """Run ctypesgen over the crate's header; the generated module's text."""
    SCRATCH.mkdir(parents=True, exist_ok=True)
    header, module = REPO / "cdylib" / crate / f"{crate}.h", SCRATCH / f"{crate}_gen.py"
    command = ["from ctypesgen.main import main; main()", header, "-l", crate, "-o", module]
    subprocess.run([sys.executable, "-c", *command], check=True, stderr=subprocess.DEVNULL)
    return module.read_text()


DECLARATION = re.compile(r"^\s*(\w+)\.(argtypes|restype) = (.+)$", re.M)
for crate, names in [
    ("errors", ["parse_celsius", "temp_error_message"]),
    ("shapes", ["accumulator_new", "accumulator_free", "point_distance"]),
]:
    text = generate(crate)
    for name, kind, value in DECLARATION.findall(text):
        if name in names:
            print(f"{crate}: {name}.{kind} = {value}")
    constants = re.findall(r"^\s*(TEMP_\w+) = (\d+)$", text, re.M)
    if constants:
        print(f"{crate}: constants", ", ".join(f"{n} = {v}" for n, v in constants))
# ANCHOR_END: generate
